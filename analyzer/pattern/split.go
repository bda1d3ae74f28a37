package pattern

// A big alternation ("\b(?:\d+ ER visits|on lithium|…)") is split into its
// alternatives, each with a prefilter of its own.

import "regexp/syntax"

// minSplit is the fewest alternatives worth splitting a pattern into.
const minSplit = 3

// splitAlternation returns the alternatives of a pattern that is one
// alternation, possibly between empty-width assertions ("\b(?:a|b)\b"),
// each with those assertions; or nil.
func splitAlternation(re *syntax.Regexp) []*syntax.Regexp {
	if re.Op == syntax.OpAlternate {
		return re.Sub
	}
	if re.Op != syntax.OpConcat {
		return nil
	}
	k := -1
	for i, s := range re.Sub {
		switch s.Op {
		case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginLine, syntax.OpEndLine,
			syntax.OpBeginText, syntax.OpEndText:
		case syntax.OpAlternate:
			if k >= 0 {
				return nil
			}
			k = i
		default:
			return nil
		}
	}
	if k < 0 {
		return nil
	}
	out := make([]*syntax.Regexp, len(re.Sub[k].Sub))
	for j, alt := range re.Sub[k].Sub {
		subs := append(append(append([]*syntax.Regexp{}, re.Sub[:k]...), alt), re.Sub[k+1:]...)
		out[j] = &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: subs}
	}
	return out
}

// splitInto makes p the union of the alternatives, each with a prefilter
// of its own: a big alternation ("\b(?:\d+ ER visits|on lithium|…)") has
// first bytes so varied that its own prefilter lets most words through,
// and is too big for regexp's backtracker. At each position the
// alternatives are tried in order and the first that matches wins, which
// is what the alternation means. It reports false, leaving p as it was,
// if an alternative has no prefilter.
func (p *pattern) splitInto(alts []*syntax.Regexp) bool {
	var set byteSet
	out := make([]*pattern, len(alts))
	maxLen := 0
	for i, alt := range alts {
		a := fromTree(&source{tree: alt}, alt, false)
		if a.first == nil || a.scan {
			return false
		}
		set.union(a.first)
		if a.maxLen < 0 || maxLen < 0 {
			maxLen = -1
		} else {
			maxLen = max(maxLen, a.maxLen)
		}
		out[i] = a
	}
	p.alts, p.first, p.fb, p.maxLen = out, &set, set, maxLen
	p.altsAt = new([257]uint32)
	for b := 0; b < 256; b++ {
		p.altsAt[b] = uint32(len(p.byFirst))
		for _, a := range out {
			if a.first.has(byte(b)) {
				p.byFirst = append(p.byFirst, a)
			}
		}
	}
	p.altsAt[256] = uint32(len(p.byFirst))
	p.bounded, p.wordStart, p.wordFirst = true, true, true
	p.stops = out[0].stops // a stop for every alternative is one for the whole
	for _, a := range out {
		p.bounded = p.bounded && a.bounded
		p.wordStart = p.wordStart && a.wordStart
		p.wordFirst = p.wordFirst && a.wordFirst
		for k := range p.stops {
			p.stops[k] &= a.stops[k]
		}
	}
	return true
}
