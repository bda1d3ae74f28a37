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
			if got := s.HasBytes([]byte(w)); got != want {
				t.Fatalf("HasBytes(%q) = %v; want %v", w, got, want)
			}
		}
	}
	if New(nil).Has("a") || New(nil).HasBytes([]byte("a")) {
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

// TestMap checks Map against the Go map it was built from, for keys it
// holds and keys it does not, and a nil Map.
func TestMap(t *testing.T) {
	m := map[string]int{"": 7}
	for i := range 3000 {
		m[fmt.Sprintf("k%d", i*3)] = i
	}
	wm := NewMap(m)
	if wm.Len() != len(m) {
		t.Fatalf("Len = %d; want %d", wm.Len(), len(m))
	}
	for i := range 9000 {
		k := fmt.Sprintf("k%d", i)
		want, wantOK := m[k]
		if got, ok := wm.Get(k); got != want || ok != wantOK {
			t.Fatalf("Get(%q) = %d, %v; want %d, %v", k, got, ok, want, wantOK)
		}
	}
	if got, ok := wm.Get(""); got != 7 || !ok {
		t.Errorf(`Get("") = %d, %v; want 7, true`, got, ok)
	}
	var none *Map[string]
	if v, ok := none.Get("a"); v != "" || ok || none.Len() != 0 {
		t.Error("a nil Map holds something")
	}
	if v, ok := NewMap[bool](nil).Get("a"); v || ok {
		t.Error("an empty Map holds something")
	}
}
