package rewrite

import (
	"strings"

	"github.com/discreet-app/discreet/rules"
)

// GrammarFaults lists the faults grammarFaults finds in s under pack p.
func GrammarFaults(p *rules.Pack, s string) []string { return grammarFaults(grammarOf(p), p.Lang, s) }

// TidyUnder is the pack's full tidy.
func TidyUnder(p *rules.Pack, s string) string { return grammarOf(p).tidy(s) }

// QualifiedTerms is the pack's need terms of s with their qualifiers.
func QualifiedTerms(p *rules.Pack, s string) []string {
	ls := strings.ToLower(s)
	return grammarOf(p).needTermsQualified(nil, ls, 0, len(ls), true)
}
