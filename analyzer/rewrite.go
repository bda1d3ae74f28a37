package analyzer

import (
	"slices"
	"sort"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/rewrite"
)

// rewriteStage hands the analyzed post to package rewrite: the findings
// (kept[i] made res.Findings[i]) in bytes of text, the sentences, and a
// rewriteAnalysis through which the rewrite looks up its vocabularies and
// checks what it wrote. A post without findings may get a rewrite too,
// when the rewrite's scrub finds a name no rule caught.
func rewriteStage(c *compiled, v *view, g *gates, text string, res *Result, kept []candidate) (string, string) {
	if _, ok := c.pack.Rewrite.Templates[res.Intent]; !ok {
		return "", ""
	}
	post := &rewrite.Post{Text: text, Intent: res.Intent, Analysis: &rewriteAnalysis{c: c, v: v, g: g, kept: kept}}
	post.Findings = make([]rewrite.Finding, len(res.Findings))
	for i, f := range res.Findings {
		post.Findings[i] = rewrite.Finding{Start: f.byteStart, End: f.byteEnd, Text: f.Text, Category: f.Category,
			Severity: f.Severity, Replacement: f.Replacement, Rule: kept[i].rule.ID}
	}
	sents := sentences(v.s, c.abbrev)
	post.Sentences = make([]rewrite.Sentence, len(sents))
	for i, s := range sents {
		bs, be := v.origin(s.start, s.end)
		post.Sentences[i] = rewrite.Sentence{Start: bs, End: be, Lower: v.lower[s.start:s.end]}
	}
	return rewrite.Rewrite(c.pack, post)
}

// rewriteAnalysis is the pipeline as the rewrite sees it (rewrite.Analysis).
type rewriteAnalysis struct {
	c    *compiled
	v    *view
	g    *gates
	kept []candidate
	// identifying holds the spans of the identifying findings once
	// identified is set.
	identifying []span
	identified  bool
}

// Found returns the entries of the rewrite vocabulary name that occur in
// the post outside its identifying findings: "cadre" asks for a
// therapeutic frame, but not where the rules read it as a job. Regions
// (states, provinces) are found inside place findings too: that level is
// what the rewrite keeps of a place.
func (a *rewriteAnalysis) Found(name string) []string {
	if name == "regions" {
		return vocabFound(a.v, a.g, a.c.vocab[name], nil) // a state or province is kept, though the rules flag the place
	}
	if !a.identified {
		for _, k := range a.kept {
			if k.rule.Category != "clinical" && k.rule.Severity != "low" {
				a.identifying = append(a.identifying, k.span)
			}
		}
		a.identified = true
	}
	return vocabFound(a.v, a.g, a.c.vocab[name], a.identifying)
}

// Dirty analyzes text again under the same pack.
func (a *rewriteAnalysis) Dirty(text string) []string { return clean(a.c, text) }

// vocabFound returns the entries of a rewrite vocabulary that occur in the
// post as whole words outside the identifying spans, longest first when
// they overlap, in the order of the post. The keyword pass has already
// found where each entry occurs.
func vocabFound(v *view, g *gates, vocab []vocabTerm, identifying []span) []string {
	type hit struct {
		term string
		at   int
	}
	var hits []hit
	var taken []span
	for _, vt := range vocab {
		for _, kw := range g.at(vt.gate) {
			i := kw.start
			s := span{i, i + vt.len}
			if !phrase.BoundaryBefore(v.lower, s.start) || !phrase.BoundaryAfter(v.lower, s.end) || slices.ContainsFunc(taken, s.overlaps) || slices.ContainsFunc(identifying, s.overlaps) {
				continue
			}
			taken = append(taken, s)
			hits = append(hits, hit{vt.term, i})
			break
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.term
	}
	return out
}

// clean analyzes text again under the same pack and returns the text of
// every finding of medium or high severity: none means the rewrite passes
// its own check.
func clean(c *compiled, text string) []string {
	v := c.view(text)
	sents := c.sentences(v.s)
	g := c.scanKeywords(v.lower)
	defer c.releaseGates(g)
	cands := match(c, v, sents, g)
	kept := newContext(c, v, sents, g, cands).attribute(cands)
	var dirty []string
	for _, k := range kept {
		if k.rule.Severity != "low" {
			bs, be := v.origin(k.start, k.end)
			dirty = append(dirty, text[bs:be])
		}
	}
	return dirty
}
