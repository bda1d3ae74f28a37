package analyzer

import (
	"slices"
	"sort"

	"github.com/discreet-app/discreet/analyzer/pattern"
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
	near  []bool // sentences that hold a candidate, or neighbour one

	person      zones // references to a specific third person
	generic     zones // found on first use (genericZones): few posts need them
	genericDone bool
	self        zones
	ignore      zones
	notSpecific bool
	whole       bool      // the zones cover every sentence (newWholeContext)
	specific    bool      // the post is about a specific person
	post        *postRefs // who the post as a whole is about
}

// newContext finds the zones that decide who the candidates are about. It
// looks only at the sentences that hold a candidate and their neighbours:
// nothing else can change an attribution, and most posts have few.
func newContext(c *compiled, v *view, sents []span, g *gates, cands []candidate) *context {
	x := &context{c: c, v: v, sents: sents, g: g}
	x.post = &postRefs{x: x}
	if len(cands) == 0 || len(sents) == 0 {
		return x
	}
	near := make([]bool, len(sents))
	for _, cd := range cands {
		k := x.sentenceOf(cd.start)
		for j := max(0, k-1); j <= min(len(sents)-1, k+1); j++ {
			near[j] = true
		}
	}
	x.findZones(near)
	return x
}

// newWholeContext is newContext for every sentence of the post, for the
// story tagger, which reads who each sentence is about before any of its
// own candidates exist; attribution can then use it too.
func newWholeContext(c *compiled, v *view, sents []span, g *gates) *context {
	x := &context{c: c, v: v, sents: sents, g: g, whole: true}
	x.post = &postRefs{x: x}
	if len(sents) == 0 {
		return x
	}
	near := make([]bool, len(sents))
	for k := range near {
		near[k] = true
	}
	x.findZones(near)
	return x
}

// findZones finds the person, self and ignore zones of the sentences
// marked near, and whether the post is about no one in particular.
func (x *context) findZones(near []bool) {
	c, v, g := x.c, x.v, x.g
	x.near = near
	x.person = newZones(x.findAll(c.person))
	x.self = newZones(x.findAll(c.self))
	x.ignore = newZones(x.findAll(c.ignore))
	for _, p := range c.notSpecific {
		if g.allows(p.gate) && p.re.match(v.s) {
			x.notSpecific = true
			break
		}
	}
}

// genericZones returns the phrases about a skill or a population rather
// than a person ("specializes in PTSD"). Only a sentence-attributed
// candidate in a post about a specific person asks, and the patterns are
// among the costliest, so they run then, once.
func (x *context) genericZones() zones {
	if !x.genericDone {
		x.generic = newZones(x.findAll(x.c.generic))
		x.genericDone = true
	}
	return x.generic
}

// findAll returns the spans the patterns match in the sentences near a
// candidate; a gated pattern is only tried in the windows around its
// keywords.
func (x *context) findAll(pats []gatedRE) []span {
	var regions []span // runs of consecutive near sentences
	for k, ok := range x.near {
		if !ok {
			continue
		}
		if n := len(regions); n > 0 && regions[n-1].end == x.sents[k].start {
			regions[n-1].end = x.sents[k].end
		} else {
			regions = append(regions, x.sents[k])
		}
	}
	var out []span
	for _, p := range pats {
		re := p.re.get()
		if re == nil || !x.g.allows(p.gate) {
			continue
		}
		if p.gate < 0 {
			for _, w := range regions {
				out = appendMatches(out, re, x.v.s, w, x.g.all(w))
			}
			continue
		}
		for _, w := range x.g.windows(x.v.s, x.sents, p.gate) {
			if x.near[x.sentenceOf(w.start)] {
				out = appendMatches(out, re, x.v.s, w, x.g.hitsIn(p.gate, w))
			}
		}
	}
	return out
}

// hasPerson reports whether any person pattern matches anywhere in the
// post, stopping at the first: for posts that name the client far from
// the details.
func (x *context) hasPerson() bool { return x.matchesAny(x.c.person) }

// appendMatches appends the spans re matches in w of s (with hits, those
// that hold a keyword); a first group, when the pattern has one, narrows
// the span.
func appendMatches(out []span, re *pattern.Pattern, s string, w span, hits *pattern.Near) []span {
	re.EachNear(s[w.start:w.end], hits, true, func(m []int) {
		st, en := m[0], m[1]
		if len(m) > 2 && m[2] >= 0 {
			st, en = m[2], m[3]
		}
		if en > st {
			out = append(out, span{st + w.start, en + w.start})
		}
	})
	return out
}

// zones is a set of byte ranges, merged and sorted, so that membership
// tests are a binary search and the whole pass stays O(n log n).
type zones []span

// newZones makes zones of spans, sorting and merging them in place: the
// caller gives the slice up.
func newZones(spans []span) zones {
	if !slices.IsSortedFunc(spans, bySpanStart) {
		slices.SortFunc(spans, bySpanStart)
	}
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return zones(out)
}

func bySpanStart(a, b span) int { return a.start - b.start }

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
	if x.post.aboutOthers() {
		// The poster's own life, their event or job post, a public
		// figure: even a name or a phone number there is nobody's to hide.
		return nil
	}
	// "Alberta College" is not the name Alberta lengthened: judge the
	// match as found, before Extend.
	dropped := func(cd *candidate) bool { return x.self.overlaps(cd.span) || x.ignore.covers(cd.base) }
	direct := make([]candidate, 0, len(cands))
	rest := 0 // the others are read from cands again below, not copied
	for i := range cands {
		switch cd := &cands[i]; {
		case dropped(cd):
		case cd.rule.Attribution == rules.AttrAlways:
			direct = append(direct, *cd)
		default:
			rest++
		}
	}
	// Names and ages point at a person as surely as "my client" does; once
	// the post names someone, or confirms it worked with "you", "you" is
	// that person too.
	refs := []span(x.person)
	named := false
	for _, cd := range direct {
		switch cd.rule.Category {
		case "name":
			named = true
			refs = append(refs, cd.span)
		case "relationship": // "it was a joy working with you": you are the client
			named = true
		case "age":
			refs = append(refs, cd.span)
		}
	}
	// A post that confirms it speaks to a client ("To my Tuesday 6pm: you
	// graduated today...") makes "you" that client even with no name.
	if len(x.near) > 0 && (named || len(cands) > 0 && x.post.confirms()) {
		refs = append(refs, x.findAll(x.c.addressee)...)
	}
	x.person = newZones(refs)
	x.specific = !x.notSpecific && (len(x.person) > 0 || rest > 0 && x.hasPerson())
	kept := direct
	for _, cd := range cands {
		if cd.rule.Attribution == rules.AttrAlways || dropped(&cd) {
			continue
		}
		switch cd.rule.Attribution {
		case rules.AttrPost:
			if !x.specific {
				continue
			}
			if cd.why == "" {
				cd.why = "the post is about a specific person"
			}
		case rules.AttrSentence:
			if !x.specific || !x.personNear(cd.span) || x.genericZones().covers(cd.span) {
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
