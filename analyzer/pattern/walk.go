package pattern

// One walk over a text's edges for many patterns. A pack's patterns
// without keywords run over the whole post, and most of them start a
// word (wordFirst): each walking every edge of the post on its own, and
// paying a search's set-up, cost more than their automata's steps. A
// Walk visits each edge once and tries there only the patterns whose
// first two bytes can begin a match there, read from one table.

import (
	"math/bits"
	"strings"
	"sync"
)

// maxWalked is the most patterns one walk serves: a table entry holds
// one bit for each.
const maxWalked = 32

// Walk finds, in one pass over a text's edges, the matches of the
// patterns it was made with that start a word; each pattern's matches
// are those FindAllNear(s, Ungated(0, t), groups) returns, in the same
// order. The patterns the walk does not serve (Walked.Serves) are left
// to the caller. A Walk is safe for concurrent use; it prepares its
// patterns on first use.
type Walk struct {
	pats   []*Pattern
	groups []bool
	once   sync.Once
	ps     []*pattern // prepared; nil where a pattern is nil
	walked []bool     // served by the edge walk
	bit    []int      // the walked patterns, by bit
	// row[b] is 0 when no walked pattern starts with the byte b, else 1
	// + the row of pairs for b: pairs[row[b]-1][c] has the bits of the
	// walked patterns whose prefilter lets "bc" begin a match (mayStart);
	// short[b] those for which b alone can (at the end of the text).
	row   [256]uint8
	pairs [][256]uint32
	short [256]uint32
}

// NewWalk returns a walk for pats; groups[i] says whether the matches of
// pats[i] need their submatches (FindAllNear's groups). A nil pattern
// finds nothing.
func NewWalk(pats []*Pattern, groups []bool) *Walk {
	return &Walk{pats: pats, groups: groups}
}

// prepare readies the patterns and the tables of first bytes.
func (w *Walk) prepare() {
	w.once.Do(func() {
		w.ps = make([]*pattern, len(w.pats))
		w.walked = make([]bool, len(w.pats))
		for i, x := range w.pats {
			if x == nil {
				continue
			}
			p := x.get()
			w.ps[i] = p
			if p.wordFirst && !p.start && p.first != nil && p.seek.src != nil && len(w.bit) < maxWalked {
				w.walked[i] = true
				w.bit = append(w.bit, i)
			}
		}
		for b := 0; b < 256; b++ {
			var row [256]uint32
			any := false
			for k, i := range w.bit {
				p := w.ps[i]
				if !p.fb.has(byte(b)) {
					continue
				}
				any = true
				if p.seekShort.has(byte(b)) {
					w.short[b] |= 1 << k
				}
				for c := range row {
					if p.seekShort.has(byte(b)) || p.seekSecond[b] != nil && p.seekSecond[b].has(byte(c)) {
						row[c] |= 1 << k
					}
				}
			}
			if any {
				w.pairs = append(w.pairs, row)
				w.row[b] = uint8(len(w.pairs))
			}
		}
	})
}

// Walked is the matches a Walk found in one text, in the memory of the
// Text it ran with: valid until the next Run with that Text.
type Walked struct {
	out    [][][]int // by pattern
	served []bool    // by pattern: Serves
}

// Matches returns the matches of pattern i, in order, when the walk
// serves it (Serves); m[0], m[1] is where a match is, and with groups
// the submatches follow.
func (r *Walked) Matches(i int) [][]int { return r.out[i] }

// Serves reports whether the walk found the matches of pattern i (a
// pattern whose matches start a word); the caller searches for the
// others itself.
func (r *Walked) Serves(i int) bool { return r.served[i] }

// walkState is what the walk knows of one pattern while it runs.
type walkState struct {
	// next: no match starts before it (the end of the last match);
	// notWalked once the pattern is searched apart.
	next    int
	read    int  // bytes its automata read (overBudget)
	seek    *dfa // the pattern's unanchored automaton, or nil
	checked bool // fast was asked
	// trying: a match was seen, so every possible start is tried (as
	// findAll does); until then the unanchored automaton runs from each
	// possible start until it is idle again (as anyIn does), which costs
	// less than a try and passes over the starts it covered.
	trying bool
}

// notWalked is walkState.next for a pattern the walk no longer tries.
const notWalked = int(^uint(0) >> 1)

// walkBuf is a Text's memory for the walks over it.
type walkBuf struct {
	res   Walked
	state []walkState
	arena []int
	fast  fastMemo
}

// Run finds the matches of every pattern the walk serves (Walked.Serves)
// in s, the text t was indexed with (Text.Index, or its lower-cased form:
// s must have the same edges), and returns them in t's memory; the others
// have none there.
func (w *Walk) Run(s string, t *Text) *Walked {
	w.prepare()
	b := &t.walk
	n := len(w.ps)
	out := grow(b.res.out, n)
	state := grow(b.state, len(w.bit))
	b.fast = fastMemo{}
	hits := Near{t: t, all: true}
	for i := range out {
		out[i] = out[i][:0]
	}
	for k, i := range w.bit {
		p := w.ps[i]
		state[k] = walkState{seek: p.seek.get()}
		if t.Edges == nil || p.invalid(s, &hits) {
			// No edges known (a text without words), or regexp's search
			// (invalid UTF-8): findAll's own ways.
			state[k].next = notWalked
			out[i] = p.findAll(nil, s, w.want(i), &hits)
			continue
		}
		addWork(len(s))
	}
	arena := b.arena[:0]
	if len(s) > 0 && (len(t.Edges) == 0 || t.Edges[0] != 0) {
		if m := w.maskAt(s, 0); m != 0 {
			w.visit(s, 0, m, out, state, &arena, &b.fast)
		}
	}
	row, pairs := &w.row, w.pairs
	for _, e := range t.Edges {
		i := int(e)
		if i+1 >= len(s) {
			if m := w.maskAt(s, i); m != 0 {
				w.visit(s, i, m, out, state, &arena, &b.fast)
			}
			continue
		}
		if r := row[s[i]]; r != 0 {
			if m := pairs[r-1][s[i+1]]; m != 0 {
				w.visit(s, i, m, out, state, &arena, &b.fast)
			}
		}
	}
	b.res.out, b.res.served, b.state, b.arena = out, w.walked, state, arena
	return &b.res
}

// maskAt returns the bits of the walked patterns whose prefilter lets a
// match begin at s[i].
func (w *Walk) maskAt(s string, i int) uint32 {
	r := w.row[s[i]]
	switch {
	case r == 0:
		return 0
	case i+1 < len(s):
		return w.pairs[r-1][s[i+1]]
	}
	return w.short[s[i]]
}

// visit tries at position i of s the walked patterns of the bits m,
// whose prefilter lets a match begin there, that have no match under way
// there.
func (w *Walk) visit(s string, i int, m uint32, out [][][]int, state []walkState, arena *[]int, fm *fastMemo) {
	for ; m != 0; m &= m - 1 {
		k := bits.TrailingZeros32(m)
		st := &state[k]
		if i < st.next {
			continue
		}
		j := w.bit[k]
		p := w.ps[j]
		if costOn {
			p.cost.Visits++
		}
		if !p.startsWord(s, i) || !p.laterStart(s, i) {
			continue
		}
		if !st.trying {
			if st.seek != nil {
				q, found := st.seek.runIdle(s, i)
				if !found {
					st.next = q
					continue
				}
			}
			st.trying = true
		}
		if !st.checked {
			// A search the prefilter does not serve is regexp's (fast),
			// asked only of a pattern that gets this far.
			st.checked = true
			if !fm.fast(p, s) {
				st.next = notWalked
				out[j] = p.whole(len(s)).FindAllStringSubmatchIndex(s, -1)
				continue
			}
		}
		if mt := p.try(s, i, w.want(j), arena, &st.read); mt != nil {
			out[j] = append(out[j], mt)
			st.next = mt[1] // matches are never empty
		}
		if p.overBudget(s, st.read) {
			addWork(len(s))
			st.next = notWalked
			out[j] = p.whole(len(s)).FindAllStringSubmatchIndex(s, -1)
		}
	}
}

// want is what the matches of pattern i must tell.
func (w *Walk) want(i int) want {
	if w.groups[i] {
		return wantGroups
	}
	return wantSpan
}

// fastMemo answers fast for the walked patterns of one text without
// reading the text once for each. A run of more than maxUnboundedInput
// bytes without any of a pattern's stop bytes is a run without each of
// them: when the longest stretch without one of them (a sentence end,
// mostly) is shorter, fast is true. The stretches of a few such bytes
// are measured once a text, with strings.IndexByte; only a pattern
// without any of them, or a text with a long stretch (a wall of text),
// reads the text again.
type fastMemo struct {
	gap [len(gapBytes)]int // the longest stretch without gapBytes[k], + 1; 0 until measured
}

// gapBytes are the stop bytes fastMemo measures, in the order it asks.
const gapBytes = ".\n "

// fast is p.fast(s), for the text the memo measures.
func (f *fastMemo) fast(p *pattern, s string) bool { return f.fastIn(p, s, s) }

// fastIn is p.fast(s) for an input s of the text whole, which the memo
// measures: whole holds s, or has its stop bytes where a text that holds
// s has them.
func (f *fastMemo) fastIn(p *pattern, s, whole string) bool {
	if p.first == nil || p.maxLen >= 0 || len(s) <= maxUnboundedInput || p.scan || !p.bounded {
		return p.fast(s) // answered without reading s
	}
	for k := 0; k < len(gapBytes); k++ {
		c := gapBytes[k]
		if !p.stops.has(c) {
			continue
		}
		if f.gap[k] == 0 {
			f.gap[k] = longestWithout(whole, c) + 1
		}
		if f.gap[k]-1 <= maxUnboundedInput {
			return true
		}
	}
	return p.fast(s)
}

// longestWithout returns the length of the longest stretch of s without
// the byte c.
func longestWithout(s string, c byte) int {
	longest := 0
	for i := 0; ; {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return max(longest, len(s)-i)
		}
		longest = max(longest, j)
		i += j + 1
	}
}

// grow returns buf resliced to n elements, reallocated if too short,
// with the elements it held before.
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		nb := make([]T, n)
		copy(nb, buf[:cap(buf)])
		return nb
	}
	return buf[:n]
}
