package analyzer

// Trace: where a detail is lost. It replays the pipeline's first stages
// on one post and reports every candidate the rules and the story tagger
// proposed with what became of it, so that a missed gold span can be
// told apart: nothing proposed it, attribution dropped it (and why), or
// overlap resolution gave its bytes to another candidate. Analyze never
// calls it: the hook it uses (context.drop) is nil there.

import (
	"github.com/discreet-app/discreet/analyzer/internal/pack"
)

// Proposal is one candidate of a Trace, with UTF-16 offsets like a
// finding's.
type Proposal struct {
	Start, End int
	Category   string
	Rule       string // the rule's name, or "<lang>/<id>"; the tagger's rules are "story-*"
	// Fate is "kept" (a finding), "overlap" (kept by attribution, but
	// overlap resolution kept another candidate over its bytes) or the
	// reason attribution dropped it: "post about others", "poster's own
	// details", "ignored", "no specific person", "generic phrase",
	// "generic question", "poster's own life", "hashtag", "question",
	// "poster subject", "sentence about nobody" (or the poster, a public
	// figure, people in general).
	Fate string
}

// Trace analyzes in as Analyze does and also returns every candidate
// proposed for it with its fate. It costs a second run of matching,
// tagging and attribution: a tool for measuring, not for typing. The
// watch-list is left out of the candidates.
func (a *Analyzer) Trace(in Input) (Result, []Proposal) {
	res := a.Analyze(in)
	if res.Error != "" {
		return res, nil
	}
	a.mu.RLock()
	lp := a.packs[res.Language]
	a.mu.RUnlock()
	c, err := lp.compiled()
	if err != nil {
		return res, nil
	}
	v := c.View(in.Text)
	defer c.ReleaseView(v)
	whole := pack.SplitSentences(v.Text, c.Abbrev)
	sents := c.Clauses(v.Text, whole)
	g := c.ScanKeywords(v.Lower)
	defer c.ReleaseGates(g)
	cands, ctx := propose(c, lp.story, v, sents, g, nil, nil, false, nil)
	cands = append([]pack.Candidate(nil), cands...)
	fate := make(map[pack.Span]string, len(cands))
	key := func(cd *pack.Candidate) pack.Span { return pack.Span{Start: cd.Start, End: cd.End + cd.Rule.Index<<32} }
	ctx.drop = func(cd *pack.Candidate, why string) { fate[key(cd)] = why }
	kept := ctx.attribute(append([]pack.Candidate(nil), cands...))
	for i := range kept {
		fate[key(&kept[i])] = "overlap"
	}
	for _, cd := range resolveOverlaps(v.Text, kept) {
		if k := key(&cd); fate[k] == "overlap" {
			fate[k] = "kept"
		}
	}
	found := toFindings(c, v, in.Text, cands)
	out := make([]Proposal, len(cands))
	for i := range cands {
		f := fate[key(&cands[i])]
		if f == "" {
			f = "dropped"
		}
		out[i] = Proposal{Start: found[i].Start, End: found[i].End, Category: found[i].Category, Rule: found[i].Rule, Fate: f}
	}
	return res, out
}

// dropReason says why attribution's first test dropped cd.
func (x *context) dropReason(cd *pack.Candidate) string {
	if x.self.Overlaps(cd.Span) {
		return "poster's own details"
	}
	return "ignored"
}

// unspecific says why the post is about no specific person: a cue that
// it is hypothetical or general (context.not_specific), or nothing that
// refers to anyone.
func (x *context) unspecific() string {
	if x.notSpecific {
		return "no specific person (hypothetical)"
	}
	return "no specific person"
}

// sentenceReason says why attribution dropped a sentence-attributed
// candidate at s.
func (x *context) sentenceReason(s pack.Span, refs *[]Referent) string {
	if !x.specific {
		return x.unspecific()
	}
	if why := x.storyStops(s, refs); why != "" {
		return why
	}
	return "generic phrase"
}
