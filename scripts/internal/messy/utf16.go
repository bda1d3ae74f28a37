package messy

import "unicode/utf8"

// Corpus files give offsets in UTF-16 code units (JavaScript string
// indices); Messify works in bytes. These convert a post's spans between
// the two.

// SpansToBytes converts spans in UTF-16 offsets of text to byte offsets.
// An offset inside a character or past the end goes to the end of text.
func SpansToBytes(text string, spans []Span) []Span {
	return convert(text, spans, func(units, bytes int) (int, int) { return units, bytes })
}

// SpansToUTF16 converts spans in byte offsets of text to UTF-16 offsets.
func SpansToUTF16(text string, spans []Span) []Span {
	return convert(text, spans, func(units, bytes int) (int, int) { return bytes, units })
}

// convert walks text once per span edge; from gives, for a position, the
// (key, value) pair: a span edge equal to key becomes value.
func convert(text string, spans []Span, from func(units, bytes int) (int, int)) []Span {
	at := func(x int) int {
		units, bytes := 0, 0
		for bytes < len(text) {
			if k, v := from(units, bytes); k >= x {
				return v
			}
			r, n := utf8.DecodeRuneInString(text[bytes:])
			units += utf16Len(r)
			bytes += n
		}
		_, v := from(units, bytes)
		return v
	}
	out := make([]Span, len(spans))
	for i, s := range spans {
		out[i] = Span{at(s.Start), at(s.End), s.Category}
	}
	return out
}

func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}
