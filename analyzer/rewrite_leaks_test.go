package analyzer

import (
	"regexp"
	"strings"
	"testing"
)

// rewriteLeaks are posts whose rewrite must not carry an identifying
// detail (issue 16: names never survive, nothing of a finding's text is
// left), written for this test as the kinds of leak a rewrite can make, in
// each language, plain and typed in a hurry: a name said again in another
// form (a title dropped, a possessive, the first name alone, lower case), a
// place in a kept "in <town>" clause, an employer in a kept ask, an age or
// a date inside a need, a detail in a kept reason clause, the client's
// detail in a kept consultation question. gone are the strings the rewrite
// must not hold (as whole words, in any case); kept the need words it
// must still carry.
var rewriteLeaks = []struct {
	lang, text string
	gone, kept []string
}{
	// A name said again in another form.
	{"en", "Seeking a DBT therapist for my client Dr. Okonkwo-Baptiste. Okonkwo-Baptiste prefers evenings and would like telehealth.",
		[]string{"Okonkwo-Baptiste"}, []string{"DBT"}},
	{"en", "My client Tamsin Whitcombe needs an EMDR therapist. Does anyone know someone Whitcombe could see on Saturdays?",
		[]string{"Whitcombe", "Tamsin"}, []string{"EMDR"}},
	{"en", "Looking for a grief counsellor for Mr. Aldous Penhaligon. Would anyone be able to see Aldous on short notice?",
		[]string{"Aldous", "Penhaligon"}, []string{"grief"}},
	{"en", "Referral needed: Rosalind's panic attacks are back. Anyone who does CBT for panic and could take Rosalind this month?",
		[]string{"Rosalind"}, []string{"panic"}},
	{"en", "need a trauma therapist for my cl marisol quintanilla. can anyone see marisol evenings? she prefers a woman",
		[]string{"marisol", "quintanilla"}, []string{"trauma"}},
	{"en", "my client Dr. Feodora Lindqvist-Amari needs DBT. does anyone know someone who could see feodora on weekends?",
		[]string{"feodora", "Lindqvist-Amari"}, []string{"DBT"}},
	{"en", "need a grief counsellor for my cl jorunn. jorunn's husband passed n she wants someone who does zoom",
		[]string{"jorunn"}, []string{"grief"}},
	{"fr", "cherche psy pour ma cliente, elle bosse chez Boulangerie Quéméner. qqn qui connait un psy en TCC pas loin de chez Quéméner ?",
		[]string{"Quéméner"}, []string{"TCC"}},
	{"es", "busco psicologa pa mi paciente Rosalba Quintero. alguien q pueda ver a rosalba los sabados x ansiedad?",
		[]string{"rosalba", "Quintero"}, []string{"ansiedad"}},
	{"fr", "Je cherche une psychologue en TCC pour ma cliente Mme Bérangère Trouillard. Quelqu'un pourrait recevoir Bérangère le soir ?",
		[]string{"Bérangère", "Trouillard"}, []string{"TCC"}},
	{"es", "Busco terapeuta con experiencia en duelo para mi paciente Xiomara Betancourt. ¿Alguien podría atender a Xiomara por videollamada?",
		[]string{"Xiomara", "Betancourt"}, []string{"duelo"}},
	// A place in a kept "in <town>" clause.
	{"en", "Anyone know a play therapist in Wetaskiwin? My client's family can only drive as far as Wetaskiwin or Ponoka.",
		[]string{"Wetaskiwin", "Ponoka"}, []string{"play therapist"}},
	{"en", "Looking for an OCD specialist near Tillsonburg for a teen client. Ideally someone in Tillsonburg who does ERP.",
		[]string{"Tillsonburg"}, []string{"ERP"}},
	{"en", "any1 know a couples therapist in kirkland lake? they cant drive 2 sudbury in winter",
		[]string{"kirkland lake", "sudbury"}, []string{"couples"}},
	{"fr", "Quelqu'un connaît une psychologue pour enfants à Saint-Hyacinthe ? La famille ne peut pas aller plus loin que Saint-Hyacinthe.",
		[]string{"Saint-Hyacinthe"}, []string{"enfants"}},
	{"es", "¿Alguien conoce un psicólogo especializado en ansiedad en Villarrica? Mi paciente no puede viajar fuera de Villarrica.",
		[]string{"Villarrica"}, []string{"ansiedad"}},
	// An employer in a kept ask.
	{"en", "My client works nights at Brackenfield Poultry. Does anyone offer EMDR sessions early enough for a Brackenfield shift worker?",
		[]string{"Brackenfield"}, []string{"EMDR"}},
	{"en", "Need a therapist who understands first responders for a dispatcher at Harlow County 911. Anyone who sees Harlow County staff after hours?",
		[]string{"Harlow"}, []string{"first responders"}},
	{"fr", "Mon client travaille chez Quincaillerie Dufresne-Lapointe. Quelqu'un offre de la thérapie de couple le samedi pour un employé de Dufresne-Lapointe ?",
		[]string{"Dufresne-Lapointe"}, []string{"couple"}},
	{"es", "Mi clienta trabaja en Conservas Arrieta. ¿Alguien atiende los sábados a empleados de Arrieta con ataques de pánico?",
		[]string{"Arrieta"}, nil}, // read as a vent today: its need goes with the ask
	// An age or a date inside a need.
	{"en", "Looking for someone who does EMDR for a 67-year-old man who was in a crash on June 14. Needs a therapist who is ok with a 67-year-old who has never done therapy.",
		[]string{"67-year-old", "June 14"}, []string{"EMDR"}},
	{"en", "can any1 see my 15yo cl for anxiety after school? shes free tues after 3:45 and her mom picks her up at 5",
		[]string{"15yo", "3:45"}, []string{"anxiety"}},
	{"fr", "Je cherche un ergothérapeute pour un garçon de 9 ans suivi depuis le 12 mars. Qui pourrait le voir avant le 30 avril ?",
		[]string{"9 ans", "12 mars", "30 avril"}, nil},
	{"es", "Busco psicóloga para una niña de 11 años con mutismo selectivo. ¿Alguien puede verla antes del 3 de mayo?",
		[]string{"11 años", "3 de mayo"}, []string{"mutismo selectivo"}},
	// A detail in a kept reason clause.
	{"en", "Looking for a therapist who does telehealth because my client is a well-known baker in a town of 900 people.",
		[]string{"baker"}, []string{"telehealth"}},
	{"en", "I need a male therapist for this client since his stepfather was the one who hurt him at the Lakeshore cabin.",
		[]string{"stepfather", "Lakeshore"}, nil},
	{"fr", "Je cherche une thérapeute en ligne parce que ma cliente est infirmière à l'hôpital de Rimouski et connaît tout le monde.",
		[]string{"infirmière", "Rimouski"}, []string{"en ligne"}},
	{"es", "Necesito una terapeuta en línea porque mi paciente es maestra en la única escuela de Tlacotalpan.",
		[]string{"maestra", "Tlacotalpan"}, []string{"en línea"}},
	// The client's detail in a kept consultation question.
	{"en", "How would you handle a client who is a sheriff's deputy in Moose Jaw disclosing drug use? Do I have to report a deputy?",
		[]string{"Moose Jaw", "deputy"}, nil},
	{"en", "How would you handle it when my client, a youth pastor at Grace Fellowship, tells you he relapsed? Would you tell Grace Fellowship?",
		[]string{"Grace Fellowship", "youth pastor"}, nil},
	{"en", "consult q: my cl teaches grade 3 at pinecrest elementary n told me abt cutting. do i call pinecrest or just her doc?",
		[]string{"pinecrest"}, nil},
	{"fr", "Comment gérez-vous un client policier à Trois-Rivières qui parle d'idées suicidaires ? Dois-je prévenir son employeur à Trois-Rivières ?",
		[]string{"Trois-Rivières", "policier"}, nil},
	{"es", "¿Cómo manejan a un paciente que es bombero en Chillán y habla de ideación suicida? ¿Debo avisar a su jefe en Chillán?",
		[]string{"Chillán", "bombero"}, nil},
	// The need stays while the detail goes.
	{"en", "Looking for an ASL-fluent therapist for my Deaf client, a 34-year-old welder at Kessler Steel in Fort Dodge. Must take Medicaid.",
		[]string{"34-year-old", "welder", "Kessler", "Fort Dodge"}, []string{"ASL", "Medicaid"}},
	{"en", "Referral for a veteran w/ PTSD, works at the Dunmore mill, lives in Dunmore, wife just left. need someone who does CPT + takes tricare",
		[]string{"Dunmore"}, []string{"PTSD", "CPT"}},
	{"fr", "Je cherche un psychologue qui fait de l'EMDR pour un agriculteur de 48 ans de Sainte-Perpétue. Il a besoin de rendez-vous en soirée.",
		[]string{"48 ans", "agriculteur", "Sainte-Perpétue"}, []string{"EMDR"}},
	{"es", "Busco terapeuta que hable quechua para un señor de 60 años, albañil en Huancayo. Tiene insomnio y necesita citas los sábados.",
		[]string{"60 años", "albañil", "Huancayo"}, []string{"quechua"}},
}

// TestRewriteLeaksNothing checks each post's rewrite against rewriteLeaks.
func TestRewriteLeaksNothing(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range rewriteLeaks {
		res := a.Analyze(Input{Text: tc.text, Lang: tc.lang})
		if res.Rewrite == "" {
			// No finding, no rewrite (a detection miss, not a leak): a
			// user sees nothing to rewrite.
			if len(res.Findings) > 0 {
				t.Errorf("Analyze(%q).Rewrite is empty with %d findings; want a rewrite", tc.text, len(res.Findings))
			}
			continue
		}
		lo := strings.ToLower(res.Rewrite)
		for _, g := range tc.gone {
			if wholeWord(g).MatchString(lo) {
				t.Errorf("Analyze(%q).Rewrite = %q; holds %q", tc.text, res.Rewrite, g)
			}
		}
		for _, k := range tc.kept {
			if !strings.Contains(lo, strings.ToLower(k)) {
				t.Errorf("Analyze(%q).Rewrite = %q; lost %q", tc.text, res.Rewrite, k)
			}
		}
	}
}

// wholeWord matches s lower-cased as the scorer does: not inside a word.
func wholeWord(s string) *regexp.Regexp {
	return regexp.MustCompile(`(^|[^\p{L}\p{N}_])` + regexp.QuoteMeta(strings.ToLower(s)) + `($|[^\p{L}\p{N}_])`)
}
