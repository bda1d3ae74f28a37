package analyzer

import "testing"

// typedClinical4 are clinical details about a client in plain words,
// written for this change (h-clin16) from the annotation guide before
// reading any corpus miss: symptoms and behaviours told as what the
// client does or feels (panic as "felt like she was about to faint",
// a wish not to wake up, meals thrown up, a pack a day, a salary
// gambled away) and the steps of treatment (a medication started,
// stopped or changed by its class, a night kept for observation, a
// psychiatric unit, a day hospital), in English, French and Spanish.
// The earlier tables (typed_clinical_test.go, typed_clinical2_test.go,
// typed_clinical3_test.go, typed_symptoms_test.go) hold diagnoses,
// drugs by name and the hurried forms. A row must give a clinical
// finding, or a story-tagger finding, over want; open rows are logged,
// not failed.
var typedClinical4 = []typedRow{
	// English.
	{lang: "en", text: "She freezes and can't breathe whenever she has to drive on the highway.", want: "can't breathe"},
	{lang: "en", text: "My client gets these sudden waves of terror in the grocery store and has to leave.", want: "sudden waves of terror"},
	{lang: "en", text: "My client was started on an antipsychotic last week by her GP.", want: "started on an antipsychotic"},
	{lang: "en", text: "He quit his antidepressant cold turkey and now feels dizzy all the time.", want: "quit his antidepressant"},
	{lang: "en", text: "Her psychiatrist tapered her off the benzo over the summer.", want: "tapered her off the benzo"},
	{lang: "en", text: "He spent ten days on a psych ward this spring.", want: "ten days on a psych ward"},
	{lang: "en", text: "My client just finished a 28-day rehab stay and is back at home.", want: "28-day rehab stay"},
	{lang: "en", text: "She was discharged from the partial hospitalization program on Friday.", want: "partial hospitalization program"},
	{lang: "en", text: "He is waitlisted for a residential treatment bed.", want: "residential treatment bed"},
	{lang: "en", text: "My client had her dose of sertraline doubled after the holidays.", want: "dose of sertraline doubled"},
	{lang: "en", text: "My client admits she thinks about driving into a wall on her commute.", want: "driving into a wall"},
	{lang: "en", text: "Every time the subway stops between stations my client feels like she is going to die and her chest locks up.", want: "feels like she is going to die"},
	{lang: "en", text: "He gets so dizzy and shaky in meetings that he hides in the washroom.", want: "dizzy and shaky"},
	{lang: "en", text: "My client said she sometimes wishes she would not wake up.", want: "wishes she would not wake up"},
	{lang: "en", text: "My client is halfway through a six-week day program at the hospital.", want: "six-week day program", open: true},
	{lang: "en", text: "He was admitted overnight for observation after the incident.", want: "admitted overnight for observation"},
	{lang: "en", text: "On the train my client felt like she was about to faint and got off two stops early.", want: "felt like she was about to faint"},
	{lang: "en", text: "My client describes bouts of dread that hit her every Sunday evening.", want: "bouts of dread"},
	{lang: "en", text: "The teen I see says he hopes he won't wake up some mornings.", want: "hopes he won't wake up"},
	{lang: "en", text: "My client was held for a psych evaluation after the ER visit.", want: "held for a psych evaluation"},
	// French.
	{lang: "fr", text: "Ma cliente ne dort presque plus depuis le déménagement.", want: "ne dort presque plus"},
	{lang: "fr", text: "Il saute des repas pour garder le contrôle, d'après sa sœur.", want: "saute des repas"},
	{lang: "fr", text: "Mon client fume un paquet par jour depuis sa mise à pied.", want: "fume un paquet par jour"},
	{lang: "fr", text: "Elle se gratte les bras jusqu'au sang quand elle est débordée.", want: "se gratte les bras jusqu'au sang"},
	{lang: "fr", text: "Mon client a commencé un antipsychotique la semaine passée.", want: "commencé un antipsychotique"},
	{lang: "fr", text: "Elle a arrêté ses antidépresseurs d'un coup et se sent étourdie.", want: "arrêté ses antidépresseurs"},
	{lang: "fr", text: "Il a passé dix jours à l'unité psychiatrique au printemps.", want: "dix jours à l'unité psychiatrique"},
	{lang: "fr", text: "Ma cliente sort d'une cure de désintoxication de trois semaines.", want: "cure de désintoxication"},
	{lang: "fr", text: "Mon client est sur une liste d'attente pour une thérapie fermée.", want: "thérapie fermée"},
	{lang: "fr", text: "Elle se réveille à trois heures chaque nuit et ne se rendort pas.", want: "se réveille à trois heures chaque nuit"},
	{lang: "fr", text: "Il vomit après presque tous les soupers et le cache à sa blonde.", want: "vomit après presque tous les soupers"},
	{lang: "fr", text: "Ma cliente n'est pas sortie de son appartement depuis deux mois.", want: "n'est pas sortie de son appartement"},
	{lang: "fr", text: "Son médecin a doublé sa dose de sertraline après les fêtes.", want: "doublé sa dose de sertraline"},
	{lang: "fr", text: "Mon client joue tout son salaire sur des applis de paris sportifs.", want: "joue tout son salaire"},
	{lang: "fr", text: "Elle s'arrache les cils quand elle étudie.", want: "s'arrache les cils"},
	{lang: "fr", text: "Dans le métro, ma cliente a l'impression qu'elle va mourir et son cœur s'emballe.", want: "a l'impression qu'elle va mourir"},
	{lang: "fr", text: "Selon lui, sa famille serait mieux sans lui.", want: "sa famille serait mieux sans lui"},
	{lang: "fr", text: "Mon client a été hospitalisé une nuit en observation après l'incident.", want: "hospitalisé une nuit en observation"},
	{lang: "fr", text: "Ma cliente est à mi-chemin d'un programme de jour de six semaines à l'hôpital.", want: "programme de jour"},
	{lang: "fr", text: "Ma cliente de seize ans vomit après chaque repas en cachette.", want: "vomit après chaque repas"},
	// Spanish.
	{lang: "es", text: "Mi paciente dejó de dormir después de la mudanza.", want: "dejó de dormir"},
	{lang: "es", text: "Se salta comidas para sentir que tiene el control, según su hermana.", want: "salta comidas"},
	{lang: "es", text: "Mi paciente fuma una cajetilla al día desde que lo despidieron.", want: "fuma una cajetilla al día"},
	{lang: "es", text: "Ella se rasca los brazos hasta sangrar cuando se agobia.", want: "se rasca los brazos hasta sangrar"},
	{lang: "es", text: "A mi paciente le empezaron un antipsicótico la semana pasada.", want: "empezaron un antipsicótico"},
	{lang: "es", text: "Dejó los antidepresivos de golpe y ahora anda mareada.", want: "Dejó los antidepresivos"},
	{lang: "es", text: "Estuvo diez días en la unidad de psiquiatría en primavera.", want: "diez días en la unidad de psiquiatría"},
	{lang: "es", text: "Mi paciente acaba de salir de un internamiento de un mes en rehabilitación.", want: "internamiento de un mes en rehabilitación"},
	{lang: "es", text: "Se despierta a las tres cada noche y no vuelve a dormirse.", want: "Se despierta a las tres cada noche"},
	{lang: "es", text: "Vomita después de casi todas las cenas y se lo oculta a su pareja.", want: "Vomita después de casi todas las cenas"},
	{lang: "es", text: "Mi paciente a veces desea no despertar por la mañana.", want: "desea no despertar"},
	{lang: "es", text: "Bebe hasta perder el conocimiento casi todos los fines de semana.", want: "Bebe hasta perder el conocimiento"},
	{lang: "es", text: "Su psiquiatra le indicó un estabilizador del ánimo después del segundo episodio.", want: "estabilizador del ánimo"},
	{lang: "es", text: "Mi paciente estuvo internado una noche en observación después del incidente.", want: "internado una noche en observación"},
	{lang: "es", text: "Casi no come de día y se atraca por la noche.", want: "se atraca por la noche"},
	{lang: "es", text: "Mi paciente fuma un paquete diario desde que perdió el trabajo.", want: "fuma un paquete diario"},
	{lang: "es", text: "Mi paciente dice que en el súper no puede respirar y sale corriendo.", want: "no puede respirar"},
	{lang: "es", text: "Mi paciente estuvo ingresada tres días en observación.", want: "ingresada tres días en observación"},
	{lang: "es", text: "Lo tuvieron una semana en la sala de agudos, me cuenta su madre.", want: "sala de agudos"},
}

// typedClinical4Clean are posts whose clinical words are the ask, not
// a client's: the kind of help sought ("a therapist who treats ...",
// "with experience in ...", "qui traite ...", "que trate ..."), the
// poster's own specialty and a generic topic, some of them beside a
// client described without any clinical detail. The guide labels no
// span in an ask ("seeking a therapist who specializes in PTSD"), so
// none of them may hold a clinical finding.
var typedClinical4Clean = []cleanRow{
	{lang: "en", text: "Client of mine, thirtyish, just moved here. Hoping to locate a therapist who treats hoarding, sliding scale."},
	{lang: "en", text: "Referring out a young adult; need a clinician who handles trichotillomania and takes Aetna."},
	{lang: "en", text: "Referring a lady in her forties: seeking a colleague with experience in panic disorder, telehealth is fine."},
	{lang: "en", text: "Have a new client who wants in-person work. Anyone know a psychiatrist who manages lithium on the east side?"},
	{lang: "en", text: "Hunting for a group that addresses compulsive gambling for a man I see, evenings only."},
	{lang: "en", text: "Can someone point me to a clinician who understands selective mutism? For a family I work with."},
	{lang: "en", text: "Hoping for a referral to someone who can treat OCD with ERP for a young man on my caseload."},
	{lang: "en", text: "Looking for a provider with solid experience treating bulimia, for a college student I see."},
	{lang: "en", text: "Counsellor here, my niche is panic disorder and agoraphobia, happy to take referrals."},
	{lang: "en", text: "Quick question about insomnia: what do you use besides sleep hygiene handouts?"},
	{lang: "en", text: "Which eating disorder programs take Medicaid these days?"},
	{lang: "en", text: "Thoughts on ketamine clinics when depression resists treatment? Asking for my own learning."},
	{lang: "fr", text: "Une cliente de 30 ans à référer : je cherche un psychologue qui traite le TOC, en présentiel."},
	{lang: "fr", text: "Pour un client que je vois, vous connaissez un professionnel qui s'occupe de jeu compulsif?"},
	{lang: "fr", text: "Je réfère un jeune adulte : il me faut une collègue qui soigne les phobies, tarif réduit."},
	{lang: "fr", text: "Je cherche un psychiatre qui prend en charge le lithium pour une cliente, en soirée idéalement."},
	{lang: "fr", text: "Vous connaissez un psychologue qui traite la trichotillomanie? Tarif réduit idéalement."},
	{lang: "fr", text: "Travailleuse sociale ici, je me spécialise en troubles alimentaires, j'accepte des références."},
	{lang: "fr", text: "Petite question sur l'insomnie : vous utilisez quoi à part l'hygiène du sommeil?"},
	{lang: "fr", text: "Des suggestions de groupe pour les ados qui s'automutilent dans la région?"},
	{lang: "es", text: "Derivo a un hombre joven. Busco un psicólogo que trate TOC, presencial."},
	{lang: "es", text: "Para una paciente que atiendo, ¿alguien conoce un profesional que maneje ludopatía?"},
	{lang: "es", text: "Derivo a un joven adulto: busco una colega que sepa de fobias, con tarifa social."},
	{lang: "es", text: "Necesito un psiquiatra con experiencia tratando bipolaridad para un paciente mío, de preferencia por la tarde."},
	{lang: "es", text: "¿Alguien conoce un psicólogo que trate la tricotilomanía? Que sea presencial."},
	{lang: "es", text: "Soy psicóloga y me especializo en trastornos de la conducta alimentaria, recibo derivaciones."},
	{lang: "es", text: "Pregunta rápida sobre el insomnio: ¿qué usan además de la higiene del sueño?"},
	{lang: "es", text: "¿Recomiendan algún grupo para adolescentes que se autolesionan en la zona?"},
}

func TestTypedClinical4(t *testing.T) { checkClinicalRows(t, typedClinical4) }

func TestTypedClinical4Clean(t *testing.T) {
	checkNone(t, typedClinical4Clean, "clinical", ofCategory("clinical"))
}
