package normalize

import (
	"slices"
	"strings"
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

// TestShorthandPairsFilter: the first-two-bytes test (mayHold) changes
// nothing Expand writes. A table whose every pair is set (no filter)
// expands the same texts to the same bytes and offsets: forms alone, in
// capitals, after numbers, before a slash's word, and words that share
// only a first byte with a form.
func TestShorthandPairsFilter(t *testing.T) {
	entries := []string{"w/=with", "w/o=without", "b/c=because", "bc=because", "u=you", "hx=history",
		"#yo=year-old", "#y/o=year-old", "#m=male", "ñu=ñandú", "pt=patient"}
	filtered := NewShorthand(entries, map[string]bool{"pt": true})
	open := NewShorthand(entries, map[string]bool{"pt": true})
	for k := range open.pairs {
		open.pairs[k] = ^uint64(0)
	}
	texts := []string{
		"my pt, 34yo, w/ a hx of sh; u know bc", "w/his mom b/c 8 yo and 67 y/o M",
		"Hx here, PT there, Pt and pt", "bcx wo w/o u2 uu 12m 1234yo", "ñu Ñu ñandú hé '''", "",
		"w/", "u", "8yo", "a-u v2.u @u #bc x/w/ w/o/", "hxhxhxhxhxhxhxhx w/ww",
	}
	for _, text := range texts {
		lower := lowerASCII(text)
		got, gs, ge, gok := filtered.Expand(text, lower, nil, nil)
		want, ws, we, wok := open.Expand(text, lower, nil, nil)
		if got != want || gok != wok || !slices.Equal(gs, ws) || !slices.Equal(ge, we) {
			t.Errorf("Expand(%q) = %q, %v; without the filter %q, %v", text, got, gok, want, wok)
		}
	}
	if !filtered.mayHold("w/his") || !filtered.mayHold("8yo") || !filtered.mayHold("u") || filtered.mayHold("ux") || filtered.mayHold("") {
		t.Error("mayHold: w/his, 8yo and u may hold a form, ux and the empty run do not")
	}
}

// lowerASCII lower-cases the ASCII letters of s, byte for byte.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestShorthandPossessive: a one-word form with "'s" is spelled out and
// keeps its "'s" ("my cl's mom"); a form whose long form holds an
// apostrophe or a space is left alone.
func TestShorthandPossessive(t *testing.T) {
	sh := NewShorthand([]string{"cl=client", "pt=patient", "hes=he's", "ty=thank you"}, nil)
	for text, want := range map[string]string{
		"my cl's mom":   "my client's mom",
		"Pt's dad left": "Patient's dad left",
		"hes's":         "hes's",
		"ty's":          "ty's",
		"clo's cafe":    "clo's cafe",
	} {
		got, _, _, _ := sh.Expand(text, strings.ToLower(text), nil, nil)
		if got != want {
			t.Errorf("Expand(%q) = %q; want %q", text, got, want)
		}
	}
}

// TestShorthandSigns: a form that is one sign ("@") is spelled out alone
// between spaces, and left in a handle, an address or a code; its long
// form keeps the sign's range.
func TestShorthandSigns(t *testing.T) {
	sh := NewShorthand([]string{"@=at", "w/=with"}, nil)
	for text, want := range map[string]string{
		"works @ the mill":        "works at the mill",
		"nurse @ st anne w/ kids": "nurse at st anne with kids",
		"@ the start":             "at the start",
		"ask @dana or a@b.ca":     "ask @dana or a@b.ca",
		"ends with @":             "ends with @",
		"two @@ signs":            "two @@ signs",
	} {
		got, start, end, _ := sh.Expand(text, strings.ToLower(text), nil, nil)
		if got != want {
			t.Errorf("Expand(%q) = %q; want %q", text, got, want)
		}
		if i := strings.Index(want, " at "); i >= 0 && want != text {
			at := strings.IndexByte(text, '@')
			if start[i+1] != int32(at) || end[i+2] != int32(at+1) {
				t.Errorf("Expand(%q): %q maps to [%d,%d); want [%d,%d)", text, "at", start[i+1], end[i+2], at, at+1)
			}
		}
	}
}

// TestShorthandLowerOnly: an entry marked "!" is spelled out typed in
// lower case only; capitalized it is an initial or part of a name.
func TestShorthandLowerOnly(t *testing.T) {
	sh := NewShorthand([]string{"!n=and", "u=you"}, nil)
	for text, want := range map[string]string{
		"his wife n kids": "his wife and kids",
		"Bras N Things":   "Bras N Things",
		"N is the sample": "N is the sample",
		"u n me":          "you and me",
		"U did great":     "You did great",
	} {
		if got, _, _, _ := sh.Expand(text, strings.ToLower(text), nil, nil); got != want {
			t.Errorf("Expand(%q) = %q; want %q", text, got, want)
		}
	}
	if !sh.Has("n") {
		t.Error(`Has("n") = false; want true`)
	}
}
