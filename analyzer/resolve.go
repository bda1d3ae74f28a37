package analyzer

// The last stages before intent and rewrite: overlapping candidates
// resolved, and the survivors turned into findings with UTF-16 offsets.

import (
	"cmp"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/normalize"
	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/rules"
)

// resolveOverlaps keeps, of overlapping candidates, the longest; on equal
// length the more severe; then the earlier rule; then the earlier one. A
// direct identifier inside a longer, less severe span of a story
// ("Atiendo a [Kendry] desde enero") is kept too, and the longer span is
// kept around it (keepInner): the name must not pass for a relationship.
// text is the view the spans index.
func resolveOverlaps(text string, cands []pack.Candidate) []pack.Candidate {
	if len(cands) == 0 {
		return cands
	}
	// Rank the candidates by their keys, the list position last so that the
	// order is total: a plain sort then gives what a stable one would, in
	// O(n log n) (a stable sort moves candidates O(n log² n) times, which
	// made a 1 MB text cost more per byte than 200 KB).
	// A typing request's candidates and its text's bytes fit in arrays on
	// the stack (a post of 1,000 characters has a few dozen candidates);
	// more take the heap.
	var orderBuf [128]overlapRank
	order := orderBuf[:0]
	if len(cands) > len(orderBuf) {
		order = make([]overlapRank, 0, len(cands))
	}
	order = order[:len(cands)]
	end := 0
	for i, cd := range cands {
		order[i] = overlapRank{int32(cd.End - cd.Start), int32(severityRank(cd.Rule.Severity)), int32(cd.Rule.Index), int32(cd.Start), int32(i)}
		end = max(end, cd.End)
	}
	slices.SortFunc(order, overlapRank.compare)
	kept := make([]pack.Candidate, 0, len(cands))
	var inner []pack.Candidate // direct identifiers a longer span took
	var takenBuf [32]uint64    // 2,048 bytes of text
	var taken byteSet          // bytes already inside a kept span
	if n := (end + 63) / 64; n <= len(takenBuf) {
		taken = takenBuf[:n]
	} else {
		taken = newByteSet(end)
	}
	for _, o := range order {
		cd := cands[o.i]
		if taken.any(cd.Start, cd.End) {
			if pinned(cd) {
				inner = append(inner, cd)
			}
			continue
		}
		taken.add(cd.Start, cd.End)
		kept = append(kept, cd)
	}
	slices.SortFunc(kept, func(a, b pack.Candidate) int { return a.Start - b.Start })
	if len(inner) > 0 {
		kept = keepInner(text, kept, inner)
	}
	return kept
}

// pinned reports whether cd is a detail that identifies someone by itself
// (a name, a contact, an ID number, at high severity): one that a longer
// span of another kind must not swallow.
func pinned(cd pack.Candidate) bool {
	switch cd.Rule.Category {
	case "name", "contact", "id_number":
		return cd.Rule.Severity == "high"
	}
	return false
}

// tellsStory reports whether cd is a span that tells part of a story (a
// relationship, an event, a family fact, a clinical detail): a name inside
// it is someone the story is about, while a name inside an organization
// or a place is part of its name ("Pine Hill", "St. Mary's").
func tellsStory(cd *pack.Candidate) bool {
	switch cd.Rule.Category {
	case "relationship", "event", "family", "clinical":
		return true
	}
	return false
}

// keepInner puts back the direct identifiers of inner that lie inside one
// kept, less severe span of a story (see tellsStory), and cuts that span
// into the parts around them (trimmed to letters and digits; a part with
// fewer than two letters goes). kept is sorted by start and disjoint; so
// is the result. inner comes longest first, so of two that overlap the
// longer stays; at most maxInner are put back in a post, which keeps the
// work linear in the candidates.
func keepInner(text string, kept, inner []pack.Candidate) []pack.Candidate {
	var back, host [maxInner]int // indices in inner and in kept
	n := 0
	for i := range inner {
		in := &inner[i]
		k := sort.Search(len(kept), func(k int) bool { return kept[k].End > in.Start })
		if n == maxInner || k == len(kept) {
			continue
		}
		out := &kept[k]
		ok := out.Start <= in.Start && in.End <= out.End && tellsStory(out) &&
			severityRank(out.Rule.Severity) < severityRank(in.Rule.Severity)
		for _, b := range back[:n] {
			ok = ok && (inner[b].End <= in.Start || in.End <= inner[b].Start)
		}
		if ok {
			back[n], host[n] = i, k
			n++
		}
	}
	if n == 0 {
		return kept
	}
	res := make([]pack.Candidate, 0, len(kept)+2*n)
	for k := range kept {
		out := &kept[k]
		from := out.Start
		for {
			// The next identifier put back in out, by start: few, so a scan.
			next := -1
			for j, b := range back[:n] {
				if host[j] == k && inner[b].Start >= from && (next < 0 || inner[b].Start < inner[next].Start) {
					next = b
				}
			}
			if next < 0 {
				break
			}
			res = appendPart(res, text, out, from, inner[next].Start)
			res = append(res, inner[next])
			from = inner[next].End
		}
		if from == out.Start {
			res = append(res, *out)
		} else {
			res = appendPart(res, text, out, from, out.End)
		}
	}
	return res
}

// maxInner is the most direct identifiers keepInner puts back in a post.
const maxInner = 16

// appendPart appends the part [start, end) of out, trimmed to letters and
// digits at both ends, as a candidate of out's rule, when it holds two
// letters. Only letters and digits stay: unicode.IsPunct would pull the
// punctuation tables into the .wasm.
func appendPart(res []pack.Candidate, text string, out *pack.Candidate, start, end int) []pack.Candidate {
	letters, from := 0, -1
	for i, r := range text[start:end] {
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && from < 0 {
			from = start + i
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return res
	}
	for end > from {
		r, size := utf8.DecodeLastRuneInString(text[from:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		end -= size
	}
	res = append(res, *out)
	cd := &res[len(res)-1]
	cd.Start, cd.End = from, end
	cd.Base = cd.Span
	return res
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
