package rewrite

import (
	"strings"
	"testing"
)

// TestFirstPersonAsLowered holds firstPerson to the look-up it replaces
// (the word lower-cased, its ’ written '), over ASCII words, capitals,
// curly apostrophes, accents and a word past the stack buffer.
func TestFirstPersonAsLowered(t *testing.T) {
	first := map[string]bool{"i": true, "i'm": true, "my": true, "j'ai": true, "yo": true, "moi": true, "été": true}
	words := []string{"I", "i", "I'm", "I’m", "I’M", "MY", "My", "mine", "J’ai", "J'AI", "Yo", "YO", "moi", "MOÏ", "Été", "ÉTÉ",
		"été", "", "’", "'", strings.Repeat("I", 65), strings.Repeat("m", 64), "İ", "K"}
	for _, w := range words {
		want := first[strings.ReplaceAll(strings.ToLower(w), "’", "'")]
		if got := firstPerson(first, w); got != want {
			t.Errorf("firstPerson(%q) = %v; want %v", w, got, want)
		}
	}
}
