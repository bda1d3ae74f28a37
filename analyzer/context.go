package analyzer

import (
	"regexp"
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

	person      []span // references to a specific third person
	generic     []span
	self        []span
	ignore      []span
	notSpecific bool
	specific    bool // the post is about a specific person
}

func newContext(c *compiled, v *view, sents []span) *context {
	x := &context{c: c, v: v, sents: sents}
	x.person = findAll(c.person, v.s)
	x.generic = findAll(c.generic, v.s)
	x.self = findAll(c.self, v.s)
	x.ignore = findAll(c.ignore, v.s)
	for _, re := range c.notSpecific {
		if re.MatchString(v.s) {
			x.notSpecific = true
			break
		}
	}
	return x
}

func findAll(res []*regexp.Regexp, s string) []span {
	var out []span
	for _, re := range res {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			st, en := m[0], m[1]
			if len(m) > 2 && m[2] >= 0 { // a first group narrows the span
				st, en = m[2], m[3]
			}
			if en > st {
				out = append(out, span{st, en})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

func overlapsAny(s span, zones []span) bool {
	for _, z := range zones {
		if s.start < z.end && z.start < s.end {
			return true
		}
	}
	return false
}

func insideAny(s span, zones []span) bool {
	for _, z := range zones {
		if z.start <= s.start && s.end <= z.end {
			return true
		}
	}
	return false
}

// sentenceOf returns the index of the sentence holding byte i.
func (x *context) sentenceOf(i int) int {
	k := sort.Search(len(x.sents), func(k int) bool { return x.sents[k].end > i })
	if k == len(x.sents) {
		return len(x.sents) - 1
	}
	return k
}

// personNear reports whether the sentence of s, or the one before it,
// refers to a specific person.
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
	for _, p := range x.person {
		if p.start < hi && lo < p.end {
			return true
		}
	}
	return false
}

// attribute keeps the candidates that are about a specific person other
// than the poster, and says why in each kept candidate.
func (x *context) attribute(cands []candidate) []candidate {
	var direct, rest []candidate
	for _, cd := range cands {
		if overlapsAny(cd.span, x.self) || insideAny(cd.span, x.ignore) {
			continue
		}
		if cd.rule.Attribution == rules.AttrAlways {
			direct = append(direct, cd)
		} else {
			rest = append(rest, cd)
		}
	}
	// Names and ages point at a person as surely as "my client" does.
	for _, cd := range direct {
		switch cd.rule.Category {
		case "name", "age":
			x.person = append(x.person, cd.span)
		}
	}
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
			if !x.specific || !x.personNear(cd.span) || insideAny(cd.span, x.generic) {
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
