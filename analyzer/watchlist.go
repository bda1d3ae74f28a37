package analyzer

import (
	"slices"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
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
func watchRule(c *pack.Compiled) *pack.Rule {
	msg, ok := watchMessages[c.Pack.Lang]
	if !ok {
		msg = watchMessages["en"]
	}
	r := &rules.Rule{ID: "watch-list", Category: "name", Severity: "high", Message: msg}
	for _, cr := range c.Rules {
		if cr.ID == "name-first" {
			r.Replacement = cr.Replacement
		}
	}
	// index -1: on equal spans, the watch-list wins over any pack rule.
	return &pack.Rule{Rule: r, Index: -1}
}

// watchCandidates returns w's matches in v as candidates.
func watchCandidates(c *pack.Compiled, v *pack.View, w *Watchlist) []pack.Candidate {
	spans := w.Find(v.Text)
	if len(spans) == 0 {
		return nil
	}
	r := watchRule(c)
	out := make([]pack.Candidate, len(spans))
	for i, sp := range spans {
		s := pack.Span{Start: sp.Start, End: sp.End}
		out[i] = pack.Candidate{Span: s, Base: s, Rule: r, Why: "you put this name on your watch-list"}
	}
	return out
}

// withWatched adds the watch-list matches to cands, dropping the candidates
// they overlap: the user's own list outranks any rule, even a longer span.
// n is the length of the view.
func withWatched(cands, watched []pack.Candidate, n int) []pack.Candidate {
	if len(watched) == 0 {
		return cands
	}
	taken := make([]bool, n+1)
	for _, w := range watched {
		for i := w.Start; i < w.End; i++ {
			taken[i] = true
		}
	}
	kept := cands[:0]
	for _, cd := range cands {
		if !slices.Contains(taken[cd.Start:cd.End], true) {
			kept = append(kept, cd)
		}
	}
	return append(kept, watched...)
}
