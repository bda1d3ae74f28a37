package analyzer

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// TestEvasionForms: a name written to slip past a filter is still found,
// and the finding covers the whole form as written in the original text
// (start and end in UTF-16 units, docs/api.md §3). Posts written for this test.
func TestEvasionForms(t *testing.T) {
	a := defaultAnalyzer(t)
	frames := map[string]string{
		"en": "My client %s, 34, is a nurse.",
		"fr": "Ma cliente %s, 34 ans, infirmière.",
		"es": "Mi paciente %s, de 34 años, es enfermera.",
	}
	forms := []struct{ kind, form string }{
		{"dotted", "J.e.n.n.a"},
		{"spaced", "J e n n a"},
		{"hyphenated", "J-e-n-n-a"},
		{"underscored", "J_e_n_n_a"},
		{"starred", "J*e*n*n*a"},
		{"cyrillic e", "J\u0435nna"},
		{"cyrillic a", "Jenn\u0430"},
		{"greek alpha", "Jenn\u03b1"},
		{"fullwidth", "Ｊｅｎｎａ"},
		{"math bold", "𝐉𝐞𝐧𝐧𝐚"},
		{"zero-width joiners", "Je\u200dnn\u200ba"},
		{"emoji letters", "🅹🅴🅽🅽🅰"},
		{"emoji letters, emoji style", "🅹\ufe0f🅴\ufe0f🅽\ufe0f🅽\ufe0f🅰"},
		{"negative circled", "🅙🅔🅝🅝🅐"},
		{"dotted, one cyrillic", "J.\u0435.n.n.a"},
	}
	for lang, frame := range frames {
		for _, f := range forms {
			text := strings.Replace(frame, "%s", f.form, 1)
			i := strings.Index(text, f.form)
			want := [2]int{utf16StrLen(text[:i]), utf16StrLen(text[:i+len(f.form)])}
			res := a.Analyze(Input{Text: text, Lang: lang})
			found := false
			for _, fd := range res.Findings {
				if fd.Category == "name" && fd.Start == want[0] && fd.End == want[1] {
					found = true
				}
			}
			if !found {
				t.Errorf("%s/%s: %q: no name finding at %v; got %+v", lang, f.kind, text, want, res.Findings)
			}
		}
	}
}

func utf16StrLen(s string) int { return len(utf16.Encode([]rune(s))) }
