package analyzer

import (
	"cmp"
	"slices"
	"sync"

	"github.com/discreet-app/discreet/analyzer/internal/match"
	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/rewrite"
)

// rewriteStage hands the analyzed post to package rewrite: the findings
// (kept[i] made res.Findings[i]) in bytes of text, the sentences (whole:
// the view's text split by pack.SplitSentences, not cut into clauses), and a
// rewriteAnalysis through which the rewrite looks up its vocabularies and
// checks what it wrote. A post without findings may get a rewrite too,
// when the rewrite's scrub finds a name no rule caught or aboutClient says
// the post refers to a client.
func rewriteStage(c *pack.Compiled, v *pack.View, g *pack.Gates, whole []pack.Span, text string, res *Result, kept []pack.Candidate, aboutClient bool) (string, string) {
	return rewriteStageDoubting(c, v, g, whole, text, res, kept, aboutClient, nil)
}

// rewriteStageDoubting is rewriteStage that also hands the rewrite the
// view spans of the tokens the tagger came near tagging (doubt, see
// tagDoubting) as Post.Doubtful, in bytes of text.
func rewriteStageDoubting(c *pack.Compiled, v *pack.View, g *pack.Gates, whole []pack.Span, text string, res *Result, kept []pack.Candidate, aboutClient bool, doubt []pack.Span) (string, string) {
	if _, ok := c.Pack.Rewrite.Templates[res.Intent]; !ok {
		return "", ""
	}
	buf := postBufs.Get().(*postBuf)
	defer buf.release()
	buf.analysis = rewriteAnalysis{c: c, v: v, g: g, kept: kept, identifying: buf.analysis.identifying[:0]}
	buf.post = rewrite.Post{Text: text, Intent: res.Intent, AboutClient: aboutClient, Lower: v.Lower, Analysis: &buf.analysis}
	post := &buf.post
	post.Findings = slices.Grow(buf.findings[:0], len(res.Findings))[:len(res.Findings)]
	for i, f := range res.Findings {
		post.Findings[i] = rewrite.Finding{Start: f.byteStart, End: f.byteEnd, Text: f.Text, Category: f.Category,
			Severity: f.Severity, Replacement: f.Replacement, Rule: kept[i].Rule.ID}
	}
	post.Sentences = slices.Grow(buf.sentences[:0], len(whole))[:len(whole)]
	for i, s := range whole {
		bs, be := v.Origin(s.Start, s.End)
		post.Sentences[i] = rewrite.Sentence{Start: bs, End: be, Lower: v.Lower[s.Start:s.End]}
	}
	post.Doubtful = buf.doubtful[:0]
	for _, d := range doubt {
		bs, be := v.Origin(d.Start, d.End)
		post.Doubtful = append(post.Doubtful, rewrite.Span{Start: bs, End: be})
	}
	buf.findings, buf.sentences, buf.doubtful = post.Findings, post.Sentences, post.Doubtful
	return rewrite.Rewrite(c.Pack, post)
}

// postBuf holds a rewrite's Post, its analysis and the arrays they are
// built in (its findings are ~120 bytes each), kept between rewrites in
// postBufs: Rewrite reads them only while it runs, and what it returns is
// new strings.
type postBuf struct {
	post      rewrite.Post
	analysis  rewriteAnalysis
	findings  []rewrite.Finding
	sentences []rewrite.Sentence
	doubtful  []rewrite.Span
}

var postBufs = sync.Pool{New: func() any { return new(postBuf) }}

// release clears what the arrays point to (the post's text and its
// findings' strings, which the pool must not keep alive) and returns b to
// the pool.
func (b *postBuf) release() {
	clear(b.findings)
	clear(b.sentences)
	b.post = rewrite.Post{}
	b.analysis = rewriteAnalysis{identifying: b.analysis.identifying[:0]}
	postBufs.Put(b)
}

// rewriteAnalysis is the pipeline as the rewrite sees it (rewrite.Analysis).
type rewriteAnalysis struct {
	c    *pack.Compiled
	v    *pack.View
	g    *pack.Gates
	kept []pack.Candidate
	// identifying holds the spans of the identifying findings once
	// identified is set.
	identifying []pack.Span
	identified  bool
}

// Found returns the entries of the rewrite vocabulary name that occur in
// the post outside its identifying findings: "cadre" asks for a
// therapeutic frame, but not where the rules read it as a job. Regions
// (states, provinces) are found inside place findings too: that level is
// what the rewrite keeps of a place.
func (a *rewriteAnalysis) Found(name string) []string {
	if name == "regions" {
		return vocabFound(a.v, a.g, a.c.Vocab[name], nil) // a state or province is kept, though the rules flag the place
	}
	if !a.identified {
		a.identifying = slices.Grow(a.identifying[:0], len(a.kept)) // one array, not one per growth, kept in the pool
		for _, k := range a.kept {
			if k.Rule.Category != "clinical" && k.Rule.Severity != "low" {
				a.identifying = append(a.identifying, k.Span)
			}
		}
		a.identified = true
	}
	return vocabFound(a.v, a.g, a.c.Vocab[name], a.identifying)
}

// Dirty analyzes text again under the same pack.
func (a *rewriteAnalysis) Dirty(text string) []string { return clean(a.c, text) }

// vocabFound returns the entries of a rewrite vocabulary that occur in the
// post as whole words outside the identifying spans, longest first when
// they overlap, in the order of the post. The keyword pass has already
// found where each entry occurs.
func vocabFound(v *pack.View, g *pack.Gates, vocab []pack.VocabTerm, identifying []pack.Span) []string {
	type hit struct {
		term string
		at   int
	}
	// On the stack for the few entries a post names; distinct starts
	// (taken spans never overlap), so the sort's order is the post's.
	var hitBuf [16]hit
	var takenBuf [16]pack.Span
	hits, taken := hitBuf[:0], takenBuf[:0]
	for _, vt := range vocab {
		for _, kw := range g.At(vt.Gate) {
			i := kw.Start
			s := pack.Span{Start: i, End: i + vt.Len}
			if !phrase.BoundaryBefore(v.Lower, s.Start) || !phrase.BoundaryAfter(v.Lower, s.End) || slices.ContainsFunc(taken, s.Overlaps) || slices.ContainsFunc(identifying, s.Overlaps) {
				continue
			}
			taken = append(taken, s)
			hits = append(hits, hit{vt.Term, i})
			break
		}
	}
	slices.SortFunc(hits, func(a, b hit) int { return cmp.Compare(a.at, b.at) })
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.term
	}
	return out
}

// clean analyzes text again under the same pack and returns the text of
// every finding of medium or high severity: none means the rewrite passes
// its own check.
func clean(c *pack.Compiled, text string) []string {
	v := c.View(text)
	defer c.ReleaseView(v)
	sents := c.Sentences(v.Text)
	g := c.ScanKeywords(v.Lower)
	defer c.ReleaseGates(g)
	buf := checkBufs.Get().(*checkBuf)
	defer buf.release()
	cands := match.FindInto(buf.cands, c, v, sents, g)
	buf.cands = cands
	// Attribution only drops candidates: with none above low severity
	// there is nothing for it to keep, and its context is not worth
	// finding.
	if !slices.ContainsFunc(cands, func(cd pack.Candidate) bool { return cd.Rule.Severity != "low" }) {
		return nil
	}
	kept := newContext(c, v, sents, g, cands, nil).attribute(cands)
	var dirty []string
	for _, k := range kept {
		if k.Rule.Severity != "low" {
			bs, be := v.Origin(k.Start, k.End)
			dirty = append(dirty, text[bs:be])
		}
	}
	return dirty
}

// checkBuf holds the candidates array of a check (clean), kept between
// checks in checkBufs: clean reads the candidates only until it returns,
// and what it returns is slices of its text.
type checkBuf struct{ cands []pack.Candidate }

var checkBufs = sync.Pool{New: func() any { return new(checkBuf) }}

// release clears the candidates (their rules and reasons, which the pool
// need not keep alive) and returns b to the pool.
func (b *checkBuf) release() {
	clear(b.cands)
	b.cands = b.cands[:0]
	checkBufs.Put(b)
}

// seeksForSomeone reports whether a post of intent asks for a clinician for
// someone it calls "she" or "he" (rewrite.SeeksForSomeone): with nothing
// found in it, it is still about a client and gets a rewrite.
func seeksForSomeone(c *pack.Compiled, intent, text string) bool {
	return rewrite.SeeksForSomeone(c.Pack, intent, text)
}
