package pack

import (
	"sync"

	"github.com/discreet-app/discreet/analyzer/pattern"
)

// ungatedWalk is the pack's one walk over a post's edges for its patterns
// without keywords (pattern.Walk): the pattern rules that search for
// themselves and the context patterns, each of which would otherwise walk
// every edge of the post on its own. The patterns are listed when the
// pack compiles (addRule, addContext) and prepared on first use.
type ungatedWalk struct {
	rules []*Rule   // by walk index: the rule, or nil for a context pattern
	res   []*LazyRE // by walk index: the context pattern, or nil for a rule
	once  sync.Once
	w     *pattern.Walk
}

// addRule lists the pattern of r and returns its index in the walk.
func (u *ungatedWalk) addRule(r *Rule) int {
	u.rules, u.res = append(u.rules, r), append(u.res, nil)
	return len(u.rules) - 1
}

// addContext lists a context pattern and returns its index in the walk.
func (u *ungatedWalk) addContext(re *LazyRE) int {
	u.rules, u.res = append(u.rules, nil), append(u.res, re)
	return len(u.rules) - 1
}

// get returns the walk, made the first time. A rule's matches carry
// their submatches when it or a rule sharing its search reads a group
// (Rule.Groups, final once the pack is compiled); a context pattern's
// always do (a first group narrows its span).
func (u *ungatedWalk) get() *pattern.Walk {
	u.once.Do(func() {
		pats := make([]*pattern.Pattern, len(u.rules))
		groups := make([]bool, len(u.rules))
		for i, r := range u.rules {
			if r != nil {
				pats[i], groups[i] = r.RE.Get(), r.Groups
			} else {
				pats[i], groups[i] = u.res[i].Get(), true
			}
		}
		u.w = pattern.NewWalk(pats, groups)
	})
	return u.w
}

// Ungated returns the matches in text of the pack's patterns without
// keywords that the pack's walk serves (Walked.Serves; by Rule.Walk and
// GatedRE.Walk), each as FindAllNear(text, Ungated(0, …), groups) gives
// them: one walk over text's edges the first time it is asked for text,
// which must be the text g's keywords were scanned in (or the same in
// another case). The result is g's until it is released.
func (g *Gates) Ungated(c *Compiled, text string) *pattern.Walked {
	if g.walked == nil || g.walkedFor != text {
		g.walked = c.walk.get().Run(text, &g.text)
		g.walkedFor = text
	}
	return g.walked
}

// listWalk lists in the pack's walk the patterns that have neither
// keywords nor derived ones (Need): the pattern rules that search for
// themselves and the context patterns. It runs once the derived gates
// are known, since a pattern with one runs near its hits instead.
func (c *Compiled) listWalk() {
	for _, r := range c.Rules {
		if r.RE != nil && r.SameSearch < 0 && r.Gate < 0 && r.Need < 0 {
			r.Walk = c.walk.addRule(r)
		}
	}
	for _, pats := range [][]GatedRE{c.Person, c.Addressee, c.Generic, c.Self, c.NotSpecific, c.Ignore,
		c.Client, c.Describes, c.Audience, c.Confirms, c.Declines, c.Addressed, c.Relates, c.Public,
		c.Announce, c.OwnLife} {
		for i := range pats {
			if p := &pats[i]; p.Gate < 0 && p.Need < 0 {
				p.Walk = c.walk.addContext(p.RE)
			}
		}
	}
}
