package match

import (
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/fuzzy"
	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// Misspelled names, places and employers ("Saskatoom", "Walmrat",
// "Brianan"): a word of a title-case list rule that is one edit (a letter
// added, dropped, changed, or two neighbours swapped) from a long entry,
// or two edits from an entry of ten letters or more ("Lethbirdge"), is
// that entry, when the words around it say a name or place stands there
// (the rule's ambiguous context), as for an ordinary word. The word must
// be capitalized: in lower case, too many words are one edit from a name.
//
// The index of each rule is a fuzzy.Index, built the first time a post
// needs it. Only words that are not ordinary words, not already an entry,
// and start with the same letter as the entry are taken, so common words
// never fire.

// typoLength reports whether word is long enough to be matched with a
// typo and short enough to be looked up in bounded time.
func typoLength(word string) bool {
	if len(word) > 4*fuzzy.MaxRunes {
		return false
	}
	n := utf8.RuneCountInString(word)
	return n >= fuzzy.MinRunes && n <= fuzzy.MaxRunes
}

func matchTypos(out []pack.Candidate, c *pack.Compiled, v *pack.View, toks []phrase.Token, phrases []phrase.Match) []pack.Candidate {
	// known[i]: byte i of the view lies in an exact match. Phrases are a
	// few words each, so marking them is linear in the text.
	var known []bool
	for _, r := range c.Rules {
		if r.Typo != nil {
			known = make([]bool, len(v.Text))
			break
		}
	}
	if known == nil {
		return out
	}
	for _, pm := range phrases {
		for i := pm.Start; i < pm.End; i++ {
			known[i] = true
		}
	}
	for _, r := range c.Rules {
		if r.Typo == nil {
			continue
		}
		for _, t := range toks {
			word := v.Lower[t.Start:t.End]
			if known[t.Start] || !pack.IsUpperWord(v.Text[t.Start:t.End]) || !typoLength(word) || r.AmbiguousSet.Has(word) {
				continue
			}
			idx := r.Typo.Get(func() *fuzzy.Index { return fuzzy.New(phrase.List(c.Pack, r.List)) })
			entry, exact := idx.Near(word)
			if exact {
				continue
			}
			if entry == "" {
				entry = idx.Near2(word)
			}
			if entry == "" {
				continue
			}
			if r.Excluded.Has(entry) || (!r.AmbBefore.Match(before(v, t.Start)) && !r.AmbAfter.Match(after(v, t.End))) {
				continue
			}
			cand, ok := check(r, v, t.Start, t.End)
			if !ok {
				continue
			}
			cand.Why = "a misspelling, it seems, of " + entry
			out = append(out, cand)
		}
	}
	return out
}
