package pattern

// Text that is not UTF-8. Package regexp reads each byte that does not
// begin a valid rune as U+FFFD, so a class that holds U+FFFD, such as
// [^\p{L}] or `.`, matches a stray byte there. The prefilters (first
// bytes, pairs, edges) are made from the runes' encodings and would pass
// over such a byte: a pattern that can read U+FFFD searches an invalid
// input with regexp's own search, which is linear. The analyzer's texts
// are valid (the bridge and normalize make them so), so the fast paths
// are what runs; this keeps the engine's answers regexp's on any input.

import (
	"regexp/syntax"
	"unicode/utf8"
)

// readsRune reports whether some part of re can match the rune r.
func readsRune(re *syntax.Regexp, r rune) bool {
	switch re.Op {
	case syntax.OpAnyChar:
		return true
	case syntax.OpAnyCharNotNL:
		return r != '\n'
	case syntax.OpLiteral:
		for _, c := range re.Rune {
			if c == r {
				return true
			}
		}
	case syntax.OpCharClass:
		for k := 0; k+1 < len(re.Rune); k += 2 {
			if re.Rune[k] <= r && r <= re.Rune[k+1] {
				return true
			}
		}
	}
	for _, sub := range re.Sub {
		if readsRune(sub, r) {
			return true
		}
	}
	return false
}

// invalid reports whether a search of s must be regexp's: the pattern
// can read U+FFFD and s is not valid UTF-8. With hits whose text is
// known to be valid (Text.Valid), an input that begins and ends at a
// rune's edge is valid too, without reading it again.
func (p *pattern) invalid(s string, hits *Near) bool {
	return p.fffd && s != "" && p.invalidText(s, hits)
}

// invalidText is invalid for a pattern that can read U+FFFD.
func (p *pattern) invalidText(s string, hits *Near) bool {
	if hits != nil && hits.t != nil && hits.t.Valid && utf8.RuneStart(s[0]) {
		if r, size := utf8.DecodeLastRuneInString(s); r != utf8.RuneError || size > 1 {
			return false
		}
	}
	return !utf8.ValidString(s)
}
