package rewrite

import (
	"slices"
	"strings"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// termIndex finds terms in a lower-cased text by their first word.
type termIndex struct {
	byFirst map[string][]string
	// mayStart holds byFirst's keys, to rule most words out cheaply.
	mayStart *wordFilter
}

// newTermIndex indexes terms, lower-cased, longest first under each first
// word.
func newTermIndex(terms []string) termIndex {
	ix := termIndex{byFirst: map[string][]string{}, mayStart: &wordFilter{}}
	for _, t := range terms {
		lt := strings.ToLower(t)
		if ws := wordSpans(lt); len(ws) > 0 {
			first := lt[ws[0].start:ws[0].end]
			ix.byFirst[first] = append(ix.byFirst[first], lt)
			ix.mayStart.add(first)
		}
	}
	for _, l := range ix.byFirst {
		slices.SortFunc(l, func(a, b string) int { return len(b) - len(a) })
	}
	return ix
}

// in returns the terms that occur in the lower-cased ls as whole words,
// the longest at each place, in order.
func (ix termIndex) in(ls string) []string { return ix.from(nil, ls, 0) }

// inWords appends to out what in returns, for an ls whose words
// (appendWords) the caller has: the walk reads them instead of finding
// them again.
func (ix termIndex) inWords(out []string, ls string, words []span) []string {
	for i := 0; i < len(words); i++ {
		t, ok := ix.at(ls, words[i].start, words[i].end)
		if !ok {
			continue
		}
		out = append(out, t)
		end := words[i].start + len(t)
		for i+1 < len(words) && words[i+1].start < end {
			i++
		}
		if words[i].end > end {
			// The term ends inside a word ("-" is a boundary to it, not
			// to a word): the walk goes on from there as in does.
			return ix.from(out, ls, end)
		}
	}
	return out
}

// from appends to out the terms of ls from byte i on (see in).
func (ix termIndex) from(out []string, ls string, i int) []string {
	for start, end := nextWord(ls, i); start < end; start, end = nextWord(ls, end) {
		if t, ok := ix.at(ls, start, end); ok {
			out = append(out, t)
			end = start + len(t)
		}
	}
	return out
}

// at returns the longest term that starts with the word ls[start:end]
// and occurs there as whole words.
func (ix termIndex) at(ls string, start, end int) (string, bool) {
	if !ix.mayStart.mayHave(ls[start:end]) {
		return "", false
	}
	for _, t := range ix.byFirst[ls[start:end]] {
		if strings.HasPrefix(ls[start:], t) && phrase.BoundaryAfter(ls, start+len(t)) {
			return t, true
		}
	}
	return "", false
}

// needTermsWords is needTermsLower for an ls whose words (appendWords)
// the caller has: the walk reads them instead of finding them again.
func (g *grammar) needTermsWords(ls string, words []span) []string {
	var out []string
	for i := 0; i < len(words); i++ {
		start, end := words[i].start, words[i].end
		if !g.mayStart.mayHave(ls[start:end]) || !g.needFirst[ls[start:end]] {
			continue
		}
		n := min(max(g.needWords, 1), 8, len(words)-i) // this word and the next ones
		for k := n; k > 0; k-- {
			if t, ok := g.needTerms[ls[start:words[i+k-1].end]]; ok {
				out = append(out, t)
				i += k - 1
				break
			}
		}
	}
	return out
}
