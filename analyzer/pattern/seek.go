package pattern

// The search that finds nothing: most keyword-gated searches of a post
// (154 of 190 for a typical 1,000-character one) end without a match,
// after the prefilter has walked their window and the automaton has tried
// every start the keywords allow. One pass of an unanchored automaton,
// (?s:.)*?(R), over the part of the input a match could lie in answers
// "none", and the tries run only where it found something. While no match
// is under way the pass jumps from one possible start to the next (a byte
// of the first-byte set, at one of the text's edges when the pattern's
// matches begin a word), so it reads little more than the tries would.

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// unanchored returns (?s:.)*?(re): an expression that matches where re
// matches anywhere after the start of the input, the lazy loop giving
// the earlier start priority, as an unanchored search does. Compiled, its
// program starts at the loop, so the automaton's state that holds the
// start alone is the one where no match of re is under way (dstate.idle).
func unanchored(re *syntax.Regexp) *syntax.Regexp {
	any := &syntax.Regexp{Op: syntax.OpAnyChar}
	loop := &syntax.Regexp{Op: syntax.OpStar, Flags: syntax.NonGreedy, Sub: []*syntax.Regexp{any}}
	return &syntax.Regexp{Op: syntax.OpConcat, Sub: []*syntax.Regexp{loop, re}}
}

// starts says where a match may begin, for seek's jumps: where the
// pattern's prefilter lets a try through (canStart), and, with edges (the
// text's, as AppendEdges lists them, for an input that starts at off in
// the text), only at the input's first position or an edge.
type starts struct {
	p     *pattern
	edges []int32
	off   int
	e     int   // edges[e] is the first edge not yet passed
	t     *Text // the text of edges
	// rare[j], for the byte p.jumpRare[j]: 0 before any search, v > 0
	// when it is at v-1, v < 0 when it is nowhere before -v-1.
	rare [maxRare]int
	// With limited, a match that starts at limit or later is not wanted
	// (it would hold no keyword hit: nearFrom), so a pass with no match
	// under way stops there.
	limited bool
	limit   int
}

// next returns the first position at or after i, and before n, where a
// match may begin, or n.
func (w *starts) next(s string, i, n int) int {
	p := w.p
	if w.edges == nil {
		first := p.firstTab
		if p.laterTab != nil {
			if i == 0 {
				if n > 0 && first[s[0]] && p.mayStart(s, 0) && (!p.boundary || isASCIIWord(s[0])) {
					return 0
				}
				i = 1
			}
			first = p.laterTab
		}
		if p.jumpByte >= 0 {
			return p.nextByte(s, i, n)
		}
		if p.jumpRare != nil {
			return w.nextRare(s, i, n)
		}
		for ; i < n; i++ {
			if costOn {
				p.cost.Jumped++
			}
			if first[s[i]] && p.mayStart(s, i) && (!p.boundary || isASCIIWord(s[i]) != (i > 0 && isASCIIWord(s[i-1]))) {
				return i
			}
		}
		return n
	}
	if i == 0 {
		if n > 0 && p.firstTab[s[0]] && p.mayStart(s, 0) {
			return 0
		}
		i = 1
	}
	edges, off, first := w.edges, w.off, p.firstTab
	e := w.e
	if e < len(edges) && int(edges[e])-off < i {
		// The edges a match under way ran over are passed at once (the
		// text's table of first edges), not one by one.
		e = w.t.firstEdge(off + i)
	}
	for ; e < len(edges); e++ {
		if costOn {
			p.cost.Edges++
		}
		k := int(edges[e]) - off
		if k >= n {
			break
		}
		if first[s[k]] && p.mayStart(s, k) {
			w.e = e
			return k
		}
	}
	w.e = e
	return n
}

// nextByte is next, without edges, for a pattern whose jumps let one
// byte through (jumpByte): strings.IndexByte finds its candidates.
func (p *pattern) nextByte(s string, i, n int) int {
	b := byte(p.jumpByte)
	for i < n {
		j := strings.IndexByte(s[i:n], b)
		if j < 0 {
			return n
		}
		i += j
		if costOn {
			p.cost.Jumped++
		}
		if p.mayStart(s, i) && (!p.boundary || isASCIIWord(b) != (i > 0 && isASCIIWord(s[i-1]))) {
			return i
		}
		i++
	}
	return n
}

// maxRare is the most bytes nextRare looks for, each with a search of
// its own.
const maxRare = 6

// nextRare is next, without edges, for a pattern whose jumps let a few
// rare bytes through (jumpRare): one strings.IndexByte per byte finds
// where it is next, kept in w.rare for the next call (whose i is never
// smaller), and the nearest that passes the prefilter's pairs is the one.
func (w *starts) nextRare(s string, i, n int) int {
	p := w.p
	for i < n {
		best := n
		for j, b := range p.jumpRare {
			v, at := w.rare[j], n
			switch {
			case v > 0 && v-1 >= i:
				at = v - 1
			case v < 0 && -v-1 >= n:
			default:
				from := i
				if v < 0 {
					from = max(i, -v-1)
				}
				if k := strings.IndexByte(s[from:n], b); k >= 0 {
					at = from + k
					w.rare[j] = at + 1
				} else {
					w.rare[j] = -n - 1
				}
			}
			best = min(best, at)
		}
		if best == n {
			return n
		}
		if costOn {
			p.cost.Jumped++
		}
		if p.mayStart(s, best) && (!p.boundary || isASCIIWord(s[best]) != (best > 0 && isASCIIWord(s[best-1]))) {
			return best
		}
		i = best + 1
	}
	return n
}

// rareBytes returns the bytes a table lets through when they are two to
// maxRare bytes, none an ASCII letter, digit or space; else nil.
func rareBytes(t *[256]bool) []byte {
	var out []byte
	for b, ok := range t {
		if !ok {
			continue
		}
		if len(out) == maxRare || b == ' ' || b < utf8.RuneSelf && isASCIIWord(byte(b)) {
			return nil
		}
		out = append(out, byte(b))
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// mayStart reports whether the first two bytes at s[i] can begin a match,
// s[i] being one of the first bytes: the prefilter's pairs (candidate),
// for the alternatives of a split pattern together.
func (p *pattern) mayStart(s string, i int) bool {
	b := s[i]
	if p.seekShort.has(b) {
		return true
	}
	if i+1 == len(s) {
		return false
	}
	t := p.seekSecond[b]
	return t != nil && t.has(s[i+1])
}

// startAt returns the state of an unanchored automaton at position i of
// s where no match is under way: the start state for the rune before i.
func (d *dfa) startAt(s string, i int) *dstate {
	ctx := uint8(ctxStart)
	if i > 0 {
		if b := s[i-1]; b < utf8.RuneSelf {
			ctx = ctxOf(rune(b))
		} else {
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			ctx = ctxOf(r)
		}
	}
	if k := d.start[ctx].Load(); k >= 0 {
		return d.loaded()[k]
	}
	return d.startState(ctx)
}

// seek runs the automaton of an unanchored expression (unanchored) over s
// from from, where it starts with the rune before from as context, and
// reports 1 if a match ends at or before to (the rune at to, or the end of
// the text, decides the assertions there as in a search of all of s), 0 if
// none does, or dfaFull. A match of the anchored expression that starts
// at or after from and ends by to is one of them. Where no match is under
// way it jumps to the next start w allows.
func (d *dfa) seek(s string, from, to int, w *starts) int {
	if d.full.Load() {
		return dfaFull
	}
	st := d.startAt(s, from)
	if st == nil {
		return dfaFull
	}
	states := d.loaded()
	if costOn {
		w.p.cost.Passes++
	}
	for pos := from; ; {
		if st.idle {
			// Nothing of a match has begun: up to the next possible
			// start, every rune leaves the automaton idle, with the rune
			// before that start as context.
			n := min(len(s), to+1)
			if w.limited {
				n = min(n, max(w.limit, 0))
			}
			k := w.next(s, pos, n)
			if k == n {
				addWork(k - from + 1)
				return 0 // idle at the end: no (wanted) match ends there
			}
			if k > pos {
				if st = d.startAt(s, k); st == nil {
					return dfaFull
				}
				pos = k
			}
		}
		if pos == len(s) {
			addWork(pos - from + 1)
			if d.endMatch(st) {
				return 1
			}
			return 0
		}
		t, size := int32(-1), 1
		if b := s[pos]; b < utf8.RuneSelf {
			t = st.nextOn(d.classOf[b])
		}
		if t < 0 {
			t, size = d.forwardSlow(st, s, pos)
		}
		switch {
		case t < 0:
			addWork(pos - from + 1)
			return dfaFull
		case t&1 != 0:
			addWork(pos - from + 1)
			return 1
		case pos >= to:
			// The rune at to decided whether a match ends there; the
			// unanchored loop never dies, so the state is never dead.
			addWork(pos - from + 1)
			return 0
		}
		states, st = d.stateOf(states, t>>1)
		if costOn {
			w.p.cost.Steps++
		}
		pos += size
		// While a match is under way, over ASCII bytes before to whose
		// transitions are known and end no match: one table read a byte,
		// without the questions above, which none of them changes.
		for lim := min(to, len(s)); pos < lim && !st.idle; pos++ {
			b := s[pos]
			if b >= utf8.RuneSelf {
				break
			}
			t := st.nextOn(d.classOf[b])
			if t < 0 || t&1 != 0 {
				break
			}
			states, st = d.stateOf(states, t>>1)
			if costOn {
				w.p.cost.Steps++
			}
		}
	}
}

// prepareSeek readies what the pass's jumps read: the first-byte set as
// a table of the bytes that can begin a match (those of fb that begin a
// rune), and the pairs of first and second bytes, for a split pattern the
// union of its alternatives'.
func (p *pattern) prepareSeek() {
	var t [256]bool
	for b := range t {
		t[b] = p.fb.has(byte(b)) && utf8.RuneStart(byte(b))
	}
	p.firstTab = &t
	p.jumpByte, p.jumpRare = jumpByteOf(&t), rareBytes(&t)
	if p.alts == nil {
		p.seekShort, p.seekSecond = p.short, p.second
		if p.second == nil {
			p.seekSecond = new([256]*byteSet)
		}
		return
	}
	sec := new([256]*byteSet)
	for _, a := range p.alts {
		p.seekShort.union(&a.short)
		for b := range sec {
			if a.second == nil || a.second[b] == nil {
				continue
			}
			if sec[b] == nil {
				sec[b] = new(byteSet)
			}
			sec[b].union(a.second[b])
		}
	}
	p.seekSecond = sec
}

// anyIn reports whether s may hold a match (false: it holds none): the
// unanchored automaton's answer, or true when p has none or it is full.
// With hits (Ungated), it jumps over the positions between the text's
// edges when the pattern allows it.
func (p *pattern) anyIn(s string, hits *Near) bool {
	d := p.seek.get()
	if d == nil {
		return true
	}
	var w starts
	p.startsIn(&w, hits)
	return d.seek(s, 0, len(s), &w) != 0
}

// startsIn sets w, zero, to where matches of p may start in the input of
// a search with hits (nil: no edges known). It fills the caller's w in
// place: a pass is short, and copying the struct out was a tenth of it.
func (p *pattern) startsIn(w *starts, hits *Near) {
	w.p = p
	if hits != nil && hits.t != nil && hits.t.Edges != nil && p.wordFirst {
		w.edges, w.off, w.t = hits.t.Edges, hits.off, hits.t
		w.e = hits.t.firstEdge(hits.off + 1)
	}
}

// nearFrom returns where in s the first match that overlaps one of the
// keyword hits may begin, or -1 when s holds none. A match of a pattern
// with a longest match lies within maxLen bytes of a hit it overlaps, so
// only those stretches of s are read, and none begins before the first
// stretch where the pass found a match; without a longest match, all of
// s is read and the answer is 0 or -1.
func (p *pattern) nearFrom(s string, hits *Near) int {
	d := p.seek.get()
	if d == nil {
		return 0
	}
	var w starts
	p.startsIn(&w, hits)
	// A match that starts where every hit has ended holds none: the pass
	// stops where no match is under way past the last hit's end.
	w.limited = true
	if p.maxLen < 0 {
		w.limit = 0
		for _, h := range hits.hits {
			w.limit = max(w.limit, h.End-hits.off)
		}
		if d.seek(s, 0, len(s), &w) == 0 {
			return -1
		}
		return 0
	}
	from, to, end := -1, -1, 0    // end: the last end of the stretch's hits
	for _, h := range hits.hits { // ordered by start: a never decreases
		a, b := max(0, h.Start-hits.off-p.maxLen), min(len(s), h.End-hits.off+p.maxLen)
		if a >= b {
			continue
		}
		if from >= 0 && a <= to {
			to, end = max(to, b), max(end, h.End-hits.off)
			continue
		}
		if w.limit = end; from >= 0 && d.seek(s, from, to, &w) != 0 {
			return from
		}
		for a > 0 && !utf8.RuneStart(s[a]) {
			a--
		}
		from, to, end = a, b, h.End-hits.off
	}
	if w.limit = end; from >= 0 && d.seek(s, from, to, &w) != 0 {
		return from
	}
	return -1
}

// prepareLater readies the pass's jumps after the input's first position
// (firstBytesAt with later), for a pattern whose matches there can start with
// fewer bytes than at the start; tree is the pattern's expression.
func (p *pattern) prepareLater(tree *syntax.Regexp) {
	var set byteSet
	if !firstBytesAt(tree, &set, true) {
		return
	}
	var t [256]bool
	narrower := false
	for b := range t {
		t[b] = set.has(byte(b)) && utf8.RuneStart(byte(b))
		if t[b] && !p.firstTab[b] {
			return // wider somewhere: firstBytes is the one to trust
		}
		narrower = narrower || p.firstTab[b] && !t[b]
	}
	if narrower {
		p.laterTab = &t
		p.jumpByte, p.jumpRare = jumpByteOf(&t), rareBytes(&t)
	}
	if set != p.fb && set.within(&p.fb) {
		p.later = &set
	}
}

// laterStart reports whether a match may start at s[i] as far as the
// bytes of matches after the input's first position go (p.later).
func (p *pattern) laterStart(s string, i int) bool {
	return i == 0 || p.later == nil || p.later.has(s[i])
}

// jumpByteOf returns the one byte a table lets through, or -1.
func jumpByteOf(t *[256]bool) int {
	one := -1
	for b, ok := range t {
		if ok {
			if one >= 0 {
				return -1
			}
			one = b
		}
	}
	return one
}
