package analyzer

import "testing"

// typedKinChain holds the client's family as hurried text writes it
// (issue 15, h-famrel14): a partner or ex of a relative ("mom's bf",
// "le chum de sa mère", "el novio de su mamá"), step and half kin typed
// as two words or with a hyphen left out ("step dad", "half sis"), and
// exes and partners in short forms ("her bf", "his ex", "su ex"). Every
// sentence was written for this test, blind to the corpora and the
// probes, from the annotation guide's definitions of family.
var typedKinChain = []typedRow{
	// en: someone else's partner, step and half kin, short forms.
	{lang: "en", text: "pt is 14 and her mom's bf moved in last month, she wont come out of her room", want: "mom's bf", category: "family"},
	{lang: "en", text: "kiddo lives with his step dad most weeks and sees bio dad on sundays", want: "step dad", category: "family"},
	{lang: "en", text: "cl says her half sis is the only one who calls her", want: "half sis", category: "family"},
	{lang: "en", text: "my client's ex keeps showing up at her work", want: "ex", category: "family|relationship"},
	{lang: "en", text: "his ex has full custody and he gets every other weekend", want: "his ex", category: "family"},
	{lang: "en", text: "her bf is 10 yrs older and controls her phone", want: "her bf", category: "family"},
	{lang: "en", text: "teen i see is being raised by her dad's gf since dad went to rehab", want: "dad's gf", category: "family"},
	{lang: "en", text: "client's stepmom kicked him out at 17", want: "stepmom", category: "family"},
	// fr: le chum de sa mère, demi-frère typed without a hyphen.
	{lang: "fr", text: "ma cliente a 15 ans pis le chum de sa mère vient d'emménager chez eux", want: "chum de sa mère", category: "family|event"},
	{lang: "fr", text: "le jeune vit avec son beau pere depuis que sa mere est partie", want: "beau pere", category: "family"},
	{lang: "fr", text: "mon client voit son demi frère juste aux fêtes", want: "demi frère", category: "family", open: true}, // read as an event since h-risk17's retrain
	{lang: "fr", text: "son ex l'appelle tous les soirs pis elle a peur", want: "son ex", category: "family"},
	{lang: "fr", text: "ma pte vit chez la blonde de son père depuis l'automne", want: "blonde de son père", category: "family|event"},
	// es: el novio de su mamá, medio hermano, su ex.
	{lang: "es", text: "mi paciente tiene 13 y el novio de su mamá se mudó con ellos", want: "novio de su mamá", category: "family|event"},
	{lang: "es", text: "el niño vive con su medio hermano y su abuela", want: "medio hermano", category: "family"},
	{lang: "es", text: "su ex la sigue buscando en el trabajo", want: "su ex", category: "family"},
	{lang: "es", text: "la pcte vive con la pareja de su papá desde que él se fue", want: "pareja de su papá", category: "family|event"},
}

// cleanKinChain holds the same words said of nobody in particular, or of
// the poster: no family finding.
var cleanKinChain = []cleanRow{
	{lang: "en", text: "any good books for kids adjusting to a step dad?"},
	{lang: "en", text: "how do you work with teens when a parent's new partner moves in?"},
	{lang: "fr", text: "des ressources pour les familles recomposées avec un beau-père?"},
	{lang: "es", text: "algún taller para familias donde llega la pareja nueva de un papá?"},
}

func TestTypedKinChain(t *testing.T) { checkTypedRows(t, typedKinChain) }

func TestTypedKinChainClean(t *testing.T) {
	checkNone(t, cleanKinChain, "family", ofCategory("family"))
}
