package pack

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/coregx/ahocorasick"

	"github.com/discreet-app/discreet/analyzer/pattern"
	"github.com/discreet-app/discreet/rules"
)

// examplePosts returns posts made of the flag examples of lang's rules, a
// few examples to a post, up to n posts.
func examplePosts(t testing.TB, c *Compiled, n int) []string {
	t.Helper()
	var posts []string
	var post []string
	for _, r := range c.Pack.Rules {
		post = append(post, r.Examples.Flag...)
		if len(post) >= 4 {
			posts = append(posts, strings.Join(post, " "))
			post = post[:0]
		}
		if len(posts) == n {
			break
		}
	}
	return posts
}

// compiledPack compiles lang's built-in pack.
func compiledPack(t testing.TB, lang string) *Compiled {
	t.Helper()
	p, err := rules.EmbeddedPack(lang)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestGatesReused: the windows a Gates memoizes are those Windows
// computes, asked once or twice, and a Gates handed back (ReleaseGates)
// and taken again for another text answers for that text alone.
func TestGatesReused(t *testing.T) {
	for _, lang := range rules.Languages() {
		c := compiledPack(t, lang)
		for _, text := range examplePosts(t, c, 15) {
			v := NewView(text)
			sents := SplitSentences(v.Text, c.Abbrev)
			g := c.ScanKeywords(v.Lower)
			if len(g.open) == 0 {
				t.Fatalf("%q opens no gate", text)
			}
			for k, gi := range g.open {
				want := Windows(v.Text, sents, g.At(int(gi)))
				for range 2 {
					if got := g.Windows(v.Text, sents, int(gi)); !slices.Equal(got, want) {
						t.Fatalf("%q: gate %d (open #%d): windows %v; want %v", text, gi, k, got, want)
					}
				}
			}
			if g.text.MaxKeyword != c.MaxKeyword || !slices.Equal(g.text.Edges, pattern.AppendEdges(nil, v.Lower)) {
				t.Fatalf("%q: the gates' Text is not this text's", text)
			}
			c.ReleaseGates(g)
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
}

func TestFirstFrom(t *testing.T) {
	hits := []Span{{1, 3}, {4, 6}, {4, 7}, {9, 12}}
	for start := -1; start <= 11; start++ {
		want, _ := slices.BinarySearchFunc(hits, start, func(s Span, x int) int { return s.Start - x })
		if got := firstFrom(hits, start); got != want {
			t.Errorf("firstFrom(%v, %d) = %d; want %d", hits, start, got, want)
		}
	}
	if firstFrom(nil, 3) != 0 {
		t.Error("firstFrom(nil, 3) != 0")
	}
}

// TestKeywordHits: the hits appendHits finds, from the automaton and the
// tables of one- and two-byte keywords, are every occurrence of every
// keyword, overlapping ones included, ordered by end.
func TestKeywordHits(t *testing.T) {
	for _, lang := range []string{"en", "fr", "es"} {
		c := compiledPack(t, lang)
		kws := make([]string, len(c.keywordGates))
		for b, k := range c.byteKeyword {
			if k != 0 {
				kws[k-1] = string([]byte{byte(b)})
			}
		}
		for a, r := range c.pairRow {
			for b, k := range c.pairKeyword[max(int(r)-1, 0)] {
				if r != 0 && k != 0 {
					kws[k-1] = string([]byte{byte(a), byte(b)})
				}
			}
		}
		for i, k := range c.keywordIDs {
			kws[k] = string(c.Keywords.Pattern(i))
		}
		posts := append(examplePosts(t, c, 40), "", "a", "in a 1st, 22-year-old's", "ééé aa")
		for _, p := range posts {
			lower := strings.ToLower(p)
			got := c.appendHits(nil, lower)
			if ref := c.appendHitsByByte(lower); !slices.Equal(got, ref) {
				t.Fatalf("%s: %q: hits in another order than the byte-by-byte merge's", lang, lower)
			}
			if !slices.IsSortedFunc(got, func(a, b keywordHit) int { return a.at.End - b.at.End }) {
				t.Fatalf("%s: hits not ordered by end in %q", lang, lower)
			}
			var want []keywordHit
			for k, kw := range kws {
				if kw == "" {
					t.Fatalf("%s: keyword %d in no table", lang, k)
				}
				for i := 0; i+len(kw) <= len(lower); i++ {
					if lower[i:i+len(kw)] == kw {
						want = append(want, keywordHit{k, Span{i, i + len(kw)}})
					}
				}
			}
			order := func(a, b keywordHit) int { return cmp.Or(a.at.Start-b.at.Start, a.at.End-b.at.End, a.k-b.k) }
			slices.SortFunc(got, order)
			slices.SortFunc(want, order)
			if !slices.Equal(got, want) {
				t.Fatalf("%s: %q: %d hits, want %d", lang, lower, len(got), len(want))
			}
		}
	}
}

// appendHitsByByte is appendHits as a plain merge, a byte at a time: of
// each end, the automaton's hits, then the two-byte and the one-byte
// keyword. The gates open in the order of the hits, so appendHits must
// give this order exactly.
func (c *Compiled) appendHitsByByte(lower string) []keywordHit {
	var ms []ahocorasick.Match
	if c.Keywords != nil {
		ms = c.Keywords.FindAllOverlapping([]byte(lower))
	}
	var hits []keywordHit
	j := 0
	for i := 0; i < len(lower); i++ {
		for ; j < len(ms) && ms[j].End <= i+1; j++ {
			hits = append(hits, keywordHit{int(c.keywordIDs[ms[j].PatternID]), Span{ms[j].Start, ms[j].End}})
		}
		if r := c.pairRow[lower[max(i-1, 0)]]; i > 0 && r != 0 {
			if k := c.pairKeyword[r-1][lower[i]]; k != 0 {
				hits = append(hits, keywordHit{int(k - 1), Span{i - 1, i + 1}})
			}
		}
		if k := c.byteKeyword[lower[i]]; k != 0 {
			hits = append(hits, keywordHit{int(k - 1), Span{i, i + 1}})
		}
	}
	return hits
}

// TestSharedGates: patterns with the same keywords, in any order, share
// one gate, and patterns with other keywords do not.
func TestSharedGates(t *testing.T) {
	for _, lang := range []string{"en", "fr", "es"} {
		c := compiledPack(t, lang)
		byKeywords := map[string]int{}
		gated := 0
		for _, r := range c.Rules {
			if r.Gate < 0 {
				continue
			}
			gated++
			key := strings.Join(slices.Sorted(slices.Values(r.Keywords)), "\x00")
			if g, ok := byKeywords[key]; ok && g != r.Gate {
				t.Errorf("%s: gate %d; want %d, the gate of the same keywords", r.Name, r.Gate, g)
			}
			byKeywords[key] = r.Gate
		}
		gates := map[int]bool{}
		for _, g := range byKeywords {
			if gates[g] {
				t.Errorf("%s: gate %d opens for two lists of keywords", lang, g)
			}
			gates[g] = true
		}
		if len(byKeywords) == gated {
			t.Errorf("%s: no two pattern rules share their keywords; the test checks nothing", lang)
		}
	}
}
