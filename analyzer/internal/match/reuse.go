package match

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/pattern"
)

// Reuse keeps the matches of the keyword-gated searches of one field's
// last analysis (the rules' here, the context patterns' in package
// analyzer), so that the next analysis of the same field, whose text
// differs by what the user typed since, searches again only the windows
// the edit touched.
//
// A search's matches depend only on the pattern, whether it asks for
// groups, the bytes of its window and the keyword hits near it (relative
// to the window): the engine sees nothing outside the window (its walk
// over the text's edges reads the edges inside it, each a function of the
// two bytes around it), and its work budget is per search. So a window
// that lies wholly in the bytes the two texts share at their start, or
// wholly in those they share at their end, searched by the same pattern
// with the same hits at the same distances, has the same matches: they
// are replayed in the order the search found them. Checks that read
// around a match run again on every analysis, and so does everything else
// of the analysis.
//
// A Reuse serves one analysis at a time: Begin, searches (Each), End.
type Reuse struct {
	c        *pack.Compiled
	old, cur searchLog
	// ids numbers the searches met since the pack was set, so that a log
	// groups its entries by search in one counting pass (End).
	ids map[searchKey]int32
	// prefix and suffix are the bytes the new text shares with the old
	// at its start and at its end (not overlapping in either); delta is
	// the new text's length less the old's, n the new text's.
	prefix, suffix, delta, n int
	// text is the text Begin was given: a search of another text (the
	// view changed since, or another text altogether) is not reused.
	text string
	// logging: this analysis keeps its searches for the next (Continues).
	logging bool
	// Hits and Searches count the windows replayed and searched, for
	// tests and benchmarks.
	Hits, Searches int
}

// searchLog is what one analysis searched: one entry per window, grouped
// by End by search (the entries of search id k are ents[from[k]:from[k+1]])
// and, within a search, by window start.
type searchLog struct {
	text  string
	ents  []logEntry
	from  []int32        // by search id, where its entries begin (End)
	hits  []pattern.Span // the entries' hits, relative to their window
	flat  []int          // the entries' matches, relative to their window
	order []logEntry     // End's buffer
}

// searchKey names what a search computes besides its input: the
// pattern, whether it reports groups, and whether every match counts.
// Reuse numbers the keys it meets (ids), from 0.
type searchKey struct {
	re          *pattern.Pattern
	groups, all bool
}

type logEntry struct {
	id               int32 // the search's (Reuse.ids)
	start, end       int32
	hitsFrom, hitsTo int32
	flatFrom, flatTo int32
	width            int32
}

// Begin readies r for an analysis of the view text s with c: if c is not
// the pack of the last analysis, nothing of that one is reused. With
// keep false (the post is not an edit of the last: Continues), the
// analysis neither reuses nor keeps its searches, only its text.
func (r *Reuse) Begin(c *pack.Compiled, s string, keep bool) {
	if r.c != c {
		r.old.reset("")
		r.c = c
		r.ids = map[searchKey]int32{}
	}
	r.Hits, r.Searches = 0, 0
	old := r.old.text
	r.prefix, r.suffix = CommonEnds(old, s)
	r.delta, r.n, r.text = len(s)-len(old), len(s), s
	r.logging = keep
	// The view's text may live in pooled memory: the log keeps a copy.
	r.cur.reset(strings.Clone(s))
}

// End makes the analysis just done the one the next reuses.
func (r *Reuse) End() {
	r.text, r.logging = "", false
	r.cur.group(len(r.ids))
	r.old, r.cur = r.cur, r.old
	r.cur.reset("")
}

// Forget drops what r keeps of the last analysis.
func (r *Reuse) Forget() {
	r.text = ""
	r.old.reset("")
	r.cur.reset("")
	r.c = nil
}

func (l *searchLog) reset(text string) {
	l.text = text
	l.ents, l.from, l.hits, l.flat = l.ents[:0], l.from[:0], l.hits[:0], l.flat[:0]
}

// group orders l's entries by search id (of n), keeping the order of each
// search's entries (a counting sort), and then each search's by window
// start where it searched out of order (a search run twice).
func (l *searchLog) group(n int) {
	l.from = slices.Grow(l.from[:0], n+1)[:n+1]
	clear(l.from)
	for _, e := range l.ents {
		l.from[e.id+1]++
	}
	for k := 1; k <= n; k++ {
		l.from[k] += l.from[k-1]
	}
	l.order = slices.Grow(l.order[:0], len(l.ents))[:len(l.ents)]
	for _, e := range l.ents { // from[k] moves from search k's start to its end
		l.order[l.from[e.id]] = e
		l.from[e.id]++
	}
	// from[k] is now where search k's entries end: shift back.
	copy(l.from[1:], l.from[:n])
	l.from[0] = 0
	l.ents, l.order = l.order, l.ents
	for k := 0; k < n; k++ {
		es := l.ents[l.from[k]:l.from[k+1]]
		if !slices.IsSortedFunc(es, byStart) {
			slices.SortStableFunc(es, byStart)
		}
	}
}

func byStart(a, b logEntry) int { return cmp.Compare(a.start, b.start) }

// Continues reports whether the post b, as the user wrote it, looks like
// an edit of the field's last post a (the two share at least a quarter of
// b at their ends: a word typed into the middle while the end grows too
// leaves only the part before it in common): only then are an analysis's searches kept (Begin's
// keep). A post that is not (the first of a field, another post pasted in
// its place) keeps only its text, so a field whose every post is new costs
// no more than no reuse at all. The posts as written, not their views:
// a view may change far from the edit (an uncased post given capitals, a
// word the speller reads otherwise once the next is typed) while the user
// is still typing the same post.
func Continues(a, b string) bool {
	prefix, suffix := CommonEnds(a, b)
	return len(a) > 0 && 4*(prefix+suffix) >= len(b)
}

// CommonEnds returns how many bytes a and b share at their start and,
// past those, at their end: where an edit that made b of a left the text
// as it was.
func CommonEnds(a, b string) (prefix, suffix int) {
	n := min(len(a), len(b))
	for prefix < n && a[prefix] == b[prefix] {
		prefix++
	}
	for suffix < n-prefix && a[len(a)-1-suffix] == b[len(b)-1-suffix] {
		suffix++
	}
	return prefix, suffix
}

// Each calls f with each match of re's search of the window w of the
// text, as re.EachNear(text[w.Start:w.End], hits, groups, f) would:
// replayed from the last analysis when it searched the same window with
// the same pattern and hits, else searched and kept for the next. A nil r
// searches.
func (r *Reuse) Each(re *pattern.Pattern, text string, w pack.Span, hits *pattern.Near, groups bool, f func(m []int)) {
	if r == nil || !r.logging || len(text) != len(r.text) || unsafe.StringData(text) != unsafe.StringData(r.text) {
		re.EachNear(text[w.Start:w.End], hits, groups, f)
		return
	}
	hs, _, all := hits.Hits()
	key := searchKey{re: re, groups: groups, all: all}
	id, known := r.ids[key]
	if !known {
		id = int32(len(r.ids))
		r.ids[key] = id
	}
	if e, ok := r.find(id, w, hs); ok {
		r.Hits++
		flat := r.old.flat[e.flatFrom:e.flatTo]
		if VerifyReuse.Load() {
			verify(re, text, w, hits, groups, flat)
		}
		r.log(id, w, hs)
		for width := int(e.width); width > 0 && len(flat) >= width; flat = flat[width:] {
			r.keep(flat[:width:width])
			f(flat[:width:width])
		}
		return
	}
	r.Searches++
	r.log(id, w, hs)
	re.EachNear(text[w.Start:w.End], hits, groups, func(m []int) {
		r.keep(m)
		f(m)
	})
}

// log starts the current analysis's entry of search id's window w.
func (r *Reuse) log(id int32, w pack.Span, hs []pattern.Span) {
	l := &r.cur
	e := logEntry{id: id, start: int32(w.Start), end: int32(w.End),
		hitsFrom: int32(len(l.hits)), flatFrom: int32(len(l.flat)), flatTo: int32(len(l.flat))}
	for _, h := range hs {
		l.hits = append(l.hits, pattern.Span{Start: h.Start - w.Start, End: h.End - w.Start})
	}
	e.hitsTo = int32(len(l.hits))
	l.ents = append(l.ents, e)
}

// keep adds the match m (relative to the window) to the entry logged last.
func (r *Reuse) keep(m []int) {
	l := &r.cur
	e := &l.ents[len(l.ents)-1]
	l.flat = append(l.flat, m...)
	e.flatTo = int32(len(l.flat))
	e.width = int32(len(m))
}

// find returns the last analysis's entry for search id's window that w is
// now, if w lies in the bytes the two texts share and the hits are the
// same.
func (r *Reuse) find(id int32, w pack.Span, hs []pattern.Span) (logEntry, bool) {
	var start int
	switch {
	case w.End <= r.prefix:
		start = w.Start
	case w.Start >= r.n-r.suffix:
		start = w.Start - r.delta
	default:
		return logEntry{}, false
	}
	l := &r.old
	if int(id)+1 >= len(l.from) {
		return logEntry{}, false // a search the last analysis did not know
	}
	es := l.ents[l.from[id]:l.from[id+1]]
	k := sort.Search(len(es), func(k int) bool { return es[k].start >= int32(start) })
	for ; k < len(es) && es[k].start == int32(start); k++ {
		e := es[k]
		if int(e.end-e.start) == w.End-w.Start && sameHits(l.hits[e.hitsFrom:e.hitsTo], hs, w.Start) {
			return e, true
		}
	}
	return logEntry{}, false
}

// sameHits reports whether the hits old, relative to their window, are
// hs relative to a window at off.
func sameHits(old, hs []pattern.Span, off int) bool {
	if len(old) != len(hs) {
		return false
	}
	for i, h := range old {
		if h.Start != hs[i].Start-off || h.End != hs[i].End-off {
			return false
		}
	}
	return true
}

// VerifyReuse, when set (by tests), makes every replayed window searched
// too, and panics if the search finds other matches than the replay.
var VerifyReuse atomic.Bool

// verify panics unless searching the window w finds the matches flat.
func verify(re *pattern.Pattern, text string, w pack.Span, hits *pattern.Near, groups bool, flat []int) {
	got := []int{}
	re.EachNear(text[w.Start:w.End], hits, groups, func(m []int) { got = append(got, m...) })
	if !slices.Equal(got, flat) {
		panic(fmt.Sprintf("match.Reuse: the window %v replayed %v where a search finds %v", w, flat, got))
	}
}
