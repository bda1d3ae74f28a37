package rewrite

import (
	"strings"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
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
		if phrase.BoundaryBefore(s, at) && phrase.BoundaryAfter(s, at+len(w)) {
			return true
		}
		i = at + len(w)
	}
}

// wordCount returns the number of words of s, as wordSpans splits them.
func wordCount(s string) int {
	n := 0
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		n++
	}
	return n
}
