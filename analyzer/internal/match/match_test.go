package match

import (
	"slices"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/fuzzy"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// TestLongWordsAreNotTypoLookups keeps a run of thousands of capitalized
// letters (one "word") from costing its length squared in deletions.
func TestLongWordsAreNotTypoLookups(t *testing.T) {
	for word, want := range map[string]bool{
		"lethbrige":                            true,
		"short":                                false,
		strings.Repeat("qu", fuzzy.MaxRunes/2): true,
		strings.Repeat("qu", 1000):             false,
		strings.Repeat("é", fuzzy.MaxRunes+1):  false,
	} {
		if got := typoLength(word); got != want {
			t.Errorf("typoLength(%.20q…) = %v; want %v", word, got, want)
		}
	}
}

func TestUncased(t *testing.T) {
	for s, want := range map[string]bool{"jenna": true, "JENNA": false, "MOOSE JAW": true, "Jenna": false, "ann": false, "la guardia": false, "moose jaw": true} {
		if got := uncased(s); got != want {
			t.Errorf("uncased(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestInLonger: a phrase another one covers is marked, whether the longer
// one starts before it or at the same place.
func TestInLonger(t *testing.T) {
	// "santa ana q" at 0, 6, 10: "santa", "santa ana", "ana", "q".
	got := inLonger([]phrase.Match{{Start: 0, End: 5}, {Start: 0, End: 9}, {Start: 6, End: 9}, {Start: 10, End: 11}})
	want := []bool{true, false, true, false}
	if !slices.Equal(got, want) {
		t.Errorf("inLonger = %v; want %v", got, want)
	}
}

// TestAgeAfter: the number right after a name or job, and what must
// follow it.
func TestAgeAfter(t *testing.T) {
	for s, want := range map[string]string{
		" 79, widowed": "79", " (71) lost": "71", " 58—": "58", " 7;": "7",
		" 79 widowed": "", " (71 lost": "", ",79,": "", " 079,": "", " 101,": "", " 3 days,": "", "": "",
	} {
		got := ""
		if i, j, ok := ageAfter(s, 0); ok {
			got = s[i:j]
		}
		if got != want {
			t.Errorf("ageAfter(%q) = %q; want %q", s, got, want)
		}
	}
}
