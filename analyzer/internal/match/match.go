// Package match is the matching stage of the analysis: it runs a compiled
// pack's pattern and word-list rules over a post's view and returns the
// raw candidates, with the capitals of an uncased post filled in first
// (recase), word-list entries typed without their capitals (uncased) and
// misspelled (typo). Attribution, overlap resolution and risk come after,
// in package analyzer.
package match

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/pattern"
)

// Find runs every rule the text can trigger and returns raw candidates.
// A pattern rule with keywords runs only on the sentences where one of its
// keywords occurs, so the cost of big patterns stays local.
func Find(c *pack.Compiled, v *pack.View, sents []pack.Span, g *pack.Gates) []pack.Candidate {
	return FindReusing(c, v, sents, g, nil, false)
}

// FindReusing is Find that replays, from reuse (if not nil), the matches
// of the windows the last analysis of the same field searched and the
// edit left as they were (see Reuse); it finds the same candidates. It
// begins reuse's analysis (keep: see Reuse.Begin): the caller ends it
// (Reuse.End).
func FindReusing(c *pack.Compiled, v *pack.View, sents []pack.Span, g *pack.Gates, reuse *Reuse, keep bool) []pack.Candidate {
	return findInto(nil, c, v, sents, g, reuse, keep)
}

// FindInto is Find appending to out[:0]: a caller that reads the
// candidates only until its next call (the rewrite's check) keeps one
// array for them.
func FindInto(out []pack.Candidate, c *pack.Compiled, v *pack.View, sents []pack.Span, g *pack.Gates) []pack.Candidate {
	return findInto(out, c, v, sents, g, nil, false)
}

// findInto is FindReusing appending to out[:0], or to a new array when
// out is nil.
func findInto(out []pack.Candidate, c *pack.Compiled, v *pack.View, sents []pack.Span, g *pack.Gates, reuse *Reuse, keep bool) []pack.Candidate {
	toks := v.Tokens()
	pb := phrasePool.Get().(*phraseBuf)
	defer pb.release()
	phrases := c.Phrases.AppendFind(pb.matches[:0], v.Lower, toks)
	pb.matches = phrases
	if out == nil {
		out = make([]pack.Candidate, 0, len(phrases)+16)
	}
	out = out[:0]
	lowerPost := recase(c, v, sents, toks, phrases)
	if reuse != nil {
		// After recase, which may give an uncased post its capitals: the
		// searches read the text as it is now. The caller calls End once
		// the analysis's other searches (the context's) are done.
		reuse.Begin(c, v.Text, keep)
	}
	kept := searchPool.Get().(*searches)
	defer kept.release()
	for _, r := range c.Rules {
		if r.RE == nil || !g.Allows(r.Gate) || !g.Allows(r.Need) {
			continue
		}
		if r.SameSearch >= 0 {
			out = kept.replay(out, r, v)
			continue
		}
		if r.Searched {
			kept.start(r.Index)
		}
		if r.Gate < 0 {
			all := pack.Span{Start: 0, End: len(v.Text)}
			near := g.Whole(r.Need, all)
			out = matchIn(out, r, v, all, &near, kept, nil) // the whole text: nothing to reuse
			continue
		}
		for _, w := range g.Windows(v.Text, sents, r.Gate) {
			out = matchIn(out, r, v, w, g.HitsIn(r.Gate, w), kept, reuse)
		}
	}
	// Word-list rules.
	for _, pm := range phrases {
		for _, ri := range pm.Rules {
			r := c.Rules[ri]
			if !caseOK(r, v.Text[pm.Start:pm.End]) {
				if cand, ok := checkUncased(c, r, v, pm.Start, pm.End, lowerPost); ok {
					out = append(out, cand)
				}
				continue
			}
			if cand, ok := check(r, v, pm.Start, pm.End); ok {
				out = append(out, cand)
			}
		}
	}
	out = coordinated(c, v, toks, phrases, out)
	return agesBeside(c, v, matchTypos(out, c, v, toks, phrases))
}

// phraseBuf holds the word-list entries of a post while findInto reads
// them: nothing it returns points into them, so one array serves every
// analysis (phrasePool).
type phraseBuf struct{ matches []phrase.Match }

var phrasePool = sync.Pool{New: func() any { return new(phraseBuf) }}

// release clears b's entries and hands it back to phrasePool.
func (b *phraseBuf) release() {
	clear(b.matches)
	b.matches = b.matches[:0]
	phrasePool.Put(b)
}

// matchIn appends the matches of r inside w; with gated hits, only the
// matches that hold one of the rule's keywords (Gates.HitsIn), else all
// (Gates.All). When a later rule runs the same search (r.Searched), the
// matches are kept for it too. The search goes through reuse (nil: none).
func matchIn(out []pack.Candidate, r *pack.Rule, v *pack.View, w pack.Span, hits *pattern.Near, kept *searches, reuse *Reuse) []pack.Candidate {
	re := r.RE.Get()
	if re == nil {
		return out
	}
	reuse.Each(re, v.Text, w, hits, r.Groups, func(m []int) {
		if r.Searched {
			kept.keep(m, w.Start)
		}
		out = checkMatch(out, r, v, m, w.Start)
	})
	return out
}

// checkMatch appends the candidate of r's group in the match m of an
// input that starts at off in the text, if the rule's conditions hold.
func checkMatch(out []pack.Candidate, r *pack.Rule, v *pack.View, m []int, off int) []pack.Candidate {
	s, e := m[2*r.Group], m[2*r.Group+1]
	if s < 0 || e <= s {
		return out
	}
	if cand, ok := check(r, v, s+off, e+off); ok {
		out = append(out, cand)
	}
	return out
}

// searches keeps, for the rules whose search a later rule shares (same
// expression, same gate), the matches that search found, in the text's
// offsets: the later rule checks them without searching again.
type searches struct {
	rule  []int // the rule whose search it was, one per search
	from  []int // where its matches begin in flat, one per search
	flat  []int // the matches, each as many offsets as the first has
	width []int // the offsets of each search's matches
}

// searchPool holds searches emptied by release, so that an analysis
// keeps its matches in the memory of an earlier one's.
var searchPool = sync.Pool{New: func() any { return new(searches) }}

// release empties k and hands it back to searchPool.
func (k *searches) release() {
	k.rule, k.from, k.flat, k.width = k.rule[:0], k.from[:0], k.flat[:0], k.width[:0]
	searchPool.Put(k)
}

// start begins keeping the matches of the search of rule ri.
func (k *searches) start(ri int) {
	k.rule = append(k.rule, ri)
	k.from = append(k.from, len(k.flat))
	k.width = append(k.width, 0)
}

// keep adds the match m of an input that starts at off to the search
// started last.
func (k *searches) keep(m []int, off int) {
	k.width[len(k.width)-1] = len(m)
	for _, x := range m {
		if x >= 0 {
			x += off
		}
		k.flat = append(k.flat, x)
	}
}

// replay appends r's candidates from the matches of the search it shares
// (r.SameSearch), in the order the search found them.
func (k *searches) replay(out []pack.Candidate, r *pack.Rule, v *pack.View) []pack.Candidate {
	for j, ri := range k.rule {
		if ri != r.SameSearch || k.width[j] == 0 {
			continue
		}
		end := len(k.flat)
		if j+1 < len(k.from) {
			end = k.from[j+1]
		}
		n := k.width[j]
		for m := k.flat[k.from[j]:end]; len(m) >= n; m = m[n:] {
			out = checkMatch(out, r, v, m[:n], 0)
		}
	}
	return out
}

const contextWindow = 80

func before(v *pack.View, s int) string {
	b := max(0, s-contextWindow)
	for b > 0 && !utf8.RuneStart(v.Text[b]) {
		b--
	}
	return v.Text[b:s]
}

func after(v *pack.View, e int) string {
	end := min(len(v.Text), e+contextWindow)
	for end < len(v.Text) && !utf8.RuneStart(v.Text[end]) {
		end++
	}
	return v.Text[e:end]
}

// check applies a rule's context conditions to the span [s, e).
func check(r *pack.Rule, v *pack.View, s, e int) (pack.Candidate, bool) {
	if !phrase.BoundaryBefore(v.Text, s) && startsWithWord(v.Text[s:e]) {
		return pack.Candidate{}, false
	}
	if !phrase.BoundaryAfter(v.Text, e) && endsWithWord(v.Text[s:e]) {
		// A bounded tail ("[^.]{0,25}") may stop inside a word: end the span
		// at the last whole word instead; a single partial word never counts.
		cut := strings.LastIndexFunc(v.Text[s:e], func(r rune) bool { return !phrase.IsWordRune(r) })
		if cut <= 0 {
			return pack.Candidate{}, false
		}
		e = s + len(strings.TrimRightFunc(v.Text[s:s+cut], func(r rune) bool { return !phrase.IsWordRune(r) }))
		if e <= s {
			return pack.Candidate{}, false
		}
	}
	txt := v.Lower[s:e]
	if r.Excluded.Has(txt) || r.RarerThan > 0 && !r.Ranks.HasRare(txt, r.RarerThan, r.Excluded.Has) {
		return pack.Candidate{}, false
	}
	b, a := before(v, s), after(v, e)
	if r.BeforeRE != nil && !r.BeforeRE.Match(b) {
		return pack.Candidate{}, false
	}
	if r.AfterRE != nil && !r.AfterRE.Match(a) {
		return pack.Candidate{}, false
	}
	if r.NotBeforeRE.Match(b) || r.NotAfterRE.Match(a) {
		return pack.Candidate{}, false
	}
	why := ""
	if r.AmbiguousSet != nil && r.AmbiguousSet.Has(txt) {
		okB := r.AmbBefore.Match(b)
		okA := r.AmbAfter.Match(a)
		if !okB && !okA {
			return pack.Candidate{}, false
		}
		why = "an ordinary word, but used here as a name or place"
	}
	base := pack.Span{Start: s, End: e}
	if ext := r.ExtendRE.Get(); ext != nil {
		if loc := ext.FindStringIndex(a); loc != nil {
			e += loc[1]
		}
	}
	return pack.Candidate{Span: pack.Span{Start: s, End: e}, Base: base, Rule: r, Why: why}, true
}

func startsWithWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return phrase.IsWordRune(r)
}

func endsWithWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return phrase.IsWordRune(r)
}

// caseOK checks a word-list match against the rule's case mode.
func caseOK(r *pack.Rule, matched string) bool {
	var keyBuf [32]byte
	if r.Acronyms != nil && r.Acronyms[string(acronymKey(keyBuf[:0], matched))] && !isUpper(matched) {
		return false
	}
	switch r.Case {
	case "exact":
		return r.Exact[matched]
	case "title":
		var buf [8]phrase.Token // a list entry is a few words: no allocation
		words := phrase.AppendTokens(buf[:0], matched)
		for i, w := range words {
			word := matched[w.Start:w.End]
			r, _ := utf8.DecodeRuneInString(word)
			if i == 0 || utf8.RuneCountInString(word) > 3 {
				if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
					return false
				}
			}
		}
		// An all-capitals word is an acronym ("SI", "ICE") or shouting, not a
		// name, unless the list holds it as an acronym ("RCMP").
		if len(words) == 1 && utf8.RuneCountInString(matched) > 1 && isUpper(matched) {
			return r.Acronyms != nil && r.Acronyms[string(acronymKey(keyBuf[:0], matched))]
		}
	}
	return true
}
