package pack

import "slices"

// Candidate is a possible finding, in view bytes.
type Candidate struct {
	Span
	Base Span   // the match before Extend lengthened it
	Rule *Rule  // the rule that found it (the tagger's have a rule of their own)
	Why  string // why it counts, as the finding shows it ("said of a specific person")
}

// Zones is a set of byte ranges, merged and sorted, so that membership
// tests are a binary search and the whole pass stays O(n log n).
type Zones []Span

// NewZones makes zones of spans, sorting and merging them in place: the
// caller gives the slice up.
func NewZones(spans []Span) Zones {
	if !slices.IsSortedFunc(spans, bySpanStart) {
		slices.SortFunc(spans, bySpanStart)
	}
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return Zones(out)
}

func bySpanStart(a, b Span) int { return a.Start - b.Start }

// find returns the index of the first zone that ends after pos, by
// bisection: what sort.Search answers, without a call through a function
// value at each step (attribution asks it for every candidate and zone).
func (z Zones) find(pos int) int {
	lo, hi := 0, len(z)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if z[m].End <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Overlaps reports whether [s.start, s.end) shares a byte with a zone.
func (z Zones) Overlaps(s Span) bool {
	i := z.find(s.Start)
	return i < len(z) && z[i].Start < s.End
}

// Covers reports whether a zone contains all of s.
func (z Zones) Covers(s Span) bool {
	i := z.find(s.Start)
	return i < len(z) && z[i].Start <= s.Start && s.End <= z[i].End
}
