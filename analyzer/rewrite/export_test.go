package rewrite

import (
	"strings"

	"github.com/discreet-app/discreet/rules"
)

// GrammarFaults lists the faults grammarFaults and readingFaults find in
// s under pack p.
func GrammarFaults(p *rules.Pack, s string) []string {
	g := grammarOf(p)
	return append(grammarFaults(g, p.Lang, s), readingFaults(p, g, s)...)
}

// TidyUnder is the pack's full tidy.
func TidyUnder(p *rules.Pack, s string) string { return grammarOf(p).tidy(s) }

// QualifiedTerms is the pack's need terms of s with their qualifiers.
func QualifiedTerms(p *rules.Pack, s string) []string {
	ls := strings.ToLower(s)
	return grammarOf(p).needTermsQualified(nil, ls, 0, len(ls), true)
}

// IntentFaults lists the faults ventFaults finds in the rewrite s of a
// post of the intent under pack p.
func IntentFaults(p *rules.Pack, intent, s string) []string { return ventFaults(p, intent, s) }
