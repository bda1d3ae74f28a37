package rewrite

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refNeedsCapital is needsCapital rune by rune, as it was written first.
func refNeedsCapital(s string) bool {
	start := true
	for _, r := range s {
		switch {
		case r == '.' || r == '!' || r == '?' || r == '\n':
			start = true
		case !start:
		case unicode.IsLetter(r):
			if u := unicode.ToUpper(r); u != r && utf8.RuneLen(u) == utf8.RuneLen(r) {
				return true
			}
			start = false
		case !unicode.IsSpace(r) && r != '"' && r != '\'' && r != '(' && r != '¿' && r != '¡':
			start = false
		}
	}
	return false
}

// TestNeedsCapital checks needsCapital, which passes over the inside of
// a sentence by bytes, against refNeedsCapital on every training post as
// written and lower-cased after its first letter, and on texts with invalid bytes and marks next to the ends.
func TestNeedsCapital(t *testing.T) {
	texts := trainRaw(t)
	lines := []string{"", ".", "a", "A. b", "A.\xffb", "A.\xe2.b", "Ok! ¿qué?", "Ok.\n(é", "Ok.\u00a0é", "ok", "Ok?\xe2\x80 x", "É. ñ", "Ok. ǅ"}
	for _, l := range []string{"en", "fr", "es"} {
		for _, s := range texts[l] {
			// as written, and lower-cased after a first capital: the
			// walk must reach each sentence
			lines = append(lines, s, upperFirst(strings.ToLower(s)))
		}
	}
	for _, s := range lines {
		if got, want := needsCapital(s), refNeedsCapital(s); got != want {
			t.Errorf("needsCapital(%q) = %v; want %v", s, got, want)
		}
	}
}
