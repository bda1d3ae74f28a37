package analyzer

import (
	"sync"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/fuzzy"
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

// typoState is a rule's index, built the first time a post needs it.
type typoState struct {
	once sync.Once
	idx  *fuzzy.Index
}

// typoLength reports whether word is long enough to be matched with a
// typo and short enough to be looked up in bounded time.
func typoLength(word string) bool {
	if len(word) > 4*fuzzy.MaxRunes {
		return false
	}
	n := utf8.RuneCountInString(word)
	return n >= fuzzy.MinRunes && n <= fuzzy.MaxRunes
}

func matchTypos(out []candidate, c *compiled, v *view, toks []phrase.Token, phrases []phrase.Match) []candidate {
	// known[i]: byte i of the view lies in an exact match. Phrases are a
	// few words each, so marking them is linear in the text.
	var known []bool
	for _, r := range c.rules {
		if r.typo != nil {
			known = make([]bool, len(v.s))
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
	for _, r := range c.rules {
		if r.typo == nil {
			continue
		}
		for _, t := range toks {
			word := v.lower[t.Start:t.End]
			if known[t.Start] || !isUpperWord(v.s[t.Start:t.End]) || !typoLength(word) || r.ambiguous.Has(word) {
				continue
			}
			r.typo.once.Do(func() { r.typo.idx = fuzzy.New(phrase.List(c.pack, r.List)) })
			entry, exact := r.typo.idx.Near(word)
			if exact {
				continue
			}
			if entry == "" {
				entry = r.typo.idx.Near2(word)
			}
			if entry == "" {
				continue
			}
			if r.exclude.Has(entry) || (!r.ambBefore.match(before(v, t.Start)) && !r.ambAfter.match(after(v, t.End))) {
				continue
			}
			cand, ok := check(r, v, t.Start, t.End)
			if !ok {
				continue
			}
			cand.why = "a misspelling, it seems, of " + entry
			out = append(out, cand)
		}
	}
	return out
}
