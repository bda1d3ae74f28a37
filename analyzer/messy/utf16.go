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

// Seeds of the messy copies the project makes: EvalSeed for the copies
// scripts/eval --messy scores (scripts/cmd/messify's default), AugmentSeed
// for those the story tagger trains on, so that no model is scored on the
// very noise it learned from.
const (
	EvalSeed    = 1
	AugmentSeed = 2
)

// CopyUTF16 is Messify for a post whose spans are in UTF-16 offsets, as
// corpus files give them; the copy's spans are in UTF-16 offsets too.
func CopyUTF16(p Post, seed uint64) Post {
	p.Spans = SpansToBytes(p.Text, p.Spans)
	q := Messify(p, seed)
	q.Spans = SpansToUTF16(q.Text, q.Spans)
	return q
}
