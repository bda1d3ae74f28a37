package analyzer

import (
	"strings"
	"testing"
)

// typedClinical are a client's symptoms, behaviours, diagnoses,
// medications and treatment history the way clinicians type them online
// (issue 15): clinician shorthand ("SI w/ plan", "dx'd", "hx of"), a dose
// before a drug, a level of care with a count, symptom verbs with the
// subject dropped, lower case, missing apostrophes, emoji. Each sentence
// was written for this test, before reading any corpus miss, as a kind of
// detail: the post must give a clinical finding (or a story-tagger finding)
// over the wanted text. An
// overdose or a hospital stay alone is left out: the event rules report it.
// English physical conditions (lupus, epilepsy, migraines) are left out too:
// a list of them in the en pack moved the retrained tagger past the en dev
// precision floor (rules/README.md, h-clin7).
var typedClinical = []struct{ lang, text, want string }{
	// Risk and self-harm.
	{"en", "my cl disclosed SI w/ plan last wk, we redid the safety plan", "SI w/ plan"},
	{"en", "shes cutting again, mostly her thighs this time", "cutting"},
	{"en", "new teen client. active SI no plan, parents are aware", "active SI"},
	{"en", "hx of 2 attempts, the last one in 2023", "hx of 2 attempts"},
	{"en", "she tried to overdose in march and wont talk about it", "tried to overdose"},
	{"en", "he burns himself w cigarettes when hes overwhelmed", "burns himself"},
	{"en", "pt has SH scars all up her forearms", "SH scars"},
	{"en", "my client has been self harming since she was 13", "self harming"},
	{"en", "he ODd twice this year 😔", "ODd twice"},
	// Psychosis, mood, trauma symptoms.
	{"en", "he hears voices at night telling him hes worthless", "hears voices"},
	{"en", "pt reports command hallucinations to hurt her mom", "command hallucinations"},
	{"en", "my client had a psychotic break in college", "psychotic break"},
	{"en", "she hasnt slept in days and talks a mile a minute", "hasnt slept"},
	{"en", "super hypervigilant, he sits facing the door every time", "hypervigilant"},
	{"en", "she startles at every noise since the crash", "startles"},
	{"en", "she dissociates in session whenever we get close to it", "dissociates"},
	{"en", "my client wakes up screaming most nights", "wakes up screaming"},
	{"en", "flat affect, he barely makes eye contact w me", "flat affect"},
	{"en", "my client gets panic attacks driving on the highway", "panic attacks"},
	{"en", "she has PPD after her 2nd and it never really lifted", "PPD"},
	{"en", "his scrupulosity is through the roof lately", "scrupulosity"},
	{"en", "she has trich and wears hats to hide the patches", "trich"},
	{"en", "he has motor tics that get worse w stress", "tics"},
	{"en", "my kiddo client has rage outbursts at school, punched a wall", "rage outbursts"},
	{"en", "he checks the locks for an hour before he can leave", "checks the locks"},
	{"en", "she picks her skin till it bleeds", "picks her skin"},
	{"en", "she pulls out her hair when stressed", "pulls out her hair"},
	// Eating.
	{"en", "my cl wont eat in front of ppl anymore", "wont eat"},
	{"en", "pt is purging 2-3x a day per her mom", "purging"},
	{"en", "she binges most nights then hates herself", "binges"},
	{"en", "she weighs herself like 10x a day", "weighs herself"},
	{"en", "my client has ARFID and eats like 5 foods", "ARFID"},
	// Diagnoses in shorthand.
	{"en", "dx'd w bpd last yr and she feels so labeled", "bpd"},
	{"en", "new client. dx: MDD, GAD, ruling out bipolar", "MDD"},
	{"en", "my client was diagnosed with schizoaffective disorder at 22", "schizoaffective disorder"},
	// Substances.
	{"en", "he relapsed on meth after 4 months clean", "relapsed"},
	{"en", "shes been using again, mostly pills", "using again"},
	{"en", "he's 8 yrs clean off heroin and terrified of losing it", "8 yrs clean"},
	{"en", "my client is drinking a fifth a day per his wife", "a fifth a day"},
	{"en", "he is detoxing off benzos rn", "detoxing"},
	{"en", "he's gambling again and lost the rent money", "gambling again"},
	// Medication.
	{"en", "she's on 200 of zoloft and still flat", "200 of zoloft"},
	{"en", "he takes 50mg seroquel at night to sleep", "50mg seroquel"},
	{"en", "she is tapering off her clonazepam with her GP", "tapering"},
	{"en", "he stopped taking his meds again in oct", "stopped taking his meds"},
	{"en", "my client has been non-compliant w meds since jan", "non-compliant"},
	// Level of care and its history.
	{"en", "she just stepped down from php to iop", "php"},
	{"en", "he's had 3 inpatient stays since 2022", "3 inpatient stays"},
	{"en", "she was 5150'd over the weekend", "5150"},
	{"en", "my client just got discharged from the psych ward", "psych ward"},
	{"en", "he did 90 days of residential last spring", "residential"},
	{"en", "this is her 3rd psych admission this yr", "psych admission"},

	// Symptoms told as behaviour and treatment as it changes (third draft).
	{"en", "she gets really dysregulated when her dad visits", "dysregulated"},
	{"en", "he melts down over small stuff at home", "melts down"},
	{"en", "shes been really down since the breakup", "really down"},
	{"en", "hes struggling w his mood again", "struggling w his mood"},
	{"en", "she has a hard time getting out of bed most days", "getting out of bed"},
	{"en", "he's not sleeping more than 3 hrs a night", "not sleeping"},
	{"en", "she's been having thoughts of ending it", "thoughts of ending it"},
	{"en", "she's scared to leave the house since the assault", "scared to leave the house"},
	{"en", "he's been drinking to cope w the divorce", "drinking to cope"},
	{"en", "shes been spiraling since the diagnosis", "spiraling"},
	{"en", "he shuts down completely when we talk abt his dad", "shuts down"},
	{"en", "she freezes up when anyone raises their voice", "freezes up"},
	{"en", "he says he feels numb most days", "numb"},
	{"en", "he's jumpy and on edge all the time", "on edge"},
	{"en", "she panics in crowds and leaves early", "panics"},
	{"en", "new mom client having thoughts of harming her baby", "thoughts of harming"},
	{"en", "her psychiatrist upped her dose last wk", "upped her dose"},
	{"en", "she's on a mood stabilizer now and feels flat", "mood stabilizer"},
	{"en", "his meds were switched last month and hes a mess", "meds were switched"},
	{"en", "doing EMDR w her for the car accident", "EMDR"},
	// Plain-word symptoms and physical health (second draft, also blind).
	{"en", "shes been isolating a lot, barely answers texts", "isolating"},
	{"en", "my client has had low mood and no appetite for weeks", "low mood"},
	{"en", "he gets racing thoughts at night", "racing thoughts"},
	{"en", "she has crying spells at work and had to leave early", "crying spells"},
	{"en", "he lost interest in everything, even his guitar", "lost interest"},
	{"en", "her mood swings are wild lately per her partner", "mood swings"},
	{"en", "my kiddo has anger issues, got suspended for fighting", "anger issues"},
	{"en", "shes HIV+ and hasnt told her family", "HIV"},
	{"en", "he's on dialysis 3x a week", "dialysis"},
	{"en", "she has long covid and cant work more than a few hours", "long covid"},
	{"en", "he's been having chest pains and thinks he's dying", "chest pains"},
	{"en", "my client is drinking more since the layoff", "drinking more"},
	{"en", "he's smoking weed every day to fall asleep", "smoking weed"},
	{"en", "he cant concentrate and keeps zoning out in class", "zoning out"},
	{"en", "she has body image issues and wont wear shorts", "body image issues"},
	{"en", "hes super withdrawn and irritable since the move", "withdrawn"},
	{"en", "my client describes anhedonia, nothing feels good", "anhedonia"},
	{"en", "he has memory problems since the concussion", "memory problems"},
	// fr.
	{"fr", "ma cliente a des idées noires depuis la rupture", "idées noires"},
	{"fr", "elle se scarifie encore, surtout les bras", "se scarifie"},
	{"fr", "TS l'an dernier par médicaments, elle en parle peu", "TS"},
	{"fr", "il est sous lithium depuis 2019", "lithium"},
	{"fr", "mon client entend des voix la nuit", "entend des voix"},
	{"fr", "il a rechuté sur la coke le mois passé", "rechuté"},
	{"fr", "elle se fait vomir après les repas", "se fait vomir"},
	{"fr", "il a fait une crise psychotique à 20 ans", "crise psychotique"},
	{"fr", "ma cliente dissocie en séance quand on approche le sujet", "dissocie"},
	{"fr", "elle sort de l'hôpital de jour la semaine passée", "hôpital de jour"},
	{"fr", "il est hypervigilant et sursaute au moindre bruit", "hypervigilant"},
	{"fr", "elle a arrêté ses médicaments sans en parler", "arrêté ses médicaments"},
	{"fr", "mon client a des pensées suicidaires avec un plan", "pensées suicidaires"},
	{"fr", "il consomme tous les jours depuis son congédiement", "consomme tous les jours"},
	{"fr", "elle a été internée en psychiatrie l'an passé", "internée"},
	{"fr", "il a un diagnostic de bipolarité depuis peu", "bipolarité"},
	{"fr", "elle s'automutile depuis ses 14 ans", "s'automutile"},
	{"fr", "il ne sort plus de chez lui depuis des semaines", "ne sort plus"},
	{"fr", "elle pleure à chaque séance et dort mal", "pleure"},
	{"fr", "il prend 150 mg de sertraline le matin", "sertraline"},
	{"fr", "ma cliente a fait une dépression post-partum après son 2e", "dépression post-partum"},
	{"fr", "ado de 15 ans, scarifications sur les avant-bras", "scarifications"},
	{"fr", "il fait des crises de panique au volant", "crises de panique"},

	{"fr", "elle s'isole beaucoup depuis l'automne", "s'isole"},
	{"fr", "il a l'humeur basse et plus d'appétit", "humeur basse"},
	{"fr", "ma cliente a des sautes d'humeur", "sautes d'humeur"},
	{"fr", "il a perdu intérêt pour tout, même le hockey", "perdu intérêt"},
	{"fr", "elle a le lupus et beaucoup de douleur", "lupus"},
	{"fr", "mon client fait de l'épilepsie", "épilepsie"},
	{"fr", "il est séropositif et n'en a parlé à personne", "séropositif"},
	{"fr", "elle a des migraines chroniques", "migraines"},
	{"fr", "il fume du pot tous les jours pour dormir", "fume du pot"},
	{"fr", "elle a eu une commotion cérébrale au soccer", "commotion cérébrale"},
	{"fr", "il est en dialyse trois fois par semaine", "dialyse"},
	{"fr", "elle a des pensées intrusives la nuit", "pensées intrusives"},
	{"fr", "il est très irritable et renfermé ces temps-ci", "irritable"},
	{"fr", "elle est en crise depuis lundi", "en crise"},
	{"fr", "il a des idées de suicide depuis l'été", "idées de suicide"},
	{"fr", "elle a peur de sortir de chez elle", "peur de sortir"},
	{"fr", "il dit qu'il se sent vide", "se sent vide"},
	{"fr", "elle fait des crises de larmes au travail", "crises de larmes"},
	{"fr", "son psychiatre a augmenté sa dose", "augmenté sa dose"},
	{"fr", "elle est suivie en psychiatrie depuis ses 16 ans", "suivie en psychiatrie"},
	{"fr", "il n'arrive plus à se lever le matin", "n'arrive plus à se lever"},

	// es.
	{"es", "mi paciente se corta los brazos desde los 13", "se corta"},
	{"es", "consultante con ideación suicida con plan", "ideación suicida"},
	{"es", "recayó con la cocaína el finde", "recayó"},
	{"es", "la internaron dos veces en psiquiatría", "la internaron"},
	{"es", "estuvo internada dos veces este año", "internada dos veces"},
	{"es", "toma 20 mg de fluoxetina hace un año", "fluoxetina"},
	{"es", "mi paciente tiene ataques de pánico al manejar", "ataques de pánico"},
	{"es", "él escucha voces por la noche", "escucha voces"},
	{"es", "mi paciente no duerme hace días", "no duerme"},
	{"es", "ella no come delante de nadie", "no come"},
	{"es", "le diagnosticaron TLP el año pasado", "TLP"},
	{"es", "tuvo un intento de suicidio en marzo", "intento de suicidio"},
	{"es", "se autolesiona cuando discute con su mamá", "se autolesiona"},
	{"es", "ella está con litio hace años", "litio"},
	{"es", "vomita después de comer, según su hermana", "vomita"},
	{"es", "mi paciente tiene TCA desde la secundaria", "TCA"},
	{"es", "salió de rehabilitación hace un mes", "rehabilitación"},
	{"es", "ella se disocia en sesión cuando hablamos de eso", "se disocia"},
	{"es", "tiene pesadillas todas las noches desde el asalto", "pesadillas"},
	{"es", "bebe todos los días desde que lo despidieron", "bebe todos los días"},
	{"es", "dejó la medicación por su cuenta", "dejó la medicación"},
	{"es", "tuvo un brote psicótico a los 19", "brote psicótico"},
	{"es", "tiene depresión posparto después del segundo", "depresión posparto"},
	{"es", "él está hipervigilante, se sobresalta con cualquier ruido", "hipervigilante"},
	{"es", "consume marihuana a diario desde los 15", "consume marihuana"},
	{"es", "no sale de su cuarto hace semanas", "no sale de su cuarto"},
	{"es", "ella lleva 2 años sin consumir", "2 años sin consumir"},
	{"es", "llora en todas las sesiones y duerme poco", "llora"},
	{"es", "se aísla mucho desde el verano, según su mamá", "se aísla"},
	{"es", "ella tiene el ánimo bajo y no tiene apetito", "ánimo bajo"},
	{"es", "mi paciente tiene cambios de humor muy fuertes", "cambios de humor"},
	{"es", "él perdió el interés en todo", "perdió el interés"},
	{"es", "mi paciente tiene epilepsia", "epilepsia"},
	{"es", "ella es VIH positivo y no se lo dijo a nadie", "VIH"},
	{"es", "ella tiene lupus y mucho dolor", "lupus"},
	{"es", "él está en diálisis tres veces por semana", "diálisis"},
	{"es", "ella tiene migrañas crónicas", "migrañas"},
	{"es", "él tuvo una conmoción cerebral jugando fútbol", "conmoción cerebral"},
	{"es", "ella está muy irritable y retraída", "irritable"},
	{"es", "mi paciente tiene pensamientos intrusivos", "pensamientos intrusivos"},
	{"es", "ella está en crisis desde el lunes", "en crisis"},
	{"es", "a él le da miedo salir de casa", "miedo salir de casa"},
	{"es", "ella dice que se siente vacía", "se siente vacía"},
	{"es", "su psiquiatra le subió la dosis", "le subió la dosis"},
	{"es", "él no puede levantarse de la cama", "no puede levantarse"},
	{"es", "ella tiene crisis de llanto en el trabajo", "crisis de llanto"},
	{"es", "él tiene problemas de memoria desde el accidente", "problemas de memoria"},
}

// typedClinicalClean are sentences of the same register that describe no
// client: a generic question, a training announcement, the poster's own
// health, a dosing question. None may give a clinical finding.
var typedClinicalClean = []cleanRow{
	{"en", "how do you all treat SI in teens?"},
	{"en", "CE webinar on eating disorders next thurs, $40"},
	{"en", "any good resources on PPD for new dads?"},
	{"en", "what starting dose of zoloft do your prescribers use?"},
	{"en", "how many sessions of DBT before you see change?"},
	{"en", "tips for clients who dissociate in session?"},
	{"en", "training on discharge planning after a psych ward stay, anyone been?"},
	{"en", "looking for a group for teens with self harm, any recs?"},
	{"fr", "comment aborder les idées suicidaires avec les ados?"},
	{"fr", "formation sur les TCA le 12 mars, places limitées"},
	{"fr", "quelle dose de sertraline prescrivez-vous en général?"},
	{"fr", "des ressources sur l'automutilation chez les jeunes?"},
	{"es", "cómo trabajan la ideación suicida con adolescentes?"},
	{"es", "taller sobre TCA el sábado, cupos limitados"},
	{"es", "qué dosis de sertralina suelen usar?"},
	{"es", "recursos sobre autolesiones en jóvenes?"},
	{"en", "how do you help clients who are isolating?"},
	{"en", "anyone have a good handout on mood swings in teens?"},
	{"en", "lupus awareness month webinar this friday"},
	{"fr", "des ressources sur l'épilepsie chez l'enfant?"},
	{"es", "recursos sobre epilepsia en niños?"},
}

func TestTypedClinical(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range typedClinical {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			// The story tagger may call a symptom told as a change
			// ("lost interest in everything") an event: its label moves
			// with each retraining, so any tagger finding over the text
			// counts, as the evaluation's recall counts it.
			clinical := func(f Finding) bool {
				return f.Category == "clinical" || strings.Contains(f.Rule, "/story-")
			}
			if ok, got := findingOver(t, a, tt.lang, tt.text, tt.want, clinical); !ok {
				t.Errorf("Analyze(%q) = %v; want a clinical finding over %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestTypedClinicalClean(t *testing.T) {
	checkNone(t, typedClinicalClean, "clinical", ofCategory("clinical"))
}
