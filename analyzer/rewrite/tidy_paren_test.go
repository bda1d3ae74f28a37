package rewrite

import (
	"math/rand"
	"regexp"
	"testing"
)

// parenInside is the regexp trimInParens stands for.
var parenInside = regexp.MustCompile(`(\()[\s,;]+|[\s,;]+(\))`)

func TestTrimInParensIsTheRegexp(t *testing.T) {
	for _, s := range []string{
		"", "(", ")", "()", "( )", "(, la zona ;)", "a ( b ) c", "x ,) y", "(\t\n,;\r\f)",
		"(é ,)", " ) (", "no parentheses here, at all;", "((  ))", "a (b, c) d",
	} {
		if got, want := trimInParens(s), parenInside.ReplaceAllString(s, "$1$2"); got != want {
			t.Errorf("trimInParens(%q) = %q, the regexp gives %q", s, got, want)
		}
	}
	const alphabet = "( ),;\t\n\r\fab\v\u00a0é"
	runes := []rune(alphabet)
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		b := make([]rune, r.Intn(12))
		for i := range b {
			b[i] = runes[r.Intn(len(runes))]
		}
		s := string(b)
		if got, want := trimInParens(s), parenInside.ReplaceAllString(s, "$1$2"); got != want {
			t.Fatalf("trimInParens(%q) = %q, the regexp gives %q", s, got, want)
		}
	}
}
