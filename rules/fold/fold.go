// Package fold removes diacritics: each rune decomposed (NFD), its
// combining marks dropped ("Trois-Rivières" → "Trois-Rivieres"). Word
// lists and posts are compared folded, since some sources and many people
// drop accents; the packed lists store the accent-free twin of a line by
// folding it back.
//
// Runes below U+0370 (Latin with its accented letters, and the combining
// marks) are read from a table built once: decomposing rune by rune with
// norm was most of a cold start's cost.
package fold

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tableSize is the first rune the table does not hold.
const tableSize = 0x370

var (
	tableOnce sync.Once
	table     [tableSize]rune // the base rune, or -1 for a combining mark
)

func buildTable() {
	for r := rune(0); r < tableSize; r++ {
		table[r] = -1
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		table[r] = r
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				table[r] = d
				break
			}
		}
	}
}

// Base returns the base letter of a rune below U+0370, or -1 for a
// combining mark (dropped), from the table; past it, r itself (AppendRune
// decomposes those).
func Base(r rune) rune {
	if r < 0 || r >= tableSize {
		return r
	}
	tableOnce.Do(buildTable)
	return table[r]
}

// InTable reports whether Base reads r from the table.
func InTable(r rune) bool { return r >= 0 && r < tableSize }

// AppendRune appends r folded to dst: its base letter, nothing for a
// combining mark, or, past the table, every rune of its decomposition
// that is not a combining mark.
func AppendRune(dst []byte, r rune) []byte {
	if InTable(r) {
		if b := Base(r); b >= 0 {
			dst = utf8.AppendRune(dst, b)
		}
		return dst
	}
	if unicode.Is(unicode.Mn, r) {
		return dst
	}
	for _, d := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, d) {
			dst = utf8.AppendRune(dst, d)
		}
	}
	return dst
}

// AppendString appends s folded to dst.
func AppendString(dst []byte, s string) []byte {
	for _, r := range s {
		dst = AppendRune(dst, r)
	}
	return dst
}

// AppendBytes appends b folded to dst.
func AppendBytes(dst, b []byte) []byte {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		dst = AppendRune(dst, r)
		b = b[n:]
	}
	return dst
}

// ASCII reports whether s holds only ASCII bytes, which fold to themselves.
func ASCII[S ~string | ~[]byte](s S) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
