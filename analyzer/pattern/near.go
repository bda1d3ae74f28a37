package pattern

// The keyword-gated search: a pattern whose rule names keywords runs only
// near them, and only its matches that hold one count.

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Near is what a keyword-gated search knows of the text around its input:
// the gate's keyword hits (in text offsets, ordered by start), where the
// input starts in the text, and what every search of the text shares.
type Near struct {
	hits []Span
	off  int
	t    *Text
	all  bool // no keyword gate: every match counts (Ungated)
}

// Text is what the gated searches of one text share: the longest keyword
// in bytes, and the text's edges (AppendEdges), or nil. With edges, a
// search for a pattern whose matches begin a word visits those positions
// only, not every byte. A Text serves one goroutine; reused for another
// text, it keeps its buffers.
type Text struct {
	MaxKeyword int
	Edges      []int32
	// Valid: the text is valid UTF-8, so an input of it that begins and
	// ends at a rune's edge is too (see pattern.invalid).
	Valid bool
	// edgeAt[i], made by Index, is the index in Edges of the first edge
	// at or after position i of the text: where a search's walk over the
	// edges begins, without a binary search per search. edgeAtOf is
	// len(Edges) when it was made.
	edgeAt   []int32
	edgeAtOf int
	// buf serves the searches of the text one after another (EachNear),
	// without a pool's cost per search; busy while one reads from it.
	buf  matchBuf
	busy bool
	// s is the text Index was given, and gaps the lengths of its
	// stretches without a stop byte, measured once a text for the
	// searches of its inputs (Near.fast).
	s    string
	gaps fastMemo
}

// Index readies t for the searches of the text s (or of its lower-cased
// form, phrase.Lower, which has the same edges and the same invalid
// bytes): its edges, whether it is valid UTF-8, and where the walks over
// its edges begin (edgeAt).
func (t *Text) Index(s string) {
	t.Valid = utf8.ValidString(s)
	n := len(s) + 1
	t.edgeAt = slices.Grow(t.edgeAt[:0], n)[:n]
	at := t.edgeAt[:len(s)]
	// AppendEdges and the table in one pass: before position i is
	// looked at, the edges found are those before it, so the first edge
	// at or after i is the next one found.
	edges := t.Edges[:0]
	prev := 0
	for i := range at {
		at[i] = int32(len(edges))
		x := edgeTab[prev][s[i]]
		if x&1 != 0 {
			edges = append(edges, int32(i))
		}
		prev = int(x >> 1)
	}
	t.edgeAt[len(s)] = int32(len(edges))
	t.Edges = edges
	t.edgeAtOf = len(edges)
	t.s, t.gaps = s, fastMemo{}
}

// firstEdge returns the index in t.Edges of the first edge at or after
// the text's position i.
func (t *Text) firstEdge(i int) int {
	if t.edgeAtOf == len(t.Edges) && i < len(t.edgeAt) {
		return int(t.edgeAt[i]) // small enough to inline: every search asks
	}
	return t.firstEdgeSearch(i)
}

// firstEdgeSearch is firstEdge past the table, or without it.
func (t *Text) firstEdgeSearch(i int) int {
	if t.edgeAtOf == len(t.Edges) && t.edgeAt != nil {
		return len(t.Edges) // i is past the text
	}
	e, _ := slices.BinarySearch(t.Edges, int32(i))
	return e
}

// NewNear returns what a search of an input that starts at off in the text
// t knows of the keyword hits there: hits, ordered by start, are those
// that may overlap the input.
func NewNear(hits []Span, off int, t *Text) *Near {
	return &Near{hits: hits, off: off, t: t}
}

// Ungated returns what a search without a keyword gate, of an input that
// starts at off in the text t, knows: every match counts, as with a nil
// Near, but the search visits t's edges and uses t's buffer.
func Ungated(off int, t *Text) *Near {
	return &Near{off: off, t: t, all: true}
}

// NearOrAll is what NewNear(hits, off, t) points to, or for nil hits
// what Ungated(off, t) does (an empty slice that is not nil holds no
// hit): a value, for a caller that picks between them at run time and
// keeps the Near on its stack.
func NearOrAll(hits []Span, off int, t *Text) Near {
	return Near{hits: hits, off: off, t: t, all: hits == nil}
}

// fast is p.fast(s) for the input s that starts at n.off in n's text:
// a stretch of s without a stop byte is one of the text, so when the
// text's longest (measured once, Text.gaps) is short, so are those of s
// (the text lower-cased has its stop bytes where it had them). Without
// an indexed text it reads s.
func (n *Near) fast(p *pattern, s string) bool {
	if n == nil || n.t == nil || n.t.s == "" || n.off < 0 || n.off+len(s) > len(n.t.s) {
		return p.fast(s)
	}
	return n.t.gaps.fastIn(p, s, n.t.s)
}

// fastMemo answers fast for the searches of one text's inputs without
// reading the text once for each (Text.gaps). A run of more than
// maxUnboundedInput bytes without any of a pattern's stop bytes is a run
// without each of them: when the longest stretch without one of them (a
// sentence end, mostly) is shorter, fast is true. The stretches of a few
// such bytes are measured once a text, with strings.IndexByte; only a
// pattern without any of them, or a text with a long stretch (a wall of
// text), reads the text again.
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

// edgeWalk picks the positions of an input worth trying for a pattern
// whose matches start with \b and a byte other than an ASCII non-word
// byte: the input's first, and the text's edges within it.
type edgeWalk struct {
	edges  []int32 // nil: every position
	off, e int
}

// newEdgeWalk returns the walk for a search of p with hits whose first
// position asked about is from: the edges before it are passed over at
// once (a binary search), not one by one.
func newEdgeWalk(p *pattern, hits *Near, from int) edgeWalk {
	if hits == nil || hits.t == nil || hits.t.Edges == nil || !p.wordFirst {
		return edgeWalk{}
	}
	e := hits.t.firstEdge(hits.off + max(from, 1))
	return edgeWalk{edges: hits.t.Edges, off: hits.off, e: e}
}

// next returns the first position at or after i worth trying, or n when
// none is before n; i is past the position the last call returned (the
// search loops move on from it), so an edge returned is passed at once.
func (w *edgeWalk) next(i, n int) int {
	if w.edges == nil || i == 0 {
		return i
	}
	for w.e < len(w.edges) && int(w.edges[w.e])-w.off < i {
		w.e++
	}
	if w.e == len(w.edges) {
		return n
	}
	k := int(w.edges[w.e]) - w.off
	if k >= n {
		return n
	}
	w.e++
	return k
}

// AppendEdges appends to dst, in order, the positions of s where a match
// that starts with \b and a byte other than an ASCII non-word byte can
// start: the starts of ASCII words (runs of the bytes Go's \b counts as
// word bytes), and the non-ASCII bytes right after one ("(?i)s" also
// matches "ſ"). A text and its lower-cased form (phrase.Lower) have the
// same.
func AppendEdges(dst []int32, s string) []int32 {
	prev := false
	for i := 0; i < len(s); i++ {
		var edge bool
		if edge, prev = isEdge(prev, s[i]); edge {
			dst = append(dst, int32(i))
		}
	}
	return dst
}

// edgeTab is isEdge as a table, for Index's loop over every byte:
// edgeTab[prev][b] has bit 0 set when b is an edge after a byte that was
// an ASCII word byte when prev is 1, and bit 1 when b is one.
var edgeTab = func() (t [2][256]uint8) {
	for prev := range t {
		for b := range t[prev] {
			edge, word := isEdge(prev == 1, byte(b))
			if edge {
				t[prev][b] |= 1
			}
			if word {
				t[prev][b] |= 2
			}
		}
	}
	return t
}()

// isEdge reports whether the byte b, after a byte that was an ASCII word
// byte when prev, is an edge (AppendEdges), and whether b is one.
func isEdge(prev bool, b byte) (edge, word bool) {
	word = isASCIIWord(b)
	return word != prev && (word || b >= utf8.RuneSelf), word
}

// Holds reports whether a keyword hit overlaps [a, b) of the input.
func (n *Near) Holds(a, b int) bool {
	a, b = a+n.off, b+n.off
	k := sort.Search(len(n.hits), func(k int) bool { return n.hits[k].Start > a-n.t.MaxKeyword })
	for ; k < len(n.hits) && n.hits[k].Start < b; k++ {
		if n.hits[k].End > a {
			return true
		}
	}
	return false
}

// holdsFrom is holds for a caller whose a never decreases from one call to
// the next: *k, 0 at first, keeps where the search for a's hits starts.
// Once *k == len(n.hits), no hit can overlap anything at or after a.
func (n *Near) holdsFrom(k *int, a, b int) bool {
	a, b = a+n.off, b+n.off
	k0 := *k
	for lo := a - n.t.MaxKeyword; *k < len(n.hits) && n.hits[*k].Start <= lo; {
		*k++
	}
	j := *k
	for ; j < len(n.hits) && n.hits[j].Start < b; j++ {
		if n.hits[j].End > a {
			break
		}
	}
	addWork(j - k0 + 1)
	return j < len(n.hits) && n.hits[j].Start < b
}

// FindAllNear is FindAllStringSubmatchIndex for a keyword-gated pattern
// (without groups, each match may hold only its {start, end}):
// with hits, only the matches that overlap one of the gate's keywords
// count, and a start is not tried unless a keyword lies within reach of
// it; a match without one does not hide the matches it overlaps. Keywords
// are what every match of a gated pattern holds (pack authors give them
// so); most of a window's words are not within reach of one.
func (p *pattern) FindAllNear(s string, hits *Near, groups bool) [][]int {
	w := wantSpan
	if groups {
		w = wantGroups
	}
	return p.findNear(nil, s, hits, -1, w)
}

// FindNear returns the first match FindAllNear would, or nil.
func (p *pattern) FindNear(s string, hits *Near) []int {
	if m := p.findNear(nil, s, hits, 1, wantSpan); len(m) > 0 {
		return m[0]
	}
	return nil
}

// EachNear calls f with each match FindAllNear would return, in order.
func (p *pattern) EachNear(s string, hits *Near, groups bool, f func(m []int)) {
	w := wantSpan
	if groups {
		w = wantGroups
	}
	if hits != nil && hits.t != nil && !hits.t.busy {
		t := hits.t
		t.busy = true
		for _, m := range p.findNear(&t.buf, s, hits, -1, w) {
			f(m)
		}
		t.busy = false
		return
	}
	b := matchBufs.Get().(*matchBuf)
	for _, m := range p.findNear(b, s, hits, -1, w) {
		f(m)
	}
	matchBufs.Put(b)
}

// matchBuf holds a search's matches and the spans they point into, for
// reuse by the next search once the caller is done with them (EachNear).
type matchBuf struct {
	out   [][]int
	arena []int
}

var matchBufs = sync.Pool{New: func() any { return new(matchBuf) }}

// take returns the buffer's slices emptied, or nil ones for a nil buffer:
// a search appends to them.
func (b *matchBuf) take() ([][]int, []int) {
	if b == nil {
		return nil, nil
	}
	return b.out[:0], b.arena[:0]
}

// keep stores the slices a search grew, for the next one.
func (b *matchBuf) keep(out [][]int, arena []int) {
	if b != nil {
		b.out, b.arena = out, arena
	}
}

// findNear returns up to n matches (all when n < 0), in b's memory when
// b is set.
func (p *pattern) findNear(b *matchBuf, s string, hits *Near, n int, w want) [][]int {
	if hits == nil || hits.all {
		if n == 1 {
			if m := p.FindStringIndex(s); m != nil {
				return [][]int{m}
			}
			return nil
		}
		return p.findAll(b, s, w, hits)
	}
	if p.invalid(s, hits) {
		return p.nearRE(s, hits, n)
	}
	// The tries start where the unanchored pass found the first match
	// could begin (none is before), or do not run.
	start := p.nearFrom(s, hits)
	if start < 0 {
		return nil
	}
	addWork(len(s))
	if !hits.fast(p, s) {
		return p.nearRE(s, hits, n)
	}
	out, arena := b.take()
	defer func() { b.keep(out, arena) }()
	read := 0
	stop := -1 // the next stop byte at or after i, once looked for
	k := 0     // hits before hits[k] end too early for any start from i on
	// With the text's edges, a pattern whose matches start with \b and
	// no ASCII non-word byte visits the input's first position and the
	// edges only: no match starts anywhere else.
	walk := newEdgeWalk(p, hits, start)
	for i := start; i < len(s); i++ {
		if i = walk.next(i, len(s)); i == len(s) {
			break
		}
		if costOn {
			p.cost.Visits++
		}
		// Inside a word, a pattern that starts one cannot start: passing
		// over such a byte changes nothing of what follows (holdsFrom
		// only moves forward, and a try there would find nothing).
		if !p.fb.has(s[i]) || !p.startsWord(s, i) || !p.laterStart(s, i) {
			continue
		}
		reach := len(s)
		if p.maxLen >= 0 {
			reach = min(reach, i+p.maxLen)
		}
		if p.stops != (byteSet{}) {
			if stop < i {
				stop = i
				// Stop bytes are ASCII (stopBytes): no rune test.
				for stop < len(s) && !p.stops.has(s[stop]) {
					stop++
				}
			}
			reach = min(reach, stop)
		}
		if !hits.holdsFrom(&k, i, max(reach, i+1)) {
			if k == len(hits.hits) {
				break // no keyword left at or after i
			}
			i = p.skipTo(i, stop, hits, k)
			continue
		}
		if m := p.try(s, i, w, &arena, &read); m != nil && hits.holdsFrom(&k, m[0], m[1]) {
			out = append(out, m)
			if len(out) == n {
				break
			}
			i = m[1] - 1
		}
		if p.overBudget(s, read) {
			addWork(len(s))
			return p.nearRE(s, hits, n)
		}
	}
	return out
}

// nearRE is findNear with regexp's own search: its matches that hold a
// keyword.
func (p *pattern) nearRE(s string, hits *Near, n int) [][]int {
	var out [][]int
	for _, m := range p.whole(len(s)).FindAllStringSubmatchIndex(s, -1) {
		if hits.Holds(m[0], m[1]) {
			out = append(out, m)
			if len(out) == n {
				break
			}
		}
	}
	return out
}

// skipTo returns the last start before the first one, after i, that can
// reach a keyword hit: none of hits.hits[k:] is within reach of i, and a
// match is at most maxLen bytes long and cannot cross a stop byte (stop,
// the next one at or after i, when the pattern has any).
func (p *pattern) skipTo(i, stop int, hits *Near, k int) int {
	k0 := k
	for k < len(hits.hits) && hits.hits[k].End-hits.off <= i {
		k++
	}
	addWork(k - k0 + 1)
	if k == len(hits.hits) {
		return i
	}
	next := hits.hits[k].Start - hits.off // the next hit that ends after i
	if p.maxLen >= 0 {
		i = max(i, next-p.maxLen)
	}
	if p.stops != (byteSet{}) && stop < next {
		i = max(i, stop)
	}
	return i
}

// Hits returns the keyword hits n was made with (in text offsets), where
// its input starts in the text, and whether every match counts (Ungated,
// NearOrAll without hits): with the input's bytes and the pattern, all
// that a search's matches depend on, so a caller may keep the matches of
// one search for another with the same (match.Reuse).
func (n *Near) Hits() (hits []Span, off int, all bool) { return n.hits, n.off, n.all }
