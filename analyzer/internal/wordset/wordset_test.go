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

// TestIndex checks that Index names the position of a word (the first of
// a word listed twice) and -1 for others.
func TestIndex(t *testing.T) {
	words := []string{"b", "a", "séance", "a", ""}
	s := New(words)
	for w, want := range map[string]int{"b": 0, "a": 1, "séance": 2, "": 4, "c": -1, "seance": -1} {
		if got := s.Index(w); got != want {
			t.Errorf("Index(%q) = %d; want %d", w, got, want)
		}
	}
	if got := (*Set)(nil).Index("a"); got != -1 {
		t.Errorf("nil set: Index = %d; want -1", got)
	}
}
