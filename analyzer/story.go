package analyzer

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/internal/spanclf"
	"github.com/discreet-app/discreet/analyzer/internal/tagger"
	"github.com/discreet-app/discreet/analyzer/internal/wordset"
	"github.com/discreet-app/discreet/rules"
)

// story is a language's learned tagger for the details of a client's
// story that word lists cannot enumerate, with one rule-like record per
// category it tags so its findings read like any rule's.
type story struct {
	model     *tagger.Model
	buffers   *sync.Pool   // of *storyBuffers, which analyses reuse
	rules     []*pack.Rule // by the model's category index
	minMargin int32
	spec      *rules.TaggerSpec
	taggers   *sync.Pool // of *tagger.Tagger, whose buffers analyses reuse
	// common holds the pack's common words (rareWord) and classes the
	// word classes of spec and of the pack's story words, from the first
	// tag.
	common     *wordset.Set
	classes    *wordClasses
	commonOnce sync.Once
	// spans, if not nil, scores the spans proposed from clause structure
	// where the tagger found nothing (spans.go); spanLead is the lead over
	// "no detail" a proposal needs.
	spans    *spanModel
	cues     spanclf.Cues
	spanLead int32
	// dropLead, if rescore, is the lead of "no detail" over every
	// category at which the span model drops a tagger span.
	rescore  bool
	dropLead int32
}

// storyBuffers is what one tagging reuses of the last: the tokens of a
// sentence and the untaken parts of a model span.
type storyBuffers struct {
	sent   []tagger.Token
	ranges [][2]int
	tagged []bool // by token of the sentence: in a tagger span
	spans  spanBuffers
	picks  []spanPick
	marks  []uint64    // by token of the post (storyTokensInto)
	taken  []pack.Span // the rule candidates' spans
}

// release clears the words of the post out of b and puts it back in pool.
func (b *storyBuffers) release(pool *sync.Pool) {
	clear(b.sent[:cap(b.sent)])
	pool.Put(b)
}

// storyIndex numbers the model's pseudo-rules after every pack rule, so
// overlap resolution prefers a rule on a tie.
const storyIndex = 1 << 20

// newStory pairs a model with its spec; the model's categories must be
// the spec's, in order.
func newStory(lang string, spec *rules.TaggerSpec, weights []byte) (*story, error) {
	weights, spanWeights, err := splitStory(weights)
	if err != nil {
		return nil, fmt.Errorf("analyzer: %s tagger: %w", lang, err)
	}
	m, err := tagger.Load(weights)
	if err != nil {
		return nil, fmt.Errorf("analyzer: %s tagger: %w", lang, err)
	}
	cats := m.Categories()
	if want := spec.CategoryOrder(); fmt.Sprint(want) != fmt.Sprint(cats) {
		return nil, fmt.Errorf("analyzer: %s tagger: the weights tag %v but tagger.json says %v", lang, cats, want)
	}
	s := &story{model: m, minMargin: int32(spec.Train.MinMargin * tagger.Unit), spec: spec,
		taggers: &sync.Pool{New: func() any { return m.NewTagger() }}, buffers: &sync.Pool{New: func() any { return new(storyBuffers) }}}
	if spanWeights != nil {
		sm, err := spanclf.Load(spanWeights)
		if err != nil {
			return nil, fmt.Errorf("analyzer: %s span model: %w", lang, err)
		}
		s.spans = &spanModel{sm}
		s.taggers = &sync.Pool{New: func() any { tg := m.NewTagger(); tg.KeepNear(); return tg }}
		if s.spans.Classes() != len(cats)+1 {
			return nil, fmt.Errorf("analyzer: %s span model: %d classes for %d categories", lang, s.spans.Classes(), len(cats))
		}
		if sp := spec.Train.Spans; sp != nil {
			s.spanLead, s.rescore, s.dropLead = int32(sp.MinLead), sp.Rescore, int32(sp.DropLead)
			s.cues = spanCues(sp)
		} else {
			s.cues = spanCues(&rules.SpanTraining{})
		}
	}
	for i, c := range cats {
		f := spec.Categories[c]
		s.rules = append(s.rules, &pack.Rule{Rule: &rules.Rule{
			ID: "story-" + c, Kind: "model", Category: c, Severity: f.Severity,
			Attribution: rules.AttrSentence, Message: f.Message, Replacement: f.Replacement,
		}, Name: lang + "/story-" + c, Index: storyIndex + i, Gate: -1})
	}
	return s, nil
}

// embeddedStory returns lang's built-in tagger, or nil if it has none.
func embeddedStory(lang string) (*story, error) {
	spec, weights, err := rules.EmbeddedTagger(lang)
	if err != nil || spec == nil {
		return nil, err
	}
	return newStory(lang, spec, weights)
}

// markBit is the tagger mark of a rule candidate's category.
// A wordset.Map, read for every candidate of a post: WebAssembly hashes a
// Go map's string keys slowly.
var markBit = func() *wordset.Map[uint64] {
	m := map[string]uint64{}
	for i, c := range rules.Categories {
		m[c] = 1 << i
	}
	return wordset.NewMap(m)
}()

// wordClasses maps a lower-case word to the tagger marks of its word
// classes (rules.TaggerClasses), set above the category marks. It is
// read for every token of a post: a wordset.Map, whose hash is cheap in
// WebAssembly where a Go map's is not.
type wordClasses struct{ m *wordset.Map[uint64] }

// of returns the marks of w's word classes, 0 for a word in none.
func (c *wordClasses) of(w string) uint64 {
	marks, _ := c.m.Get(w)
	return marks
}

// classShift is the mark bit of the first word class: the categories'
// bits come below it.
const classShift = 32

// newWordClasses reads the word classes of spec (none for a nil spec)
// and of a pack's story words ("word=class", pack.Compiled.StoryWords;
// an entry of an unknown class, or without one, is skipped).
func newWordClasses(spec *rules.TaggerSpec, storyWords []string) *wordClasses {
	out := map[string]uint64{}
	add := func(w string, class int) {
		// Posts typed without accents ("seance") find the word too.
		out[w] |= 1 << (classShift + class)
		out[tagger.Fold(w)] |= 1 << (classShift + class)
	}
	if spec != nil {
		for i, name := range rules.TaggerClasses {
			for _, w := range spec.Classes[name] {
				add(w, i)
			}
		}
	}
	for _, e := range storyWords {
		w, name, ok := strings.Cut(e, "=")
		if i := slices.Index(rules.TaggerClasses, name); ok && i >= 0 && w != "" {
			add(w, i)
		}
	}
	return &wordClasses{wordset.NewMap(out)}
}

// storyTokens returns the tokens of v and, for each, the marks of its
// word classes and of the rule candidates that overlap it.
func storyTokens(v *pack.View, cands []pack.Candidate, classes *wordClasses, common *wordset.Set) ([]phrase.Token, []uint64) {
	return storyTokensInto(nil, v, cands, classes, common)
}

// storyTokensInto is storyTokens writing the marks in buf's array (grown
// if short), which the caller may reuse.
func storyTokensInto(buf []uint64, v *pack.View, cands []pack.Candidate, classes *wordClasses, common *wordset.Set) ([]phrase.Token, []uint64) {
	toks := v.Tokens()
	marks := slices.Grow(buf[:0], len(toks))[:len(toks)]
	for i, t := range toks {
		w := v.Lower[t.Start:t.End]
		marks[i] = classes.of(w)
		if common != nil && rareWord(w, common) {
			marks[i] |= rareBit
		}
	}
	for _, cd := range cands {
		bit, _ := markBit.Get(cd.Rule.Category)
		i := sort.Search(len(toks), func(i int) bool { return toks[i].End > cd.Start })
		for ; i < len(toks) && toks[i].Start < cd.End; i++ {
			marks[i] |= bit
		}
	}
	return toks, marks
}

// sentenceTokens calls f with the tagger tokens of each sentence and the
// index of its first token in toks; refs[k] says who sentence k is about.
// The tokens are only valid during the call: f must copy them to keep
// them.
func sentenceTokens(v *pack.View, sents []pack.Span, refs []Referent, toks []phrase.Token, marks []uint64, f func(first int, tt []tagger.Token)) {
	sentenceTokensInto(nil, v, sents, refs, toks, marks, f)
}

// sentenceTokensInto is sentenceTokens building each sentence's tokens
// in buf's array; it returns the array, grown, for the next call.
func sentenceTokensInto(buf []tagger.Token, v *pack.View, sents []pack.Span, refs []Referent, toks []phrase.Token, marks []uint64, f func(first int, tt []tagger.Token)) []tagger.Token {
	i := 0
	for k, s := range sents {
		zone := uint8(refs[k])
		for i < len(toks) && toks[i].Start < s.Start {
			i++
		}
		first := i
		buf = buf[:0]
		for ; i < len(toks) && toks[i].End <= s.End; i++ {
			t := toks[i]
			buf = append(buf, tagger.Token{Word: v.Text[t.Start:t.End], Lower: v.Lower[t.Start:t.End], Marks: marks[i], Zone: zone})
		}
		if len(buf) > 0 {
			f(first, buf)
		}
	}
	return buf
}

// tag appends to cands the model's spans, less what rule candidates
// overlap (untaken): rules stay for what is certain, the model adds what
// lists cannot hold.
// Its candidates then go through attribution and overlap resolution like
// any sentence-attributed rule's.
// refs says who each sentence is about (context.earlyReferents).
func (s *story) tag(v *pack.View, c *pack.Compiled, sents []pack.Span, refs []Referent, cands []pack.Candidate) []pack.Candidate {
	return s.tagReusing(v, c, sents, refs, cands, nil, false)
}

// tagReusing is tag that takes, from reuse (if not nil), what the tagger
// said of the sentences the last analysis of the same field had as they
// are (see tagReuse); it returns the same candidates.
func (s *story) tagReusing(v *pack.View, c *pack.Compiled, sents []pack.Span, refs []Referent, cands []pack.Candidate, reuse *tagReuse, keep bool) []pack.Candidate {
	return s.tagDoubting(v, c, sents, refs, cands, reuse, keep, nil)
}

// tagDoubting is tagReusing that also appends to doubt (when not nil)
// the view spans of the tokens the tagger came near tagging and no
// candidate holds (see doubtful): what the rewrite leaves out of a kept
// ask though no finding names it.
func (s *story) tagDoubting(v *pack.View, c *pack.Compiled, sents []pack.Span, refs []Referent, cands []pack.Candidate, reuse *tagReuse, keep bool, doubt *[]pack.Span) []pack.Candidate {
	if reuse != nil {
		reuse.begin(s, v.Text, v.Lower, keep)
		defer reuse.end()
	}
	// The pack's common words and story words are the same at every
	// call: hashed once.
	s.commonOnce.Do(func() { s.common, s.classes = c.CommonIndex, newWordClasses(s.spec, c.StoryWords) })
	buf := s.buffers.Get().(*storyBuffers)
	defer buf.release(s.buffers)
	toks, marks := storyTokensInto(buf.marks, v, cands, s.classes, s.common)
	buf.marks = marks
	buf.taken = appendSpans(buf.taken[:0], cands)
	taken := pack.NewZones(buf.taken)
	out := cands
	tg := s.taggers.Get().(*tagger.Tagger)
	defer s.taggers.Put(tg)
	buf.sent = sentenceTokensInto(buf.sent[:0], v, sents, refs, toks, marks, func(first int, tt []tagger.Token) {
		if s.spans != nil {
			buf.tagged = slices.Grow(buf.tagged[:0], len(tt))[:len(tt)]
			clear(buf.tagged)
		}
		var spans []tagger.Span
		var near []int32
		if reuse != nil {
			spans, near = reuse.tag(tg, toks[first:first+len(tt)], tt)
		} else {
			spans, near = tg.Tag(tt), tg.Near()
		}
		for _, sp := range spans {
			if sp.Margin < s.minMargin {
				continue
			}
			for i := sp.Start; s.spans != nil && i < sp.End; i++ {
				buf.tagged[i] = true
			}
			if s.rescore && s.spans.Drops(tt, near, sp.Start, sp.End, s.dropLead, &buf.spans) {
				continue
			}
			buf.ranges = appendUntaken(buf.ranges[:0], toks[first:], sp.Start, sp.End, taken)
			for _, r := range buf.ranges {
				at := pack.Span{Start: toks[first+r[0]].Start, End: toks[first+r[1]-1].End}
				if !storyWorthy(v.Text[at.Start:at.End]) {
					continue
				}
				out = append(out, pack.Candidate{Span: at, Base: at, Rule: s.rules[sp.Cat], Why: "the tagger read it as part of this person's story"})
			}
		}
		if s.spans == nil {
			return
		}
		for i, t := range toks[first : first+len(tt)] {
			buf.tagged[i] = buf.tagged[i] || taken.Overlaps(pack.Span{Start: t.Start, End: t.End})
		}
		if doubt != nil {
			*doubt = appendDoubtful(*doubt, toks[first:first+len(tt)], near, buf.tagged)
		}
		buf.picks = proposeSpans(s.spans.Model, s.cues, s.spanLead, v.Text, toks[first:], tt, near, buf.tagged, &buf.spans, buf.picks[:0])
		for _, p := range buf.picks {
			at := pack.Span{Start: toks[first+p.start].Start, End: toks[first+p.end-1].End}
			if !storyWorthy(v.Text[at.Start:at.End]) {
				continue
			}
			out = append(out, pack.Candidate{Span: at, Base: at, Rule: s.rules[p.cat], Why: "its clause reads as part of this person's story"})
		}
	})
	return out
}

// minRest is the fewest tokens the head or the tail of a model span must
// keep, once the tokens a rule match overlaps are taken out, to stand as a
// finding of its own: a long span often holds a rule's match and a detail
// beside it ("[her husband] moved out after the fire", the rule taking "her
// husband"). The words between two rule matches are left to them. Chosen
// by cross-validation on train (`scripts/eval --set train --cv 5`):
// dropping every span a rule overlaps (as before) and keeping parts of 2,
// 3, 4 or 6 tokens gave recall / precision 0.773 / 0.845, 0.783 / 0.837,
// 0.782 / 0.843, 0.780 / 0.846 and 0.776 / 0.846.
const minRest = 4

// untaken returns, as token ranges [start, end), what of the span of
// tokens [start, end) of toks no zone of taken overlaps: the whole span if
// none does, else its head and its tail if they have minRest tokens.
func untaken(toks []phrase.Token, start, end int, taken pack.Zones) [][2]int {
	return appendUntaken(nil, toks, start, end, taken)
}

// appendUntaken is untaken appending to out.
func appendUntaken(out [][2]int, toks []phrase.Token, start, end int, taken pack.Zones) [][2]int {
	run := -1
	for i := start; i <= end; i++ {
		if i < end && !taken.Overlaps(pack.Span{Start: toks[i].Start, End: toks[i].End}) {
			if run < 0 {
				run = i
			}
			continue
		}
		if run >= 0 && (run == start && i == end || i-run >= minRest && (run == start || i == end)) {
			out = append(out, [2]int{run, i})
		}
		run = -1
	}
	return out
}

func spansOf(cands []pack.Candidate) []pack.Span {
	return appendSpans(make([]pack.Span, 0, len(cands)), cands)
}

// appendSpans appends the spans of cands to out.
func appendSpans(out []pack.Span, cands []pack.Candidate) []pack.Span {
	for _, cd := range cands {
		out = append(out, cd.Span)
	}
	return out
}

// storyWorthy reports whether a model span's text can stand as a detail:
// it holds at least two letters. A lone letter is what is left of a span
// when a rule takes the word before an elided pronoun (fr "DPJ m'envoie"
// leaves "m"), never a detail of anyone's story.
func storyWorthy(text string) bool {
	n := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}
