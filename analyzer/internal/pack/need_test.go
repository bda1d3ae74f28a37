package pack

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/lenient"
	"github.com/discreet-app/discreet/rules"
)

// TestNeedOf: the keywords derived from an expression, or none where a
// match may hold no literal or only common bytes.
func TestNeedOf(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []string
	}{
		{`\b(?i:nurse|doctor)\s+\w+`, []string{"doctor", "nurse"}},
		{`(?i)\bwalk(?:ed|ing)?\b`, []string{"walk"}},
		// The cheaper of two parts every match holds.
		{`\b(?i:a|the)\s+(?:harbour|marina)\b`, []string{"harbour", "marina"}},
		// Alternatives each give their own.
		{`(?i)\b(?:ferry\s+\w+|\w+\s+wharf)`, []string{"ferry", "wharf"}},
		// Capitals as the lower-cased text has them; no Kelvin sign or long
		// s, which NFKC leaves out of the view.
		{`Kiosk`, []string{"kiosk"}},
		{`(?i)kiosk`, []string{"kiosk"}},
		{`\d{3}-\d{4}`, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}},
		{`(?i)caf[eé]`, []string{"cafe", "café"}},
		// Nothing every match must hold, or only what every post holds.
		{`\w+`, nil},
		{`(?:harbour)?\s+\w+`, nil},
		{`(?i)\b(?:a|an)\s+\w+`, nil},
		{`\p{Lu}\.\s*\p{Lu}\.`, nil},
		{`.`, nil},
		{`(?i)\b(?:he|she)\b`, nil},
		// A search anchored at the text's start tries one position.
		{`(?i)^\s*(?:harbour|marina)\b`, nil},
		{`(`, nil},
	} {
		if got := NeedOf(tc.src); !slices.Equal(got, tc.want) {
			t.Errorf("NeedOf(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

// TestNeedHeld: every match of every pattern of the packs that names no
// keywords holds one of the keywords derived from it, in the lower-cased
// view, over the packs' own examples and a text of awkward runes.
func TestNeedHeld(t *testing.T) {
	for _, lang := range rules.Languages() {
		p, err := rules.EmbeddedPack(lang)
		if err != nil {
			t.Fatal(err)
		}
		var srcs []string
		var texts []string
		for _, r := range p.Rules {
			texts = append(texts, r.Examples.Flag...)
			texts = append(texts, r.Examples.Pass...)
			if r.Kind == rules.KindPattern && len(r.Keywords) == 0 {
				srcs = append(srcs, r.Pattern)
			}
		}
		for _, gs := range [][]rules.Gated{p.Context.Person, p.Context.Addressee, p.Context.Generic, p.Context.Self,
			p.Context.NotSpecific, p.Context.Ignore, p.Context.Client, p.Context.Describes, p.Context.Audience,
			p.Context.Confirms, p.Context.Declines, p.Context.Addressed, p.Context.Relates, p.Context.Public,
			p.Context.Announce, p.Context.OwnLife} {
			for _, g := range gs {
				if len(g.Keywords) == 0 {
					srcs = append(srcs, lenient.Pattern(g.Pattern))
				}
			}
		}
		for _, in := range p.Intents {
			for _, c := range in.Cues {
				if len(c.Keywords) == 0 {
					srcs = append(srcs, lenient.Pattern(c.Pattern))
				}
			}
		}
		texts = append(texts, "KIOSK Kiosk ſession Ⅻ 12/03 À Émile, CAFÉ ÇA \xff 3 ans, 40s To Dana:\n\nDear Sam,")
		text := NewView(strings.Join(texts, "\n")).Text
		lower := NewView(text).Lower
		derived := 0
		for _, src := range srcs {
			need := NeedOf(src)
			if need == nil {
				continue
			}
			derived++
			for _, m := range regexp.MustCompile(src).FindAllStringIndex(text, -1) {
				if !slices.ContainsFunc(need, func(k string) bool { return strings.Contains(lower[m[0]:m[1]], k) }) {
					t.Errorf("%s: %q matches %q, which holds none of %q", lang, src, text[m[0]:m[1]], need)
				}
			}
		}
		if derived == 0 {
			t.Errorf("%s: no pattern without keywords has derived ones", lang)
		}
	}
}

// TestWholeFindsAll: a pattern searched near its derived gate's hits
// (Gates.Whole) finds what the search of every position (Gates.All)
// finds, over posts made of the packs' examples.
func TestWholeFindsAll(t *testing.T) {
	for _, lang := range rules.Languages() {
		c := compiledPack(t, lang)
		var pats []GatedRE
		for _, r := range c.Rules {
			if r.RE != nil {
				pats = append(pats, GatedRE{RE: r.RE, Gate: r.Gate, Need: r.Need})
			}
		}
		for _, set := range [][]GatedRE{c.Person, c.Addressee, c.Generic, c.Self, c.NotSpecific, c.Ignore,
			c.Client, c.Confirms, c.Declines, c.Public, c.Announce, c.OwnLife, c.Addressed, c.Relates,
			c.Describes, c.Audience} {
			pats = append(pats, set...)
		}
		searched := 0
		for _, text := range append(examplePosts(t, c, 40), strings.Repeat("x ", 200)+"3 ans. Cheers, 40s, client DOB") {
			v := NewView(text)
			g := c.ScanKeywords(v.Lower)
			all := Span{0, len(v.Text)}
			for _, p := range pats {
				if p.Need < 0 || p.Gate >= 0 || !g.Allows(p.Need) {
					continue
				}
				searched++
				var near, every [][]int
				n := g.Whole(p.Need, all)
				p.RE.Get().EachNear(v.Text, &n, true, func(m []int) { near = append(near, slices.Clone(m)) })
				p.RE.Get().EachNear(v.Text, g.All(all), true, func(m []int) { every = append(every, slices.Clone(m)) })
				if !slices.EqualFunc(near, every, slices.Equal) {
					t.Errorf("%s %q in %q: near its gate %v, everywhere %v", lang, p.RE.Src, text, near, every)
				}
			}
			c.ReleaseGates(g)
		}
		if searched == 0 {
			t.Errorf("%s: no derived gate opened", lang)
		}
	}
}
