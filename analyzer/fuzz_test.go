package analyzer

import (
	"testing"
	"unicode/utf8"
)

// FuzzAnalyze checks, for any valid UTF-8 text, that spans are in bounds,
// on UTF-16 character boundaries, equal to their slice, and that analysis
// is deterministic. Invalid UTF-8 must give an error, never a panic.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"My client Maria, 42, is a nurse in Red Deer.",
		"🎉 Thanks so much, Hope! It was a joy working with you 💙",
		"a 4\u200b2-year-old \u202ewoman\u202c in Edmonton",
		"Client (F, 27) told me in session Thursday.",
		"e\u0301cole ﬁne ＡＢＣ 123-45-6789",
	} {
		f.Add(s)
	}
	a := defaultAnalyzer(f)
	f.Fuzz(func(t *testing.T, text string) {
		res := a.Analyze(Input{Text: text, Lang: "en"})
		if !utf8.ValidString(text) {
			if res.Error == "" {
				t.Fatalf("invalid UTF-8 %q gave no error", text)
			}
			return
		}
		if res.Error != "" {
			if len(text) > MaxTextBytes {
				return
			}
			t.Fatalf("Analyze(%q).Error = %q", text, res.Error)
		}
		checkSpans(t, text, res)
		again := a.Analyze(Input{Text: text, Lang: "en"})
		if string(again.AppendJSON(nil)) != string(res.AppendJSON(nil)) {
			t.Fatalf("Analyze(%q) is not deterministic", text)
		}
	})
}
