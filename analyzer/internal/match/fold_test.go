package match

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSameCaseAsStrings holds isUpper, isLower and acronymKey to the
// strings package's answers over hand-picked and random strings: ASCII,
// accents, letters whose case maps out of their script (ſ, K, İ, ß),
// titlecase digraphs, U+FFFD written out and bytes that are not UTF-8.
func TestSameCaseAsStrings(t *testing.T) {
	cases := []string{"", "a", "A", "RCMP", "Rcmp", "rcmp", "NB-PEI", "ÉCOLE", "école", "École", "ſ", "K", "İ", "ß", "ẞ",
		"ǅ", "ǆ", "Ǆ", "\uFFFD", "AB\uFFFD", "AB\xff", "ab\xff", "\xc3", "123", "A1 B2", "ΣΑΣ", "σας", "ς", "Ⅻ", "ⅻ", "ǰ",
		"SAINT-JÉRÔME", "DÜSSELDORF", "ﬁ", "Ω", "ω", "İSTANBUL", "a long name in lower case past thirty-two bytes", "A LONG NAME IN CAPITALS PAST THIRTY-TWO BYTES"}
	pool := []rune{'a', 'Z', 'm', ' ', '-', '\'', 'é', 'É', 'ſ', 'K', 'İ', 'ı', 'ß', 'ẞ', 'ǅ', 'Σ', 'ς', '\uFFFD', 'Ⅻ', '1', 'ﬁ'}
	rng := rand.New(rand.NewPCG(17, 1))
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(12) {
			if rng.IntN(20) == 0 {
				b.WriteByte(byte(0x80 + rng.IntN(0x80))) // not UTF-8
				continue
			}
			b.WriteRune(pool[rng.IntN(len(pool))])
		}
		cases = append(cases, b.String())
	}
	var buf [32]byte
	for _, s := range cases {
		if got, want := isUpper(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpper(%q) = %v; want %v", s, got, want)
		}
		if got, want := isLower(s), strings.ToLower(s) == s; got != want {
			t.Errorf("isLower(%q) = %v; want %v", s, got, want)
		}
		if got, want := string(acronymKey(buf[:0], s)), strings.ToLower(s); got != want {
			t.Errorf("acronymKey(%q) = %q; want %q", s, got, want)
		}
	}
}
