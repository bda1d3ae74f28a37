package normalize

import (
	"fmt"
	"slices"
	"testing"
)

// TestWordIndex checks the index against a binary search of the same
// sorted words, for words it holds and words one letter away.
func TestWordIndex(t *testing.T) {
	var words []string
	for i := range 5000 {
		words = append(words, fmt.Sprintf("w%dx", i*7))
	}
	words = append(words, "", "é", "séance")
	slices.Sort(words)
	ix := newWordIndex(words)
	for i := range 40000 {
		for _, w := range []string{fmt.Sprintf("w%dx", i), fmt.Sprintf("w%d", i), "séance", "seance", "", "é", "e"} {
			_, want := slices.BinarySearch(words, w)
			if got := ix.has(w); got != want {
				t.Fatalf("has(%q) = %v; want %v", w, got, want)
			}
		}
	}
	if newWordIndex(nil).has("a") {
		t.Error("an empty index holds a word")
	}
}
