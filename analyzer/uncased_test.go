package analyzer

import "testing"

// TestUncasedNames: names and places typed without capitals are found
// where the words around them say a name or place stands, and ordinary
// words typed the same way are not. Posts written for this test.
func TestUncasedNames(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct {
		lang, text, want string // want "" means no name or location finding
	}{
		{"en", "ok so my client sarah told me she's moving", "sarah"},
		{"en", "THANKS SARAH, you made my week", ""},
		{"en", "MY CLIENT MOVED TO MOOSE JAW LAST YEAR", "MOOSE JAW"},
		{"en", "she grew up in saskatoon and hates it", "saskatoon"},
		{"en", "i hope will is ok with the plan", ""},
		{"en", "we went to the mall with grace and ease", ""},
		{"fr", "merci beaucoup, sarah! c'était un plaisir", "sarah"},
		{"es", "mi paciente vive en la guardia del hospital", ""},
		{"en", "she texted me from the finish line", ""},
		{"es", "hola sarah, gracias por todo", "sarah"},
		// A place of ordinary words counts after a place's context.
		{"en", "my client, 34, moved to thunder bay last year", "thunder bay"},
		{"en", "my client grew up in swift current and misses it", "swift current"},
		{"en", "my client stayed at the finish line all day", ""},
		{"en", "my client, 34, lives in red deer and works nights", "red deer"},
	} {
		res := a.Analyze(Input{Text: tc.text, Lang: tc.lang})
		got := ""
		for _, f := range res.Findings {
			if f.Category == "name" || f.Category == "location" {
				got = f.Text
			}
		}
		if got != tc.want {
			t.Errorf("%s %q: name/location finding %q; want %q (all: %+v)", tc.lang, tc.text, got, tc.want, res.Findings)
		}
	}
}

// TestUncasedOrdinaryWordBothSides: an employer or place that is also an
// ordinary word, typed in lower case, counts where the words on both sides
// say so, and not where one side alone does. Posts written for this test.
func TestUncasedOrdinaryWordBothSides(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct {
		text, category, want string // want "" means no finding of category
	}{
		{"my client works nights at the amazon warehouse", "organization", "amazon"},
		{"my client works at amazon and hates it", "organization", ""},
		{"she moved to bend, OR last year", "location", "bend"},
		{"she moved to bend the rules", "location", ""},
	} {
		res := a.Analyze(Input{Text: tc.text, Lang: "en"})
		got := ""
		for _, f := range res.Findings {
			if f.Category == tc.category {
				got = f.Text
			}
		}
		if got != tc.want {
			t.Errorf("%q: %s finding %q; want %q (all: %+v)", tc.text, tc.category, got, tc.want, res.Findings)
		}
	}
}
