package rewrite

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMayQualifyBefore checks qualify's cheap look against what it stands
// for: wherever mayQualifyBefore says no, the word before the place (the
// last of the 64 bytes before it) is none, ends before white space does,
// or qualifies nothing. Every rune start of every training line, and of
// texts whose qualifier ends on white space outside \s or ASCII.
func TestMayQualifyBefore(t *testing.T) {
	texts := trainLines(t)
	for _, lang := range []string{"en", "fr", "es"} {
		g := grammarFor(t, lang)
		lines := texts[lang]
		for _, suf := range g.qualSuffixes {
			w := "xyz" + suf
			lines = append(lines, w+" ocd", w+"\v ocd", w+"\u00a0ocd", w+"\u0085 ocd", w+"\t\n ocd", w+". ocd", "x"+w)
		}
		for _, s := range lines {
			ls := strings.ToLower(s)
			for q := 0; q <= len(ls); q++ {
				if q < len(ls) && !utf8.RuneStart(ls[q]) || g.mayQualifyBefore(ls, q) {
					continue
				}
				lo := max(0, q-64)
				words := appendWords(nil, ls[lo:q])
				if len(words) == 0 {
					continue
				}
				w := words[len(words)-1]
				if strings.TrimSpace(ls[lo+w.end:q]) == "" && g.qualifies(ls[lo+w.start:lo+w.end]) {
					t.Errorf("%s: mayQualifyBefore(%q, %d) = false, yet %q qualifies", lang, ls, q, ls[lo+w.start:lo+w.end])
				}
			}
		}
	}
}
