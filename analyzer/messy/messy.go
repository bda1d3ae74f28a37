// Package messy rewrites a labelled post the way people really type
// online: lower case, dropped apostrophes and punctuation, run-on
// sentences, typos, texting and clinician shorthand, emoji and hashtags.
// It is generic, seeded noise (the same post and seed give the same
// result), and every gold span keeps its category and is moved to the
// text it became, so a messy copy of a corpus can be scored and trained on.
package messy

import (
	"hash/fnv"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a gold span in byte offsets of its post's text.
type Span struct {
	Start, End int
	Category   string
}

// Post is a labelled post: its text, its language ("en", "fr", "es") and
// its gold spans. Keep lists words that must survive the post's rewrite;
// they are spared every change but lower case.
type Post struct {
	ID, Lang, Text string
	Spans          []Span
	Keep           []string
}

// Messify returns a messy copy of p: the same post and seed always give
// the same copy. The spans of the copy cover what their text became.
func Messify(p Post, seed uint64) Post {
	h := fnv.New64a()
	h.Write([]byte(p.ID))
	h.Write([]byte(p.Text))
	rng := rand.New(rand.NewPCG(seed, h.Sum64()))
	st := newStyle(rng, p.Lang)
	q := Post{ID: p.ID, Lang: p.Lang, Text: p.Text, Spans: append([]Span(nil), p.Spans...), Keep: p.Keep}
	for _, pass := range []func(*rand.Rand, style, *Post) []edit{
		shorthandPass, apostrophePass, accentPass, typoPass, punctuationPass, casePass, emojiPass,
	} {
		q.Text, q.Spans = apply(q.Text, q.Spans, pass(rng, st, &q))
	}
	q.Spans = trimSpans(q.Text, q.Spans)
	return q
}

// style is how one writer types: each post draws its own.
type style struct {
	lang       string
	lower      int     // 0 keeps case, 1 lowers sentence starts, 2 lowers everything
	apostrophe float64 // chance a contraction loses its apostrophe
	accents    float64 // chance a word loses its accents (fr, es)
	typo       float64 // chance a word of 4+ letters gets a typo
	shorthand  float64 // chance a word with a shorthand form is shortened
	runOn      float64 // chance two sentences are run together
	comma      float64 // chance a comma is dropped
	emoji      float64 // chance a sentence ends with an emoji
	hashtags   bool    // hashtags at the end of the post
}

func newStyle(rng *rand.Rand, lang string) style {
	st := style{lang: lang}
	switch x := rng.Float64(); {
	case x < 0.45:
		st.lower = 2
	case x < 0.8:
		st.lower = 1
	}
	st.apostrophe = []float64{0, 0.5, 0.9}[rng.IntN(3)]
	if lang != "en" {
		st.accents = []float64{0, 0.4, 0.9}[rng.IntN(3)]
	}
	st.typo = 0.01 + 0.04*rng.Float64()
	st.shorthand = 0.3 + 0.6*rng.Float64()
	st.runOn = 0.6 * rng.Float64()
	st.comma = 0.5 * rng.Float64()
	if rng.Float64() < 0.6 {
		st.emoji = 0.1 + 0.3*rng.Float64()
	}
	st.hashtags = rng.Float64() < 0.3
	return st
}

// edit replaces text[a:b] with s; a == b inserts.
type edit struct {
	a, b int
	s    string
}

// apply makes the edits (sorted, not overlapping) and moves the spans: an
// insertion at a span's start goes before the span, one at its end after
// it; an edit inside a span changes the span's text.
func apply(text string, spans []Span, edits []edit) (string, []Span) {
	if len(edits) == 0 {
		return text, spans
	}
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].a < edits[j].a })
	var b strings.Builder
	last := 0
	for _, e := range edits {
		b.WriteString(text[last:e.a])
		b.WriteString(e.s)
		last = e.b
	}
	b.WriteString(text[last:])
	shift := func(x int, atEnd bool) int {
		d := 0
		for _, e := range edits {
			if e.b < x || (e.b == x && (e.a < e.b || !atEnd)) {
				d += len(e.s) - (e.b - e.a)
			}
		}
		return x + d
	}
	out := make([]Span, len(spans))
	for i, s := range spans {
		out[i] = Span{shift(s.Start, false), shift(s.End, true), s.Category}
	}
	return b.String(), out
}

// editor collects edits that neither overlap each other nor cut across a
// span's edge.
type editor struct {
	p     *Post
	edits []edit
}

func (ed *editor) add(a, b int, s string) bool {
	for _, sp := range ed.p.Spans {
		if (a < sp.Start && sp.Start < b) || (a < sp.End && sp.End < b) {
			return false
		}
	}
	for _, e := range ed.edits {
		if a < e.b && e.a < b || (a == b && (a == e.a || a == e.b)) || (e.a == e.b && a < e.a && e.a < b) {
			return false
		}
	}
	ed.edits = append(ed.edits, edit{a, b, s})
	return true
}

// kept reports whether text[a:b] is inside a word of the post's keep list.
func (ed *editor) kept(a, b int) bool {
	lower := strings.ToLower(ed.p.Text)
	for _, k := range ed.p.Keep {
		k = strings.ToLower(k)
		for i := 0; k != "" && i <= len(lower); {
			j := strings.Index(lower[i:], k)
			if j < 0 {
				break
			}
			if i+j < b && a < i+j+len(k) {
				return true
			}
			i += j + 1
		}
	}
	return false
}

// word is a run of letters and inner apostrophes.
type word struct{ start, end int }

func words(s string) []word {
	var out []word
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
				j += n
				continue
			}
			if (r == '\'' || r == '\u2019') && j+n < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[j+n:]); unicode.IsLetter(r2) {
					j += n
					continue
				}
			}
			break
		}
		out = append(out, word{i, j})
		i = j
	}
	return out
}

// trimSpans moves span edges off white space an edit may have left there.
func trimSpans(text string, spans []Span) []Span {
	for i, s := range spans {
		for s.Start < s.End && text[s.Start] == ' ' {
			s.Start++
		}
		for s.End > s.Start && text[s.End-1] == ' ' {
			s.End--
		}
		spans[i] = s
	}
	return spans
}
