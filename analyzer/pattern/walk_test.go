package pattern_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/pattern"
)

// TestPackWalk: for every pattern of the packs, the shared walk over a
// text's edges finds what the pattern's own search (FindAllNear with
// Ungated) finds, in order, with and without submatches, on the corpus
// samples and on texts that take the slow ways (no words, walls of text
// without stop bytes, invalid UTF-8, digit runs).
func TestPackWalk(t *testing.T) {
	srcs := packPatterns(t)
	pats := make([]*pattern.Pattern, len(srcs))
	groups := make([]bool, len(srcs))
	for i, src := range srcs {
		p, err := pattern.Compile(src)
		if err != nil {
			t.Fatal(err)
		}
		pats[i], groups[i] = p, i%2 == 0
	}
	inputs := pattern.Samples(t)
	some := inputs[:0:0]
	for k, s := range inputs {
		if k%4 == 0 {
			some = append(some, s)
		}
	}
	some = append(some, "", "...", "; -- !!", strings.Repeat("she said he ", 80),
		strings.Repeat("9", 5000), strings.Repeat("a\xffb his ", 60)+"Mr. J. D. Smith",
		strings.Repeat("client patient ", 60)+"\n"+strings.Repeat("x", 400)+". I have been")
	// The walk serves at most 32 patterns: walk them 32 at a time.
	served := 0
	for lo := 0; lo < len(pats); lo += 32 {
		hi := min(len(pats), lo+32)
		w := pattern.NewWalk(pats[lo:hi], groups[lo:hi])
		var text pattern.Text
		for _, s := range some {
			text.Index(s)
			got := w.Run(s, &text)
			for i, p := range pats[lo:hi] {
				if !got.Serves(i) {
					continue
				}
				if s == "" {
					served++
				}
				want := p.FindAllNear(s, pattern.Ungated(0, &text), groups[lo+i])
				if !sameMatches(got.Matches(i), want) {
					t.Errorf("%q on %.60q: walk %v, search %v", p, s, got.Matches(i), want)
				}
			}
		}
	}
	if served < 20 {
		t.Errorf("the walk serves %d of the packs' %d patterns; the ones that start a word should be many more", served, len(pats))
	}
}

func sameMatches(a, b [][]int) bool {
	return len(a) == len(b) && slices.EqualFunc(a, b, slices.Equal[[]int])
}
