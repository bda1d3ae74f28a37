package normalize

import "testing"

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
