package analyzer

import (
	"testing"
)

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
