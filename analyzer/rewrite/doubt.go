package rewrite

import (
	"slices"
	"strings"
	"unicode"
)

// Span is a stretch of Post.Text in bytes, End exclusive.
type Span struct{ Start, End int }

// doubtsIn reports whether text[bs:be] of the post holds one of its
// doubtful tokens (Post.Doubtful) that no finding holds and that may go
// (see doubted): the tagger came near reading it as someone's story. The
// sanitized text of a post that asks for nothing (strict: a vent, a
// small win) keeps no such sentence: it has no need to carry, and a
// vent's "the week the news broke" or "since the move" is its story
// though nothing underlines it. Its questions (asks) keep them: without
// its question a vent falls back to the sanitized sentences, which say
// more. So do the asks of other posts: the tagger comes near a story as
// often on the verb of an ask ("who takes", "qui parle"), which an ask
// cannot lose (h-leak13: leaving such words out of kept asks cost the
// probes' keep 0.05 and moved no leak).
func (c *run) doubtsIn(bs, be int) bool {
	d := c.post.Doubtful
	k, _ := slices.BinarySearchFunc(d, bs, func(s Span, at int) int { return s.Start - at })
	for ; k < len(d) && d[k].Start < be; k++ {
		s := d[k]
		if s.End > be || slices.ContainsFunc(c.post.Findings, func(f Finding) bool { return f.Start < s.End && s.Start < f.End }) {
			continue
		}
		if c.doubted(s) {
			return true
		}
	}
	return false
}

// doubted reports whether the token s of the post may go: a word with a
// letter that is no stopword, pronoun, article, preposition, conjunction
// or person noun, and no word of a need vocabulary, of a clinical
// finding or of what a need lead asks for.
func (c *run) doubted(s Span) bool {
	text, gr := c.post.Text, c.gr
	w := text[s.Start:s.End]
	if !strings.ContainsFunc(w, unicode.IsLetter) || isI(w) {
		return false
	}
	lw := strings.ToLower(w)
	if gr.stop[lw] || gr.first[lw] || gr.third[lw] || gr.preps[lw] || gr.conj[lw] || gr.articles[lw] != "" || gr.persons[lw] {
		return false
	}
	if c.clin == nil {
		c.clin = clinicalWords(c.post.Findings)
	}
	return !known(gr, w, c.clin) && !gr.statesNeed(w) && !gr.isNeed(w) && !gr.afterNeedLead(text[:s.Start])
}
