package match

import (
	"cmp"
	"slices"
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
	// queue: the candidates still to look beside, by index into out (a
	// Candidate is large, and most posts have a few).
	var queue []int
	for i, cd := range out {
		if cat := cd.Rule.Category; cat == "name" || cat == "location" {
			queue = append(queue, i)
		}
	}
	if len(queue) == 0 || len(phrases) == 0 {
		return out
	}
	joins := coordinators[c.Pack.Lang]
	// The phrases' indexes ordered by start and by end (each stable, so
	// the phrases at one position keep their order): the look at each
	// side is a binary search there and in toks, which are in text order.
	// Sorted slices, not maps, made at the first coordinator found: this
	// runs on every request with a name or place, and coordination is
	// rare.
	var byStart, byEnd []int
	order := func(wantEnd bool) []int {
		if byStart == nil {
			byStart, byEnd = phraseOrder(phrases)
		}
		if wantEnd {
			return byEnd
		}
		return byStart
	}
	// taken[start]: a candidate of that rule starts there already; made
	// when a first entry is found.
	type key struct{ start, rule int }
	var taken map[key]bool
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
		if taken == nil {
			taken = make(map[key]bool, len(out))
			for _, cd := range out {
				taken[key{cd.Start, cd.Rule.Index}] = true
			}
		}
		if taken[key{pm.Start, r.Index}] {
			return
		}
		taken[key{pm.Start, r.Index}] = true
		sp := pack.Span{Start: pm.Start, End: pm.End}
		cd := pack.Candidate{Span: sp, Base: sp, Rule: r, Why: "listed beside another of its kind"}
		out = append(out, cd)
		queue = append(queue, len(out)-1)
	}
	for len(queue) > 0 {
		cd := out[queue[len(queue)-1]]
		queue = queue[:len(queue)-1]
		// Right: the candidate's last token, a coordinator, the entry.
		if k, ok := slices.BinarySearchFunc(toks, cd.End, func(t phrase.Token, e int) int { return cmp.Compare(t.End, e) }); ok {
			if next, ok := coordAfter(v, toks, k, joins); ok {
				add(cd.Rule.Category, at(order(false), phrases, toks[next].Start, false), false)
			}
		}
		// Left: the entry, a coordinator, the candidate's first token.
		if k, ok := slices.BinarySearchFunc(toks, cd.Start, func(t phrase.Token, s int) int { return cmp.Compare(t.Start, s) }); ok {
			if prev, ok := coordBefore(v, toks, k, joins); ok {
				add(cd.Rule.Category, at(order(true), phrases, toks[prev].End, true), true)
			}
		}
	}
	return out
}

// phraseOrder returns the indexes of phrases ordered by start, and by
// end, phrases at the same position in their order in phrases.
func phraseOrder(phrases []phrase.Match) (byStart, byEnd []int) {
	idx := make([]int, 2*len(phrases))
	byStart, byEnd = idx[:len(phrases)], idx[len(phrases):]
	for i := range phrases {
		byStart[i], byEnd[i] = i, i
	}
	// Find gives them by start already: the sort only checks it.
	slices.SortStableFunc(byStart, func(a, b int) int { return cmp.Compare(phrases[a].Start, phrases[b].Start) })
	slices.SortStableFunc(byEnd, func(a, b int) int { return cmp.Compare(phrases[a].End, phrases[b].End) })
	return byStart, byEnd
}

// at returns the run of order (indexes into phrases, ordered by end when
// byEnd, else by start) whose phrases start, or end, at pos.
func at(order []int, phrases []phrase.Match, pos int, byEnd bool) []int {
	key := func(i int) int {
		if byEnd {
			return phrases[i].End
		}
		return phrases[i].Start
	}
	lo, _ := slices.BinarySearchFunc(order, pos, func(i, p int) int { return cmp.Compare(key(i), p) })
	hi := lo
	for hi < len(order) && key(order[hi]) == pos {
		hi++
	}
	return order[lo:hi]
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
