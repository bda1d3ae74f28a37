package match

import (
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// A post typed without capitals writes a client's initial in lower case:
// "last session k. told me", "go get em, t.!", "my cl m. is 16". The
// rules for an initial alone (name-letter, name-initial-alone) key on a
// capital and on the words around it, as a tidy writer types it.
// recaseInitials gives the view of an uncased post the capital of every
// letter that stands alone before a period, unless
//
//   - the letter is a word of the language ("a", "y", "o", "e": the
//     pack's common or function words);
//   - it is part of a dotted run ("e.g.", "a.m.", "p.s.": a letter and a
//     period right before it, or a letter right after its period);
//   - it is glued to something before it (a handle, a number, "w/").
//
// As for recaseUnknown, a capital alone flags nothing: the initial rules'
// contexts decide whether a person stands there.

// recaseInitials calls upper on the first byte of each such token of v.
func recaseInitials(c *pack.Compiled, v *pack.View, toks []phrase.Token, upper func(int)) {
	s := v.Text
	for _, t := range toks {
		if t.End >= len(s) || s[t.End] != '.' {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[t.Start:])
		if t.Start+n != t.End || !unicode.IsLower(r) || r >= utf8.RuneSelf {
			continue
		}
		if w := v.Lower[t.Start:t.End]; c.Function.Has(w) || c.CommonIndex.Has(w) {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(s[t.End+1:]); t.End+1 < len(s) && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
			continue // "e.g", "a.m", "v.2"
		}
		if t.Start > 0 {
			prev, _ := utf8.DecodeLastRuneInString(s[:t.Start])
			if prev == '.' || prev == '/' || prev == '@' || prev == '#' || prev == '-' || unicode.IsLetter(prev) || unicode.IsDigit(prev) {
				continue // "p.s", "w/", "@k", "3-d"
			}
		}
		upper(t.Start)
	}
}
