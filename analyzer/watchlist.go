package analyzer

import (
	"slices"

	"github.com/discreet-app/discreet/analyzer/watchlist"
	"github.com/discreet-app/discreet/rules"
)

// Watchlist is a user's list of client names, known only as salted hashes
// (see package watchlist).
type Watchlist = watchlist.List

// watchMessages is the finding's message per pack language; English
// stands in for a language without one.
var watchMessages = map[string]string{
	"en": "A name on your watch-list.",
	"fr": "Un nom de votre liste de surveillance.",
	"es": "Un nombre de su lista de vigilancia.",
}

// watchRule is the rule a watch-list match is reported under: a high
// severity name, with the replacement of the pack's first-name rule.
func watchRule(c *compiled) *crule {
	msg, ok := watchMessages[c.pack.Lang]
	if !ok {
		msg = watchMessages["en"]
	}
	r := &rules.Rule{ID: "watch-list", Category: "name", Severity: "high", Message: msg}
	for _, cr := range c.rules {
		if cr.ID == "name-first" {
			r.Replacement = cr.Replacement
		}
	}
	// index -1: on equal spans, the watch-list wins over any pack rule.
	return &crule{Rule: r, index: -1}
}

// watchCandidates returns w's matches in v as candidates.
func watchCandidates(c *compiled, v *view, w *Watchlist) []candidate {
	spans := w.Find(v.s)
	if len(spans) == 0 {
		return nil
	}
	r := watchRule(c)
	out := make([]candidate, len(spans))
	for i, sp := range spans {
		s := span{sp.Start, sp.End}
		out[i] = candidate{span: s, base: s, rule: r, why: "you put this name on your watch-list"}
	}
	return out
}

// withWatched adds the watch-list matches to cands, dropping the candidates
// they overlap: the user's own list outranks any rule, even a longer span.
// n is the length of the view.
func withWatched(cands, watched []candidate, n int) []candidate {
	if len(watched) == 0 {
		return cands
	}
	taken := make([]bool, n+1)
	for _, w := range watched {
		for i := w.start; i < w.end; i++ {
			taken[i] = true
		}
	}
	kept := cands[:0]
	for _, cd := range cands {
		if !slices.Contains(taken[cd.start:cd.end], true) {
			kept = append(kept, cd)
		}
	}
	return append(kept, watched...)
}
