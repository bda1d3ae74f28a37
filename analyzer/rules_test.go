package analyzer

import (
	"fmt"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// TestRuleExamples runs every rule's own examples: each "flag" example must
// give a finding from that rule, each "pass" example none. Adding a rule
// adds its tests. Subtests are named en/rule-id/flag#0.
func TestRuleExamples(t *testing.T) {
	a := defaultAnalyzer(t)
	packs, err := rules.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range rules.Languages() {
		p := packs[lang]
		for _, r := range p.Rules {
			id := lang + "/" + r.ID
			for i, ex := range r.Examples.Flag {
				t.Run(fmt.Sprintf("%s/flag#%d", id, i), func(t *testing.T) {
					res := a.Analyze(Input{Text: ex, Lang: lang})
					if !hasRule(res, id) {
						t.Errorf("Analyze(%q) has no %s finding; got %v", ex, id, summarize(res))
					}
				})
			}
			for i, ex := range r.Examples.Pass {
				t.Run(fmt.Sprintf("%s/pass#%d", id, i), func(t *testing.T) {
					res := a.Analyze(Input{Text: ex, Lang: lang})
					if hasRule(res, id) {
						t.Errorf("Analyze(%q) has a %s finding; want none; got %v", ex, id, summarize(res))
					}
				})
			}
		}
	}
}

func defaultAnalyzer(t testing.TB) *Analyzer {
	t.Helper()
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func hasRule(res Result, id string) bool {
	for _, f := range res.Findings {
		if f.Rule == id {
			return true
		}
	}
	return false
}

func summarize(res Result) []string {
	var out []string
	for _, f := range res.Findings {
		out = append(out, fmt.Sprintf("%s:%q", f.Rule, f.Text))
	}
	return out
}

func mustEmbedded(tb testing.TB) map[string]*rules.Pack {
	tb.Helper()
	packs, err := rules.Embedded()
	if err != nil {
		tb.Fatal(err)
	}
	return packs
}
