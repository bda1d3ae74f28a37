package analyzer

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestApplyAnySubsetOfReplacements applies random subsets of each corpus
// post's span replacements and checks the result is well-formed text.
func TestApplyAnySubsetOfReplacements(t *testing.T) {
	a := defaultAnalyzer(t)
	rng := rand.New(rand.NewSource(1))
	for _, in := range corpusTexts(t) {
		res := a.Analyze(in)
		for trial := 0; trial < 8; trial++ {
			var subset []Finding
			for _, f := range res.Findings {
				if rng.Intn(2) == 0 {
					subset = append(subset, f)
				}
			}
			out := ApplyReplacements(in.Text, subset)
			if !utf8.ValidString(out) {
				t.Fatalf("%s: ApplyReplacements gave invalid UTF-8", in.ID)
			}
			for _, bad := range []string{"  ", " ,", ",,", " .", "( )", "()"} {
				if strings.Contains(out, bad) {
					t.Errorf("%s: ApplyReplacements(%d of %d) = %q; contains %q", in.ID, len(subset), len(res.Findings), out, bad)
				}
			}
			// The offsets of the untouched findings still name their text.
			checkSpans(t, in.Text, res)
		}
	}
}
