package analyzer

import (
	"sort"

	"github.com/discreet-app/discreet/rules"
)

// context knows who each part of the post is about: which sentences refer
// to a specific person, which phrases are generic ("specializes in PTSD"),
// and which are the poster's own details ("call me at ...").
type context struct {
	c     *compiled
	v     *view
	sents []span
	g     *gates

	person      zones // references to a specific third person
	generic     zones
	self        zones
	ignore      zones
	notSpecific bool
	specific    bool // the post is about a specific person
}

func newContext(c *compiled, v *view, sents []span, g *gates) *context {
	x := &context{c: c, v: v, sents: sents, g: g}
	x.person = newZones(findAll(c.person, v.s, sents, g))
	x.generic = newZones(findAll(c.generic, v.s, sents, g))
	x.self = newZones(findAll(c.self, v.s, sents, g))
	x.ignore = newZones(findAll(c.ignore, v.s, sents, g))
	for _, p := range c.notSpecific {
		if g.allows(p.gate) && p.re.match(v.s) {
			x.notSpecific = true
			break
		}
	}
	return x
}

// findAll returns the spans the patterns match; a gated pattern is only
// tried in the windows around its keywords.
func findAll(pats []gatedRE, s string, sents []span, g *gates) []span {
	var out []span
	for _, p := range pats {
		re := p.re.get()
		if re == nil || !g.allows(p.gate) {
			continue
		}
		ws := []span{{0, len(s)}}
		if p.gate >= 0 {
			ws = windows(s, sents, g.at[p.gate])
		}
		for _, w := range ws {
			for _, m := range re.FindAllStringSubmatchIndex(s[w.start:w.end], -1) {
				st, en := m[0], m[1]
				if len(m) > 2 && m[2] >= 0 { // a first group narrows the span
					st, en = m[2], m[3]
				}
				if en > st {
					out = append(out, span{st + w.start, en + w.start})
				}
			}
		}
	}
	return out
}

// zones is a set of byte ranges, merged and sorted, so that membership
// tests are a binary search and the whole pass stays O(n log n).
type zones []span

func newZones(spans []span) zones {
	sorted := append([]span(nil), spans...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].start < sorted[j].start })
	var out zones
	for _, s := range sorted {
		if n := len(out); n > 0 && s.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

// find returns the index of the first zone that ends after pos.
func (z zones) find(pos int) int {
	return sort.Search(len(z), func(i int) bool { return z[i].end > pos })
}

// overlaps reports whether [s.start, s.end) shares a byte with a zone.
func (z zones) overlaps(s span) bool {
	i := z.find(s.start)
	return i < len(z) && z[i].start < s.end
}

// covers reports whether a zone contains all of s.
func (z zones) covers(s span) bool {
	i := z.find(s.start)
	return i < len(z) && z[i].start <= s.start && s.end <= z[i].end
}

// sentenceOf returns the index of the sentence holding byte i.
func (x *context) sentenceOf(i int) int {
	k := sort.Search(len(x.sents), func(k int) bool { return x.sents[k].end > i })
	if k == len(x.sents) {
		return len(x.sents) - 1
	}
	return k
}

// personNear reports whether the sentence of s, or the one just before or
// after it, refers to a specific person: posts often name the client in one
// sentence and describe them in the next ("Client is Hope (26). BPD dx.").
func (x *context) personNear(s span) bool {
	k := x.sentenceOf(s.start)
	if k < 0 {
		return false
	}
	lo := x.sents[k].start
	if k > 0 {
		lo = x.sents[k-1].start
	}
	hi := x.sents[k].end
	if k+1 < len(x.sents) {
		hi = x.sents[k+1].end
	}
	return x.person.overlaps(span{lo, hi})
}

// attribute keeps the candidates that are about a specific person other
// than the poster, and says why in each kept candidate.
func (x *context) attribute(cands []candidate) []candidate {
	var direct, rest []candidate
	for _, cd := range cands {
		// "Alberta College" is not the name Alberta lengthened: judge the
		// match as found, before Extend.
		if x.self.overlaps(cd.span) || x.ignore.covers(cd.base) {
			continue
		}
		if cd.rule.Attribution == rules.AttrAlways {
			direct = append(direct, cd)
		} else {
			rest = append(rest, cd)
		}
	}
	// Names and ages point at a person as surely as "my client" does; once
	// the post names someone, "you" is that person too.
	refs := []span(x.person)
	named := false
	for _, cd := range direct {
		switch cd.rule.Category {
		case "name":
			named = true
			refs = append(refs, cd.span)
		case "age":
			refs = append(refs, cd.span)
		}
	}
	if named {
		refs = append(refs, findAll(x.c.addressee, x.v.s, x.sents, x.g)...)
	}
	x.person = newZones(refs)
	x.specific = len(x.person) > 0 && !x.notSpecific
	kept := direct
	for _, cd := range rest {
		switch cd.rule.Attribution {
		case rules.AttrPost:
			if !x.specific {
				continue
			}
			if cd.why == "" {
				cd.why = "the post is about a specific person"
			}
		case rules.AttrSentence:
			if !x.specific || !x.personNear(cd.span) || x.generic.covers(cd.span) {
				continue
			}
			if cd.why == "" {
				cd.why = "said of a specific person"
			}
		}
		kept = append(kept, cd)
	}
	return kept
}
