package analyzer

import (
	"slices"
	"testing"
)

// TestCoordinatedNames: a name or place joined by "and", "or", "&" or a
// slash to one the rules found is one too, even an ordinary word or a word
// typed without its capital; a modal or a pronoun there is not. Posts
// written for this test.
func TestCoordinatedNames(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct {
		lang, text string
		want       []string // the name and location findings' texts
	}{
		{"en", "congrats to Priya and will on the new baby, so happy for you both", []string{"Priya", "will"}},
		{"en", "my client splits her week between chilliwack and hope since the flood", []string{"chilliwack", "hope"}},
		{"en", "my client drives between Kelowna/Vernon every day for work", []string{"Kelowna", "Vernon"}},
		{"es", "mi paciente, 40 años, vive entre Celaya o León desde hace un año", []string{"Celaya", "León"}},
		{"en", "my client lives in Denver and may move next year", []string{"Denver"}},
		{"en", "my client Sarah and I will meet again next week", []string{"Sarah"}},
		// "u" joins in Spanish; in English it is "you".
		{"en", "so proud of my client Sarah u rock and she knows it", []string{"Sarah"}},
	} {
		res := a.Analyze(Input{Text: tc.text, Lang: tc.lang})
		var got []string
		for _, f := range res.Findings {
			if f.Category == "name" || f.Category == "location" {
				got = append(got, f.Text)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Analyze(%q): names and places %q; want %q", tc.text, got, tc.want)
		}
	}
}
