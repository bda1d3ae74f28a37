// Package match is the matching stage of the analysis: it runs a compiled
// pack's pattern and word-list rules over a post's view and returns the
// raw candidates, with the capitals of an uncased post filled in first
// (recase), word-list entries typed without their capitals (uncased) and
// misspelled (typo). Attribution, overlap resolution and risk come after,
// in package analyzer.
package match

import (
	"strings"
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
	toks := v.Tokens()
	phrases := c.Phrases.Find(v.Lower, toks)
	out := make([]pack.Candidate, 0, len(phrases)+16)
	lowerPost := recase(c, v, sents, toks, phrases)
	for _, r := range c.Rules {
		if r.RE == nil || !g.Allows(r.Gate) {
			continue
		}
		if r.Gate < 0 {
			out = matchIn(out, r, v, pack.Span{Start: 0, End: len(v.Text)}, g.All(pack.Span{Start: 0, End: len(v.Text)}))
			continue
		}
		for _, w := range g.Windows(v.Text, sents, r.Gate) {
			out = matchIn(out, r, v, w, g.HitsIn(r.Gate, w))
		}
	}
	// Word-list rules.
	for _, pm := range phrases {
		for _, ri := range pm.Rules {
			r := c.Rules[ri]
			if !caseOK(r, v.Text[pm.Start:pm.End]) {
				if cand, ok := checkUncased(r, v, pm.Start, pm.End, c.Function, lowerPost); ok {
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

// matchIn appends the matches of r inside w; with gated hits, only the
// matches that hold one of the rule's keywords (Gates.HitsIn), else all
// (Gates.All).
func matchIn(out []pack.Candidate, r *pack.Rule, v *pack.View, w pack.Span, hits *pattern.Near) []pack.Candidate {
	re := r.RE.Get()
	if re == nil {
		return out
	}
	re.EachNear(v.Text[w.Start:w.End], hits, r.Group > 0, func(m []int) {
		s, e := m[2*r.Group], m[2*r.Group+1]
		if s < 0 || e <= s {
			return
		}
		if cand, ok := check(r, v, s+w.Start, e+w.Start); ok {
			out = append(out, cand)
		}
	})
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
	if r.Excluded.Has(txt) {
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
	if r.Acronyms != nil && r.Acronyms[strings.ToLower(matched)] && strings.ToUpper(matched) != matched {
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
		if len(words) == 1 && utf8.RuneCountInString(matched) > 1 && strings.ToUpper(matched) == matched {
			return r.Acronyms != nil && r.Acronyms[strings.ToLower(matched)]
		}
	}
	return true
}
