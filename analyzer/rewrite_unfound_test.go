package analyzer

import (
	"strings"
	"testing"
)

// rewriteUnfound are asks that hold a detail about the client no rule
// finds — a job said as a verb, a local role, a hobby, a family member's
// place in town — where the rewrite keeps the ask (issue 16: the probes'
// leaks are such details, left in a clause the rewrite kept). Written for
// this test, blind to the corpora, in the shapes the detail takes: a
// relative clause after a noun for the person ("a client who ...", "une
// patiente qui ...", "un paciente que ..."), a question that speaks of
// the client through a pronoun, the client's description after a comma,
// and a post in which nothing at all is found though it refers to a
// client (it still gets a rewrite: coverage). gone are the words the
// rewrite must not hold (as whole words, in any case), kept the need
// words it must still carry. lost marks a case the rewrite still gets
// wrong: it is logged, not failed, so the table says what is left.
var rewriteUnfound = []rewriteCase{
	// A relative clause after a noun for the person.
	{"en", "Does anyone know an EMDR therapist who could see a client who drives the school bus on our route? Telehealth would be best.",
		[]string{"school bus"}, []string{"EMDR", "telehealth"}, false},
	{"en", "Looking for a DBT therapist for a client who sings in the cathedral choir every Sunday.",
		[]string{"choir"}, []string{"DBT"}, false},
	{"en", "How do you pace exposure work with a client who breeds show horses and travels most weekends?",
		[]string{"show horses"}, []string{"exposure"}, false},
	{"en", "Can anyone take a client who referees the local hockey league? Needs someone for panic attacks.",
		[]string{"referees", "hockey"}, []string{"panic"}, false},
	{"en", "Any grief therapists open to seeing a patient whose brother ran the hardware store downtown?",
		[]string{"hardware store"}, []string{"grief"}, false},
	{"en", "Seeking an ERP specialist for a teen who won the regional spelling bee last spring.",
		[]string{"spelling bee"}, []string{"ERP"}, false},
	{"en", "need a trauma therapist 4 a cl who used to guard prisoners at the county lockup, telehealth only pls",
		[]string{"prisoners", "lockup"}, []string{"trauma", "telehealth"}, false},
	{"en", "how would u approach CBT-I with a pt who bakes overnight at the only bakery in town?",
		[]string{"bakery", "bakes"}, []string{"CBT-I"}, false},
	{"en", "Does anyone offer play therapy for a boy whose mom runs the daycare across from the church?",
		[]string{"daycare"}, []string{"play therapy"}, false},
	{"en", "Looking for an IFS therapist for a woman who rebuilt her house after the ice storm took the roof.",
		[]string{"ice storm", "roof"}, []string{"IFS"}, false},
	{"en", "Any perinatal therapists who'd see a mom who delivered her twins in the back of a taxi?",
		[]string{"taxi", "twins"}, []string{"perinatal"}, false},
	{"en", "Recs for an OCD specialist for a student who was valedictorian at the high school here?",
		[]string{"valedictorian"}, []string{"OCD"}, false},
	{"en", "Does anyone know a Spanish-speaking therapist for a client whose husband manages the grain elevator?",
		[]string{"grain elevator"}, []string{"Spanish-speaking"}, false},
	{"en", "Hoping to find a therapist who takes Medicaid for a teen whose dad coaches varsity wrestling.",
		[]string{"wrestling"}, []string{"Medicaid"}, false},
	{"en", "Looking for someone who does couples therapy for a couple who run the bed and breakfast by the lake.",
		[]string{"bed and breakfast"}, []string{"couples"}, false},
	{"fr", "Quelqu'un connaît une psychologue en TCC pour une cliente qui tient la boulangerie de la place ?",
		[]string{"boulangerie"}, []string{"TCC"}, false},
	{"fr", "Je cherche un psy formé en EMDR pour un patient qui conduit l'ambulance du canton.",
		[]string{"ambulance"}, []string{"EMDR"}, false},
	{"fr", "Comment travaillez-vous l'exposition avec une patiente qui dresse des chevaux pour les concours ?",
		[]string{"chevaux"}, []string{"exposition"}, false},
	{"fr", "Besoin d'une thérapeute en deuil pour une cliente dont le frère gérait la quincaillerie du bourg.",
		[]string{"quincaillerie"}, []string{"deuil"}, false},
	{"fr", "qqn connait un psy qui fait de la thérapie de couple pr un client qui arbitre les matchs de foot du dimanche ?",
		[]string{"arbitre", "foot"}, []string{"couple"}, false},
	{"fr", "Je cherche un ergothérapeute pour un enfant dont le père répare les tracteurs de la coopérative.",
		[]string{"tracteurs"}, nil, false},
	{"fr", "Quelqu'un connaît un psy qui consulte en ligne pour une patiente qui garde le phare de l'île ?",
		[]string{"phare"}, []string{"en ligne"}, false},
	{"es", "¿Alguien conoce una psicóloga con experiencia en duelo para una paciente que atiende la farmacia de la plaza?",
		[]string{"farmacia"}, []string{"duelo"}, false},
	{"es", "Busco terapeuta de EMDR para un paciente que maneja la grúa del puerto.",
		[]string{"grúa", "puerto"}, []string{"EMDR"}, false},
	{"es", "¿Cómo trabajan la exposición con un paciente que cría gallos de pelea?",
		[]string{"gallos"}, []string{"exposición"}, false},
	{"es", "Necesito un terapeuta para ansiedad para una señora cuyo hijo dirige la banda del pueblo.",
		[]string{"banda"}, []string{"ansiedad"}, false},
	{"es", "alguien q haga TCC pa un chico q juega de portero en el equipo juvenil?",
		[]string{"portero"}, []string{"TCC"}, true}, // "equipo juvenil" are vocabulary words: two words left say no more than a need
	{"es", "Busco psicóloga infantil para un niño cuyo abuelo es el cura de la parroquia.",
		[]string{"cura", "parroquia"}, nil, false},
	// A question that speaks of the client through a pronoun.
	{"en", "Looking for a CBT therapist for my client. Could anyone fit her in around her shifts at the fish plant?",
		[]string{"fish plant"}, []string{"CBT"}, true}, // lost with h-risk17's retrain: "fish plant" stays
	{"en", "Need an EMDR clinician. Is anyone able to see him before he opens the barber shop?",
		[]string{"barber"}, []string{"EMDR"}, false},
	{"fr", "Je cherche une psy en TCC pour ma cliente. Quelqu'un pourrait la voir après sa tournée de facteur ?",
		[]string{"facteur", "tournée"}, []string{"TCC"}, false},
	{"es", "Busco psicóloga con experiencia en pánico. ¿Alguien podría verla después de su turno en la panadería?",
		[]string{"panadería"}, []string{"pánico"}, false},
	// The client's description after a comma.
	{"en", "Looking for a trauma-informed therapist, client is the night janitor at the courthouse.",
		[]string{"janitor", "courthouse"}, []string{"trauma-informed"}, false},
	{"fr", "Je cherche une psychologue pour le trouble panique, la cliente tient un kiosque au marché.",
		[]string{"kiosque"}, []string{"panique"}, false},
	{"es", "Busco terapeuta para trastorno de pánico, la paciente vende flores en el mercado central.",
		[]string{"flores"}, []string{"pánico"}, false},
	// Nothing found, though the post refers to a client: a rewrite all
	// the same, without what it says of the person.
	{"en", "Anyone have a good CBT workbook for insomnia? One of my clients, who races sled dogs, keeps asking for something to read.",
		[]string{"sled dogs"}, []string{"CBT", "insomnia"}, false},
	{"en", "Does anyone run a DBT skills group on weekends? A client of mine tends bar at the marina and can only do Sundays.",
		[]string{"marina", "tends bar"}, []string{"DBT skills group"}, false},
	{"en", "any tips for a client who keeps bringing homemade jam to every session? feels like a boundary thing",
		[]string{"jam"}, []string{"boundary"}, true}, // "boundary" is in no need vocabulary, and its sentence asks nothing
	{"fr", "Quelqu'un a un bon cahier d'exercices sur l'anxiété pour ados ? Un de mes clients fait du patin artistique en compétition.",
		[]string{"patin"}, []string{"anxiété"}, false},
	{"fr", "Comment gérez-vous une cliente qui vous offre des confitures à chaque séance ? Question de limites.",
		[]string{"confitures"}, []string{"limites"}, false},
	{"es", "¿Alguien tiene material sobre ansiedad para adolescentes? Una de mis pacientes compite en natación sincronizada.",
		[]string{"natación"}, []string{"ansiedad"}, false},
	{"es", "¿Cómo manejan a un paciente que les regala pan casero en cada sesión? Tema de límites.",
		[]string{"pan casero"}, []string{"límites"}, false},
}

// TestRewriteUnfound checks each post of rewriteUnfound: a rewrite, none
// of its gone words, all of its kept words.
func TestRewriteUnfound(t *testing.T) {
	checkRewriteCases(t, rewriteUnfound)
}

// rewriteCase is a post and what its rewrite must do: gone are the words
// it must not hold (whole words, any case), kept the need words it must
// still carry; a row with no gone words is a clean post, which gets no
// rewrite or its own text back. lost marks a case still wrong: logged,
// not failed, so a table says what is left.
type rewriteCase struct {
	lang, text string
	gone, kept []string
	lost       bool
}

// checkRewriteCases analyzes each case and reports its faults.
func checkRewriteCases(t *testing.T, cases []rewriteCase) {
	t.Helper()
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		res := a.Analyze(Input{Text: tc.text, Lang: tc.lang})
		var faults []string
		lo := strings.ToLower(res.Rewrite)
		if len(tc.gone) == 0 {
			if res.Rewrite != "" && res.Rewrite != tc.text {
				faults = append(faults, "a clean post rewritten")
			}
		} else if res.Rewrite == "" {
			faults = append(faults, "no rewrite")
		}
		for _, g := range tc.gone {
			if res.Rewrite != "" && wholeWord(g).MatchString(lo) {
				faults = append(faults, "holds "+g)
			}
		}
		for _, k := range tc.kept {
			if res.Rewrite != "" && !strings.Contains(lo, strings.ToLower(k)) {
				faults = append(faults, "lost "+k)
			}
		}
		if len(faults) == 0 {
			if tc.lost {
				t.Logf("%s %q: now right; its lost mark can go", tc.lang, tc.text)
			}
			continue
		}
		if tc.lost {
			t.Logf("still lost: %s %q → %q: %s", tc.lang, tc.text, res.Rewrite, strings.Join(faults, ", "))
			continue
		}
		t.Errorf("%s %q → %q: %s", tc.lang, tc.text, res.Rewrite, strings.Join(faults, ", "))
	}
}
