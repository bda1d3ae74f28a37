package rewrite_test

import (
	"slices"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// TestRewriteKeepsNamedConditions checks, on posts written for the
// purpose, that a condition the post names — in its ask or only in the
// client's story — stays in the rewrite as a specialty need, while who
// the client is goes. English finds these names in its condition list;
// French and Spanish in their clinical rules.
func TestRewriteKeepsNamedConditions(t *testing.T) {
	checkRewrites(t, []rewriteCase{
		{"en", "Looking for a therapist for my client, a 52-year-old welder in Kenosha who was recently diagnosed with schizoaffective disorder. Evenings preferred.",
			[]string{"schizoaffective disorder", "evenings"}, []string{"Kenosha", "welder", "52"}},
		{"en", "My client Dana, 16, has been pulling out her hair for months and her pediatrician in Boise thinks it is trichotillomania. Does anyone know a good specialist?",
			[]string{"trichotillomania"}, []string{"Dana", "Boise", "16"}},
		{"en", "Hi all, a 61-year-old retired pilot from Duluth with narcolepsy needs a counselor. Sliding scale would help.",
			[]string{"narcolepsy"}, []string{"Duluth", "pilot", "61"}},
		// The adjective alone stands for the condition's name.
		{"en", "Anyone know a clinician near Tacoma for my 33yo client, schizotypal, recently out of hospital?",
			[]string{"schizotypal disorder"}, []string{"Tacoma", "33"}},
		{"fr", "Je cherche une psychologue pour ma cliente de 45 ans à Rimouski, atteinte de trouble schizoaffectif.",
			[]string{"trouble schizoaffectif"}, []string{"Rimouski", "45"}},
		{"es", "Busco psiquiatra para mi paciente de 30 años en Puebla con trastorno esquizoafectivo.",
			[]string{"trastorno esquizoafectivo"}, []string{"Puebla", "30"}},
	})
}

// TestConditionListHoldsNoEverydayWord checks the generated list against
// the pack's ordinary words: a condition name found in any case must not
// be a word every post uses ("did", "odd", "sad").
func TestConditionListHoldsNoEverydayWord(t *testing.T) {
	p := packFor(t, "en")
	names := phrase.List(p, "conditions")
	if len(names) < 100 {
		t.Fatalf("en conditions list has %d names; want the generated list", len(names))
	}
	common := phrase.List(p, "common_words")
	for _, n := range names {
		if l := lowerASCII(n); slices.Contains(common, l) && l != n {
			t.Errorf("condition %q is the everyday word %q", n, l)
		}
	}
}

// lowerASCII lower-cases the ASCII letters of s.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
