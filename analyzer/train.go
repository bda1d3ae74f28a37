package analyzer

import (
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/match"
	"github.com/discreet-app/discreet/analyzer/internal/normalize"
	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/tagger"
	"github.com/discreet-app/discreet/analyzer/internal/wordset"
	"github.com/discreet-app/discreet/rules"
)

// LabelledPost is a post of a labelled corpus (corpus/GUIDE.md): its text
// and its gold spans, in UTF-16 offsets like findings.
type LabelledPost struct {
	Text string
	// Lang is the post's language; its pack finds the rule matches the
	// tagger sees. Empty means the language being trained.
	Lang  string
	Spans []LabelledSpan
	// Partial says only Spans are known: a sentence written for a test
	// table, whose other words may hold details nobody marked. Its other
	// tokens are tagger.Unknown (or O beside a span, with the spec's
	// written_edges); it weighs the spec's written, and is left out when
	// that is 0.
	Partial bool
}

// LabelledSpan is one gold span.
type LabelledSpan struct {
	Start, End int
	Category   string
}

// TrainTagger trains lang's story tagger on posts with the categories and
// hyper-parameters of spec, and returns the weights file. The features
// are the ones Analyze computes (including the rule matches of each
// post's pack), so the model learns what the rules leave over. Posts of
// other languages may help a language with few: what the rules matched
// and how words are shaped carry over. The same posts, spec and packs
// give the same bytes.
func (a *Analyzer) TrainTagger(lang string, spec *rules.TaggerSpec, posts []LabelledPost) ([]byte, error) {
	cats := spec.CategoryOrder()
	tagOf := map[string]int{}
	for i, cat := range cats {
		tagOf[cat] = 1 + 2*i
	}
	var examples, written []tagger.Example
	var spanSents []spanSentence
	if spec.Train.Written <= 0 {
		posts = slices.DeleteFunc(slices.Clone(posts), func(p LabelledPost) bool { return p.Partial })
	}
	err := a.labelledSentences(lang, spec, posts, tagOf, func(n int, p LabelledPost, foreign bool, tt []tagger.Token, tags []int, s spanSentence) {
		if p.Partial {
			if spec.Train.WrittenFree {
				freeTags(tags, s)
			}
			partialTags(tags, spec.Train.WrittenEdges)
			if slices.ContainsFunc(tags, func(t int) bool { return t > 0 }) {
				written = append(written, tagger.Example{Tokens: tt, Tags: tags, Foreign: foreign, Weight: spec.Train.Written})
			}
			return
		}
		examples = append(examples, tagger.Example{Tokens: tt, Tags: tags, Foreign: foreign})
		if spec.Train.Spans != nil {
			s.post, s.example = n, len(examples)-1
			spanSents = append(spanSents, s)
		}
	})
	if err != nil {
		return nil, err
	}
	t := spec.Train
	m, err := tagger.Train(slices.Concat(examples, written), tagger.Config{
		Categories: cats, Epochs: t.Epochs, Seed: t.Seed, MinCount: t.MinCount, OBias: t.OBias, Prune: t.Prune, MaxFeatures: t.MaxFeatures, Dropout: t.Dropout, WordDropout: t.WordDropout, Runs: t.Runs, Augment: t.Augment,
	})
	if err != nil {
		return nil, err
	}
	w, err := m.MarshalBinary()
	if err != nil || spec.Train.Spans == nil {
		return w, err
	}
	sw, err := trainSpans(spec, examples, written, spanSents, tagOf)
	if err != nil {
		return nil, err
	}
	return joinStory(w, sw), nil
}

// labelledSentences calls f with each sentence of posts: its tagger tokens (a copy),
// their gold tags (tagger tags by tagOf; O outside a gold span) and what
// the span classifier's training needs of it (all but post and example).
// foreign says the post is of another language than lang.
func (a *Analyzer) labelledSentences(lang string, spec *rules.TaggerSpec, posts []LabelledPost, tagOf map[string]int, f func(n int, p LabelledPost, foreign bool, tt []tagger.Token, tags []int, s spanSentence)) error {
	classes := map[string]*wordClasses{}
	common := map[string]*wordset.Set{}
	for n, p := range posts {
		if !utf8.ValidString(p.Text) || len(p.Text) > MaxTextBytes {
			return fmt.Errorf("analyzer: training post %d is not valid UTF-8 or too long", n)
		}
		pl := p.Lang
		if pl == "" {
			pl = lang
		}
		c, err := a.compiledFor(pl)
		if err != nil {
			return err
		}
		gold := utf16ToBytes(p.Text, p.Spans)
		v := c.View(p.Text)
		sents := c.Sentences(v.Text)
		g := c.ScanKeywords(v.Lower)
		cands := match.Find(c, v, sents, g)
		refs := newWholeContext(c, v, sents, g, nil).earlyReferents(cands)
		if classes[pl] == nil {
			// Another language's posts carry its own words' classes.
			other := spec
			if pl != lang {
				if other, err = rules.EmbeddedTaggerSpec(pl); err != nil {
					return err
				}
			}
			classes[pl] = newWordClasses(other, c.StoryWords)
		}
		if _, ok := common[pl]; !ok {
			common[pl] = c.CommonIndex
		}
		toks, marks := storyTokens(v, cands, classes[pl], common[pl])
		taken := pack.NewZones(spansOf(cands))
		sentenceTokens(v, sents, refs, toks, marks, func(first int, tt []tagger.Token) {
			tags := make([]int, len(tt))
			prev := -1 // the gold span the previous token was in
			for i := range tt {
				os, oe := v.Origin(toks[first+i].Start, toks[first+i].End)
				k := -1
				for j, g := range gold {
					if _, ok := tagOf[g.Category]; ok && g.Start < oe && os < g.End {
						k = j
						break
					}
				}
				switch {
				case k < 0:
				case k == prev:
					tags[i] = tagOf[gold[k].Category] + 1
				default:
					tags[i] = tagOf[gold[k].Category]
				}
				prev = k
			}
			f(n, p, pl != lang, slices.Clone(tt), tags, spanSentence{v: v, toks: toks[first : first+len(tt)], taken: taken, gold: gold})
		})
	}
	return nil
}

// freeTags makes Unknown the tags of the tokens of s that a rule match
// overlaps, and the first free token of a span after them its B.
func freeTags(tags []int, s spanSentence) {
	for i, t := range s.toks {
		if tags[i] > 0 && s.taken.Overlaps(pack.Span{Start: t.Start, End: t.End}) {
			tags[i] = tagger.Unknown
		} else if tags[i] > 0 && tags[i]%2 == 0 && (i == 0 || tags[i-1] == tagger.Unknown) {
			tags[i]--
		}
	}
}

// partialTags makes the O tags of a written sentence Unknown, but for the
// token just before and just after each span when edges.
func partialTags(tags []int, edges bool) {
	gold := slices.Clone(tags)
	for i, t := range gold {
		if t != 0 {
			continue
		}
		tags[i] = tagger.Unknown
		before := i+1 < len(gold) && gold[i+1] > 0 && gold[i+1]%2 == 1
		after := i > 0 && gold[i-1] > 0
		if edges && (before || after) {
			tags[i] = 0
		}
	}
}

// SetTagger makes weights, with spec, lang's story tagger from now on;
// nil weights turn the tagger off. The pack is compiled if it is not yet.
func (a *Analyzer) SetTagger(lang string, spec *rules.TaggerSpec, weights []byte) error {
	c, err := a.compiledFor(lang)
	if err != nil {
		return err
	}
	var s *story
	if weights != nil {
		if s, err = newStory(lang, spec, weights); err != nil {
			return err
		}
	}
	lp := &lazyPack{load: func() (*rules.Pack, error) { return c.Pack, nil }}
	lp.once.Do(func() { lp.pack, lp.c, lp.story = c.Pack, c, s })
	a.mu.Lock()
	defer a.mu.Unlock()
	a.packs[lang] = lp
	return nil
}

func (a *Analyzer) compiledFor(lang string) (*pack.Compiled, error) {
	a.mu.RLock()
	lp := a.packs[lang]
	a.mu.RUnlock()
	if lp == nil {
		return nil, fmt.Errorf("unsupported language %q", lang)
	}
	return lp.compiled()
}

// utf16ToBytes converts spans in UTF-16 offsets of text to byte offsets,
// dropping any that is empty or falls inside a character.
func utf16ToBytes(text string, spans []LabelledSpan) []LabelledSpan {
	u := normalize.UnitsOf(text)
	inside := func(x int) bool { return x > 0 && x <= u.Len() && u.Byte(x) == u.Byte(x-1) }
	out := make([]LabelledSpan, 0, len(spans))
	for _, s := range spans {
		if s.Start < 0 || s.End > u.Len() || inside(s.Start) || inside(s.End) {
			continue
		}
		if b, e := u.Byte(s.Start), u.Byte(s.End); e > b {
			out = append(out, LabelledSpan{b, e, s.Category})
		}
	}
	return out
}
