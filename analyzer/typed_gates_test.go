package analyzer

import (
	"strings"
	"testing"
)

// typedGateGaps holds forms that a rule's pattern spells but its keywords
// once forgot, so the rule never ran on them (TestKeywordsOpenEveryMatch
// now finds such gaps), and the Spanish gerund with its object pronoun
// ("viéndola", "atendiéndolo"), which points at one person as "la veo"
// does. Every sentence was written for this test, blind to the corpora
// and the probes.
var typedGateGaps = []typedRow{
	{lang: "es", text: "Llevo dos años viéndolo y por fin habló de su hermano.", want: "Llevo dos años viéndolo", category: "relationship"},
	{lang: "es", text: "llevo 8 meses atendiéndola cada martes, hoy llegó llorando", want: "llevo 8 meses atendiéndola", category: "relationship"},
	{lang: "es", text: "Llevo un año acompañándola y ahora se muda a otra provincia.", want: "Llevo un año acompañándola", category: "relationship"},
	{lang: "es", text: "Lo atendí hace tres años por un duelo y volvió esta semana.", want: "Lo atendí hace tres años", category: "relationship"},
}

// typedGateGapsClean holds the look-alikes: "odd" is no overdose, and a
// gerund's pronoun can be a thing.
var typedGateGapsClean = []cleanRow{
	{lang: "en", text: "Something odd happened at the conference coffee break."},
	{lang: "en", text: "Is it odd to ask colleagues how they handle burnout?"},
	{lang: "es", text: "Llevo semanas leyéndolo: el libro sobre apego es muy bueno."},
}

func TestTypedGateGaps(t *testing.T) { checkTypedRows(t, typedGateGaps) }

func TestTypedGateGapsClean(t *testing.T) {
	checkNone(t, typedGateGapsClean, "overdose or relationship", func(f Finding) bool {
		return strings.Contains(f.Rule, "event-er-typed") || f.Category == "relationship"
	})
}
