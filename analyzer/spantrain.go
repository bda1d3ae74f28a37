package analyzer

import (
	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/internal/spanclf"
	"github.com/discreet-app/discreet/analyzer/internal/tagger"
	"github.com/discreet-app/discreet/rules"
)

// spanSentence is a training sentence as the span classifier needs it:
// its post, its tagger example, its phrase tokens and what rules took.
type spanSentence struct {
	post, example int
	v             *pack.View
	toks          []phrase.Token
	taken         pack.Zones
	gold          []LabelledSpan
}

// spanFolds is how many folds the span classifier's training posts are
// tagged in: each fold by a tagger trained without it, so the proposals
// it learns from are the ones a tagger leaves where it has not seen the
// post, as at run time.
const spanFolds = 3

// trainSpans trains the span classifier of spec on the proposals of
// sents that rule matches and a held-out tagger (spanFolds) leave free,
// and returns its bytes. The written sentences (partly labelled) join
// every fold's tagger and propose nothing. The same sentences and spec give the same
// bytes.
func trainSpans(spec *rules.TaggerSpec, examples, written []tagger.Example, sents []spanSentence, tagOf map[string]int) ([]byte, error) {
	t := spec.Train
	cats := spec.CategoryOrder()
	minMargin := int32(t.MinMargin * tagger.Unit)
	var out []spanclf.Example
	var b spanBuffers
	for f := range spanFolds {
		var train []tagger.Example
		for i, e := range examples {
			if examplePost(sents, i)%spanFolds != f {
				train = append(train, e)
			}
		}
		train = append(train, written...)
		m, err := tagger.Train(train, tagger.Config{
			Categories: cats, Epochs: t.Epochs, Seed: t.Seed, MinCount: t.MinCount, OBias: t.OBias, Prune: t.Prune, MaxFeatures: t.MaxFeatures, Dropout: t.Dropout, WordDropout: t.WordDropout, Runs: t.Runs, Augment: t.Augment,
		})
		if err != nil {
			return nil, err
		}
		tg := m.NewTagger()
		tg.KeepNear()
		for _, s := range sents {
			if s.post%spanFolds != f {
				continue
			}
			tt := examples[s.example].Tokens
			tagged := make([]bool, len(tt))
			for _, sp := range tg.Tag(tt) {
				if sp.Margin < minMargin {
					continue
				}
				for i := sp.Start; i < sp.End; i++ {
					tagged[i] = true
				}
				if t.Spans.Rescore {
					c := spanclf.Candidate{Start: sp.Start, End: sp.End, Kind: spanclf.KindTagged}
					out = append(out, spanclf.Example{Feats: spanclf.Features(nil, tt, tg.Near(), c), Class: goldClass(s, c, tagOf)})
				}
			}
			out = spanExamples(out, &b, spanCues(t.Spans), s, tt, tagged, tg.Near(), tagOf)
		}
	}
	sm, err := spanclf.Train(out, spanclf.Config{Classes: len(cats) + 1, Epochs: t.Spans.Epochs, MinCount: t.Spans.MinCount, Seed: t.Seed})
	if err != nil {
		return nil, err
	}
	return sm.MarshalBinary()
}

// examplePost returns the post of tagger example i: sents holds one
// sentence per example, in order.
func examplePost(sents []spanSentence, i int) int { return sents[i].post }

// spanExamples appends to out the proposals of the sentence s (its tagger
// tokens tt) that no rule match nor tagged token overlaps, each with the
// class of the first gold span of a tagged category it overlaps (1 + the
// category's index) or 0.
func spanExamples(out []spanclf.Example, b *spanBuffers, cues spanclf.Cues, s spanSentence, tt []tagger.Token, tagged []bool, near []int32, tagOf map[string]int) []spanclf.Example {
	b.brk = clauseBreaks(b.brk, s.v.Text, s.toks)
	b.cands = spanclf.Propose(b.cands[:0], tt, b.brk, cues)
next:
	for _, c := range b.cands {
		for i, t := range s.toks[c.Start:c.End] {
			if tagged[c.Start+i] || s.taken.Overlaps(pack.Span{Start: t.Start, End: t.End}) {
				continue next
			}
		}
		class := goldClass(s, c, tagOf)
		out = append(out, spanclf.Example{Feats: spanclf.Features(nil, tt, near, c), Class: class})
	}
	return out
}

// goldClass returns the class of proposal c of the sentence s: 1 + the
// index of the category of the first gold span it overlaps, or 0.
func goldClass(s spanSentence, c spanclf.Candidate, tagOf map[string]int) int {
	from, to := s.v.Origin(s.toks[c.Start].Start, s.toks[c.End-1].End)
	for _, g := range s.gold {
		if tag, ok := tagOf[g.Category]; ok && g.Start < to && from < g.End {
			return 1 + tag/2
		}
	}
	return 0
}
