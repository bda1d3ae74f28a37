package analyzer

// The last stages before intent and rewrite: overlapping candidates
// resolved, and the survivors turned into findings with UTF-16 offsets.

import (
	"cmp"
	"slices"
	"sort"

	"github.com/discreet-app/discreet/analyzer/internal/normalize"
	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/rules"
)

// resolveOverlaps keeps, of overlapping candidates, the longest; on equal
// length the more severe; then the earlier rule; then the earlier one.
func resolveOverlaps(cands []pack.Candidate) []pack.Candidate {
	if len(cands) == 0 {
		return cands
	}
	// Rank the candidates by their keys, the list position last so that the
	// order is total: a plain sort then gives what a stable one would, in
	// O(n log n) (a stable sort moves candidates O(n log² n) times, which
	// made a 1 MB text cost more per byte than 200 KB).
	order := make([]overlapRank, len(cands))
	end := 0
	for i, cd := range cands {
		order[i] = overlapRank{int32(cd.End - cd.Start), int32(severityRank(cd.Rule.Severity)), int32(cd.Rule.Index), int32(cd.Start), int32(i)}
		end = max(end, cd.End)
	}
	slices.SortFunc(order, overlapRank.compare)
	kept := make([]pack.Candidate, 0, len(cands))
	taken := newByteSet(end) // bytes already inside a kept span
	for _, o := range order {
		cd := cands[o.i]
		if taken.any(cd.Start, cd.End) {
			continue
		}
		taken.add(cd.Start, cd.End)
		kept = append(kept, cd)
	}
	slices.SortFunc(kept, func(a, b pack.Candidate) int { return a.Start - b.Start })
	return kept
}

// byteSet is a set of byte offsets, a bit each: what resolveOverlaps
// has taken, in an eighth of the memory of a bool a byte, tested and set
// 64 offsets at a time.
type byteSet []uint64

func newByteSet(n int) byteSet { return make(byteSet, (n+63)/64) }

// rangeMask returns the bits of word w that fall in [start, end).
func rangeMask(w, start, end int) uint64 {
	lo, hi := max(start-w*64, 0), min(end-w*64, 64)
	if lo >= hi {
		return 0
	}
	m := ^uint64(0) >> (64 - (hi - lo))
	return m << lo
}

// any reports whether an offset of [start, end) is in the set.
func (s byteSet) any(start, end int) bool {
	for w := start / 64; w*64 < end; w++ {
		if s[w]&rangeMask(w, start, end) != 0 {
			return true
		}
	}
	return false
}

// add puts the offsets [start, end) in the set.
func (s byteSet) add(start, end int) {
	for w := start / 64; w*64 < end; w++ {
		s[w] |= rangeMask(w, start, end)
	}
}

// overlapRank is what resolveOverlaps orders a candidate by.
type overlapRank struct{ length, severity, rule, start, i int32 }

func (a overlapRank) compare(b overlapRank) int {
	switch {
	case a.length != b.length:
		return cmp.Compare(b.length, a.length)
	case a.severity != b.severity:
		return cmp.Compare(b.severity, a.severity)
	case a.rule != b.rule:
		return cmp.Compare(a.rule, b.rule)
	case a.start != b.start:
		return cmp.Compare(a.start, b.start)
	}
	return cmp.Compare(a.i, b.i)
}

func severityRank(s string) int {
	return slices.Index(rules.Severities, s)
}

// toFindings maps candidates to findings with UTF-16 offsets into text.
func toFindings(c *pack.Compiled, v *pack.View, text string, kept []pack.Candidate) []Finding {
	if len(kept) == 0 {
		return []Finding{}
	}
	offs := make([]int, 0, 2*len(kept))
	findings := make([]Finding, len(kept))
	for i, k := range kept {
		bs, be := v.Origin(k.Start, k.End)
		name := k.Rule.Name
		if name == "" {
			name = c.Pack.Lang + "/" + k.Rule.ID
		}
		findings[i] = Finding{
			Text:        text[bs:be],
			Category:    k.Rule.Category,
			Severity:    k.Rule.Severity,
			Rule:        name,
			Message:     k.Rule.Message,
			Replacement: k.Rule.Replacement,
			Why:         k.Why,
			byteStart:   bs,
			byteEnd:     be,
		}
		offs = append(offs, bs, be)
	}
	slices.Sort(offs)
	units := normalize.UTF16Index(text, offs)
	unit := func(off int) int { return units[sort.SearchInts(offs, off)] }
	for i := range findings {
		findings[i].Start = unit(findings[i].byteStart)
		findings[i].End = unit(findings[i].byteEnd)
	}
	return findings
}
