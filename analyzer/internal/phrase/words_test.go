package phrase

import (
	"testing"
	"unicode"
)

// IsWordRune answers ASCII without the unicode tables: it must agree with
// them there and past it (Latin-1 letters, combining accents).
func TestIsWordRuneAgreesWithTables(t *testing.T) {
	for r := rune(-1); r < 0x400; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := IsWordRune(r); got != want {
			t.Errorf("IsWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}
