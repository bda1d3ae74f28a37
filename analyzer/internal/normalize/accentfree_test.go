package normalize

import "testing"

func TestAccentFree(t *testing.T) {
	sp := NewSpeller([]string{"niña", "vélo", "casa", "pêche", "péché"}, nil, nil, nil, nil, nil)
	for w, want := range map[string]bool{
		"nina":  true,  // niña without its accent
		"velo":  true,  // vélo
		"casa":  false, // a word without accents is no accent-free form
		"niña":  false, // typed with its accent
		"peche": false, // two accented words share the form
		"lola":  false,
	} {
		if got := sp.AccentFree(w); got != want {
			t.Errorf("AccentFree(%q) = %v; want %v", w, got, want)
		}
	}
	if (*Speller)(nil).AccentFree("nina") {
		t.Error("a nil speller knows no word")
	}
}
