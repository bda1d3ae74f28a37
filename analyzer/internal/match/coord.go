package match

import (
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// A name or place joined to another of its kind ("thanks to priya and
// will", "anyone near grundy or wise", "Irapuato o León", "in
// thornbury/preston") is one too, even when it is also an ordinary word
// or typed without its capital: a writer lists like with like. A word
// alone would need its own context ("will" the name only after "my son");
// beside a name the rule found, the coordination is that context.
//
// coordinated takes each name or place candidate, whatever its rule, and
// looks one coordinator away on each side ("and", "or", "&", a slash, and
// their French and Spanish forms) for an entry of a title-case word-list
// rule of the same category; it adds that entry as that rule's
// candidate, and goes on from it ("preston/reservoir/thornbury"). The
// entry must hold two letters or more and be no short function word or
// short form of the pack; the rule's exclusions and not_before/not_after
// still apply. A rule that
// asks for its own before/after context is left out. The work is a look
// at each side of each such candidate, through the phrases indexed by
// start and end.

// coordinators are the words that join two of a kind, in lower case, per
// pack language: "u" is Spanish "or" but English texting for "you".
var coordinators = map[string]map[string]bool{
	"en": {"and": true, "or": true},
	"fr": {"et": true, "ou": true},
	"es": {"y": true, "o": true, "e": true, "u": true},
}

// coordinated appends to out the entries joined to its name and place
// candidates, as described above. toks are the view's tokens, phrases the
// word-list hits on them.
func coordinated(c *pack.Compiled, v *pack.View, toks []phrase.Token, phrases []phrase.Match, out []pack.Candidate) []pack.Candidate {
	var queue []pack.Candidate
	for _, cd := range out {
		if cat := cd.Rule.Category; cat == "name" || cat == "location" {
			queue = append(queue, cd)
		}
	}
	if len(queue) == 0 || len(phrases) == 0 {
		return out
	}
	joins := coordinators[c.Pack.Lang]
	// The token index at each token start and end, and the phrases by
	// start and end: the look at each side is a few map reads.
	tokStart := make(map[int]int, len(toks))
	tokEnd := make(map[int]int, len(toks))
	for k, t := range toks {
		tokStart[t.Start] = k
		tokEnd[t.End] = k
	}
	byStart := make(map[int][]int, len(phrases))
	byEnd := make(map[int][]int, len(phrases))
	for i, pm := range phrases {
		byStart[pm.Start] = append(byStart[pm.Start], i)
		byEnd[pm.End] = append(byEnd[pm.End], i)
	}
	// taken[start]: a candidate of that rule starts there already.
	type key struct{ start, rule int }
	taken := map[key]bool{}
	for _, cd := range out {
		taken[key{cd.Start, cd.Rule.Index}] = true
	}
	// add takes, among the phrases idx on the far side of a coordinator,
	// the longest entry of a list rule of the category cat.
	add := func(cat string, idx []int, wantEnd bool) {
		var r *pack.Rule
		best := -1
		for _, i := range idx {
			pm := phrases[i]
			if best >= 0 && !(wantEnd && pm.Start < phrases[best].Start) && !(!wantEnd && pm.End > phrases[best].End) {
				continue
			}
			for _, ri := range pm.Rules {
				if rr := c.Rules[ri]; rr.Category == cat && coordRule(rr) && coordEntry(c, rr, v, pm.Start, pm.End) {
					r, best = rr, i
					break
				}
			}
		}
		if best < 0 {
			return
		}
		pm := phrases[best]
		if taken[key{pm.Start, r.Index}] {
			return
		}
		taken[key{pm.Start, r.Index}] = true
		sp := pack.Span{Start: pm.Start, End: pm.End}
		cd := pack.Candidate{Span: sp, Base: sp, Rule: r, Why: "listed beside another of its kind"}
		out = append(out, cd)
		queue = append(queue, cd)
	}
	for len(queue) > 0 {
		cd := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		// Right: the candidate's last token, a coordinator, the entry.
		if k, ok := tokEnd[cd.End]; ok {
			if next, ok := coordAfter(v, toks, k, joins); ok {
				add(cd.Rule.Category, byStart[toks[next].Start], false)
			}
		}
		// Left: the entry, a coordinator, the candidate's first token.
		if k, ok := tokStart[cd.Start]; ok {
			if prev, ok := coordBefore(v, toks, k, joins); ok {
				add(cd.Rule.Category, byEnd[toks[prev].End], true)
			}
		}
	}
	return out
}

// coordRule reports whether r is a rule whose candidates coordination
// extends: a name or place rule over a word list, matched in title case,
// without a context of its own to ask for.
func coordRule(r *pack.Rule) bool {
	return (r.Category == "name" || r.Category == "location") && r.List != "" && r.Case == "title" &&
		r.BeforeRE == nil && r.AfterRE == nil
}

// coordEntry reports whether v.Text[s:e] may be taken as r's entry beside
// a coordinator: two letters or more, no short function word ("la",
// "may": a modal "will" beside a name is rarer than the name) nor short
// form ("u", "n"), and not ruled out by r's exclusions or
// not_before/not_after.
func coordEntry(c *pack.Compiled, r *pack.Rule, v *pack.View, s, e int) bool {
	lower := v.Lower[s:e]
	n := utf8.RuneCountInString(lower)
	if n < 2 || !hasLetter(lower) || (n < uncasedMinRunes && c.Function.Has(lower)) || c.Shorthand.Has(lower) {
		return false
	}
	if r.Excluded.Has(lower) || r.NotBeforeRE.Match(before(v, s)) || r.NotAfterRE.Match(after(v, e)) {
		return false
	}
	return phrase.BoundaryBefore(v.Text, s) && phrase.BoundaryAfter(v.Text, e)
}

// coordGap reports whether the text between two tokens joins two of a
// kind by a sign: a slash ("a/b", "a / b"), or "&" or "+" between spaces.
func coordGap(gap string) bool {
	switch gap {
	case "/", " /", "/ ", " / ", " & ", " + ":
		return true
	}
	return false
}

// coordAfter returns the token after toks[k] across a coordinator, a sign
// or one of the words joins.
func coordAfter(v *pack.View, toks []phrase.Token, k int, joins map[string]bool) (int, bool) {
	if k+1 < len(toks) && coordGap(v.Text[toks[k].End:toks[k+1].Start]) {
		return k + 1, true
	}
	if k+2 < len(toks) && v.Text[toks[k].End:toks[k+1].Start] == " " && v.Text[toks[k+1].End:toks[k+2].Start] == " " &&
		joins[v.Lower[toks[k+1].Start:toks[k+1].End]] {
		return k + 2, true
	}
	return 0, false
}

// coordBefore returns the token before toks[k] across a coordinator, a
// sign or one of the words joins.
func coordBefore(v *pack.View, toks []phrase.Token, k int, joins map[string]bool) (int, bool) {
	if k >= 1 && coordGap(v.Text[toks[k-1].End:toks[k].Start]) {
		return k - 1, true
	}
	if k >= 2 && v.Text[toks[k-1].End:toks[k].Start] == " " && v.Text[toks[k-2].End:toks[k-1].Start] == " " &&
		joins[v.Lower[toks[k-1].Start:toks[k-1].End]] {
		return k - 2, true
	}
	return 0, false
}
