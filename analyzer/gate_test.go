package analyzer

import (
	"regexp"
	"slices"
	"testing"

	"github.com/discreet-app/discreet/analyzer/pattern"
	"github.com/discreet-app/discreet/rules"
)

// TestKeywordsCoverMatches checks the promise gated patterns rest on: a
// match holds one of its pattern's keywords. A pattern that also matches
// without one (a keyword list with gaps) would lose those matches to the
// keyword check; this finds them on the corpus and the rules' examples.
func TestKeywordsCoverMatches(t *testing.T) {
	a := defaultAnalyzer(t)
	packs, err := rules.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	texts := corpusTexts(t)
	for _, lang := range rules.Languages() {
		for _, r := range packs[lang].Rules {
			for _, ex := range r.Examples.Flag {
				texts = append(texts, Input{Text: ex, Lang: lang})
			}
		}
	}
	for _, in := range texts {
		c, v, sents, g := scanned(t, a, in)
		check := func(name string, l *lazyRE, gate int) {
			re := l.get()
			if re == nil || gate < 0 || !g.allows(gate) {
				return
			}
			for _, w := range windows(v.s, sents, g.at(gate)) {
				for _, m := range re.FindAllStringSubmatchIndex(v.s[w.start:w.end]) {
					if !g.hitsIn(gate, w).Holds(m[0], m[1]) {
						t.Errorf("%s/%s matches %q, which holds none of its keywords, in %q",
							in.Lang, name, v.s[m[0]+w.start:m[1]+w.start], in.Text)
					}
				}
			}
		}
		for _, r := range c.rules {
			check("rule "+r.ID, r.re, r.gate)
		}
		for _, gs := range [][]gatedRE{c.person, c.addressee, c.generic, c.self, c.notSpecific, c.ignore} {
			for _, p := range gs {
				check("context "+p.re.src, p.re, p.gate)
			}
		}
		for _, in := range c.intents {
			for _, cue := range in.cues {
				check("cue "+in.name+" "+cue.re.src, cue.re, cue.gate)
			}
		}
	}
}

// TestFindAllNear checks the keyword-gated search against regexp on the
// packs' gated patterns over the corpus: every match it returns is one
// regexp finds at that start (searching from there) and holds a keyword,
// and every regexp match that holds a keyword is returned unless an
// earlier returned match overlaps it.
func TestFindAllNear(t *testing.T) {
	a := defaultAnalyzer(t)
	stds := map[string]*regexp.Regexp{}
	for _, in := range corpusTexts(t) {
		c, v, sents, g := scanned(t, a, in)
		for _, r := range c.rules {
			p := r.re.get()
			if p == nil || r.gate < 0 || !g.allows(r.gate) {
				continue
			}
			std := stds[r.re.src]
			if std == nil {
				std = regexp.MustCompile(r.re.src)
				stds[r.re.src] = std
			}
			for _, w := range windows(v.s, sents, g.at(r.gate)) {
				s, hits := v.s[w.start:w.end], g.hitsIn(r.gate, w)
				got := p.FindAllNear(s, hits, true)
				if spans := p.FindAllNear(s, hits, false); len(spans) != len(got) || len(got) > 0 && !slices.EqualFunc(spans, got, func(a, b []int) bool { return slices.Equal(a[:2], b[:2]) }) {
					t.Fatalf("%s/%s: FindAllNear(%q) without groups = %v; with: %v", in.Lang, r.ID, s, spans, got)
				}
				for _, m := range got {
					want := std.FindStringSubmatchIndex(s[m[0]:])
					if want == nil || want[0] != 0 || want[1] != m[1]-m[0] || !hits.Holds(m[0], m[1]) {
						t.Fatalf("%s/%s: FindAllNear(%q) gave %v, which regexp or the keywords disown", in.Lang, r.ID, s, m[:2])
					}
				}
				for _, m := range std.FindAllStringSubmatchIndex(s, -1) {
					if !hits.Holds(m[0], m[1]) {
						continue
					}
					found := false
					for _, gm := range got {
						found = found || gm[0] < m[1] && m[0] < gm[1]
					}
					if !found {
						t.Fatalf("%s/%s: regexp matches %q at %d, holding a keyword; FindAllNear(%q) = %v", in.Lang, r.ID, s[m[0]:m[1]], m[0], s, got)
					}
				}
			}
		}
	}
}

// scanned runs the first stages of an analysis of in: its pack, the
// normalized text, its sentences and the keyword gates it opens.
func scanned(t *testing.T, a *Analyzer, in Input) (*compiled, *view, []span, *gates) {
	t.Helper()
	c, err := a.packs[in.Lang].compiled()
	if err != nil {
		t.Fatal(err)
	}
	v := newView(in.Text)
	return c, v, sentences(v.s, c.abbrev), c.scanKeywords(v.lower)
}

// TestGatesReused: the windows a gates memoizes are those windows()
// computes, asked once or twice, and a gates handed back (releaseGates)
// and taken again for another text answers for that text alone.
func TestGatesReused(t *testing.T) {
	a := defaultAnalyzer(t)
	posts := corpusTexts(t)
	for _, in := range posts[:min(len(posts), 40)] {
		c, v, sents, g := scanned(t, a, in)
		for k, gi := range g.open {
			want := windows(v.s, sents, g.at(int(gi)))
			for range 2 {
				if got := g.windows(v.s, sents, int(gi)); !slices.Equal(got, want) {
					t.Fatalf("%q: gate %d (open #%d): windows %v; want %v", in.Text, gi, k, got, want)
				}
			}
		}
		if g.text.MaxKeyword != c.maxKeyword || !slices.Equal(g.text.Edges, pattern.AppendEdges(nil, v.lower)) {
			t.Fatalf("%q: the gates' Text is not this text's", in.Text)
		}
		c.releaseGates(g)
		for gi, k := range g.idx {
			if k != 0 {
				t.Fatalf("gate %d still open after release", gi)
			}
		}
		if len(g.open) > 0 || len(g.wins) > 0 {
			t.Fatalf("a released gates still lists open gates or windows")
		}
	}
}

func TestFirstFrom(t *testing.T) {
	hits := []span{{1, 3}, {4, 6}, {4, 7}, {9, 12}}
	for start := -1; start <= 11; start++ {
		want, _ := slices.BinarySearchFunc(hits, start, func(s span, x int) int { return s.start - x })
		if got := firstFrom(hits, start); got != want {
			t.Errorf("firstFrom(%v, %d) = %d; want %d", hits, start, got, want)
		}
	}
	if firstFrom(nil, 3) != 0 {
		t.Error("firstFrom(nil, 3) != 0")
	}
}
