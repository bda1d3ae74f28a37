package rewrite

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// expandByRegexp is expand as it was written before it filled one buffer:
// each segment replaced on its own by the placeholder pattern, then joined.
func expandByRegexp(tmpl string, fill map[string]string) string {
	seg := func(s string) (string, bool) {
		ok := true
		out := placeholder.ReplaceAllStringFunc(s, func(m string) string {
			v := fill[m[1:len(m)-1]]
			ok = ok && v != ""
			return v
		})
		return out, ok
	}
	var b strings.Builder
	ok := true
	for len(tmpl) > 0 {
		i := strings.IndexByte(tmpl, '[')
		if i < 0 {
			i = len(tmpl)
		}
		s, fine := seg(tmpl[:i])
		ok = ok && fine
		b.WriteString(s)
		if i == len(tmpl) {
			break
		}
		j := strings.IndexByte(tmpl[i:], ']')
		if j < 0 {
			j = len(tmpl) - i
		}
		if s, fine := seg(tmpl[i+1 : i+j]); fine {
			b.WriteString(s)
		}
		tmpl = tmpl[min(len(tmpl), i+j+1):]
	}
	if !ok {
		return ""
	}
	return b.String()
}

// TestExpandIsByRegexp holds expand to expandByRegexp on 20,000 random
// templates of placeholders (filled, empty, unknown, broken), brackets
// (closed, open, nested) and text.
func TestExpandIsByRegexp(t *testing.T) {
	fill := map[string]string{"ask": "Need a therapist.", "who": "", "more_practical": "sliding scale", "also": "grief and loss", "n": "é"}
	parts := []string{"{ask}", "{who}", "{more_practical}", "{also}", "{n}", "{unknown}", "{", "}", "{Ask}", "{}", "[", "]", " ", "Text ", "é", ".", "[{who}]", "[ {also}.]"}
	r := rand.New(rand.NewPCG(16, 50))
	for range 20000 {
		tmpl := randomText(r, parts, 9)
		if got, want := expand(tmpl, fillsOf(fill)), expandByRegexp(tmpl, fill); got != want {
			t.Fatalf("expand(%q) = %q; want %q", tmpl, got, want)
		}
	}
}

// TestHasEmptyParensIsTheRegexp holds hasEmptyParens to emptyParens on
// 20,000 random strings of parentheses, white space, commas and words.
func TestHasEmptyParensIsTheRegexp(t *testing.T) {
	parts := []string{"(", ")", " ", "\t", "\n", "\v", ",", ";", ":", "a", "word", "é", "( , )", "(;)"}
	r := rand.New(rand.NewPCG(16, 51))
	for range 20000 {
		s := randomText(r, parts, 10)
		if got, want := hasEmptyParens(s), emptyParens.MatchString(s); got != want {
			t.Fatalf("hasEmptyParens(%q) = %v; want %v", s, got, want)
		}
	}
}

// randomText joins fewer than most parts drawn by r, for the tests that
// hold a hand-written scanner to the regexp it replaced.
func randomText(r *rand.Rand, parts []string, most int) string {
	var b strings.Builder
	for range r.IntN(most) {
		b.WriteString(parts[r.IntN(len(parts))])
	}
	return b.String()
}
