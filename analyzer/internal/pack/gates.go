package pack

import (
	"cmp"
	"slices"
	"unicode/utf8"
	"unsafe"

	"github.com/coregx/ahocorasick"

	"github.com/discreet-app/discreet/analyzer/pattern"
)

// Gates records, for one text, which gates its keywords opened and where.
// Of a pack's ~1,500 gates a post opens a few dozen, so the hits are kept
// for those only. A gates and its buffers go back to the pack's pool when
// the analysis is done (ReleaseGates), so that the next analysis reuses
// them instead of allocating its own.
type Gates struct {
	idx  []int32  // by gate: 1 + its index in hits, or 0 if closed
	open []int32  // the open gates, in the order of hits
	hits [][]Span // the keyword hits of each open gate, ordered by start
	// maxKeyword is the pack's longest keyword in bytes.
	maxKeyword int

	// wins memoizes the windows of each open gate (by its index in hits)
	// for the text and sentences winFor saw; nil until asked.
	wins    [][]Span
	winFor  winKey
	winFlat []Span // what wins point into

	// text holds the longest keyword and the text's word edges
	// (pattern.AppendEdges): every gated search of the analysis visits
	// those positions instead of scanning the bytes of its windows. The
	// lower-cased text has the same edges as the view the patterns search.
	text pattern.Text

	// Buffers kept between analyses.
	kw     []keywordHit
	counts []int
	flat   []Span
}

// winKey identifies the text and sentences windows were made for.
type winKey struct {
	s     string
	sents *Span
	n     int
}

// ScanKeywords finds the keywords of lower and the gates they open.
// ReleaseGates may give the gates' memory back once the analysis is done.
func (c *Compiled) ScanKeywords(lower string) *Gates {
	g, _ := c.gatesPool.Get().(*Gates)
	if g == nil || len(g.idx) != c.nGates {
		g = &Gates{idx: make([]int32, c.nGates)}
	}
	g.maxKeyword = c.MaxKeyword
	g.text.MaxKeyword = c.MaxKeyword
	g.text.Index(lower)
	if len(c.keywordGates) == 0 {
		return g
	}
	g.kw = c.appendHits(g.kw[:0], lower)
	ms := g.kw
	// Count each opened gate's hits first, then fill one array.
	counts := g.counts[:0]
	total := 0
	for _, m := range ms {
		for _, gi := range c.keywordGates[m.k] {
			if g.idx[gi] == 0 {
				counts = append(counts, 0)
				g.idx[gi] = int32(len(counts))
				g.open = append(g.open, int32(gi))
			}
			counts[g.idx[gi]-1]++
			total++
		}
	}
	g.counts = counts
	flat := grow(g.flat, total)
	g.flat = flat
	g.hits = grow(g.hits, len(counts))
	for k, n := range counts {
		g.hits[k], flat = flat[:0:n], flat[n:]
	}
	for _, m := range ms {
		for _, gi := range c.keywordGates[m.k] {
			k := g.idx[gi] - 1
			g.hits[k] = append(g.hits[k], m.at)
		}
	}
	// appendHits gives hits by end; ordered by start then end, they
	// are in the order a stable sort by start would give (of two hits of
	// one start, the shorter ends first), without its O(n log² n) moves.
	for _, hits := range g.hits {
		if !slices.IsSortedFunc(hits, bySpanStart) {
			slices.SortFunc(hits, func(a, b Span) int { return cmp.Or(a.Start-b.Start, a.End-b.End) })
		}
	}
	return g
}

// keywordHit is where keyword k (an index into Compiled.keywordGates) is.
type keywordHit struct {
	k  int
	at Span
}

// appendHits appends every keyword hit of lower to hits, ordered by end:
// of each end, the automaton's hits (keywords of three bytes or more),
// then the two-byte and the one-byte keyword ending there, from the
// pack's tables. The automaton's hits are taken in where a table's hit
// comes, and after the last: most bytes end no short keyword, and cost
// three table reads.
func (c *Compiled) appendHits(hits []keywordHit, lower string) []keywordHit {
	var ms []ahocorasick.Match
	if c.Keywords != nil && lower != "" {
		// The automaton only reads its haystack: the string's bytes,
		// without the copy a conversion would make.
		ms = c.Keywords.FindAllOverlapping(unsafe.Slice(unsafe.StringData(lower), len(lower)))
	}
	j := 0
	row := uint8(0) // pairRow of the byte before i
	for i := 0; i < len(lower); i++ {
		b := lower[i]
		var pair int32
		if row != 0 {
			pair = c.pairKeyword[row-1][b]
		}
		one := c.byteKeyword[b]
		row = c.pairRow[b]
		if pair|one == 0 {
			continue
		}
		for ; j < len(ms) && ms[j].End <= i+1; j++ {
			hits = append(hits, keywordHit{int(c.keywordIDs[ms[j].PatternID]), Span{ms[j].Start, ms[j].End}})
		}
		if pair != 0 {
			hits = append(hits, keywordHit{int(pair - 1), Span{i - 1, i + 1}})
		}
		if one != 0 {
			hits = append(hits, keywordHit{int(one - 1), Span{i, i + 1}})
		}
	}
	for ; j < len(ms); j++ {
		hits = append(hits, keywordHit{int(c.keywordIDs[ms[j].PatternID]), Span{ms[j].Start, ms[j].End}})
	}
	return hits
}

// grow returns buf resliced to n elements, reallocated if too short; the
// elements are not cleared.
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n, n+n/4)
	}
	return buf[:n]
}

// ReleaseGates hands g back for another analysis to use; g must not be
// used after. Of the thousands of gates (every vocabulary term has one) a
// post opens a few dozen, so clearing those is cheaper than allocating and
// zeroing the index for each analysis.
func (c *Compiled) ReleaseGates(g *Gates) {
	for _, gi := range g.open {
		g.idx[gi] = 0
	}
	g.open = g.open[:0]
	g.hits = g.hits[:0]
	g.wins, g.winFor, g.winFlat = g.wins[:0], winKey{}, g.winFlat[:0]
	c.gatesPool.Put(g)
}

// Windows returns the merged windows of s around the keyword hits of an
// open gate, within the sentences sents (see appendWindows), made once per
// gate and analysis: matching, attribution and intent ask for the same.
// The result is shared: callers must not change it.
func (g *Gates) Windows(s string, sents []Span, gate int) []Span {
	at := g.At(gate)
	if at == nil {
		return nil
	}
	key := winKey{s: s, n: len(sents)}
	if len(sents) > 0 {
		key.sents = &sents[0]
	}
	if g.winFor != key {
		if g.winFor != (winKey{}) {
			return Windows(s, sents, at) // another text: not memoized
		}
		g.winFor = key
		g.wins = grow(g.wins, len(g.hits))
		clear(g.wins)
	}
	k := g.idx[gate] - 1
	if g.wins[k] == nil {
		n := len(g.winFlat)
		g.winFlat = appendWindows(g.winFlat, s, sents, at)
		g.wins[k] = g.winFlat[n:len(g.winFlat):len(g.winFlat)]
	}
	return g.wins[k]
}

// At returns the keyword hits of an open gate, or nil.
func (g *Gates) At(gate int) []Span {
	if gate < 0 || g.idx[gate] == 0 {
		return nil
	}
	return g.hits[g.idx[gate]-1]
}

// HitsIn returns what a search of the window w needs to know of a gate's
// keyword hits: those that can overlap w (see nearHits). It is small
// enough to inline, so the Near stays on the caller's stack.
func (g *Gates) HitsIn(gate int, w Span) *pattern.Near {
	return pattern.NewNear(g.nearHits(gate, w), w.Start, &g.text)
}

// All is HitsIn for a pattern without keywords: every match in w counts,
// and the search visits the text's edges (pattern.Ungated).
func (g *Gates) All(w Span) *pattern.Near { return pattern.Ungated(w.Start, &g.text) }

// Whole is what the search of w needs for a pattern without keywords
// whose Need gate is need: with a derived gate (need ≥ 0), its hits in w,
// so that the search tries only the starts within reach of one; every
// match holds one (NeedOf), so it finds what All would. With need -1, or
// hits denser than one in denseHits bytes, All: the walk over the
// text's edges then costs less than asking, at each of them, whether a
// hit is within reach. The Near is a value, so that it stays on the
// caller's stack.
func (g *Gates) Whole(need int, w Span) pattern.Near {
	return pattern.NearOrAll(g.sparseHits(need, w), w.Start, &g.text)
}

// sparseHits returns the hits of the derived gate need that can overlap
// w (not nil, if empty), or nil for no gate or hits too dense to search
// near (see Whole).
func (g *Gates) sparseHits(need int, w Span) []pattern.Span {
	if need < 0 {
		return nil
	}
	hits := g.nearHits(need, w)
	if hits == nil || len(hits)*denseHits > w.End-w.Start {
		return nil
	}
	return hits
}

// denseHits: see Whole. Measured with the instructions of
// BenchmarkTypingPosts (BENCHMARKS.md, h-gate5).
const denseHits = 32

// nearHits returns the hits of gate that can overlap w, found by
// bisection. Handing a search every hit of the text made each window walk
// from the first one, so work grew with the square of the text on a long
// post (issue 12).
func (g *Gates) nearHits(gate int, w Span) []pattern.Span {
	hits := g.At(gate)
	if hits == nil {
		return nil
	}
	// A hit that starts maxKeyword bytes or more before w ends before it.
	lo := firstFrom(hits, w.Start-g.maxKeyword+1)
	hi := lo + firstFrom(hits[lo:], w.End)
	return asPatternSpans(hits[lo:hi])
}

// asPatternSpans returns s as the pattern engine's spans, without a copy:
// the two types have the same fields (the array below fails to compile
// otherwise), and the engine only reads them.
func asPatternSpans(s []Span) []pattern.Span {
	return unsafe.Slice((*pattern.Span)(unsafe.Pointer(unsafe.SliceData(s))), len(s))
}

// sameSpans is a compile-time check: it compiles only while Span and
// pattern.Span convert into each other (the same fields, in order) and
// have the same size.
var _ = [1]struct{}{}[unsafe.Sizeof(Span{})-unsafe.Sizeof(pattern.Span(Span{}))]

// firstFrom returns the index of the first of hits (ordered by start)
// that starts at or after start, by bisection: what slices.BinarySearchFunc
// answers, without a call through a function value at each step.
func firstFrom(hits []Span, start int) int {
	lo, hi := 0, len(hits)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if hits[m].Start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Allows reports whether a pattern of gate may run: it has no keywords
// (gate -1) or one of them is in the text.
func (g *Gates) Allows(gate int) bool { return gate < 0 || g.idx[gate] != 0 }

// A keyword-gated pattern sees the text from windowBefore bytes before each
// of its keywords to windowAfter bytes after, within the keyword's sentence:
// enough for any rule's match, and small enough that Go's backtracking
// matcher, fast on short inputs, does the work.
const (
	windowBefore = 80
	windowAfter  = 200
)

// Windows returns the merged windows of s around the keyword hits at, in
// order, within the sentences sents.
func Windows(s string, sents []Span, at []Span) []Span {
	return appendWindows(make([]Span, 0, len(at)), s, sents, at)
}

// windowAt returns the window of a keyword hit at byte p of s in its
// sentence sent: windowBefore bytes before it and windowAfter after,
// within the sentence, widened to whole runes.
func windowAt(s string, sent Span, p int) Span {
	lo, hi := max(sent.Start, p-windowBefore), min(sent.End, p+windowAfter)
	for lo > sent.Start && !utf8.RuneStart(s[lo]) {
		lo--
	}
	for hi < sent.End && !utf8.RuneStart(s[hi]) {
		hi++
	}
	return Span{lo, hi}
}

// appendWindows is Windows appending to out, so that one buffer serves
// every gate of an analysis. The hits are ordered by start, so the
// sentence of each is found walking forward from the last one's. Once a
// hit's window reaches its sentence's end, the window of every later hit
// of that sentence lies within it (it starts no earlier and ends no
// later): those hits are passed over, since the merged windows would be
// the same.
func appendWindows(out []Span, s string, sents []Span, at []Span) []Span {
	n := len(out)
	k := 0
	for i := 0; i < len(at); i++ {
		p := at[i].Start
		for k < len(sents) && sents[k].End <= p {
			k++
		}
		sent := Span{0, len(s)}
		if k < len(sents) {
			sent = sents[k]
		}
		w := windowAt(s, sent, p)
		out = append(out, w)
		if w.End == sent.End {
			for i+1 < len(at) && at[i+1].Start < w.End {
				i++
			}
		}
	}
	return out[:n+len(NewZones(out[n:]))]
}
