package phrase

import (
	"unicode"
	"unicode/utf8"
)

// Token is a word of a text: letters, digits and marks, with inner
// apostrophes ("don't", "St. John's" gives "St" and "John's"). Start and
// End are byte offsets, End exclusive. List entries are keyed by the same
// words, so entries and text meet in the index.
type Token struct {
	Start, End int
}

// IsWordRune reports whether r belongs in a word: a letter, a digit or a
// combining mark.
func IsWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf { // what the tables say of ASCII, without them
		return asciiWord[r]
	}
	return isWordRuneTables(r)
}

// asciiWord is IsWordRune of each ASCII character: the letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	return t
}()

// isWordRuneTables is IsWordRune beyond ASCII, apart so that IsWordRune
// is small enough to be inlined.
func isWordRuneTables(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// BoundaryBefore reports whether no word runs on from before position i of
// s into it: i is 0, or the rune before i is not a word rune.
func BoundaryBefore(s string, i int) bool {
	if i <= 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !IsWordRune(r)
}

// BoundaryAfter reports whether no word runs on from position i of s: i is
// the end of s, or the rune at i is not a word rune.
func BoundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !IsWordRune(r)
}

// Tokenize returns the words of s in order.
func Tokenize(s string) []Token {
	// Prose has about one token in five or six bytes: sized once so that
	// it is not grown (on a long text, each growth copies megabytes).
	return AppendTokens(make([]Token, 0, len(s)/4+1), s)
}

// AppendTokens appends the words of s to out, in order, and returns it.
func AppendTokens(out []Token, s string) []Token {
	i := 0
	for i < len(s) {
		r, size := rune(s[i]), 1 // ASCII read inline
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !IsWordRune(r) {
			i += size
			continue
		}
		start := i
		i += size
		for i < len(s) {
			if r, size = rune(s[i]), 1; r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if IsWordRune(r) {
				i += size
				continue
			}
			if r == '\'' && i+size < len(s) {
				// Keep inner apostrophes ("don't", "O'Neil") but not the
				// possessive 's, so "Rosa's" is the name Rosa, nor a French
				// elision, so "d'Alma" is the place Alma.
				if r2, n2 := utf8.DecodeRuneInString(s[i+size:]); IsWordRune(r2) &&
					!((r2 == 's' || r2 == 'S') && endsWord(s, i+size+n2)) {
					if elision(s[start:i]) {
						break
					}
					i += size
					continue
				}
			}
			break
		}
		out = append(out, Token{start, i})
	}
	return out
}

// elision reports whether w is an elided French article or pronoun
// (d', l', j', m', n', s', t', c', qu').
func elision(w string) bool {
	switch w {
	case "d", "l", "j", "m", "n", "s", "t", "c", "qu", "D", "L", "J", "M", "N", "S", "T", "C", "Qu":
		return true
	}
	return false
}

// endsWord reports whether position i of s is not inside a word.
func endsWord(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !IsWordRune(r)
}

// Lower lower-cases s rune by rune, keeping every rune whose lower case
// has another UTF-8 length as it is, so offsets stay valid.
func Lower(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b == nil {
					b = []byte(s)
				}
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			if b == nil {
				b = []byte(s)
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	if b == nil {
		return s
	}
	return string(b)
}
