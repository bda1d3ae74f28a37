package analyzer

import (
	"github.com/discreet-app/discreet/analyzer/internal/tagger"
	"github.com/discreet-app/discreet/rules"
)

// Reach says what the story tagger alone made of one labelled post's
// gold spans of its categories: Spans of them, Tagged of those that a
// model span (of at least the spec's min_margin) overlaps, Right of those
// that one of their category overlaps. The rules are not asked: a rule
// match that takes a span at run time does not hide what the model
// learnt.
type Reach struct{ Spans, Tagged, Right int }

// TaggerReach returns the Reach of each post with lang's weights (a
// TrainTagger result) and spec: how far the model reads details in posts
// it did not learn from, such as the written sentences held out of its
// training (scripts/cmd/train -written-report).
func (a *Analyzer) TaggerReach(lang string, spec *rules.TaggerSpec, weights []byte, posts []LabelledPost) ([]Reach, error) {
	tw, _, err := splitStory(weights)
	if err != nil {
		return nil, err
	}
	m, err := tagger.Load(tw)
	if err != nil {
		return nil, err
	}
	cats := spec.CategoryOrder()
	tagOf := map[string]int{}
	for i, cat := range cats {
		tagOf[cat] = 1 + 2*i
	}
	minMargin := int32(spec.Train.MinMargin * tagger.Unit)
	tg := m.NewTagger()
	out := make([]Reach, len(posts))
	err = a.labelledSentences(lang, spec, posts, tagOf, func(n int, _ LabelledPost, _ bool, tt []tagger.Token, tags []int, _ spanSentence) {
		got := tg.Tag(tt)
		for i := 0; i < len(tags); i++ {
			if tags[i] <= 0 || tags[i]%2 == 0 {
				continue
			}
			end := i + 1
			for end < len(tags) && tags[end] == tags[i]+1 {
				end++
			}
			out[n].Spans++
			tagged, right := false, false
			for _, sp := range got {
				if sp.Margin >= minMargin && sp.Start < end && i < sp.End {
					tagged = true
					right = right || 1+2*sp.Cat == tags[i]
				}
			}
			if tagged {
				out[n].Tagged++
			}
			if right {
				out[n].Right++
			}
			i = end - 1
		}
	})
	return out, err
}
