package messy

import (
	"slices"

	"github.com/discreet-app/discreet/analyzer/internal/normalize"
)

// Corpus files give offsets in UTF-16 code units (JavaScript string
// indices); Messify works in bytes. These convert a post's spans between
// the two, with the project's one conversion (package normalize).

// SpansToBytes converts spans in UTF-16 offsets of text to byte offsets.
// An offset past the end goes to the end of text.
func SpansToBytes(text string, spans []Span) []Span {
	m := normalize.UnitsOf(text)
	out := make([]Span, len(spans))
	for i, s := range spans {
		out[i] = Span{m.Byte(s.Start), m.Byte(s.End), s.Category}
	}
	return out
}

// SpansToUTF16 converts spans in byte offsets of text (on character
// boundaries) to UTF-16 offsets.
func SpansToUTF16(text string, spans []Span) []Span {
	edges := make([]int, 0, 2*len(spans))
	for _, s := range spans {
		edges = append(edges, min(s.Start, len(text)), min(s.End, len(text)))
	}
	slices.Sort(edges)
	edges = slices.Compact(edges)
	units := normalize.UTF16Index(text, edges)
	at := func(b int) int {
		k, _ := slices.BinarySearch(edges, min(b, len(text)))
		return units[k]
	}
	out := make([]Span, len(spans))
	for i, s := range spans {
		out[i] = Span{at(s.Start), at(s.End), s.Category}
	}
	return out
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
