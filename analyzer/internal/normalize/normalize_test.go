package normalize

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestTextSegments checks Text, which reads runs of ASCII without the
// normalization iterator, against one iterator over the whole text, on
// random texts that mix ASCII with what NFKC changes or composes:
// combining marks after ASCII letters, compatibility forms, Hangul jamo,
// emoji, look-alikes, invisible characters and long runs of marks.
func TestTextSegments(t *testing.T) {
	pieces := []string{"a", "e", "O", " ", "  ", ".", "-", "`", "\n", "\t", "\x01", "\x7f", "J.e.n.n.a", "x",
		"\u0301", "\u0327", "\u0308\u0301", strings.Repeat("\u0301", 40), "é", "ﬁ", "Ｊ", "²", "①", "\u1100\u1161\u11a8",
		"\u1100", "\u1161", "😔", "🤷", "🅹", "🅴", "\ufe0f", "\u200b", "\u00ad", "е", "’", "“", "\u00a0", "ǅ", "\u0958", "\u0b47\u0b3e"}
	rng := rand.New(rand.NewPCG(3, 5))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		got, gs, ge := Text(text)
		want, ws, we := textWhole(text)
		if got != want || !slices.Equal(gs, ws) || !slices.Equal(ge, we) {
			t.Fatalf("Text(%q) = %q %v %v;\nwant %q %v %v", text, got, gs, ge, want, ws, we)
		}
	}
}

// textWhole is Text reading the whole text with one iterator.
func textWhole(text string) (string, []int32, []int32) {
	if isPlainASCII(text) {
		return collapseSpelled(text, nil, nil)
	}
	t := textBuilder{}
	var it norm.Iter
	it.InitString(norm.NFKC, text)
	for !it.Done() {
		p0 := it.Pos()
		seg := it.Next()
		t.segment(seg, p0, it.Pos())
	}
	if len(t.start) == 0 {
		return collapseSpelled(string(t.b), nil, nil)
	}
	return collapseSpelled(string(t.b), t.start, t.end)
}

// TestTextASCII checks that an ASCII character is kept, dropped or
// mapped alone as segment would have it.
func TestTextASCII(t *testing.T) {
	for c := range byte(utf8.RuneSelf) {
		for _, skip := range []bool{false, true} {
			fast, slow := textBuilder{skipSpace: skip, afterEmoji: true}, textBuilder{skipSpace: skip, afterEmoji: true}
			fast.ascii(c, 0)
			slow.segment([]byte{c}, 0, 1)
			if string(fast.b) != string(slow.b) || fast.skipSpace != slow.skipSpace || fast.afterEmoji != slow.afterEmoji {
				t.Errorf("%q (skipSpace %v): ascii gives %q, segment %q", c, skip, fast.b, slow.b)
			}
		}
	}
}
