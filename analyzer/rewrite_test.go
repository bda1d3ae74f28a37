package analyzer

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// corpusTexts reads every post of the development corpus.
func corpusTexts(t testing.TB) []Input { return corpusInputs(t, "dev") }

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

// TestRewriteIsClean re-analyzes every rewrite: it must have no finding of
// medium or high severity, and exist whenever there are findings.
func TestRewriteIsClean(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, in := range corpusTexts(t) {
		res := a.Analyze(in)
		if len(res.Findings) > 0 && res.Rewrite == "" {
			t.Errorf("%s: %d findings but no rewrite", in.ID, len(res.Findings))
			continue
		}
		if res.Rewrite == "" {
			continue
		}
		again := a.Analyze(Input{Text: res.Rewrite, Lang: res.Language, Platform: in.Platform})
		for _, f := range again.Findings {
			if f.Severity != "low" {
				t.Errorf("%s: rewrite %q still has %s %q (%s)", in.ID, res.Rewrite, f.Severity, f.Text, f.Rule)
			}
		}
	}
}

// TestTidyGuards checks that tidy's cheap looks never skip a repair: the
// result equals running every repair unconditionally, on corpus sentences
// with punctuation, spaces and articles scattered through them.
func TestTidyGuards(t *testing.T) {
	all := func(s string, english bool) string {
		s = emptyParens.ReplaceAllString(s, "")
		s = spaces.ReplaceAllString(s, " ")
		s = spacePunct.ReplaceAllString(s, "$1")
		if english {
			s = spaceMark.ReplaceAllString(s, "$1")
		}
		s = repeatComma.ReplaceAllString(s, "$1")
		s = commaStop.ReplaceAllString(s, "$1")
		s = leadPunct.ReplaceAllString(s, "$1")
		if english {
			s = fixArticles(s)
		}
		return capitalizeSentences(strings.TrimSpace(s))
	}
	bits := []string{" ", "  ", "\t", ",", " ,", ";", " ;", ".", " .", "( )", "(,)", ")", " !", "?", ":", "\n", "a ", "A ", "an ", "An "}
	rng := rand.New(rand.NewSource(34))
	for _, in := range corpusTexts(t) {
		s := in.Text
		for range 3 {
			var b strings.Builder
			for _, w := range strings.Fields(s) {
				b.WriteString(w)
				b.WriteString(bits[rng.Intn(len(bits))])
			}
			for _, english := range []bool{true, false} {
				if got, want := tidy(b.String(), english), all(b.String(), english); got != want {
					t.Fatalf("tidy(%q, %v) =\n%q\nevery repair gives\n%q", b.String(), english, got, want)
				}
			}
		}
	}
}
