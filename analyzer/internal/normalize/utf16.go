package normalize

import "unicode/utf8"

// Go works in bytes; the DOM, the corpus files and the result object in
// UTF-16 code units (JavaScript string indices). These are the project's
// one conversion between the two.

// UTF16Index converts sorted byte offsets of text to UTF-16 code-unit
// offsets in one pass over text. Offsets must fall on rune boundaries.
func UTF16Index(text string, offsets []int) []int {
	out := make([]int, len(offsets))
	units, pos := 0, 0
	for i, off := range offsets {
		for pos < off {
			if text[pos] < utf8.RuneSelf { // one byte, one unit
				units++
				pos++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[pos:])
			units += unitLen(r)
			pos += size
		}
		out[i] = units
	}
	return out
}

// Units maps the UTF-16 code-unit offsets of a text to byte offsets, in
// any order: Units(text).Byte(u).
type Units []int

// UnitsOf returns the map of text. The second unit of a surrogate pair
// maps to the start of its character.
func UnitsOf(text string) Units {
	m := make(Units, 0, len(text)+1)
	for i, r := range text {
		m = append(m, i)
		if unitLen(r) == 2 {
			m = append(m, i)
		}
	}
	return append(m, len(text))
}

// Byte returns the byte offset of unit u; an offset before the start or
// past the end is clamped to the text.
func (m Units) Byte(u int) int {
	return m[min(max(u, 0), len(m)-1)]
}

// Len returns the length of the text in UTF-16 code units.
func (m Units) Len() int { return len(m) - 1 }

// unitLen returns the number of UTF-16 code units of r.
func unitLen(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}
