package analyzer

import (
	"strings"
	"testing"
)

func TestDamerau1(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"saskatoon", "saskatoon", true},
		{"saskatoom", "saskatoon", true},  // substitution
		{"saskaton", "saskatoon", true},   // deletion
		{"saskatoonn", "saskatoon", true}, // insertion
		{"sakstoon", "saskatoon", false},  // two edits
		{"walmrat", "walmart", true},      // swap
		{"montréal", "montreal", true},
		{"brianna", "brianan", true},
		{"toronto", "torontoxy", false},
	} {
		if got := damerau1(tc.a, tc.b); got != tc.want {
			t.Errorf("damerau1(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestTypoIndexNear(t *testing.T) {
	x := newTypoIndex([]string{"Saskatoon", "Brianna", "Walmart", "Lethbridge", "Red Deer", "Ann"})
	for _, tc := range []struct {
		word, entry string
		exact       bool
	}{
		{"saskatoom", "saskatoon", false},
		{"saskatoon", "saskatoon", true},
		{"brianan", "brianna", false},
		{"lethbrige", "lethbridge", false},
		{"kethbridge", "", false}, // another first letter
		{"reddeer", "", false},    // phrases are not indexed
		{"annie", "", false},      // too short an entry
	} {
		entry, exact := x.near(tc.word)
		if entry != tc.entry || exact != tc.exact {
			t.Errorf("near(%q) = %q, %v; want %q, %v", tc.word, entry, exact, tc.entry, tc.exact)
		}
	}
}

func TestOSA2(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"albuquerque", "albuquerque", true},
		{"albequerqe", "albuquerque", true},    // substitution + deletion
		{"albuqeurque", "albuquerque", true},   // swap
		{"albuquerqueee", "albuquerque", true}, // two insertions
		{"albequerke", "albuquerque", false},   // three edits
		{"drumondvile", "drummondville", true}, // two deletions
		{"abc", "abcdef", false},
	} {
		if got := osa2(tc.a, tc.b); got != tc.want {
			t.Errorf("osa2(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestTypoIndexNear2: two edits count only between words of ten letters
// or more that start alike.
func TestTypoIndexNear2(t *testing.T) {
	x := newTypoIndex([]string{"Albuquerque", "Lethbridge", "Saskatoon", "Drummondville"})
	for word, want := range map[string]string{
		"albequerqe":  "albuquerque",
		"lethbrdgee":  "lethbridge",
		"drumondvile": "drummondville",
		"saskatuun":   "", // two edits, but under ten letters
		"elbequerqe":  "", // another first letter
		"albequerkee": "", // three edits
	} {
		if got := x.near2(word); got != want {
			t.Errorf("near2(%q) = %q; want %q", word, got, want)
		}
	}
}

// TestTypoMatches: a misspelled place, name or employer is found where the
// words around it say one stands; a misspelling with no such context, or
// a word that is an entry of another list, is not. Posts written for this
// test.
func TestTypoMatches(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct{ lang, text, want string }{
		{"en", "My client just moved to Saskatoom with her kids.", "Saskatoom"},
		{"en", "Thanks Brianan, you were a joy to work with.", "Brianan"},
		{"en", "My client is a cashier at Walmrat and hates it.", "Walmrat"},
		{"en", "Saskatoom is a word I made up.", ""},
		{"fr", "Ma cliente vient de déménager à Rimouskki.", "Rimouskki"},
		{"es", "Mi paciente vive en Guadalajarra con su mamá.", "Guadalajarra"},
		{"en", "My client just moved to Albequerqe with her kids.", "Albequerqe"},
		{"fr", "Ma cliente vient de déménager à Drumondvile.", "Drumondvile"},
		{"es", "Mi paciente vive en Aguascalintez con su mamá.", "Aguascalintez"},
	} {
		res := a.Analyze(Input{Text: tc.text, Lang: tc.lang})
		got := ""
		for _, f := range res.Findings {
			if f.Text == tc.want {
				got = f.Text
			}
		}
		if tc.want == "" {
			for _, f := range res.Findings {
				if f.Text == "Saskatoom" {
					got = f.Text
				}
			}
		}
		if got != tc.want {
			t.Errorf("%s %q: finding %q; want %q (all: %+v)", tc.lang, tc.text, got, tc.want, res.Findings)
		}
	}
}

// TestLongWordsAreNotTypoLookups keeps a run of thousands of capitalized
// letters (one "word") from costing its length squared in deletions.
func TestLongWordsAreNotTypoLookups(t *testing.T) {
	for word, want := range map[string]bool{
		"lethbrige":                          true,
		"short":                              false,
		strings.Repeat("qu", typoMaxRunes/2): true,
		strings.Repeat("qu", 1000):           false,
		strings.Repeat("é", typoMaxRunes+1):  false,
	} {
		if got := typoLength(word); got != want {
			t.Errorf("typoLength(%.20q…) = %v; want %v", word, got, want)
		}
	}
}
