package analyzer

import (
	"testing"
)

// refCase is a post written for these tests (never a corpus phrase).
type refCase struct {
	lang, platform, text string
}

// mustWarn are posts that speak to a client as their therapist, or about
// a client, in the second person or with "they": each confirms a client
// relationship in public and must get risk medium or high.
var mustWarn = []refCase{
	{"en", "facebook_page", "To Priyanka: thank you for trusting me with your story. It was an honour to walk beside you this year."},
	{"en", "review_site", "Desmond, thanks for the kind words! Our Thursday sessions were a highlight of my week too."},
	{"en", "facebook_page", "So proud of you for finishing your first half-marathon! When you first came in you could barely leave the house."},
	{"en", "review_site", "We're sorry you felt rushed. You missed three appointments in a row, so we had to give your slot to someone else."},
	{"en", "facebook_group", "To the client who sent me a postcard from Lisbon: I remember when you thought you'd never fly again. Keep going."},
	{"en", "facebook_page", "Happy graduation, Tobias! They said you'd never finish school, and you proved everyone wrong. It was a privilege working with you."},
	{"en", "review_site", "Thank you for trusting us after your divorce. We hope the evening group keeps you connected."},
	{"en", "facebook_group", "Huge congrats to my client who just passed their bar exam in Moncton! They worked so hard in our sessions after their dad died."},
	{"en", "facebook_page", "Shout-out to Sam, who wrapped up therapy with me today. They came in unable to drive after the crash and drove themselves here this morning."},
	{"fr", "facebook_page", "À Noémie : merci de m'avoir fait confiance. Je suis tellement fière de toi et du chemin parcouru depuis nos séances."},
	{"fr", "review_site", "Merci, Frédéric! Votre gentil message me touche beaucoup, et je garde un bon souvenir de notre dernière séance."},
	{"fr", "facebook_page", "Quel honneur de t'accompagner cette année, Lou. Quand tu es arrivée, tu ne dormais plus."},
	{"fr", "review_site", "Vous avez annulé quatre séances sans prévenir; nous avons donc dû libérer votre plage horaire."},
	{"fr", "facebook_group", "Une cliente m'a annoncé hier qu'elle a obtenu son poste d'infirmière à Rimouski après notre dernière séance. Quelle fierté!"},
	{"es", "facebook_group", "Una consultante de 34 años me contó que consiguió trabajo de maestra en la panadería de su barrio en Temuco. ¡Qué alegría verla así después de tanto!"},
	{"es", "facebook_page", "Para Valentina: gracias por confiarme tu historia. Estoy muy orgullosa de ti y de todo tu proceso."},
	{"es", "review_site", "Ramiro, gracias por tus lindas palabras. Fue un placer trabajar contigo estos meses."},
	{"es", "facebook_page", "¡Feliz cumpleaños, Inés! Cuando llegaste a consulta no podías ni salir de casa, y mírate ahora."},
	{"es", "review_site", "Lamentamos su molestia, pero usted faltó a tres sesiones seguidas y canceló la última sin aviso."},
}

// mustStayQuiet are posts about the poster's own life, an organiser's
// own event or job post with their contact details, a public figure or a
// fictional character: none is about a client, and risk must stay none
// or low.
var mustStayQuiet = []refCase{
	{"en", "facebook_group", "Personal share: my husband was diagnosed with MS in June and I'm cutting my caseload to three days. My daughter starts university in Halifax next week, so it's a lot."},
	{"en", "facebook_page", "Workshop: Grief After Suicide, Saturday October 4, 9am to 4pm, at the Riverside Library, 220 Elm St. Register by emailing maria.lopez@example.org or call 555-204-1187. 6 CE credits."},
	{"en", "forum", "We're hiring! Part-time LCSW for our Kelowna office, 1850 Ridge Rd. Send your resume to jobs@example-counselling.ca. Salary $70-80K."},
	{"en", "reddit", "Did anyone watch the documentary where the singer talks about her bipolar disorder and her lithium? In her interview she describes mania so clearly."},
	{"en", "forum", "Rewatching the show with my partner and the main character's panic attacks in season two are so well done. Great teaching material."},
	{"en", "review_site", "Thank you for your review. Because of privacy laws we cannot confirm whether anyone is or was a patient here. Please call our office manager Gwen at 555-330-2219."},
	{"fr", "facebook_group", "Petite nouvelle personnelle : ma fille de 15 ans a reçu un diagnostic de TDAH le mois dernier à Sherbrooke, et je prends congé deux semaines."},
	{"fr", "facebook_page", "Atelier sur l'anxiété de performance le samedi 8 mars à Trois-Rivières, 450 rue des Forges. Inscription : atelier@example.ca ou 819-555-0143. Animé par Hélène Caron."},
	{"fr", "forum", "Dans son documentaire, la chanteuse parle de sa dépression et de son séjour à l'hôpital. Le personnage de la série fait écho à ça aussi."},
	{"fr", "review_site", "Merci pour votre avis. Nous ne pouvons ni confirmer ni infirmer qu'une personne a été suivie ici. Joignez notre adjointe Martine au 514-555-0190."},
	{"es", "facebook_group", "Les cuento algo personal: a mi esposo le diagnosticaron cáncer en marzo y voy a reducir mi consulta en Rosario por unos meses."},
	{"es", "facebook_page", "Taller gratuito sobre duelo el sábado 14 de junio en Monterrey, Av. Juárez 1200. Inscripciones: talleres@example.mx o al 81 5555 0142. Coordinado por Lic. Andrea Ruiz."},
	{"es", "forum", "En su entrevista, la actriz habla de su trastorno alimentario y de su internación. El personaje de la serie también lo muestra muy bien."},
	{"es", "review_site", "Gracias por su comentario. Por secreto profesional no podemos confirmar si una persona ha sido atendida aquí. Puede llamar a Teresa al 55 5555 0177."},
}

func TestRiskWarnsOnPostsToOrAboutAClient(t *testing.T) {
	a := defaultAnalyzer(t)
	for i, c := range mustWarn {
		res := a.Analyze(Input{Text: c.text, Lang: c.lang, Platform: c.platform})
		if lv := res.Risk.Level; lv != "medium" && lv != "high" {
			t.Errorf("%s #%d: risk %s, want medium or high: %q", c.lang, i, lv, c.text)
		}
	}
}

func TestRiskQuietOnPosterPublicFigureAndFiction(t *testing.T) {
	a := defaultAnalyzer(t)
	for i, c := range mustStayQuiet {
		res := a.Analyze(Input{Text: c.text, Lang: c.lang, Platform: c.platform})
		if lv := res.Risk.Level; lv != "none" && lv != "low" {
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.Category+":"+f.Text)
			}
			t.Errorf("%s #%d: risk %s, want none or low (findings %v): %q", c.lang, i, lv, got, c.text)
		}
	}
}

func TestReferentsPerSentence(t *testing.T) {
	a := defaultAnalyzer(t)
	c, err := a.packs["en"].compiled()
	if err != nil {
		t.Fatal(err)
	}
	text := "My client is a 40-year-old welder. She was laid off in May. " +
		"My daughter starts kindergarten tomorrow. In her interview, the actress talked about grief."
	v := newView(text)
	sents := sentences(v.s, c.abbrev)
	g := c.scanKeywords(v.lower)
	cands := match(c, v, sents, g)
	x := newContext(c, v, sents, g, cands)
	x.attribute(cands)
	got := x.Referents()
	want := []Referent{RefClient, RefClient, RefPoster, RefPublic}
	if len(got) != len(want) {
		t.Fatalf("%d sentences, want %d: %v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d: %v, want %v", i, got[i], want[i])
		}
	}
	if RefPublic.String() != "public" || Referent(99).String() != "unknown" {
		t.Error("Referent names")
	}
}

func TestConfirmingPostSaysWhy(t *testing.T) {
	a := defaultAnalyzer(t)
	res := a.Analyze(Input{Text: "So proud of you, and of everything you've done since our first session.", Lang: "en", Platform: "facebook_page"})
	if res.Risk.Level != "medium" || len(res.Risk.Reasons) == 0 {
		t.Fatalf("risk %+v, want medium with a reason", res.Risk)
	}
}
