package pack

import (
	"slices"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/pattern"
	"github.com/discreet-app/discreet/rules"
)

// examplePosts returns posts made of the flag examples of lang's rules, a
// few examples to a post, up to n posts.
func examplePosts(t *testing.T, c *Compiled, n int) []string {
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
func compiledPack(t *testing.T, lang string) *Compiled {
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
