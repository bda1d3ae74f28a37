package analyzer

import (
	"strings"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// TestCompileReportsBadPatterns: a pack that skipped validation and holds
// patterns that do not parse fails to compile, each bad pattern named by
// file, rule and field, where it was once dropped and never matched.
func TestCompileReportsBadPatterns(t *testing.T) {
	p, err := rules.Load(rules.EmbeddedFS(), "en")
	if err != nil {
		t.Fatal(err)
	}
	var rule *rules.Rule
	for i := range p.Rules {
		if p.Rules[i].Kind == rules.KindPattern {
			rule = &p.Rules[i]
			break
		}
	}
	rule.After = `(?:unclosed`
	p.Context.Person[0].Pattern = `[z-a]`
	_, err = compile(p, nil)
	if err == nil {
		t.Fatal("compile accepted a pack with patterns that do not parse")
	}
	for _, want := range []string{
		`rule "` + rule.ID + `": field "after": `, `missing closing )`,
		`field "context.person[0].pattern": `, `invalid character class range`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("compile error = %q; want it to hold %q", err, want)
		}
	}
	if errs := p.Validate(); len(errs) != 2 {
		t.Errorf("Validate found %d problems (%v); want the same two", len(errs), errs)
	}
}
