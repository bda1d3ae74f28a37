package pack

// Keywords derived from a pattern that names none: a set of strings, one
// of which every match of the pattern holds, read off its syntax tree.
// A pattern without keywords otherwise walks every word of every post;
// with them it runs only on posts that hold one, and near them.

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The limits of the derivation: a set of strings holds at most
// maxNeedSet of them (the cross product of a concatenation is cut off
// there), a character class is read as strings when it has at most
// maxNeedClass runes, and a derived set is kept only when it costs at
// most maxNeedCost (needCost): a set of one- or two-letter strings is
// in every post, and its hits would cost more than the walk it saves.
const (
	maxNeedSet   = 64
	maxNeedClass = 16
	maxNeedCost  = 100
)

// needInfo is what needOf knows of an expression: exact, when known
// (non-nil), is every string a match can be, lower-cased as phrase.Lower
// lower-cases the text; need, when known, is a set one of which every
// match holds (the cheapest found).
type needInfo struct {
	exact []string
	need  []string
}

// NeedOf returns keywords one of which every match of the expression src
// holds in the text lower-cased by phrase.Lower, or nil when the
// expression gives none worth a gate (or does not parse). Each is proved
// by the expression's tree: a literal every match holds, or one of every
// alternative of a part every match holds.
func NeedOf(src string) []string {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	if startsText(re) {
		return nil
	}
	need := minimal(needOf(re).need)
	if need == nil || needCost(need) > maxNeedCost {
		return nil
	}
	return need
}

// startsText reports whether every match of re begins at the start of
// the text: its search tries one position, which a gate cannot spare.
func startsText(re *syntax.Regexp) bool {
	for {
		switch re.Op {
		case syntax.OpBeginText:
			return true
		case syntax.OpCapture:
			re = re.Sub[0]
		case syntax.OpConcat:
			if len(re.Sub) == 0 {
				return false
			}
			re = re.Sub[0]
		default:
			return false
		}
	}
}

// needOf derives what every match of re holds.
func needOf(re *syntax.Regexp) needInfo {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return needInfo{exact: []string{""}}
	case syntax.OpLiteral:
		set := []string{""}
		for _, r := range re.Rune {
			forms := runeForms(r, re.Flags&syntax.FoldCase != 0)
			if forms == nil {
				return needInfo{}
			}
			if set = cross(set, forms); set == nil {
				return needInfo{}
			}
		}
		return exactInfo(set)
	case syntax.OpCharClass:
		return exactInfo(classForms(re.Rune))
	case syntax.OpCapture:
		return needOf(re.Sub[0])
	case syntax.OpQuest:
		// Optional: either nothing or one of the part's strings.
		if sub := needOf(re.Sub[0]); sub.exact != nil {
			return needInfo{exact: union(sub.exact, []string{""})}
		}
		return needInfo{}
	case syntax.OpPlus:
		return needInfo{need: needOf(re.Sub[0]).need}
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needInfo{need: needOf(re.Sub[0]).need}
		}
		return needInfo{}
	case syntax.OpConcat:
		return concatNeed(re.Sub)
	case syntax.OpAlternate:
		return alternateNeed(re.Sub)
	}
	// Any character, a star, no match: nothing is known.
	return needInfo{}
}

// exactInfo is the info of a part that matches exactly one of set (nil:
// unknown); the set is its need unless it holds the empty string.
func exactInfo(set []string) needInfo {
	if set == nil {
		return needInfo{}
	}
	info := needInfo{exact: set}
	if !slices.Contains(set, "") {
		info.need = set
	}
	return info
}

// concatNeed derives a concatenation's info: runs of exact parts join
// into the strings of their cross product; the cheapest of those runs
// and of the other parts' needs is what every match holds.
func concatNeed(subs []*syntax.Regexp) needInfo {
	var best []string
	consider := func(set []string) {
		set = minimal(set)
		if set != nil && !slices.Contains(set, "") && (best == nil || needCost(set) < needCost(best)) {
			best = set
		}
	}
	run, exact := []string{""}, true
	for _, sub := range subs {
		info := needOf(sub)
		if info.exact == nil {
			exact = false
			consider(run)
			consider(info.need)
			run = []string{""}
			continue
		}
		next := cross(run, info.exact)
		if next == nil {
			// Too many strings: the run so far is a need, and a new one
			// begins with this part.
			exact = false
			consider(run)
			next = info.exact
		}
		run = next
	}
	consider(run)
	info := needInfo{need: best}
	if exact {
		info.exact = run
	}
	return info
}

// alternateNeed derives an alternation's info: every alternative's
// strings, or every alternative's need; unknown if one alternative has
// none.
func alternateNeed(subs []*syntax.Regexp) needInfo {
	var exact, need []string
	exactOK, needOK := true, true
	for _, sub := range subs {
		info := needOf(sub)
		if info.exact == nil {
			exactOK = false
		} else if exactOK {
			if exact = union(exact, info.exact); exact == nil {
				exactOK = false
			}
		}
		if info.need == nil {
			needOK = false
		} else if needOK {
			if need = union(need, info.need); need == nil {
				needOK = false
			}
		}
	}
	var info needInfo
	if exactOK {
		info = exactInfo(exact)
	}
	need = minimal(need)
	if needOK && (info.need == nil || needCost(need) < needCost(info.need)) {
		info.need = need
	}
	return info
}

// runeForms returns the forms the rune r, or with fold any rune of its
// case orbit, takes in the lower-cased view (phrase.Lower keeps a rune
// whose lower case has another length as it is), or nil for U+FFFD,
// which also stands for a byte that is not UTF-8. The view is in NFKC
// (NewView), so a rune NFKC changes ("ſ", the Kelvin sign in the orbits
// of s and k) is never in it and has no form.
func runeForms(r rune, fold bool) []string {
	if r == utf8.RuneError || r < 0 || r > unicode.MaxRune {
		return nil
	}
	var forms []string
	add := func(x rune) {
		if x == r || norm.NFKC.IsNormalString(string(x)) {
			forms = union(forms, []string{lowerForm(x)})
		}
	}
	add(r)
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			add(f)
		}
	}
	return forms
}

// lowerForm is the rune r as phrase.Lower writes it.
func lowerForm(r rune) string {
	if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == utf8.RuneLen(r) {
		return string(l)
	}
	return string(r)
}

// classForms returns the forms of the runes of a small character class
// (ranges as syntax gives them), or nil for a large one or one holding
// U+FFFD.
func classForms(ranges []rune) []string {
	n := 0
	for i := 0; i+1 < len(ranges); i += 2 {
		n += int(ranges[i+1]-ranges[i]) + 1
		if n > maxNeedClass {
			return nil
		}
	}
	var forms []string
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			if r == utf8.RuneError {
				return nil
			}
			if norm.NFKC.IsNormalString(string(r)) {
				forms = union(forms, []string{lowerForm(r)})
			}
		}
	}
	return forms
}

// cross returns every string of a followed by one of b, or nil when
// there would be more than maxNeedSet.
func cross(a, b []string) []string {
	if len(a)*len(b) > maxNeedSet {
		return nil
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// union returns the strings of a and b, sorted and without repeats, or
// nil when there would be more than maxNeedSet.
func union(a, b []string) []string {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) > maxNeedSet {
		return nil
	}
	return out
}

// minimal returns set without the strings that hold another of it: a
// text that holds "walked" holds "walk".
func minimal(set []string) []string {
	if set == nil {
		return nil
	}
	out := make([]string, 0, len(set))
	for _, s := range set {
		if !slices.ContainsFunc(set, func(o string) bool { return o != s && strings.Contains(s, o) }) {
			out = append(out, s)
		}
	}
	return out
}

// needCost estimates how often a set's strings occur in a post: a string
// of one byte occurs everywhere, each byte more makes it rarer. What
// counts is a string's letters and digits; spaces and punctuation,
// which a keyword of a derived set may hold, occur everywhere too.
func needCost(set []string) int {
	cost := 0
	for _, s := range set {
		n := 0
		for _, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n += utf8.RuneLen(r)
			}
		}
		switch {
		case n == 1 && s[0] >= '0' && s[0] <= '9':
			// Most posts' words hold no digit.
			cost += 3
		case n <= 1:
			cost += 1000
		case n == 2:
			// Most posts hold them too ("he" in "the").
			cost += 200
		case n == 3:
			cost += 6
		case n == 4:
			cost += 2
		default:
			cost++
		}
	}
	return cost
}
