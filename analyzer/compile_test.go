package analyzer

import (
	"strings"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// TestBadPatternFailsTheAnalysis: a pack that skipped validation and holds
// a pattern that does not compile makes the analyses that reach it fail
// with the pattern's file, rule and field, where the pattern was once
// dropped and never matched; Validate reports the same pattern.
func TestBadPatternFailsTheAnalysis(t *testing.T) {
	p, err := rules.Load(rules.EmbeddedFS(), "en")
	if err != nil {
		t.Fatal(err)
	}
	var rule *rules.Rule
	for i := range p.Rules {
		if r := &p.Rules[i]; r.Kind == rules.KindPattern && r.Before == "" && r.NotBefore == "" {
			rule = r
			break
		}
	}
	rule.Before = `(?:unclosed`
	a, err := New(map[string]*rules.Pack{"en": p})
	if err != nil {
		t.Fatal(err)
	}
	text := rule.Examples.Flag[0]
	res := a.Analyze(Input{ID: "x", Text: text, Lang: "en"})
	want := `rule "` + rule.ID + `": field "before": `
	if !strings.Contains(res.Error, want) || !strings.Contains(res.Error, "missing closing )") || res.ID != "x" {
		t.Errorf("Analyze(%q) = %+v; want an error holding %q", text, res, want)
	}
	if errs := p.Validate(); len(errs) != 1 || errs[0].Rule != rule.ID || errs[0].Field != "before" {
		t.Errorf("Validate() = %v; want the same pattern", errs)
	}
}
