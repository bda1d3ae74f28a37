package rewrite

import (
	"strings"
	"testing"
)

// TestIndexAny checks indexAny against strings.IndexAny on text with and
// without the characters sought, inside and outside ASCII.
func TestIndexAny(t *testing.T) {
	texts := []string{"", "plain words", "l’été", "c'est", "«quoted»", "née en 1990", "¿qué?", "señora—x", "ça va", "a\u00a0b-c"}
	sets := []string{"'’", "-'’", "?¿", "0123456789\"“”«»", "é", "x"}
	for _, s := range texts {
		for _, chars := range sets {
			if got, want := indexAny(s, chars), strings.IndexAny(s, chars); got != want {
				t.Errorf("indexAny(%q, %q) = %d; want %d", s, chars, got, want)
			}
		}
	}
}

// TestWordSpans checks the words wordSpans and nextWord find against the
// definition: a run of letters and digits, with -, ' and · inside it.
func TestWordSpans(t *testing.T) {
	cases := map[string][]string{
		"":                          nil,
		"  --  ":                    nil,
		"self-harm, a'b -x y-":      {"self-harm", "a'b", "x", "y-"},
		"l’été un·e travailleur·se": {"l", "été", "un·e", "travailleur·se"},
		"·début 42ans\xffbad":       {"début", "42ans", "bad"},
		"¿Qué? ñandú—Ω":             {"Qué", "ñandú", "Ω"},
	}
	for s, want := range cases {
		var got []string
		for _, w := range wordSpans(s) {
			got = append(got, s[w.start:w.end])
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("wordSpans(%q) = %q; want %q", s, got, want)
		}
		if n := wordCount(s); n != len(want) {
			t.Errorf("wordCount(%q) = %d; want %d", s, n, len(want))
		}
	}
}

// TestLowerGet checks lowerGet against a look-up of strings.ToLower, for
// ASCII words, words outside ASCII and words longer than its buffer.
func TestLowerGet(t *testing.T) {
	long := strings.Repeat("ab", 40)
	m := map[string]int{"she": 1, "élève": 2, long: 3, "i̇stanbul": 4}
	for _, w := range []string{"she", "She", "SHE", "shes", "", "Élève", "ÉLÈVE", strings.ToUpper(long), "İstanbul", "x"} {
		if got, want := lowerGet(m, w), m[strings.ToLower(w)]; got != want {
			t.Errorf("lowerGet(%q) = %d; want %d", w, got, want)
		}
	}
}
