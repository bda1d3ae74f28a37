package normalize

import (
	"testing"
	"unicode/utf8"
)

// TestShortAt: the ASCII table answers as shortRune does, and other runes
// (an invalid byte among them) are decoded as before.
func TestShortAt(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		s := string(r) + "x"
		got, size := shortAt(s, 0)
		if want := shortRune(r); got != want || size != utf8.RuneLen(r) {
			t.Errorf("shortAt(%q) = %v, %d; want %v, %d", s, got, size, want, utf8.RuneLen(r))
		}
	}
	if got, size := shortAt("\xffa", 0); got || size != 1 {
		t.Errorf("shortAt of an invalid byte = %v, %d; want false, 1", got, size)
	}
}

// TestShorthandHas: the table's short forms, and no other word.
func TestShorthandHas(t *testing.T) {
	sh := NewShorthand([]string{"ty=thank you", "#yo=year-old"}, nil)
	if !sh.Has("ty") || sh.Has("yo") || sh.Has("ben") {
		t.Errorf("Has: ty %v, yo %v, ben %v; want true, false, false", sh.Has("ty"), sh.Has("yo"), sh.Has("ben"))
	}
	var none *Shorthand
	if none.Has("ty") {
		t.Error("a nil table has a form")
	}
}

// TestCaseAllowsExpand: lower case, or a capital first letter only, in
// ASCII and beyond.
func TestCaseAllowsExpand(t *testing.T) {
	for w, want := range map[string]bool{"": true, "w/": true, "Bc": true, "bC": false, "BC": false, "Éte": true,
		"éTe": false, "éÉ": false, "ÉÉ": false, "Ñandu": true, "añO": false, "año": true, "x\xff": true, "Ab\xffZ": false} {
		if got := caseAllowsExpand(w); got != want {
			t.Errorf("caseAllowsExpand(%q) = %v; want %v", w, got, want)
		}
	}
}
