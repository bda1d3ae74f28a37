package analyzer

import (
	"cmp"
	"slices"

	"github.com/discreet-app/discreet/analyzer/pattern"
)

// gates records, for one text, which gates its keywords opened and where.
// Of a pack's ~1,500 gates a post opens a few dozen, so the hits are kept
// for those only. A gates and its buffers go back to the pack's pool when
// the analysis is done (releaseGates), so that the next analysis reuses
// them instead of allocating its own.
type gates struct {
	idx  []int32  // by gate: 1 + its index in hits, or 0 if closed
	open []int32  // the open gates, in the order of hits
	hits [][]span // the keyword hits of each open gate, ordered by start
	// near holds the same hits as the pattern engine takes them.
	near [][]pattern.Span
	// maxKeyword is the pack's longest keyword in bytes.
	maxKeyword int

	// wins memoizes the windows of each open gate (by its index in hits)
	// for the text and sentences winFor saw; nil until asked.
	wins    [][]span
	winFor  winKey
	winFlat []span // what wins point into

	// text holds the longest keyword and the text's word edges
	// (pattern.AppendEdges): every gated search of the analysis visits
	// those positions instead of scanning the bytes of its windows. The
	// lower-cased text has the same edges as the view the patterns search.
	text pattern.Text

	// Buffers kept between analyses.
	counts []int
	flat   []span
	eflat  []pattern.Span
}

// winKey identifies the text and sentences windows were made for.
type winKey struct {
	s     string
	sents *span
	n     int
}

// scanKeywords finds the keywords of lower and the gates they open.
// releaseGates may give the gates' memory back once the analysis is done.
func (c *compiled) scanKeywords(lower string) *gates {
	g, _ := c.gatesPool.Get().(*gates)
	if g == nil || len(g.idx) != c.nGates {
		g = &gates{idx: make([]int32, c.nGates)}
	}
	g.maxKeyword = c.maxKeyword
	g.text.MaxKeyword, g.text.Edges = c.maxKeyword, pattern.AppendEdges(g.text.Edges[:0], lower)
	if c.keywords == nil {
		return g
	}
	ms := c.keywords.FindAllOverlapping([]byte(lower))
	// Count each opened gate's hits first, then fill one array.
	counts := g.counts[:0]
	total := 0
	for _, m := range ms {
		for _, gi := range c.keywordGates[m.PatternID] {
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
	eflat := grow(g.eflat, total)
	g.flat, g.eflat = flat, eflat
	g.hits = grow(g.hits, len(counts))
	g.near = grow(g.near, len(counts))
	for k, n := range counts {
		g.hits[k], flat = flat[:0:n], flat[n:]
	}
	for _, m := range ms {
		for _, gi := range c.keywordGates[m.PatternID] {
			k := g.idx[gi] - 1
			g.hits[k] = append(g.hits[k], span{m.Start, m.End})
		}
	}
	// The automaton reports hits by end; ordered by start then end, they
	// are in the order a stable sort by start would give (of two hits of
	// one start, the shorter ends first), without its O(n log² n) moves.
	for _, hits := range g.hits {
		if !slices.IsSortedFunc(hits, bySpanStart) {
			slices.SortFunc(hits, func(a, b span) int { return cmp.Or(a.start-b.start, a.end-b.end) })
		}
	}
	for k, hits := range g.hits {
		g.near[k], eflat = eflat[:len(hits):len(hits)], eflat[len(hits):]
		for j, h := range hits {
			g.near[k][j] = pattern.Span{Start: h.start, End: h.end}
		}
	}
	return g
}

// grow returns buf resliced to n elements, reallocated if too short; the
// elements are not cleared.
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n, n+n/4)
	}
	return buf[:n]
}

// releaseGates hands g back for another analysis to use; g must not be
// used after. Of the thousands of gates (every vocabulary term has one) a
// post opens a few dozen, so clearing those is cheaper than allocating and
// zeroing the index for each analysis.
func (c *compiled) releaseGates(g *gates) {
	for _, gi := range g.open {
		g.idx[gi] = 0
	}
	g.open = g.open[:0]
	g.hits, g.near = g.hits[:0], g.near[:0]
	g.wins, g.winFor, g.winFlat = g.wins[:0], winKey{}, g.winFlat[:0]
	c.gatesPool.Put(g)
}

// windows returns the merged windows of s around the keyword hits of an
// open gate, within the sentences sents (see appendWindows), made once per
// gate and analysis: matching, attribution and intent ask for the same.
// The result is shared: callers must not change it.
func (g *gates) windows(s string, sents []span, gate int) []span {
	at := g.at(gate)
	if at == nil {
		return nil
	}
	key := winKey{s: s, n: len(sents)}
	if len(sents) > 0 {
		key.sents = &sents[0]
	}
	if g.winFor != key {
		if g.winFor != (winKey{}) {
			return windows(s, sents, at) // another text: not memoized
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

// at returns the keyword hits of an open gate, or nil.
func (g *gates) at(gate int) []span {
	if gate < 0 || g.idx[gate] == 0 {
		return nil
	}
	return g.hits[g.idx[gate]-1]
}

// hitsIn returns what a search of the window w needs to know of a gate's
// keyword hits: those that can overlap w (see nearHits). It is small
// enough to inline, so the Near stays on the caller's stack.
func (g *gates) hitsIn(gate int, w span) *pattern.Near {
	return pattern.NewNear(g.nearHits(gate, w), w.start, &g.text)
}

// all is hitsIn for a pattern without keywords: every match in w counts,
// and the search visits the text's edges (pattern.Ungated).
func (g *gates) all(w span) *pattern.Near { return pattern.Ungated(w.start, &g.text) }

// nearHits returns the hits of gate that can overlap w, found by
// bisection. Handing a search every hit of the text made each window walk
// from the first one, so work grew with the square of the text on a long
// post (issue 12).
func (g *gates) nearHits(gate int, w span) []pattern.Span {
	hits := g.at(gate)
	if hits == nil {
		return nil
	}
	// A hit that starts maxKeyword bytes or more before w ends before it.
	lo := firstFrom(hits, w.start-g.maxKeyword+1)
	hi := lo + firstFrom(hits[lo:], w.end)
	return g.near[g.idx[gate]-1][lo:hi]
}

// firstFrom returns the index of the first of hits (ordered by start)
// that starts at or after start, by bisection: what slices.BinarySearchFunc
// answers, without a call through a function value at each step.
func firstFrom(hits []span, start int) int {
	lo, hi := 0, len(hits)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if hits[m].start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func (g *gates) allows(gate int) bool { return gate < 0 || g.idx[gate] != 0 }
