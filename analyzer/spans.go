package analyzer

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/internal/spanclf"
	"github.com/discreet-app/discreet/analyzer/internal/tagger"
	"github.com/discreet-app/discreet/rules"
)

// storyMagic opens a weights file that holds the tagger and a span
// classifier: the tagger's length (uint32, little-endian), its bytes,
// then the span model's. A file without it is the tagger alone.
const storyMagic = "DSCSTY\x00\x01"

// joinStory returns the weights file of a tagger and a span model; a nil
// span model gives the tagger's bytes unchanged.
func joinStory(tag, span []byte) []byte {
	if span == nil {
		return tag
	}
	b := append([]byte(storyMagic), binary.LittleEndian.AppendUint32(nil, uint32(len(tag)))...)
	return append(append(b, tag...), span...)
}

// splitStory undoes joinStory.
func splitStory(b []byte) (tag, span []byte, err error) {
	if !bytes.HasPrefix(b, []byte(storyMagic)) {
		return b, nil, nil
	}
	r := b[len(storyMagic):]
	if len(r) < 4 {
		return nil, nil, fmt.Errorf("malformed story weights: truncated")
	}
	n := int(binary.LittleEndian.Uint32(r))
	if r = r[4:]; n > len(r) {
		return nil, nil, fmt.Errorf("malformed story weights: a tagger of %d bytes in %d", n, len(r))
	}
	return r[:n], r[n:], nil
}

// spanCues returns the marks that open proposals, the word classes
// "span" (since, after, when), "third" (she, he, they) and "kin", and the
// kinds sp asks for.
func spanCues(sp *rules.SpanTraining) spanclf.Cues {
	bit := func(name string) uint64 { return 1 << (classShift + slices.Index(rules.TaggerClasses, name)) }
	c := spanclf.Cues{Opener: bit("span"), Subject: bit("third"), Kin: bit("kin")}
	for _, k := range sp.Kinds {
		c.Kinds |= 1 << spanclf.KindNames[k]
	}
	return c
}

// clauseBreaks sets brk[i] when a clause ends after token i of the
// sentence toks of text: punctuation between it and the next, or the
// sentence's end.
func clauseBreaks(brk []bool, text string, toks []phrase.Token) []bool {
	brk = slices.Grow(brk[:0], len(toks))[:len(toks)]
	for i := range toks {
		brk[i] = i+1 == len(toks) || strings.ContainsAny(text[toks[i].End:toks[i+1].Start], ",;:()[]!?.\n–—")
	}
	return brk
}

// spanBuffers is what one sentence's proposals reuse of the last.
type spanBuffers struct {
	brk    []bool
	cands  []spanclf.Candidate
	feats  []uint32
	scores []int32
}

// spanPick is an accepted proposal: its tokens, category and lead.
type spanPick struct {
	start, end, cat int
	lead            int32
}

// proposeSpans returns the proposals of the sentence tt (its phrase
// tokens toks, of text) that the model accepts, that hold no token that
// blocked marks (taken by a rule or the tagger), and that overlap no
// better one, best first.
func proposeSpans(m *spanclf.Model, cues spanclf.Cues, minLead int32, text string, toks []phrase.Token, tt []tagger.Token, near []int32, blocked []bool, b *spanBuffers, out []spanPick) []spanPick {
	b.brk = clauseBreaks(b.brk, text, toks[:len(tt)])
	b.cands = spanclf.Propose(b.cands[:0], tt, b.brk, cues)
	if cap(b.scores) < m.Classes() {
		b.scores = make([]int32, m.Classes())
	}
	first := len(out)
next:
	for _, c := range b.cands {
		for i := c.Start; i < c.End; i++ {
			if blocked[i] {
				continue next
			}
		}
		b.feats = spanclf.Features(b.feats[:0], tt, near, c)
		cat, lead := m.Score(b.feats, b.scores[:m.Classes()])
		if cat > 0 && lead >= minLead {
			out = append(out, spanPick{c.Start, c.End, cat - 1, lead})
		}
	}
	// The best first; one that overlaps a better one goes.
	mine := out[first:]
	slices.SortStableFunc(mine, func(x, y spanPick) int { return int(y.lead - x.lead) })
	kept := out[:first]
	for _, p := range mine {
		if !slices.ContainsFunc(kept[first:], func(q spanPick) bool { return p.start < q.end && q.start < p.end }) {
			kept = append(kept, p)
		}
	}
	return kept
}

// Drops reports whether the span model m, scoring the tagger span of
// tokens [start, end) of tt again, finds "no detail" ahead of every
// category by drop or more.
func (m *spanModel) Drops(tt []tagger.Token, near []int32, start, end int, drop int32, b *spanBuffers) bool {
	if cap(b.scores) < m.Classes() {
		b.scores = make([]int32, m.Classes())
	}
	b.feats = spanclf.Features(b.feats[:0], tt, near, spanclf.Candidate{Start: start, End: end, Kind: spanclf.KindTagged})
	cls, lead := m.Score(b.feats, b.scores[:m.Classes()])
	return cls == 0 && lead >= drop
}

// spanModel is the span classifier as the story uses it.
type spanModel struct{ *spanclf.Model }
