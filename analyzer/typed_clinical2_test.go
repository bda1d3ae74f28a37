package analyzer

import (
	"strings"
	"testing"
)

// typedClinical2 are clinical details about a client of kinds the earlier
// tables (typed_clinical_test.go, typed_symptoms_test.go) do not hold,
// written for this change from the annotation guide's definition before
// reading any corpus post (h-clin11): a named medication with a dose, a
// change or a stop; treatment and level of care as the client's history
// (ECT, a hold, detox, day programmes); drugs in street words; risk in
// coded words; French and Spanish diagnosis abbreviations and lay forms; a
// test score; a physical condition or treatment of the client. Careful
// prose and fast typing both. A row must give a clinical finding, or a
// story-tagger finding, over want; open rows are logged, not failed.
var typedClinical2 = []typedRow{
	// Medication: a dose beside a drug, a change, a stop (en).
	{lang: "en", text: "They bumped her sertraline up to 150 last month.", want: "sertraline"},
	{lang: "en", text: "he came off the lithium in the summer and crashed by fall", want: "came off the lithium"},
	{lang: "en", text: "She is tapering off klonopin with her prescriber.", want: "klonopin"},
	{lang: "en", text: "my client takes 300 mg of lamotrigine a day", want: "300 mg of lamotrigine"},
	{lang: "en", text: "pt on abilify 5mg, says it makes her restless", want: "abilify 5mg"},
	{lang: "en", text: "He was started on prozac 20 in January.", want: "prozac 20"},
	{lang: "en", text: "his doc cut the adderall in half bc of the weight loss", want: "adderall", open: true},
	{lang: "en", text: "She quit her wellbutrin cold turkey and feels awful.", want: "wellbutrin"},
	{lang: "en", text: "my cl is on suboxone maintenance, 16mg", want: "suboxone"},
	{lang: "en", text: "he gets a monthly invega shot at the clinic", want: "invega shot"},
	{lang: "en", text: "They switched him from zoloft to lexapro after the rash.", want: "lexapro"},
	{lang: "en", text: "She ran out of her clozapine over the holiday.", want: "clozapine"},
	{lang: "en", text: "pt on methadone 80 mg daily since spring", want: "methadone 80 mg"},
	{lang: "en", text: "he's been doubling up on his ativan without telling anyone", want: "doubling up on his ativan"},
	{lang: "en", text: "She's been off her antipsychotic for three weeks.", want: "off her antipsychotic"},
	{lang: "en", text: "her prescriber added a low dose of quetiapine for sleep", want: "quetiapine"},
	{lang: "en", text: "my client refuses any SSRI after a bad reaction", want: "SSRI"},
	// Treatment and level of care as history (en).
	{lang: "en", text: "She had a course of ECT two years ago and lost some memories.", want: "ECT"},
	{lang: "en", text: "He is doing TMS five days a week right now.", want: "TMS"},
	{lang: "en", text: "my pt started ketamine infusions in oct", want: "ketamine infusions"},
	{lang: "en", text: "he was put on a 72 hour hold after the bridge", want: "72 hour hold"},
	{lang: "en", text: "She was baker acted by the school last spring.", want: "baker acted"},
	{lang: "en", text: "he got pink slipped over the weekend", want: "pink slipped"},
	{lang: "en", text: "My client finished a 28-day rehab program in May.", want: "28-day rehab"},
	{lang: "en", text: "he went through detox at county twice this yr", want: "detox"},
	{lang: "en", text: "she's in a partial hospitalization program rn", want: "partial hospitalization program"},
	{lang: "en", text: "He was involuntarily committed after the episode.", want: "involuntarily committed"},
	{lang: "en", text: "My client has a court-ordered treatment plan.", want: "court-ordered treatment"},
	{lang: "en", text: "she did an intensive outpatient program for her eating", want: "intensive outpatient program"},
	{lang: "en", text: "he's on a CTO and hates the injections", want: "CTO"},
	{lang: "en", text: "she lives in a group home for adults with psychosis", want: "psychosis", open: true},
	{lang: "en", text: "My client spent two weeks on the adolescent unit.", want: "adolescent unit"},
	{lang: "en", text: "he was in a sober living house for six months", want: "sober living"},
	// Substances in plain and street words (en).
	{lang: "en", text: "he's back on the pipe per his sister", want: "on the pipe"},
	{lang: "en", text: "She started shooting up after the surgery.", want: "shooting up"},
	{lang: "en", text: "my cl was dope sick in session, we cut it short", want: "dope sick"},
	{lang: "en", text: "he was nodding off in the waiting room again", want: "nodding off"},
	{lang: "en", text: "My client snorts coke on weekends with his crew.", want: "snorts coke"},
	{lang: "en", text: "she was tweaking hard when she came in", want: "tweaking"},
	{lang: "en", text: "He vapes nicotine and THC nonstop at school.", want: "vapes"},
	{lang: "en", text: "pt using fent daily, narcan in her bag", want: "using fent"},
	{lang: "en", text: "he's been on a bender since friday", want: "on a bender"},
	{lang: "en", text: "My client has a DUI and is court mandated to AA.", want: "court mandated to AA"},
	{lang: "en", text: "she's 60 days sober today!!", want: "60 days sober"},
	{lang: "en", text: "he got a chip for 1 year clean at NA", want: "1 year clean"},
	{lang: "en", text: "My client is a heavy drinker and hides bottles in the garage.", want: "heavy drinker"},
	{lang: "en", text: "She has been huffing paint thinner.", want: "huffing"},
	// Risk and self-harm in plain and coded words (en).
	{lang: "en", text: "kiddo said he wants to unalive himself", want: "unalive"},
	{lang: "en", text: "she texted me that she wanted to kms last night", want: "kms"},
	{lang: "en", text: "my cl has passive SI most days, no intent", want: "passive SI"},
	{lang: "en", text: "He wrote a goodbye note and gave away his dog.", want: "goodbye note"},
	{lang: "en", text: "She has a stash of pills saved up in case.", want: "stash of pills"},
	{lang: "en", text: "he looked up ways to end it on his phone", want: "ways to end it"},
	{lang: "en", text: "My client has old cutting scars on her wrists.", want: "cutting scars"},
	{lang: "en", text: "pt is high risk for suicide per the last screen", want: "high risk for suicide"},
	{lang: "en", text: "she attempted by hanging in 2021", want: "attempted by hanging"},
	{lang: "en", text: "He has homicidal thoughts about his stepdad.", want: "homicidal thoughts"},
	// Scores and test results (en).
	{lang: "en", text: "her PHQ-9 came in at 21 on the first visit", want: "PHQ-9 came in at 21"},
	{lang: "en", text: "He scored 19 on the GAD-7 last week.", want: "19 on the GAD-7"},
	{lang: "en", text: "my client has a tested IQ of 70", want: "IQ of 70"},
	{lang: "en", text: "pt's PCL-5 came back at 58", want: "PCL-5"},
	{lang: "en", text: "Her ACE score is 8.", want: "ACE score is 8"},
	{lang: "en", text: "his BAC was .24 when they picked him up", want: "BAC was .24"},
	{lang: "en", text: "she screened positive for bipolar on the MDQ", want: "screened positive for bipolar"},
	{lang: "en", text: "He tested positive for fentanyl at the clinic.", want: "tested positive for fentanyl"},
	// Physical conditions and treatment of the client (en).
	{lang: "en", text: "she just finished her last round of chemo", want: "chemo"},
	{lang: "en", text: "My client has a TBI from a motorcycle crash.", want: "TBI"},
	// Found by main's tagger; the tagger retrained on these rules no longer
	// reads it (no rule names seizures; an en list of physical conditions
	// cost the en dev floor, h-clin7).
	{lang: "en", text: "he has seizures a few times a month", want: "seizures", open: true},
	{lang: "en", text: "she is type 1 diabetic and skips her insulin when upset", want: "type 1 diabetic"},
	{lang: "en", text: "He uses a wheelchair since the spinal cord injury.", want: "spinal cord injury"},
	{lang: "en", text: "my pt has stage 4 breast cancer and two little kids", want: "stage 4 breast cancer"},
	{lang: "en", text: "she is 30 weeks pregnant and still using", want: "30 weeks pregnant"},
	{lang: "en", text: "He has MS and is losing his sight.", want: "MS"},
	{lang: "en", text: "she had a stroke at 45 and cant find her words", want: "cant find her words", open: true},
	{lang: "en", text: "my client is in heart failure and on the transplant list", want: "transplant list"},
	{lang: "en", text: "he has early onset dementia at 58", want: "early onset dementia"},
	{lang: "en", text: "She has fibromyalgia and chronic pain all over.", want: "fibromyalgia"},
	{lang: "en", text: "he is recovering from a gastric bypass", want: "gastric bypass"},

	// fr: medication.
	{lang: "fr", text: "Elle est sous 20 mg de paroxétine depuis l'hiver.", want: "20 mg de paroxétine"},
	{lang: "fr", text: "son médecin lui a baissé l'effexor", want: "effexor"},
	{lang: "fr", text: "il a arrêté le lithium d'un coup en juin", want: "arrêté le lithium"},
	{lang: "fr", text: "Mon client prend du rivotril tous les soirs.", want: "rivotril"},
	{lang: "fr", text: "elle est sous méthadone depuis deux ans", want: "sous méthadone"},
	{lang: "fr", text: "On lui a prescrit un antidépresseur en mars.", want: "antidépresseur"},
	{lang: "fr", text: "il oublie souvent ses neuroleptiques", want: "neuroleptiques"},
	{lang: "fr", text: "elle a doublé sa dose de xanax sans avis médical", want: "doublé sa dose"},
	{lang: "fr", text: "il reçoit une injection d'abilify chaque mois", want: "injection d'abilify"},
	// fr: treatment, level of care.
	{lang: "fr", text: "Elle a eu des électrochocs il y a trois ans.", want: "électrochocs"},
	{lang: "fr", text: "il a été hospitalisé sous contrainte en août", want: "hospitalisé sous contrainte"},
	{lang: "fr", text: "ma cliente sort d'une cure de désintox", want: "cure de désintox"},
	{lang: "fr", text: "Il a fait un séjour à l'unité de crise.", want: "unité de crise"},
	{lang: "fr", text: "elle est en thérapie fermée depuis septembre", want: "thérapie fermée"},
	{lang: "fr", text: "mon client a été mis en isolement à l'urgence psy", want: "urgence psy"},
	{lang: "fr", text: "Il est sous ordonnance de traitement depuis l'an dernier.", want: "ordonnance de traitement"},
	// fr: substances.
	{lang: "fr", text: "il fume du crack depuis sa sortie de prison", want: "fume du crack"},
	{lang: "fr", text: "elle se pique depuis ses 19 ans", want: "se pique"},
	{lang: "fr", text: "Mon client boit une caisse de bière par jour.", want: "boit une caisse de bière"},
	{lang: "fr", text: "elle est clean depuis 8 mois", want: "clean depuis 8 mois"},
	{lang: "fr", text: "il sniffe de la coke les fins de semaine", want: "sniffe de la coke"},
	{lang: "fr", text: "il est en sevrage d'alcool cette semaine", want: "sevrage"},
	// fr: risk.
	{lang: "fr", text: "elle a des flashs suicidaires le soir", want: "flashs suicidaires"},
	{lang: "fr", text: "Il a fait deux tentatives de suicide l'an passé.", want: "tentatives de suicide"},
	{lang: "fr", text: "mon client a un scénario suicidaire précis", want: "scénario suicidaire"},
	{lang: "fr", text: "elle s'est fait des marques sur les poignets", want: "marques sur les poignets", open: true},
	// fr: abbreviations and lay diagnoses.
	{lang: "fr", text: "mon client a un TDAH non traité", want: "TDAH"},
	{lang: "fr", text: "Sa fille a un TSA de niveau 2.", want: "TSA"},
	{lang: "fr", text: "elle a un TOC de vérification assez lourd", want: "TOC"},
	{lang: "fr", text: "il a un TSPT depuis son accident de travail", want: "TSPT"},
	{lang: "fr", text: "ma cliente a un TPL et beaucoup d'impulsivité", want: "TPL"},
	{lang: "fr", text: "Il est bipolaire de type 1.", want: "bipolaire"},
	{lang: "fr", text: "elle est schizo selon sa famille", want: "schizo"},
	{lang: "fr", text: "mon jeune client est dys et a un TDA", want: "TDA"},
	{lang: "fr", text: "elle souffre d'un trouble anxieux généralisé", want: "trouble anxieux généralisé"},
	{lang: "fr", text: "il a une déficience intellectuelle légère", want: "déficience intellectuelle"},
	// fr: scores, physical conditions.
	{lang: "fr", text: "son score au PHQ-9 était de 21 à l'accueil", want: "PHQ-9"},
	{lang: "fr", text: "il a un QI de 68 selon l'évaluation", want: "QI de 68"},
	{lang: "fr", text: "elle est en chimio depuis un mois", want: "chimio"},
	{lang: "fr", text: "Mon client a la sclérose en plaques.", want: "sclérose en plaques"},
	{lang: "fr", text: "mon client est en radiothérapie et dort mal", want: "radiothérapie"},
	{lang: "fr", text: "il est diabétique et ne prend plus son insuline", want: "diabétique"},
	{lang: "fr", text: "il a un traumatisme crânien depuis sa chute", want: "traumatisme crânien"},
	{lang: "fr", text: "elle a un cancer du sein et deux enfants", want: "cancer du sein"},

	// es: medication.
	{lang: "es", text: "le subieron la quetiapina a 100", want: "quetiapina"},
	{lang: "es", text: "Dejó el litio de golpe en agosto.", want: "Dejó el litio"},
	{lang: "es", text: "mi paciente toma clonazepam para dormir", want: "clonazepam"},
	{lang: "es", text: "ella está con 50 mg de sertralina desde enero", want: "50 mg de sertralina"},
	{lang: "es", text: "le bajaron el rivotril poco a poco", want: "rivotril"},
	{lang: "es", text: "Está en tratamiento con metadona.", want: "metadona"},
	{lang: "es", text: "mi paciente no se toma los antipsicóticos si nadie lo ve", want: "antipsicóticos"},
	{lang: "es", text: "a mi paciente le cambiaron el antidepresivo el mes pasado", want: "antidepresivo"},
	{lang: "es", text: "ella se toma el doble de la dosis cuando está ansiosa", want: "el doble de la dosis"},
	// es: treatment, level of care.
	{lang: "es", text: "Tuvo un ingreso involuntario el año pasado.", want: "ingreso involuntario"},
	{lang: "es", text: "a mi paciente le hicieron terapia electroconvulsiva en 2022", want: "terapia electroconvulsiva"},
	{lang: "es", text: "estuvo en un centro de desintoxicación tres meses", want: "centro de desintoxicación"},
	{lang: "es", text: "mi paciente va al hospital de día de lunes a viernes", want: "hospital de día"},
	{lang: "es", text: "Lo ingresaron en la unidad de agudos.", want: "unidad de agudos"},
	{lang: "es", text: "a mi paciente la tuvieron que contener en urgencias", want: "contener en urgencias"},
	{lang: "es", text: "mi paciente está en una granja de rehabilitación desde junio", want: "granja de rehabilitación"},
	// es: substances.
	{lang: "es", text: "consume cristal desde los 16", want: "consume cristal"},
	{lang: "es", text: "Mi paciente recayó en abril. Se inyecta heroína otra vez.", want: "Se inyecta"},
	{lang: "es", text: "fuma piedra todos los fines de semana", want: "fuma piedra"},
	{lang: "es", text: "el chavo que atiendo se droga con solventes", want: "se droga", open: true},
	{lang: "es", text: "mi paciente lleva 6 meses limpio", want: "6 meses limpio"},
	{lang: "es", text: "Mi consultante sigue igual. Esnifa cocaína casi a diario.", want: "Esnifa cocaína"},
	{lang: "es", text: "tiene síndrome de abstinencia y tiembla mucho", want: "síndrome de abstinencia"},
	// es: risk.
	{lang: "es", text: "mi paciente tiene pensamientos de quitarse la vida", want: "quitarse la vida"},
	{lang: "es", text: "Dejó una carta de despedida en su cuarto.", want: "carta de despedida"},
	{lang: "es", text: "mi paciente ya lo intentó dos veces con pastillas", want: "lo intentó dos veces"},
	{lang: "es", text: "tiene cicatrices de cortes en los brazos", want: "cicatrices de cortes"},
	{lang: "es", text: "tiene ideas de muerte casi todos los días", want: "ideas de muerte"},
	// es: abbreviations and lay diagnoses.
	{lang: "es", text: "mi paciente tiene TDAH y no lo medican", want: "TDAH"},
	{lang: "es", text: "su hijo tiene TEA grado 1", want: "TEA"},
	{lang: "es", text: "Tiene un TOC de limpieza muy limitante.", want: "TOC"},
	{lang: "es", text: "tiene TEPT desde el asalto", want: "TEPT"},
	{lang: "es", text: "su familia dice que es esquizo", want: "esquizo"},
	{lang: "es", text: "Mi paciente es bipolar y ahora está en fase maníaca.", want: "fase maníaca"},
	{lang: "es", text: "mi consultante tiene discapacidad intelectual leve", want: "discapacidad intelectual"},
	{lang: "es", text: "mi paciente tiene trastorno límite", want: "trastorno límite"},
	{lang: "es", text: "le diagnosticaron Asperger de adulto", want: "Asperger"},
	// es: scores, physical conditions.
	{lang: "es", text: "mi paciente sacó 24 en el PHQ-9 en la primera cita", want: "PHQ-9"},
	{lang: "es", text: "mi paciente tiene un CI de 65 según la evaluación", want: "CI de 65"},
	{lang: "es", text: "ella está en quimio desde octubre", want: "quimio"},
	{lang: "es", text: "mi paciente está en radioterapia y no duerme", want: "radioterapia"},
	{lang: "es", text: "mi paciente es diabético y no se pone la insulina", want: "diabético"},
	{lang: "es", text: "tiene esclerosis múltiple desde los 30", want: "esclerosis múltiple"},
	{lang: "es", text: "Tiene cáncer de mama y tres hijos pequeños.", want: "cáncer de mama"},
	{lang: "es", text: "mi paciente quedó con un traumatismo craneal tras la caída", want: "traumatismo craneal"},

	// Second draft: diagnosis acronyms typed in lower case, diagnoses said
	// as adjectives ("is anorexic"), in the three languages.
	{lang: "en", text: "my client has ptsd from the war and bad nightmares", want: "ptsd"},
	{lang: "en", text: "my cl has bpd and her mom doesnt get it", want: "bpd"},
	{lang: "en", text: "she has ocd n cant stop washing", want: "ocd"},
	{lang: "en", text: "my client has adhd and odd, school calls daily", want: "odd"},
	{lang: "en", text: "he was dx w mdd last yr", want: "mdd"},
	{lang: "en", text: "my client has cptsd from years of abuse", want: "cptsd"},
	{lang: "en", text: "she has did and loses chunks of time", want: "did"},
	{lang: "en", text: "her ed got worse over the holidays", want: "ed", open: true},
	{lang: "en", text: "his tbi makes it hard for him to remember sessions", want: "tbi"},
	{lang: "en", text: "my client is anorexic and in denial", want: "anorexic"},
	{lang: "en", text: "she's bulimic and hides it from her husband", want: "bulimic"},
	{lang: "en", text: "he is agoraphobic and hasnt left in months", want: "agoraphobic"},
	{lang: "fr", text: "mon client a un tdah et perd tout", want: "tdah"},
	{lang: "fr", text: "ma cliente a un tspt depuis l'agression", want: "tspt"},
	{lang: "fr", text: "il a un toc de vérification", want: "toc"},
	{lang: "fr", text: "elle a un tpl et des relations difficiles", want: "tpl"},
	{lang: "fr", text: "mon client est dépressif depuis la mort de sa femme", want: "dépressif"},
	{lang: "fr", text: "elle est anorexique depuis le secondaire", want: "anorexique"},
	{lang: "fr", text: "il est alcoolique et sa femme est partie", want: "alcoolique"},
	{lang: "fr", text: "ma cliente est suicidaire depuis lundi", want: "suicidaire"},
	{lang: "fr", text: "il est toxicomane et vit dans sa voiture", want: "toxicomane"},
	{lang: "es", text: "mi paciente tiene tdah y no lo medican", want: "tdah"},
	{lang: "es", text: "ella tiene tept desde el accidente", want: "tept"},
	{lang: "es", text: "mi paciente tiene un toc de orden", want: "toc"},
	{lang: "es", text: "mi consultante tiene tlp y mucha impulsividad", want: "tlp"},
	{lang: "es", text: "mi paciente es adicto a la coca", want: "adicto"},
	{lang: "es", text: "ella es anoréxica desde la prepa", want: "anoréxica"},
	{lang: "es", text: "mi paciente es suicida según su hermana", want: "suicida"},
	{lang: "es", text: "mi paciente está deprimida desde el parto", want: "deprimida"},
	{lang: "es", text: "el tiene esquizofrenia y vive solo", want: "esquizofrenia", open: true},

	// Third draft: diagnoses and risk in lay and spoken forms.
	{lang: "en", text: "my client has post traumatic stress since the deployment", want: "post traumatic stress"},
	{lang: "en", text: "she's emetophobic and wont eat at restaurants", want: "emetophobic"},
	{lang: "en", text: "he has claustrophobia and cant do the MRI", want: "claustrophobia"},
	{lang: "en", text: "my cl self medicates w xanax from a friend", want: "self medicates"},
	{lang: "en", text: "she has a heart condition and panics about every flutter", want: "heart condition"},
	{lang: "en", text: "My client has an autoimmune disease that flares with stress.", want: "autoimmune disease"},
	{lang: "fr", text: "ma cliente a un stress post traumatique depuis le feu", want: "stress post traumatique"},
	{lang: "fr", text: "il a une phobie scolaire depuis la 5e", want: "phobie scolaire"},
	{lang: "fr", text: "elle est agoraphobe et ne prend plus le bus", want: "agoraphobe"},
	{lang: "fr", text: "mon client a un probleme d'alcool depuis sa retraite", want: "probleme d'alcool"},
	{lang: "fr", text: "ma cliente a fait deux tentatives l'an passé", want: "fait deux tentatives"},
	{lang: "es", text: "mi paciente tiene estres postraumatico desde el asalto", want: "estres postraumatico"},
	{lang: "es", text: "ella tiene un trastorno alimenticio desde la prepa", want: "trastorno alimenticio"},
	{lang: "es", text: "mi paciente anda con la depre desde navidad", want: "depre"},
	{lang: "es", text: "mi paciente se quiso matar en diciembre", want: "se quiso matar"},
	{lang: "es", text: "él tiene problemas con la bebida desde joven", want: "problemas con la bebida"},
	{lang: "es", text: "mi paciente tiene fobia social y no va a clases", want: "fobia social"},
	{lang: "es", text: "ella es claustrofóbica y no usa el elevador", want: "claustrofóbica"},
}

// typedClinical2Clean are the same words said of nobody: a specialty asked
// for, a training, a dosing or a policy question, the poster's own care.
var typedClinical2Clean = []cleanRow{
	{"en", "Looking for someone who does ECT consults in the east end."},
	{"en", "CE on lithium monitoring next month, who's in?"},
	{"en", "What's the usual starting dose of sertraline for teens?"},
	{"en", "Does anyone run an IOP for eating disorders near the lake?"},
	{"en", "how do you all score the PHQ-9 when a question is skipped?"},
	{"en", "Any good trainings on TMS for depression?"},
	{"en", "How long is a 72 hour hold in your state?"},
	{"en", "We are hiring a counselor for our detox unit."},
	{"en", "Free webinar on chemo brain and anxiety, link below."},
	{"en", "what do u say when a teen asks about unaliving in group?"},
	{"en", "Resources for families of people with a TBI?"},
	{"en", "I just came off my own antidepressant and feel great."},
	{"en", "Is suboxone covered under the new plan?"},
	{"en", "looking for a psychiatrist who specializes in ADHD meds"},
	{"en", "Group for teens with type 1 diabetes starts Tuesday."},
	{"en", "Do you screen everyone with the GAD-7 at intake?"},
	{"fr", "Quelqu'un connaît une formation sur le TDAH chez l'adulte?"},
	{"fr", "Cherche un psychiatre qui fait des électrochocs en région."},
	{"fr", "Quelle dose de paroxétine utilisez-vous au départ?"},
	{"fr", "Atelier sur le TSA à l'école, inscriptions ouvertes."},
	{"fr", "Comment interprétez-vous un score élevé au PHQ-9?"},
	{"fr", "Des ressources pour les familles touchées par la sclérose en plaques?"},
	{"fr", "Je suis moi-même en sevrage de café, pas facile!"},
	{"fr", "Des centres de désintox à recommander à Laval?"},
	{"es", "¿Alguien conoce un curso sobre TDAH en adultos?"},
	{"es", "Busco psiquiatra que haga terapia electroconvulsiva."},
	{"es", "¿Qué dosis de quetiapina suelen indicar para dormir?"},
	{"es", "Taller sobre TEA para docentes este sábado."},
	{"es", "¿Cómo interpretan el PHQ-9 en adolescentes?"},
	{"es", "Recursos para familias con diabetes tipo 1?"},
	{"es", "¿Cuánto dura un ingreso involuntario en su país?"},
	{"es", "Buscamos psicólogo para un centro de desintoxicación."},
	{"en", "how do you all treat ptsd in vets?"},
	{"en", "any ocd groups near the college?"},
	{"en", "He had odd ideas about the move, and then he did it."},
	{"en", "groups for anorexic teens in the valley?"},
	{"fr", "des formations sur le tdah chez l'adulte?"},
	{"fr", "toc toc, c'est moi!"},
	{"es", "alguien que trabaje tdah en adultos?"},
	{"es", "grupos para adolescentes anoréxicas?"},
	{"en", "Her stepdad is homophobic and says so at dinner."},
	{"en", "any trainings on post traumatic stress in first responders?"},
	{"fr", "Formation sur la phobie scolaire au printemps."},
	{"es", "Curso sobre estrés postraumático en niños."},
	{"es", "su papá es homofóbico y lo dice"},
}

func TestTypedClinical2(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// As in TestTypedClinical, any story-tagger finding over the text
	// counts, as the evaluation's recall counts it.
	clinical := func(f Finding) bool {
		return f.Category == "clinical" || strings.Contains(f.Rule, "/story-")
	}
	missed := 0
	for _, tt := range typedClinical2 {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			ok, got := findingOver(t, a, tt.lang, tt.text, tt.want, clinical)
			switch {
			case !ok && tt.open:
				t.Logf("open: Analyze(%q) = %v; no clinical finding over %q yet", tt.text, got, tt.want)
			case !ok:
				missed++
				t.Errorf("Analyze(%q) = %v; want a clinical finding over %q", tt.text, got, tt.want)
			}
		})
	}
	t.Logf("%d of %d rows missed", missed, len(typedClinical2))
}

func TestTypedClinical2Clean(t *testing.T) {
	checkNone(t, typedClinical2Clean, "clinical", ofCategory("clinical"))
}
