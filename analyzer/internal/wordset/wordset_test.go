package wordset

import (
	"fmt"
	"slices"
	"testing"
)

// TestSet checks the set against a binary search of the same sorted
// words, for words it holds and words one letter away.
func TestSet(t *testing.T) {
	var words []string
	for i := range 5000 {
		words = append(words, fmt.Sprintf("w%dx", i*7))
	}
	words = append(words, "", "é", "séance", "séance") // a word listed twice
	slices.Sort(words)
	s := New(words)
	for i := range 40000 {
		for _, w := range []string{fmt.Sprintf("w%dx", i), fmt.Sprintf("w%d", i), "séance", "seance", "", "é", "e"} {
			_, want := slices.BinarySearch(words, w)
			if got := s.Has(w); got != want {
				t.Fatalf("Has(%q) = %v; want %v", w, got, want)
			}
		}
	}
	if New(nil).Has("a") {
		t.Error("an empty set holds a word")
	}
}
