package rewrite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/rules"
)

// span is a byte range of a string.
type span struct{ start, end int }

// packList returns p's word list or vocabulary called name.
func packList(p *rules.Pack, name string) []string {
	if l, ok := p.Lists[name]; ok {
		return l
	}
	return p.Vocab[name]
}

// isASCIIWord reports whether b is an ASCII letter, digit or underscore.
func isASCIIWord(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// isWordRune reports whether r belongs to a word: a letter, a digit or a
// combining mark, as the analyzer's tokens count them.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordBoundaryBefore reports whether position i of s does not follow a
// word rune.
func wordBoundaryBefore(s string, i int) bool {
	if i <= 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isWordRune(r)
}

// wordBoundaryAfter reports whether position i of s does not come before a
// word rune.
func wordBoundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !isWordRune(r)
}

// containsWord reports whether w occurs in s as a whole word; an empty w
// never does.
func containsWord(s, w string) bool {
	if w == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		at := i + j
		if wordBoundaryBefore(s, at) && wordBoundaryAfter(s, at+len(w)) {
			return true
		}
		i = at + len(w)
	}
}

func wordCount(s string) int { return len(wordSpans(s)) }
