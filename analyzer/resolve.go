package analyzer

// The last stages before intent and rewrite: overlapping candidates
// resolved, and the survivors turned into findings with UTF-16 offsets.

import (
	"cmp"
	"slices"
	"sort"

	"github.com/discreet-app/discreet/analyzer/internal/normalize"
	"github.com/discreet-app/discreet/rules"
)

// resolveOverlaps keeps, of overlapping candidates, the longest; on equal
// length the more severe; then the earlier rule; then the earlier one.
func resolveOverlaps(cands []candidate) []candidate {
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
		order[i] = overlapRank{int32(cd.end - cd.start), int32(severityRank(cd.rule.Severity)), int32(cd.rule.index), int32(cd.start), int32(i)}
		end = max(end, cd.end)
	}
	slices.SortFunc(order, overlapRank.compare)
	kept := make([]candidate, 0, len(cands))
	taken := make([]bool, end) // bytes already inside a kept span
	for _, o := range order {
		cd := cands[o.i]
		if slices.Contains(taken[cd.start:cd.end], true) {
			continue
		}
		for i := cd.start; i < cd.end; i++ {
			taken[i] = true
		}
		kept = append(kept, cd)
	}
	slices.SortFunc(kept, func(a, b candidate) int { return a.start - b.start })
	return kept
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
func toFindings(c *compiled, v *view, text string, kept []candidate) []Finding {
	if len(kept) == 0 {
		return []Finding{}
	}
	offs := make([]int, 0, 2*len(kept))
	findings := make([]Finding, len(kept))
	for i, k := range kept {
		bs, be := v.origin(k.start, k.end)
		name := k.rule.name
		if name == "" {
			name = c.pack.Lang + "/" + k.rule.ID
		}
		findings[i] = Finding{
			Text:        text[bs:be],
			Category:    k.rule.Category,
			Severity:    k.rule.Severity,
			Rule:        name,
			Message:     k.rule.Message,
			Replacement: k.rule.Replacement,
			Why:         k.why,
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
