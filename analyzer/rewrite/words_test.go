package rewrite

import (
	"strings"
	"testing"
)

// TestIndexAny checks indexAny against strings.IndexAny on text with and
// without the characters sought, inside and outside ASCII.
func TestIndexAny(t *testing.T) {
	texts := []string{"", "plain words", "l’été", "c'est", "«quoted»", "née en 1990", "¿qué?", "señora—x", "ça va", "a\u00a0b-c"}
	sets := []string{"'’", "-'’", "?¿", "0123456789\"“”«»", "é", "x"}
	for _, s := range texts {
		for _, chars := range sets {
			if got, want := indexAny(s, chars), strings.IndexAny(s, chars); got != want {
				t.Errorf("indexAny(%q, %q) = %d; want %d", s, chars, got, want)
			}
		}
	}
}
