package match

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isUpper reports whether strings.ToUpper(s) == s, and isLower whether
// strings.ToLower(s) == s, without building the copy: the word-list
// checks ask it of most matches, and the copy was an allocation each time
// the answer was no. Like strings.Map, a byte that is not UTF-8 changes
// (it becomes U+FFFD), a U+FFFD written out does not.
func isUpper(s string) bool { return sameCase(s, 'a', unicode.ToUpper) }

// isLower: see isUpper.
func isLower(s string) bool { return sameCase(s, 'A', unicode.ToLower) }

// sameCase reports whether to leaves every rune of s as it is; from is
// the first ASCII letter it changes ('a' for upper case, 'A' for lower).
func sameCase(s string, from byte, to func(rune) rune) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= utf8.RuneSelf {
			return sameCaseWide(s[i:], to)
		}
		if from <= b && b <= from+'z'-'a' {
			return false
		}
	}
	return true
}

// sameCaseWide is sameCase rune by rune, from the first byte outside ASCII.
func sameCaseWide(s string, to func(rune) rune) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || to(r) != r {
			return false
		}
		i += n
	}
	return true
}

// acronymKey returns strings.ToLower(s), in buf when s is ASCII and fits:
// a key for looking up a rule's Acronyms (a map read with string(bytes)
// makes no copy).
func acronymKey(buf []byte, s string) []byte {
	if len(s) > cap(buf) {
		return []byte(strings.ToLower(s))
	}
	buf = buf[:len(s)]
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= utf8.RuneSelf {
			return []byte(strings.ToLower(s))
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		buf[i] = b
	}
	return buf
}
