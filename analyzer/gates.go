package analyzer

import (
	"cmp"
	"slices"

	"github.com/discreet-app/discreet/analyzer/pattern"
)

// gates records, for one text, which gates its keywords opened and where.
// Of a pack's ~1,500 gates a post opens a few dozen, so the hits are kept
// for those only.
type gates struct {
	idx  []int32  // by gate: 1 + its index in hits, or 0 if closed
	open []int32  // the open gates, in the order of hits
	hits [][]span // the keyword hits of each open gate, ordered by start
	// near holds the same hits as the pattern engine takes them.
	near [][]pattern.Span
	// maxKeyword is the pack's longest keyword in bytes.
	maxKeyword int
}

// scanKeywords finds the keywords of lower and the gates they open.
// releaseGates may give the gates' memory back once the analysis is done.
func (c *compiled) scanKeywords(lower string) *gates {
	idx, _ := c.gateIdx.Get().([]int32)
	if len(idx) != c.nGates {
		idx = make([]int32, c.nGates)
	}
	g := &gates{idx: idx, maxKeyword: c.maxKeyword}
	if c.keywords == nil {
		return g
	}
	ms := c.keywords.FindAllOverlapping([]byte(lower))
	// Count each opened gate's hits first, then fill one array.
	var counts []int
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
	flat := make([]span, total)
	g.hits = make([][]span, len(counts))
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
	eflat := make([]pattern.Span, total)
	g.near = make([][]pattern.Span, len(g.hits))
	for k, hits := range g.hits {
		g.near[k], eflat = eflat[:len(hits):len(hits)], eflat[len(hits):]
		for j, h := range hits {
			g.near[k][j] = pattern.Span{Start: h.start, End: h.end}
		}
	}
	return g
}

// releaseGates hands g's gate index back for another analysis to use; g
// must not be used after. Of the thousands of gates (every vocabulary
// term has one) a post opens a few dozen, so clearing those is cheaper
// than allocating and zeroing the index for each analysis.
func (c *compiled) releaseGates(g *gates) {
	for _, gi := range g.open {
		g.idx[gi] = 0
	}
	c.gateIdx.Put(g.idx)
	g.idx = nil
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
	return pattern.NewNear(g.nearHits(gate, w), w.start, g.maxKeyword)
}

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
	lo, _ := slices.BinarySearchFunc(hits, w.start-g.maxKeyword+1, spanStartCmp)
	hi, _ := slices.BinarySearchFunc(hits[lo:], w.end, spanStartCmp)
	return g.near[g.idx[gate]-1][lo : lo+hi]
}

// spanStartCmp orders a span against a start offset, for bisection.
func spanStartCmp(s span, start int) int { return s.start - start }

func (g *gates) allows(gate int) bool { return gate < 0 || g.idx[gate] != 0 }
