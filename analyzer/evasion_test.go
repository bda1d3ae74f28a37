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

// TestEvasionKeepsOrdinaryText: initials, acronyms, abbreviations and
// French "il y a à" are not taken for spelled-out words.
func TestEvasionKeepsOrdinaryText(t *testing.T) {
	for _, s := range []string{
		"U.S.A. and J.R.R. Tolkien, e.g. at 9 a.m.",
		"Il y a à peu près deux ans.",
		"Plan A or B or C.",
		"J. R. Smith called.",
		"x-ray, T-shirt, re-do, co-op",
	} {
		if v := newView(s); v.s != s {
			t.Errorf("newView(%q).s = %q; want it unchanged", s, v.s)
		}
	}
}

// TestCollapseSpelledOffsets: each byte of the collapsed view maps to the
// letter it came from.
func TestCollapseSpelledOffsets(t *testing.T) {
	v := newView("Hi J.e.n.n.a!")
	if v.s != "Hi Jenna!" {
		t.Fatalf("view %q; want %q", v.s, "Hi Jenna!")
	}
	if s, e := v.origin(3, 8); s != 3 || e != 12 {
		t.Errorf("origin(3, 8) = %d, %d; want 3, 12", s, e)
	}
	if s, e := v.origin(8, 9); s != 12 || e != 13 {
		t.Errorf("origin(8, 9) = %d, %d; want 12, 13", s, e)
	}
}

func utf16StrLen(s string) int { return len(utf16.Encode([]rune(s))) }
