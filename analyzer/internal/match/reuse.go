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
	// prefix and suffix are the bytes the new text shares with the old
	// at its start and at its end (not overlapping in either); delta is
	// the new text's length less the old's, n the new text's.
	prefix, suffix, delta, n int
	// text is the text Begin was given: a search of another text (the
	// view changed since, or another text altogether) is not reused.
	text string
	// Hits and Searches count the windows replayed and searched, for
	// tests and benchmarks.
	Hits, Searches int
}

// searchLog is what one analysis searched: one entry per window, sorted
// by End by search (pattern, groups) then window start.
type searchLog struct {
	text  string
	ents  []logEntry
	hits  []pattern.Span // the entries' hits, relative to their window
	flat  []int          // the entries' matches, relative to their window
	dirty bool           // ents not yet sorted
}

// searchKey names what a search computes besides its input: the
// pattern, whether it reports groups, and whether every match counts.
type searchKey struct {
	re          uintptr // the *pattern.Pattern (Go's heap objects do not move)
	groups, all bool
}

func (a searchKey) compare(b searchKey) int {
	if c := cmp.Compare(a.re, b.re); c != 0 {
		return c
	}
	if c := cmp.Compare(b2i(a.groups), b2i(b.groups)); c != 0 {
		return c
	}
	return cmp.Compare(b2i(a.all), b2i(b.all))
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

type logEntry struct {
	key              searchKey
	start, end       int32
	hitsFrom, hitsTo int32
	flatFrom, flatTo int32
	width            int32
}

func (a logEntry) compare(b logEntry) int {
	if c := a.key.compare(b.key); c != 0 {
		return c
	}
	return cmp.Compare(a.start, b.start)
}

// Begin readies r for an analysis of the view text s with c: if c is not
// the pack of the last analysis, nothing of that one is reused.
func (r *Reuse) Begin(c *pack.Compiled, s string) {
	if r.c != c {
		r.old.reset("")
		r.c = c
	}
	r.Hits, r.Searches = 0, 0
	old := r.old.text
	r.prefix, r.suffix = CommonEnds(old, s)
	r.delta, r.n, r.text = len(s)-len(old), len(s), s
	// The view's text may live in pooled memory: the log keeps a copy.
	r.cur.reset(strings.Clone(s))
}

// End makes the analysis just done the one the next reuses.
func (r *Reuse) End() {
	r.text = ""
	if r.cur.dirty {
		slices.SortStableFunc(r.cur.ents, logEntry.compare)
	}
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
	l.text, l.dirty = text, false
	l.ents, l.hits, l.flat = l.ents[:0], l.hits[:0], l.flat[:0]
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
	if r == nil || len(text) != len(r.text) || unsafe.StringData(text) != unsafe.StringData(r.text) {
		re.EachNear(text[w.Start:w.End], hits, groups, f)
		return
	}
	hs, _, all := hits.Hits()
	key := searchKey{re: uintptr(unsafe.Pointer(re)), groups: groups, all: all}
	if e, ok := r.find(key, w, hs); ok {
		r.Hits++
		flat := r.old.flat[e.flatFrom:e.flatTo]
		if VerifyReuse.Load() {
			verify(re, text, w, hits, groups, flat)
		}
		r.log(key, w, hs)
		for width := int(e.width); width > 0 && len(flat) >= width; flat = flat[width:] {
			r.keep(flat[:width:width])
			f(flat[:width:width])
		}
		return
	}
	r.Searches++
	r.log(key, w, hs)
	re.EachNear(text[w.Start:w.End], hits, groups, func(m []int) {
		r.keep(m)
		f(m)
	})
}

// log starts the current analysis's entry of the search key of window w.
func (r *Reuse) log(key searchKey, w pack.Span, hs []pattern.Span) {
	l := &r.cur
	e := logEntry{key: key, start: int32(w.Start), end: int32(w.End),
		hitsFrom: int32(len(l.hits)), flatFrom: int32(len(l.flat)), flatTo: int32(len(l.flat))}
	for _, h := range hs {
		l.hits = append(l.hits, pattern.Span{Start: h.Start - w.Start, End: h.End - w.Start})
	}
	e.hitsTo = int32(len(l.hits))
	if n := len(l.ents); n > 0 && l.ents[n-1].compare(e) > 0 {
		l.dirty = true
	}
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

// find returns the last analysis's entry for the search key of the window
// w is now, if w lies in the bytes the two texts share and the hits are
// the same.
func (r *Reuse) find(key searchKey, w pack.Span, hs []pattern.Span) (logEntry, bool) {
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
	want := logEntry{key: key, start: int32(start)}
	k := sort.Search(len(l.ents), func(k int) bool { return l.ents[k].compare(want) >= 0 })
	for ; k < len(l.ents) && l.ents[k].compare(want) == 0; k++ {
		if e := l.ents[k]; int(e.end-e.start) == w.End-w.Start && sameHits(l.hits[e.hitsFrom:e.hitsTo], hs, w.Start) {
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
