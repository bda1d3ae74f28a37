package wordset

import (
	"fmt"
	"slices"
	"strings"
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

// TestSetLengths: words of every length from 0 to 40 bytes, each
// found, and each told from the same word with one byte changed
// (whichever of the hash's loads reads that byte).
func TestSetLengths(t *testing.T) {
	var words []string
	for n := range 41 {
		words = append(words, strings.Repeat("ab", 21)[:n])
	}
	s := New(words)
	for i, w := range words {
		if got := s.Index(w); got != i {
			t.Fatalf("Index(%q) = %d; want %d", w, got, i)
		}
		for k := range len(w) {
			b := []byte(w)
			b[k] = 'z'
			if s.HasBytes(b) {
				t.Fatalf("HasBytes(%q): the set holds it", b)
			}
		}
	}
}

// TestHashSpreads: 20,000 words of a post's shape land in a table of
// twice their number with about one probe each, as a hash that mixes
// every byte gives (a hash that ignored bytes would pile them up).
func TestHashSpreads(t *testing.T) {
	var words []string
	for i := range 20000 {
		words = append(words, fmt.Sprintf("%c%c%dword%d", 'a'+i%26, 'a'+i/26%26, i%7, i))
	}
	s := New(words)
	probes := 0
	for _, w := range words {
		h := hash(w)
		for j := uint32(h) & s.mask; ; j = (j + 1) & s.mask {
			probes++
			if k := int(s.slots[j]&(1<<indexBits-1)) - 1; k >= 0 && s.words[k] == w {
				break
			}
		}
	}
	if mean := float64(probes) / float64(len(words)); mean > 1.6 {
		t.Errorf("%.2f probes a word; want at most 1.6", mean)
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
