package analyzer

import (
	"slices"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/discreet-app/discreet/analyzer/internal/match"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/internal/tagger"
)

// tagReuse keeps what the story tagger said of each sentence of one
// field's last analysis, so that the next analysis of the field tags
// again only the sentences whose tagger tokens changed.
//
// The tagger's spans and nearness (tagger.Tagger.Tag, Near) are a
// function of the sentence's tokens alone: their words, lower-cased
// words, marks and zone. A sentence is looked for in the last analysis
// where the edit would have left it (in the bytes the two texts share at
// their start, or at their end), and reused only if every one of its
// tokens is equal to the one there, compared by content. Everything the
// spans go through next (overlap with rule candidates, the span model)
// runs anew.
type tagReuse struct {
	story    *story
	old, cur tagLog
	// prefix, suffix, delta, n: see match.Reuse.
	prefix, suffix, delta, n int
	// hits and tagged count the sentences reused and tagged.
	hits, tagged int
	// logging: this tagging reuses the last and is kept for the next
	// (match.Continues).
	logging bool
}

// tagLog is what the tagger said of one analysis's sentences, in order;
// its tokens' words are slices of its own copy of the text.
type tagLog struct {
	text, lower string
	sents       []tagEntry
	toks        []tagger.Token
	spans       []tagger.Span
	near        []int32
}

type tagEntry struct {
	start            int32 // the view offset of the sentence's first token
	tokFrom, tokTo   int32
	spanFrom, spanTo int32
	nearFrom, nearTo int32
}

func (l *tagLog) reset(text, lower string) {
	l.text, l.lower = text, lower
	l.sents, l.toks, l.spans, l.near = l.sents[:0], l.toks[:0], l.spans[:0], l.near[:0]
}

// begin readies r for tagging the view text s (lower-cased: lower) with
// story s; a different story than last time reuses nothing, and with
// keep false (match.Reuse.Begin) nothing is reused or kept.
func (r *tagReuse) begin(st *story, s, lower string, keep bool) {
	if r.story != st {
		r.old.reset("", "")
		r.story = st
	}
	r.hits, r.tagged = 0, 0
	old := r.old.text
	r.prefix, r.suffix = match.CommonEnds(old, s)
	r.delta, r.n = len(s)-len(old), len(s)
	r.logging = keep
	// The view's text may live in pooled memory: the log keeps a copy.
	r.cur.reset(strings.Clone(s), strings.Clone(lower))
}

// end makes the tagging just done the one the next reuses.
func (r *tagReuse) end() {
	r.old, r.cur = r.cur, r.old
	r.cur.reset("", "")
}

// forget drops what r keeps.
func (r *tagReuse) forget() {
	r.old.reset("", "")
	r.cur.reset("", "")
	r.story = nil
}

// tag returns what tg.Tag(tt) and then tg.Near() return, for the
// sentence whose tokens tt are (view offsets: toks): reused from the last
// analysis when that had the same tokens, else tagged with tg. It logs
// the sentence for the next analysis either way, when the post continues
// the last (match.Continues).
func (r *tagReuse) tag(tg *tagger.Tagger, toks []phrase.Token, tt []tagger.Token) ([]tagger.Span, []int32) {
	if !r.logging {
		r.tagged++
		return tg.Tag(tt), tg.Near()
	}
	start, end := toks[0].Start, toks[len(tt)-1].End
	l := &r.cur
	e := tagEntry{start: int32(start), tokFrom: int32(len(l.toks))}
	for i, t := range tt {
		s, e := toks[i].Start, toks[i].End
		l.toks = append(l.toks, tagger.Token{Word: l.text[s:e], Lower: l.lower[s:e], Marks: t.Marks, Zone: t.Zone})
	}
	e.tokTo = int32(len(l.toks))
	var spans []tagger.Span
	var near []int32
	if old, ok := r.find(start, end, tt); ok {
		r.hits++
		spans = r.old.spans[old.spanFrom:old.spanTo]
		near = r.old.near[old.nearFrom:old.nearTo]
		if verifyTagReuse.Load() {
			if !slices.Equal(spans, tg.Tag(tt)) || !slices.Equal(near, tg.Near()) {
				panic("tagReuse: a reused sentence tags otherwise")
			}
		}
	} else {
		r.tagged++
		spans, near = tg.Tag(tt), tg.Near()
	}
	e.spanFrom, e.nearFrom = int32(len(l.spans)), int32(len(l.near))
	l.spans = append(l.spans, spans...)
	l.near = append(l.near, near...)
	e.spanTo, e.nearTo = int32(len(l.spans)), int32(len(l.near))
	l.sents = append(l.sents, e)
	return spans, near
}

// find returns the last analysis's entry of the sentence that spans
// [start, end) of the view now, if its tokens were tt.
func (r *tagReuse) find(start, end int, tt []tagger.Token) (tagEntry, bool) {
	var at int
	switch {
	case end <= r.prefix:
		at = start
	case start >= r.n-r.suffix:
		at = start - r.delta
	default:
		return tagEntry{}, false
	}
	l := &r.old
	k := sort.Search(len(l.sents), func(k int) bool { return l.sents[k].start >= int32(at) })
	if k == len(l.sents) || l.sents[k].start != int32(at) {
		return tagEntry{}, false
	}
	e := l.sents[k]
	old := l.toks[e.tokFrom:e.tokTo]
	if len(old) != len(tt) {
		return tagEntry{}, false
	}
	for i, t := range tt {
		if old[i] != t {
			return tagEntry{}, false
		}
	}
	return e, true
}

// verifyTagReuse, when set (by tests), makes every reused sentence tagged
// too, and panics if the tagger says otherwise than the reuse.
var verifyTagReuse atomic.Bool
