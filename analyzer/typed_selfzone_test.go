package analyzer

import "testing"

// typedSelfZone holds run-on posts that open with the poster's own
// introduction ("im a school counselor in a small district, ...") and go
// on, with no full stop, to a client's details (issue 15, h-famrel14). A
// self zone runs to the end of its clause, and a run-on has none, so the
// client's details were taken for the poster's. Every sentence was
// written for this test, blind to the corpora and the probes, from the
// annotation guide's definitions and the way people type in a hurry.
// Open: two rows whose self zone now ends where it should but whose
// detail no rule or tagger span proposes ("brother shot himself",
// "4 foster homes"), and "and one of my clients works as...": "one of my
// clients" as a person zone found it, but the retagged zone made the
// tagger take a hobby for a clinical detail in rewrite_unfound_test.go,
// so it was left out.
var typedSelfZone = []typedRow{
	// en: a person reference, "whose", a dash or "so" ends the poster's words.
	{lang: "en", text: "I'm a school counselor in a small district, have a 9 yo whose dad just got deported and he cries every morning", want: "got deported", category: "event|family"},
	{lang: "en", text: "I run a small private practice and one of my clients works as a nurse who just lost her license", want: "nurse", category: "occupation", open: true},
	{lang: "en", text: "I'm an LCSW at a clinic downtown - seeing a teen whose mom overdosed last spring and she wont talk about it", want: "mom overdosed", category: "event|family"},
	{lang: "en", text: "I'm a new grad therapist so my client is a 60 yo widower and he keeps skipping meals", want: "widower", category: "family"},
	{lang: "en", text: "I'm a psychologist in a rural town, my client is a firefighter with night terrors since a bad call", want: "firefighter", category: "occupation"},
	{lang: "en", text: "I am a counsellor in private practice and my client has bipolar disorder and just got evicted", want: "bipolar disorder", category: "clinical"},
	{lang: "en", text: "I'm a social worker in the ER and this guy came in after his brother shot himself", want: "brother shot himself", category: "event|family", open: true},
	{lang: "en", text: "therapist here, been seeing a woman for 2 yrs whose husband is in prison and she just found out shes pregnant", want: "husband is in prison", category: "family|event"},
	{lang: "en", text: "As a school psych i see a lot, but this kid has been in 4 foster homes since september and his sister is in juvie", want: "4 foster homes", category: "family|event", open: true},
	{lang: "en", text: "LMFT here working with a couple, she is a pilot and he is a stay at home dad with depression", want: "pilot", category: "occupation"},
	// fr: "alors", "pis", a person noun or "dont" ends the poster's words.
	{lang: "fr", text: "Je suis psychologue en CLSC, j'ai une cliente de 30 ans dont le conjoint est en prison et elle fait des crises de panique", want: "crises de panique", category: "clinical"},
	{lang: "fr", text: "Je suis travailleuse sociale en milieu scolaire pis j'ai un jeune qui vit en famille d'accueil depuis l'été", want: "famille d'accueil", category: "family"},
	{lang: "fr", text: "Je suis psychologue au privé alors ma cliente est infirmière et elle fait un burn-out", want: "infirmière", category: "occupation"},
	{lang: "fr", text: "je suis TS en CLSC, mon client est réfugié et son frère est mort pendant la guerre", want: "réfugié", category: "demographic"},
	// es: "entonces", a person noun, "cuyo/cuya" ends the poster's words.
	{lang: "es", text: "Soy psicóloga en un centro de salud, atiendo a una señora de 70 cuyo hijo murió en un accidente y no duerme", want: "hijo murió", category: "event|family"},
	{lang: "es", text: "Soy terapeuta en consulta privada entonces mi paciente es maestra y tiene ataques de pánico", want: "maestra", category: "occupation"},
	{lang: "es", text: "soy psicologa de un colegio y tengo un alumno que vive con su abuela porque su mamá está presa", want: "mamá está presa", category: "family|event"},
	{lang: "es", text: "Soy trabajadora social en un hospital, mi paciente es migrante sin papeles y perdió a su esposo", want: "sin papeles", category: "demographic"},
}

// cleanSelfZone holds run-on posts that are the poster's own life
// throughout: no family, relationship, demographic or event finding.
var cleanSelfZone = []cleanRow{
	{lang: "en", text: "I'm a therapist in private practice and a single mom of two so evenings are hard for me"},
	{lang: "en", text: "I'm a school counselor in a small district and I just got divorced so I'm looking for a new group"},
	{lang: "fr", text: "Je suis psychologue au privé pis j'ai deux enfants alors je travaille seulement le matin"},
	{lang: "es", text: "Soy psicóloga en consulta privada y mamá de dos entonces solo atiendo por la tarde"},
}

func TestTypedSelfZone(t *testing.T) { checkTypedRows(t, typedSelfZone) }

func TestTypedSelfZoneClean(t *testing.T) {
	checkNone(t, cleanSelfZone, "client detail", ofCategory("family", "relationship", "demographic", "event"))
}
