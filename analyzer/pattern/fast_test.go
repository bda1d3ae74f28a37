package pattern

import (
	"strings"
	"testing"
)

// checkNearFast checks, for every pattern of srcs, that the answer a
// search's Near gives for whether an input may use the tries
// (Near.fast, from the text's stretches measured once) is the pattern's
// own (pattern.fast, reading the input), for inputs of each text at
// several offsets and lengths, the text indexed in ASCII lower case as
// the packs' gates index it.
func checkNearFast(t *testing.T, srcs []string, texts []string) {
	t.Helper()
	long := 0
	for _, src := range srcs {
		x, err := Compile(src)
		if err != nil {
			t.Fatal(err)
		}
		p := x.get()
		var txt Text
		for _, s := range texts {
			txt.Index(strings.ToLower(s))
			for _, w := range fastWindows(len(s)) {
				in := s[w[0]:w[1]]
				near := NewNear(nil, w[0], &txt)
				if got, want := near.fast(p, in), p.fast(in); got != want {
					t.Fatalf("%q on %.60q[%d:%d]: Near.fast %v, fast %v", src, s, w[0], w[1], got, want)
				}
				if len(in) > maxUnboundedInput {
					long++
				}
			}
		}
	}
	if long == 0 {
		t.Error("no input longer than maxUnboundedInput: the memo was never asked")
	}
}

// fastWindows returns inputs [a, b) of a text of n bytes: the whole, and
// windows longer and shorter than maxUnboundedInput at a few offsets.
func fastWindows(n int) [][2]int {
	out := [][2]int{{0, n}}
	for _, a := range []int{0, 1, n / 3, n / 2} {
		for _, l := range []int{maxUnboundedInput, maxUnboundedInput + 1, 2*maxUnboundedInput + 7, n} {
			if b := a + l; a <= n && b <= n && a < b {
				out = append(out, [2]int{a, b})
			}
		}
	}
	return out
}

// TestNearFast: the memo of a text's stretches gives fast's answers,
// for patterns with and without stop bytes, on texts with short
// sentences, a wall without a stop, and a long line without spaces.
func TestNearFast(t *testing.T) {
	srcs := []string{
		`\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*`, `[^.]*?\bdied\b`, `(?i)\bmy\s+[^\n]*\bson\b`,
		`\d+\s*(?:years?|yrs?)`, `(?s).+?!`, `[\p{L}\s]+?\bclinic\b`, `\w+(?:-\w+)+ died`, `[a-z]+x+`,
	}
	texts := []string{
		"",
		strings.Repeat("She said it. ", 80),
		strings.Repeat("she said it and then ", 40) + ". And more.",
		strings.Repeat("x", 700) + " then " + strings.Repeat("y", 400),
		strings.Repeat("Line one\n", 50) + strings.Repeat("é", 300),
		strings.Repeat("MY SON WENT TO THE CLINIC ", 30),
		strings.Repeat("She said. ", 40) + strings.Repeat("x", 700),
		strings.Repeat("a b\n", 100) + strings.Repeat("word-", 100) + " died",
	}
	checkNearFast(t, srcs, texts)
}
