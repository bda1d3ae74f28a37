package analyzer

import "testing"

// typedRelationship are the ways a poster says how they know a client, as
// people type them in a hurry (issue 15, third pass): how long and how
// often ("2x a week since march", "3 yrs on my caseload", "our 40th
// session"), how the client came to the poster (referred, intake, a
// transfer or a caseload inherited from a colleague, court-ordered), the
// end of the work and a return ("discharged him in june", "she came back
// after a year"), and words to a client that confirm the relationship
// without the word "client" ("since our first session", "gracias por
// confiar en mí"). Lower case, no apostrophes, shorthand, emoji. Every
// sentence was written for this test, blind to the corpora, as a kind of
// detail; the post must give a relationship finding over the wanted text.
var typedRelationship = []struct {
	lang, text, want string
}{
	// en: how long, how often.
	{"en", "been seeing him 2x a week since march, hes still stuck", "2x a week"},
	{"en", "hes been 3 yrs on my caseload and just got evicted", "on my caseload"},
	{"en", "we started in the fall and she still wont talk about her dad", "we started in the fall"},
	{"en", "shes been coming since she was 12, now shes 17 and applying to college", "coming since she was 12"},
	{"en", "he is my longest client, 9 yrs now", "my longest client"},
	{"en", "our 40th session today and she finally cried", "40th session"},
	{"en", "been seeing this couple biweekly for ages, the work is stuck", "biweekly for ages"},
	{"en", "ive had her weekly since jan and the panic is better", "weekly since jan"},
	{"en", "saw him monthly for a year then he dropped off", "monthly for a year"},
	{"en", "she sees me every other tues after work", "every other tues"},
	{"en", "hes been w me almost 2 yrs, longest on my list", "w me almost 2 yrs"},
	{"en", "ive worked w this kiddo since kindergarten, hes 11 now", "since kindergarten"},
	{"en", "i see this lady every wed morning and she brings me muffins", "every wed morning"},
	{"en", "5 sessions in and he already wants to quit", "5 sessions in"},
	{"en", "we're at session 20 something and shes plateaued", "session 20"},
	{"en", "week 6 of seeing her and the panic is worse", "week 6 of seeing her"},
	{"en", "2nd yr with this fam, dad finally came to one", "2nd yr with this fam"},
	{"en", "known this girl since she was in 7th grade thru the school program", "known this girl since"},
	{"en", "she has been my pt for 6ish months", "my pt for 6ish months"},
	{"en", "ive been her counselor for 4 years on and off", "her counselor"},
	{"en", "hes been in my tues group for a year", "in my tues group"},
	{"en", "shes been with our agency since 2018 and with me since 2021", "with me since 2021"},
	{"en", "seeing her 3x/wk in iop rn", "3x/wk"},
	{"en", "weekly sessions w him since sept and no change", "weekly sessions w him"},
	{"en", "i meet w this couple every 2nd thursday", "every 2nd thursday"},
	{"en", "hes been a regular of mine for years", "a regular of mine"},
	{"en", "3rd year seeing her and she still apologizes for crying", "3rd year seeing her"},
	{"en", "had her for like 30 sessions total before her insurance ran out", "30 sessions"},
	{"en", "did 12 sessions w him last yr and now hes back", "12 sessions w him"},
	{"en", "hes been coming 2 me every friday for a yr", "every friday"},
	{"en", "shes my monday 9am, has been for 2 yrs", "my monday 9am"},
	{"en", "i been seein her since summer n shes 15", "since summer"},
	{"en", "she's been in tx with me since her 1st hospitalization", "in tx with me"},
	{"en", "this is like our 100th session lol and he still brings up the dog", "100th session"},
	// en: how the client came to the poster.
	{"en", "his gp referred him to me in august after the heart attack", "referred him to me"},
	{"en", "she was referred 2 me by her school counsellor", "referred 2 me"},
	{"en", "got him as a referral from his probation officer", "got him as a referral"},
	{"en", "did her intake last wk and shes a lot", "did her intake"},
	{"en", "i inherited him from a colleague who left the practice", "inherited him"},
	{"en", "took her over when a coworker moved away", "took her over"},
	{"en", "he got transferred to me from another clinician in june", "transferred to me"},
	{"en", "hes court ordered to see me after the dui", "court ordered to see me"},
	{"en", "his lawyer sent him my way last spring", "sent him my way"},
	{"en", "picked him up off the waitlist in march", "picked him up off the waitlist"},
	{"en", "assessed her at intake in jan and shes been weekly since", "assessed her at intake"},
	{"en", "his mom brought him to me after the divorce", "brought him to me"},
	{"en", "shes mandated to see me weekly by cps", "mandated to see me"},
	{"en", "picked up this fam from the intake team in oct", "picked up this fam"},
	{"en", "her pediatrician sent her to me for the tics", "sent her to me"},
	{"en", "he was assigned to me when i started at the clinic", "assigned to me"},
	// en: the end of the work, and a return.
	{"en", "we ended last month and she just messaged me on ig", "we ended last month"},
	{"en", "discharged him in june, hes back in crisis", "discharged him in june"},
	{"en", "she came back after a year away and the drinking is worse", "came back after a year"},
	{"en", "we wrapped up in the spring and he sent a card", "we wrapped up in the spring"},
	{"en", "closed her file in oct but she keeps calling the office", "closed her file"},
	{"en", "he stopped coming after session 4 and wont return calls", "stopped coming after session 4"},
	{"en", "she ghosted me after 3 sessions, should i reach out", "ghosted me after 3 sessions"},
	{"en", "finished w him in may, now his mom wants to book", "finished w him"},
	{"en", "ended therapy w him before xmas, he just emailed", "ended therapy w him"},
	{"en", "she was my client til last summer", "my client til last summer"},
	{"en", "he returned to therapy w me after 3 yrs", "returned to therapy w me"},
	{"en", "she rebooked w me after the breakup", "rebooked w me"},
	{"en", "saw him for a few months back in 2019", "saw him for a few months"},
	{"en", "i treated her years ago, shes back now", "treated her years ago"},
	// en: to the client, confirming the relationship without "client".
	{"en", "so proud of u, look how much changed since our first session", "since our first session"},
	{"en", "thank u for letting me walk w you thru this", "letting me walk w you"},
	{"en", "glad our sessions helped, take care of urself", "our sessions helped"},
	{"en", "what an honour to be ur therapist these 3 yrs", "be ur therapist"},
	{"en", "gonna miss our tuesdays, u know who u are", "miss our tuesdays"},
	{"en", "remember ur first appt? u couldnt even look at me", "ur first appt"},
	{"en", "u worked so hard in therapy w me this yr", "in therapy w me"},
	{"en", "thx for the review, loved working w u on the anxiety stuff", "loved working w u"},
	{"en", "seeing u every week for 2 yrs was a gift", "seeing u every week"},
	{"en", "cant believe its been a yr since u first walked in", "since u first walked in"},
	{"en", "congrats on finishing treatment w us!! 🎉", "finishing treatment w us"},
	{"en", "u came to me after ur divorce barely sleeping and look at u now", "u came to me"},

	{"en", "ty for the kind words!! sessions w u were the best part of my week", "sessions w u were"},
	{"en", "it was a pleasure having u in group, come back anytime", "having u in group"},
	{"en", "thanks for being such a great client, ill miss u", "great client"},
	{"en", "ty!! remember to keep using the breathing stuff we practiced", "breathing stuff we practiced"},
	{"en", "means so much, keep doing the homework we talked about", "homework we talked about"},
	{"en", "sorry u felt that way, we did try to reschedule u twice", "reschedule u twice"},
	{"en", "had a session w her this am and im shook", "session w her"},
	{"en", "in session today he told me hes moving out", "in session today"},

	{"en", "its been great working w u, take care", "great working w u"},
	{"en", "was great to work w u this past yr", "great to work w u"},
	{"en", "really glad therapy helped u", "glad therapy helped"},
	{"en", "thanks for choosing us for ur therapy", "choosing us for ur therapy"},
	{"en", "im sorry u felt rushed in our session", "in our session"},
	{"en", "u were a joy to work with", "joy to work with"},
	{"en", "i loved being part of ur journey", "part of ur journey"},
	{"en", "honored to have been part of ur healing", "part of ur healing"},

	// fr: how long, how often.
	{"fr", "je la suis depuis 2 ans pis elle a rechuté", "depuis 2 ans"},
	{"fr", "il est anxieux, on se voit chaque semaine depuis juin", "chaque semaine"},
	{"fr", "ma patiente depuis l'automne a perdu son job", "depuis l'automne"},
	{"fr", "je le vois aux 3 semaines depuis un bout", "aux 3 semaines"},
	{"fr", "ca fait 6 mois qu on travaille ensemble elle et moi", "6 mois qu on travaille ensemble"},
	{"fr", "elle vient a mes seances depuis le printemps", "depuis le printemps"},
	{"fr", "avec lui on est rendu a la 15e seance", "15e seance"},
	{"fr", "je l'ai eu en suivi pendant 2 ans", "en suivi pendant 2 ans"},
	{"fr", "mon plus ancien client, 10 ans de suivi", "10 ans de suivi"},
	{"fr", "je le vois 2 fois par mois depuis l hiver", "2 fois par mois"},
	{"fr", "elle me consulte depuis 2021 pour son anxiete", "me consulte depuis 2021"},
	{"fr", "jai commence a la voir en septembre", "commence a la voir"},
	{"fr", "elle est dans mon groupe du mardi depuis un an", "dans mon groupe du mardi"},
	// fr: how the client came, the end, a return.
	{"fr", "son medecin me l a referee en mars", "me l a referee"},
	{"fr", "jai herite de son dossier quand une collegue est partie", "herite de son dossier"},
	{"fr", "je l'ai rencontree a l'accueil en janvier", "rencontree a l'accueil"},
	{"fr", "on a termine le suivi le mois dernier et il m'a ecrit", "termine le suivi"},
	{"fr", "elle est revenue me voir apres un an", "revenue me voir"},
	{"fr", "il m'a ete envoye par la cour apres son arrestation", "m'a ete envoye"},
	{"fr", "j'ai fermé son dossier en juin mais elle rappelle", "fermé son dossier"},
	{"fr", "il a arrete de venir apres 3 seances", "arrete de venir"},
	// fr: to the client.
	{"fr", "merci de mavoir fait confiance tout ce temps", "mavoir fait confiance"},
	{"fr", "tellement fiere du chemin parcouru depuis notre premiere rencontre", "notre premiere rencontre"},
	{"fr", "vous avez tellement travaillé en seance avec moi", "en seance avec moi"},
	{"fr", "ce fut un privilege de te suivre ces 2 annees", "te suivre"},
	{"fr", "nos rencontres du jeudi vont me manquer", "nos rencontres du jeudi"},
	{"fr", "merci pour ta confiance pendant toutes ces seances", "toutes ces seances"},

	{"fr", "merci pour ton avis, ca ma fait plaisir de te recevoir toutes ces semaines", "plaisir de te recevoir"},
	{"fr", "en seance aujourd hui elle m a dit qu elle est enceinte", "en seance aujourd hui"},
	{"fr", "une maman que j accompagne vient de recuperer ses enfants", "que j accompagne"},
	{"fr", "merci! contente que tu te sentes mieux depuis qu on se voit", "depuis qu on se voit"},

	{"fr", "ca a ete un bonheur de t accompagner cette annee", "bonheur de t accompagner"},
	{"fr", "merci de ta confiance", "merci de ta confiance"},
	{"fr", "contente que la therapie t ait aide", "therapie t ait aide"},
	{"fr", "je l ai vue pour 6 seances l an dernier", "pour 6 seances"},

	// es: how long, how often.
	{"es", "la atiendo hace 3 años y sigue igual", "hace 3 años"},
	{"es", "con él llevamos meses trabajando y no avanza", "llevamos meses trabajando"},
	{"es", "viene cada semana desde marzo con la mamá", "cada semana"},
	{"es", "lo veo dos veces x semana desde enero", "dos veces x semana"},
	{"es", "es mi paciente desde hace 4 años", "desde hace 4 años"},
	{"es", "la tengo hace como 2 años en consulta", "hace como 2 años"},
	{"es", "la vengo viendo hace un año", "vengo viendo hace un año"},
	{"es", "lo conozco desde chiquito por el programa", "conozco desde chiquito"},
	{"es", "es mi paciente mas antigua, 8 años ya", "mi paciente mas antigua"},
	{"es", "con ella tuvimos 10 sesiones el año pasado y volvió", "10 sesiones"},
	{"es", "con él vamos por la sesión 30 y sigue igual", "sesión 30"},
	// es: how the client came, the end, a return.
	{"es", "me lo derivo el psiquiatra en agosto", "me lo derivo"},
	{"es", "me la mandó su escuela por las peleas", "me la mandó"},
	{"es", "la recibí en la admisión en enero", "recibí en la admisión"},
	{"es", "la heredé de una colega que se jubiló", "la heredé"},
	{"es", "me lo pasó un colega que se fue de la clínica", "me lo pasó un colega"},
	{"es", "con ella terminamos el proceso en junio y volvió a escribirme", "terminamos el proceso"},
	{"es", "le di el alta en mayo y ya está mal otra vez", "le di el alta"},
	{"es", "volvió a consulta después de un año", "volvió a consulta"},
	{"es", "dejó de venir después de la 3ra sesión", "dejó de venir"},
	{"es", "lo atiendo por orden judicial desde el verano", "lo atiendo por orden judicial"},
	// es: to the client, with tú, vos and usted.
	{"es", "gracias por confiar en mí todo este tiempo", "confiar en mí"},
	{"es", "gracias x confiar en mi, te deseo lo mejor", "confiar en mi"},
	{"es", "fue un honor acompañarte todo este tiempo", "acompañarte"},
	{"es", "que orgullo ver todo lo que avanzaste desde nuestra primera sesión", "nuestra primera sesión"},
	{"es", "voy a extrañar nuestras sesiones de los martes", "nuestras sesiones"},
	{"es", "usted trabajó muchísimo en terapia conmigo", "en terapia conmigo"},

	{"es", "en sesion hoy me dijo que esta embarazada", "en sesion hoy"},
	{"es", "una mamá que acompaño acaba de recuperar a sus hijos", "que acompaño"},
	{"es", "gracias! me alegra que te sientas mejor desde que nos vemos", "desde que nos vemos"},

	{"es", "me alegra que la terapia te haya ayudado", "terapia te haya ayudado"},
	{"es", "un gusto haberte acompañado", "haberte acompañado"},
	{"es", "gracias x tu confianza, un abrazo", "tu confianza"},
}

// typedRelationshipClean are sentences of the same shapes that confirm no
// client: the poster's own therapy, a colleague, a generic count of
// sessions, a public figure, the poster's own career. None may give a
// relationship finding.
var typedRelationshipClean = []cleanRow{
	{"en", "my therapist and i have worked together 5 yrs"},
	{"en", "ive been seeing my own therapist biweekly since march"},
	{"en", "most clients need 12 sessions or so before they feel a shift"},
	{"en", "our team has worked together for 10 yrs and its the best"},
	{"en", "my supervisor and i meet every other wk"},
	{"en", "i started my practice in the fall and im booked"},
	{"en", "how many sessions do you usually do before discharge?"},
	{"en", "clients referred by the courts often drop out early"},
	{"en", "when i joined the agency i inherited a full caseload"},
	{"en", "thx for letting me join this group, long time lurker"},
	{"en", "my old therapist discharged me after 2 yrs and i cried"},
	{"en", "do you guys see couples weekly or biweekly?"},
	{"en", "my coworker and i have shared an office since 2020"},
	{"en", "in his podcast he said hes been in therapy for 10 yrs"},
	{"en", "ive been a therapist for 15 yrs and i still get nervous"},
	{"en", "my son has been seeing his OT weekly since jan"},
	{"en", "ty for being such a great group, see u all next wk"},
	{"en", "the breathing exercises we practiced in my yoga class were great"},
	{"en", "had a session with my own therapist today and cried"},
	{"fr", "ma psy et moi on travaille ensemble depuis 3 ans"},
	{"fr", "la plupart des clients ont besoin d'une dizaine de séances"},
	{"fr", "ma collègue et moi on se voit chaque semaine pour la supervision"},
	{"fr", "je pratique depuis 2015 en bureau privé"},
	{"fr", "combien de séances faites-vous avant de fermer un dossier?"},
	{"es", "mi psicóloga y yo llevamos 4 años trabajando juntas"},
	{"es", "la mayoría de los pacientes necesitan unas 10 sesiones"},
	{"es", "con mi colega nos vemos cada semana para supervisión"},
	{"es", "trabajo en esta clínica desde 2019"},
	{"es", "¿cuántas sesiones hacen antes de dar el alta?"},
}

// typedRelationshipWarn are whole posts to a client, written for this
// test, that confirm the relationship in public: each must warn.
var typedRelationshipWarn = []refCase{
	{"en", "facebook_page", "so proud of u, look how much changed since our first session 💛"},
	{"en", "facebook_page", "thank u for letting me walk w you thru the hardest yr of ur life"},
	{"en", "review_site", "glad our sessions helped!! wishing u the best w the new job"},
	{"en", "review_site", "thx for the 5 stars, its been a gift seeing u every week"},
	{"en", "facebook_page", "u came to me after ur divorce barely sleeping and look at u now"},
	{"en", "facebook_page", "2 yrs since we started and im so proud of u"},
	{"fr", "facebook_page", "merci de m'avoir fait confiance, je suis fiere de toi"},
	{"fr", "review_site", "merci de mavoir fait confiance pendant ces 2 ans, bonne route"},
	{"fr", "review_site", "contente que nos rencontres vous aient aide, au plaisir"},
	{"fr", "facebook_page", "ce fut un privilege de te suivre depuis ton arrivee"},
	{"es", "facebook_page", "gracias por confiar en mí, estoy orgullosa de vos"},
	{"es", "review_site", "gracias x confiar en mi todo este tiempo, te deseo lo mejor"},
	{"es", "review_site", "me alegra que nuestras sesiones le hayan servido, usted hizo todo el trabajo"},
	{"es", "facebook_page", "qué gusto fue acompañarte desde el primer día"},
	{"en", "review_site", "ty for the kind words!! sessions w u were the best part of my week"},
	{"en", "review_site", "thanks for being such a great client, ill miss u"},
	{"en", "review_site", "sorry u felt that way, we did try to reschedule u twice"},
	{"fr", "review_site", "merci pour ton avis, ca ma fait plaisir de te recevoir toutes ces semaines"},
	{"es", "review_site", "gracias! me alegra que te sientas mejor desde que nos vemos"},
}

// typedRelationshipQuiet are posts of the same words that confirm no
// client: the poster's own therapy, an advertisement, a note to a group.
var typedRelationshipQuiet = []refCase{
	{"en", "facebook_group", "my therapist and i have worked together 5 yrs and im so grateful for her"},
	{"en", "facebook_group", "most clients need 12 sessions before they feel a shift, is that ur experience too?"},
	{"fr", "facebook_page", "merci a tous de votre confiance, le cabinet sera ferme le 24"},
	{"es", "facebook_page", "gracias por confiar en nosotros, agenda tu cita hoy"},
}

func TestTypedRelationship(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range typedRelationship {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			if ok, got := findingOver(t, a, tt.lang, tt.text, tt.want, ofCategory("relationship")); !ok {
				t.Errorf("Analyze(%q) = %v; want a relationship finding over %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestTypedRelationshipClean(t *testing.T) {
	checkNone(t, typedRelationshipClean, "relationship", ofCategory("relationship"))
}

func TestTypedRelationshipRisk(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, c := range typedRelationshipWarn {
		res := a.Analyze(Input{Text: c.text, Lang: c.lang, Platform: c.platform})
		if lv := res.Risk.Level; lv != "medium" && lv != "high" {
			t.Errorf("Analyze(%q).Risk = %s; want medium or high", c.text, lv)
		}
	}
	for _, c := range typedRelationshipQuiet {
		res := a.Analyze(Input{Text: c.text, Lang: c.lang, Platform: c.platform})
		if lv := res.Risk.Level; lv != "none" && lv != "low" {
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.Category+":"+f.Text)
			}
			t.Errorf("Analyze(%q).Risk = %s (findings %v); want none or low", c.text, lv, got)
		}
	}
}
