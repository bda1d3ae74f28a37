package pattern

import (
	"regexp"
	"sort"
	"sync"
)

// Cost is what the engine did for one pattern while costs were counted
// (built with the patterncost tag): the per-pattern table of where its
// work goes, for finding the patterns worth a faster path. Units are
// loop turns, which track instructions closely (about a dozen each).
type Cost struct {
	Src string
	// Passes are the runs of the unanchored automaton (seek.go); Jumped
	// the positions their jumps read one by one, Edges the text's edges
	// they walked, Steps the automaton's transitions.
	Passes, Jumped, Edges, Steps int
	// Visits are the positions a search loop looked at; Tries the
	// anchored tries, TryBytes the bytes they read.
	Visits, Tries, TryBytes int
	// Regexp is the bytes handed to package regexp (submatches, and the
	// fallbacks that keep the work linear).
	Regexp int
}

// Units is the sum of the work columns, for ranking.
func (c *Cost) Units() int {
	return c.Jumped + c.Edges + c.Steps + c.Visits + c.TryBytes + c.Regexp
}

// CostsCounted reports whether this build counts costs (the patterncost
// build tag); without it the counting compiles away.
const CostsCounted = costOn

var costs struct {
	mu  sync.Mutex
	all []*Cost
}

// newCost registers the cost row of a pattern being prepared, when costs
// are counted; nil otherwise.
func newCost(src string) *Cost {
	if !costOn {
		return nil
	}
	c := &Cost{Src: src}
	costs.mu.Lock()
	costs.all = append(costs.all, c)
	costs.mu.Unlock()
	return c
}

// setCost gives p and its alternatives the row c.
func (p *pattern) setCost(c *Cost) {
	p.cost = c
	for _, a := range p.alts {
		a.setCost(c)
	}
}

// Costs returns a copy of every prepared pattern's row, the costliest
// first; ResetCosts zeroes them. Counting is not synchronized: measure
// from one goroutine.
func Costs() []Cost {
	costs.mu.Lock()
	defer costs.mu.Unlock()
	out := make([]Cost, 0, len(costs.all))
	for _, c := range costs.all {
		out = append(out, *c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Units() > out[j].Units() })
	return out
}

// ResetCosts zeroes every row.
func ResetCosts() {
	costs.mu.Lock()
	defer costs.mu.Unlock()
	for _, c := range costs.all {
		*c = Cost{Src: c.Src}
	}
}

// whole returns the pattern as regexp compiled it, for a search of n
// bytes by regexp alone, counting them.
func (p *pattern) whole(n int) *regexp.Regexp {
	if costOn {
		p.cost.Regexp += n
	}
	return p.re.get()
}
