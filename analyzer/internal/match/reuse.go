package match

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/pattern"
)

// Reuse keeps the matches of the keyword-gated searches of one field's
// last analysis, so that the next analysis of the same field, whose text
// differs by what the user typed since, searches again only the windows
// the edit touched.
//
// A gated search's matches depend only on the bytes of its window, the
// keyword hits near it (relative to the window) and the rule: the engine
// sees nothing outside the window (its walk over the text's edges reads
// the edges inside it, each a function of the two bytes around it), and
// its work budget is per search. So a window that lies wholly in the
// bytes the two texts share at their start, or wholly in those they share
// at their end, with the same hits at the same distances, has the same
// matches: they are replayed in the order the search found them. Checks
// that read around a match (check, the words before and after) run again
// on every analysis. Everything else of the analysis is done anew.
//
// A Reuse serves one analysis at a time.
type Reuse struct {
	c        *pack.Compiled
	old, cur searchLog
	// prefix and suffix are the bytes the new text shares with the old
	// at its start and at its end (not overlapping in either); delta is
	// the new text's length less the old's.
	prefix, suffix, delta, n int
	// Hits and Searches count the windows replayed and searched, for
	// tests and benchmarks.
	Hits, Searches int
}

// searchLog is what one analysis searched: one entry per window of a
// gated rule, by rule index then window start.
type searchLog struct {
	text  string
	ents  []logEntry
	hits  []pattern.Span // the entries' hits, relative to their window
	flat  []int          // the entries' matches, relative to their window
	width []int32        // by entry: the offsets of each of its matches
}

type logEntry struct {
	rule, start, end int32
	hitsFrom, hitsTo int32
	flatFrom, flatTo int32
	width            int32
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
	r.delta, r.n = len(s)-len(old), len(s)
	// The view's text may live in pooled memory: the log keeps a copy.
	r.cur.reset(strings.Clone(s))
}

// End makes the analysis just done the one the next reuses.
func (r *Reuse) End() {
	r.old, r.cur = r.cur, r.old
	r.cur.reset("")
}

// Forget drops what r keeps of the last analysis.
func (r *Reuse) Forget() {
	r.old.reset("")
	r.cur.reset("")
	r.c = nil
}

func (l *searchLog) reset(text string) {
	l.text = text
	l.ents, l.hits, l.flat, l.width = l.ents[:0], l.hits[:0], l.flat[:0], l.width[:0]
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

// each calls f with each match of rule ri's search of the window w of the
// text (hits as the search gets them): replayed from the last analysis
// when the window and its hits are unchanged, else searched with re and
// kept for the next.
func (r *Reuse) each(ri int, re *pattern.Pattern, text string, w pack.Span, hits *pattern.Near, groups bool, f func(m []int)) {
	hs, _ := hits.Hits()
	if e, ok := r.find(ri, w, hs); ok {
		r.Hits++
		if VerifyReuse.Load() {
			verify(re, text, w, hits, groups, r.old.flat[e.flatFrom:e.flatTo])
		}
		r.log(ri, w, hs)
		l := &r.old
		width := int(e.width)
		for m := l.flat[e.flatFrom:e.flatTo]; width > 0 && len(m) >= width; m = m[width:] {
			r.keep(m[:width:width])
			f(m[:width:width])
		}
		return
	}
	r.Searches++
	r.log(ri, w, hs)
	re.EachNear(text[w.Start:w.End], hits, groups, func(m []int) {
		r.keep(m)
		f(m)
	})
}

// log starts the current analysis's entry of rule ri's window w.
func (r *Reuse) log(ri int, w pack.Span, hs []pattern.Span) {
	l := &r.cur
	e := logEntry{rule: int32(ri), start: int32(w.Start), end: int32(w.End),
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

// find returns the last analysis's entry for rule ri's window that w is
// now, if w lies in the bytes the two texts share and the hits are the
// same.
func (r *Reuse) find(ri int, w pack.Span, hs []pattern.Span) (logEntry, bool) {
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
	k := sort.Search(len(l.ents), func(k int) bool {
		e := l.ents[k]
		return e.rule > int32(ri) || e.rule == int32(ri) && e.start >= int32(start)
	})
	if k == len(l.ents) {
		return logEntry{}, false
	}
	e := l.ents[k]
	if e.rule != int32(ri) || e.start != int32(start) || int(e.end-e.start) != w.End-w.Start || int(e.hitsTo-e.hitsFrom) != len(hs) {
		return logEntry{}, false
	}
	for i, h := range l.hits[e.hitsFrom:e.hitsTo] {
		if h.Start != hs[i].Start-w.Start || h.End != hs[i].End-w.Start {
			return logEntry{}, false
		}
	}
	return e, true
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
