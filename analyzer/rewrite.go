package analyzer

import (
	"slices"
	"sort"

	"github.com/discreet-app/discreet/analyzer/rewrite"
)

// rewriteStage hands the analyzed post to package rewrite: the findings
// (kept[i] made res.Findings[i]) in bytes of text, the sentences, and a
// rewriteAnalysis through which the rewrite looks up its vocabularies and
// checks what it wrote.
func rewriteStage(c *compiled, v *view, g *gates, text string, res *Result, kept []candidate) (string, string) {
	if len(res.Findings) == 0 {
		return "", ""
	}
	if _, ok := c.pack.Rewrite.Templates[res.Intent]; !ok {
		return "", ""
	}
	post := &rewrite.Post{Text: text, Intent: res.Intent, Analysis: rewriteAnalysis{c, v, g}}
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
	c *compiled
	v *view
	g *gates
}

// Found returns the entries of the rewrite vocabulary name that occur in
// the post.
func (a rewriteAnalysis) Found(name string) []string { return vocabFound(a.v, a.g, a.c.vocab[name]) }

// Dirty analyzes text again under the same pack.
func (a rewriteAnalysis) Dirty(text string) []string { return clean(a.c, text) }

// vocabFound returns the entries of a rewrite vocabulary that occur in the
// post as whole words, longest first when they overlap, in the order of the
// post. The keyword pass has already found where each entry occurs.
func vocabFound(v *view, g *gates, vocab []vocabTerm) []string {
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
			if !wordBoundaryBefore(v.lower, s.start) || !wordBoundaryAfter(v.lower, s.end) || slices.ContainsFunc(taken, s.overlaps) {
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
	v := newView(text)
	sents := sentences(v.s, c.abbrev)
	g := c.scanKeywords(v.lower)
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
