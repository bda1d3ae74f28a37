package match

import (
	"slices"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/adversarial"
	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/rules"
)

// TestSharedSearches: rules that share one search (the same expression
// behind the same gate) find the candidates they find when each searches
// on its own, in the same order.
func TestSharedSearches(t *testing.T) {
	texts := map[string][]string{
		"en": {adversarial.Prose,
			"My client Sam, 15, and her brother, 9, moved here. She is 34, and he was 7 (then 8) at intake.",
			"Ages: 4, 6 and 11. Call 555 201 7788 before 5. Room 12, then 14."},
		"fr": {"Mon client, 15 ans, et sa sœur, 9, vivent à Lyon. Elle a 34 ans, appelez le 06 12 34 56 78."},
		"es": {"Mi cliente, 15, y su hermana, 9, viven en Cádiz. Ella tiene 34 años; llame al 612 345 678."},
	}
	for lang, posts := range texts {
		p, err := rules.EmbeddedPack(lang)
		if err != nil {
			t.Fatal(err)
		}
		shared, err := pack.Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		alone := *shared
		alone.Rules = nil
		sharers := 0
		for _, r := range shared.Rules {
			if r.SameSearch >= 0 {
				sharers++
			}
			own := *r
			own.SameSearch, own.Searched, own.Groups = -1, false, r.Group > 0
			alone.Rules = append(alone.Rules, &own)
		}
		if sharers == 0 && lang != "fr" {
			t.Errorf("%s: no rule shares a search; the test checks nothing", lang)
		}
		for _, text := range posts {
			if got, want := find(shared, text), find(&alone, text); !slices.Equal(got, want) {
				t.Errorf("%s: Find(%q) with shared searches = %v; want %v", lang, text, got, want)
			}
		}
	}
}

// find returns the candidates of text as spans and rule names.
func find(c *pack.Compiled, text string) []string {
	v := c.View(text)
	sents := c.Clauses(v.Text, pack.SplitSentences(v.Text, c.Abbrev))
	g := c.ScanKeywords(v.Lower)
	defer c.ReleaseGates(g)
	var out []string
	for _, cand := range Find(c, v, sents, g) {
		out = append(out, cand.Rule.Name+" "+v.Text[cand.Span.Start:cand.Span.End]+" "+v.Text[cand.Base.Start:cand.Base.End]+" "+cand.Why)
	}
	return out
}
