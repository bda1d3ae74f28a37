package analyzer

import (
	"regexp"
	"slices"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/rules"
)

// TestKeywordsCoverMatches checks the promise gated patterns rest on: a
// match holds one of its pattern's keywords. A pattern that also matches
// without one (a keyword list with gaps) would lose those matches to the
// keyword check; this finds them on the corpus and the rules' examples.
func TestKeywordsCoverMatches(t *testing.T) {
	a := defaultAnalyzer(t)
	texts := gateTexts(t)
	for _, in := range texts {
		c, v, sents, g := scanned(t, a, in)
		check := func(name string, l *pack.LazyRE, gate int) {
			re := l.Get()
			if re == nil || gate < 0 || !g.Allows(gate) {
				return
			}
			for _, w := range pack.Windows(v.Text, sents, g.At(gate)) {
				for _, m := range re.FindAllStringSubmatchIndex(v.Text[w.Start:w.End]) {
					if !g.HitsIn(gate, w).Holds(m[0], m[1]) {
						t.Errorf("%s/%s matches %q, which holds none of its keywords, in %q",
							in.Lang, name, v.Text[m[0]+w.Start:m[1]+w.Start], in.Text)
					}
				}
			}
		}
		for _, r := range c.Rules {
			check("rule "+r.ID, r.RE, r.Gate)
		}
		for _, gs := range [][]pack.GatedRE{c.Person, c.Addressee, c.Generic, c.Self, c.NotSpecific, c.Ignore} {
			for _, p := range gs {
				check("context "+p.RE.Src, p.RE, p.Gate)
			}
		}
		for _, in := range c.Intents {
			for _, cue := range in.Cues {
				check("cue "+in.Name+" "+cue.RE.Src, cue.RE, cue.Gate)
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
		for _, r := range c.Rules {
			p := r.RE.Get()
			if p == nil || r.Gate < 0 || !g.Allows(r.Gate) {
				continue
			}
			std := stds[r.RE.Src]
			if std == nil {
				std = regexp.MustCompile(r.RE.Src)
				stds[r.RE.Src] = std
			}
			for _, w := range pack.Windows(v.Text, sents, g.At(r.Gate)) {
				s, hits := v.Text[w.Start:w.End], g.HitsIn(r.Gate, w)
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
func scanned(t *testing.T, a *Analyzer, in Input) (*pack.Compiled, *pack.View, []pack.Span, *pack.Gates) {
	t.Helper()
	c, err := a.packs[in.Lang].compiled()
	if err != nil {
		t.Fatal(err)
	}
	v := pack.NewView(in.Text)
	return c, v, pack.SplitSentences(v.Text, c.Abbrev), c.ScanKeywords(v.Lower)
}

// TestKeywordsOpenEveryMatch runs each gated rule's pattern over the whole
// text, gate or not, and wants every match to hold one of its keywords:
// an alternative the keywords forget ("llevo" beside "lleva") never
// runs, since its gate stays shut or its window falls elsewhere, and
// TestKeywordsCoverMatches, which searches only the windows, cannot see
// it. The texts are the corpus's and every rule's flag examples.
func TestKeywordsOpenEveryMatch(t *testing.T) {
	a := defaultAnalyzer(t)
	texts := gateTexts(t)
	stds := map[string]*regexp.Regexp{}
	reported := map[string]bool{}
	for _, in := range texts {
		c, v, _, g := scanned(t, a, in)
		whole := pack.Span{Start: 0, End: len(v.Text)}
		for _, r := range c.Rules {
			if r.Gate < 0 || r.RE == nil || r.RE.Get() == nil || reported[in.Lang+r.ID+r.RE.Src] {
				continue
			}
			std := stds[r.RE.Src]
			if std == nil {
				std = regexp.MustCompile(r.RE.Src)
				stds[r.RE.Src] = std
			}
			for _, m := range std.FindAllStringIndex(v.Text, -1) {
				if g.Allows(r.Gate) && g.HitsIn(r.Gate, whole).Holds(m[0], m[1]) {
					continue
				}
				reported[in.Lang+r.ID+r.RE.Src] = true
				t.Errorf("%s/%s matches %q, which holds none of its keywords: the rule never sees it (in %q)",
					in.Lang, r.ID, v.Text[m[0]:m[1]], in.Text)
				break
			}
		}
	}
}

// gateTexts is what the gate tests search: the corpus's posts and every
// rule's flag examples.
func gateTexts(t *testing.T) []Input {
	t.Helper()
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
	return texts
}
