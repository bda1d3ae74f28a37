package normalize

import (
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// boundaryBefore reports whether position i of s is not inside a word.
func boundaryBefore(s string, i int) bool {
	if i <= 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !phrase.IsWordRune(r)
}

// boundaryAfter reports whether the word, if any, before position i of s
// ends there.
func boundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !phrase.IsWordRune(r)
}
