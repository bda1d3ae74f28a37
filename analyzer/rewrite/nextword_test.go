package rewrite

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// refWords splits s into words by the definition nextWord follows, rune
// by rune: a letter or digit starts a word, which goes on through
// letters, digits, -, ' and ·; an invalid byte is a rune of its own.
func refWords(s string) []span {
	var out []span
	start := -1
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case start < 0 && word:
			start = i
		case start >= 0 && !word && r != '-' && r != '\'' && r != '·':
			out = append(out, span{start, i})
			start = -1
		}
		i += n
	}
	if start >= 0 {
		out = append(out, span{start, len(s)})
	}
	return out
}

// TestNextWordDefinition checks the words nextWord finds against refWords
// on every text of up to four pieces drawn from ASCII letters, digits,
// joiners, punctuation, letters and marks outside ASCII and an invalid
// byte, each piece at the start, inside and at the end of a word.
func TestNextWordDefinition(t *testing.T) {
	pieces := []string{"a", "Z", "7", "_", "-", "'", "·", " ", ".", "é", "Ω", "’", "—", "\xff", "🐝"}
	var texts []string
	var grow func(prefix string, n int)
	grow = func(prefix string, n int) {
		texts = append(texts, prefix)
		if n == 0 {
			return
		}
		for _, p := range pieces {
			grow(prefix+p, n-1)
		}
	}
	grow("", 4)
	for _, s := range texts {
		got, want := appendWords(nil, s), refWords(s)
		if len(got) != len(want) {
			t.Fatalf("words of %q: %v; want %v", s, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("words of %q: %v; want %v", s, got, want)
			}
		}
	}
}
