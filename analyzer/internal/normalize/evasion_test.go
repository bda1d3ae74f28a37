package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

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
		if got, _, _ := Text(s); got != s {
			t.Errorf("Text(%q) = %q; want it unchanged", s, got)
		}
	}
}

// TestCollapseSpelledOffsets: each byte of the collapsed view maps to the
// letter it came from.
func TestCollapseSpelledOffsets(t *testing.T) {
	s, start, end := Text("Hi J.e.n.n.a!")
	if s != "Hi Jenna!" {
		t.Fatalf("Text = %q; want %q", s, "Hi Jenna!")
	}
	if start[3] != 3 || end[7] != 12 {
		t.Errorf("Jenna comes from [%d, %d); want [3, 12)", start[3], end[7])
	}
	if start[8] != 12 || end[8] != 13 {
		t.Errorf("! comes from [%d, %d); want [12, 13)", start[8], end[8])
	}
}

// TestCollapseSpelledStarts: the scan that skips positions where no run
// can start collapses the same runs as asking spelledRun at every rune.
func TestCollapseSpelledStarts(t *testing.T) {
	byRune := func(s string) string {
		var b strings.Builder
		for i := 0; i < len(s); {
			if end, n := spelledRun(s, i); n > 0 {
				for j := i; j < end; {
					_, size := utf8.DecodeRuneInString(s[j:])
					b.WriteString(s[j : j+size])
					j += size + 1
				}
				i = end
				continue
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+size])
			i += size
		}
		return b.String()
	}
	for _, s := range []string{"J.e.n.n.a", "aJ.e.n.n.a", "1J.e.n.n.a", "é J-e-n-n-a", "\xffJ.e.n.n.a", "éJ.e.n.n.a",
		"J E N N A x", "a.b.c.d e.f.g.h", "x-y-z-w9a.b.c.d", "m.a.r.i.aJ.o.s.e", "see R.o.s.a, then é.l.o.d.i.e", "U.S.A. and J.R.R."} {
		if got, _, _ := collapseSpelled(s, nil, nil); got != byRune(s) {
			t.Errorf("collapseSpelled(%q) = %q; rune by rune %q", s, got, byRune(s))
		}
	}
}
