package match

import (
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// A post typed without capitals loses them on the names no list holds as
// much as on those it does: "a farm outside stronsay", "laid off at
// fonterra", "livreur deliveroo". A tidy writer capitalizes such a word
// because it is a name, and most words a dictionary does not know are
// names (the Philter-style view: what is not known to be an ordinary
// word may be a name). recaseUnknown gives the view of an uncased post
// the capital of every word that
//
//   - has at least uncasedMinRunes letters and nothing else;
//   - is not one of the pack's common or function words, nor one edit
//     from a common word (a slip: "rfeerral", "anyoone");
//   - is part of no word-list entry (a clinical term or medication stays
//     as it is; a listed name or place is recase's);
//   - is no hashtag or handle.
//
// Then the rules written for a capitalized name, place or employer in
// its slot ("at Fonterra", "in Powys") decide whether it is one, as they
// do on tidy text; a capital alone flags nothing.

// recaseUnknown calls upper on the first letter of each such token of v.
// inEntry reports, per token, whether a word-list entry covers it.
func recaseUnknown(c *pack.Compiled, v *pack.View, toks []phrase.Token, inEntry []bool, upper func(int)) {
	if c.Common == nil {
		return
	}
	for k, t := range toks {
		if inEntry[k] || t.Start > 0 && (v.Text[t.Start-1] == '#' || v.Text[t.Start-1] == '@') {
			continue
		}
		w := v.Lower[t.Start:t.End]
		if utf8.RuneCountInString(w) < uncasedMinRunes || !allLetters(w) || c.Function.Has(w) || c.CommonIndex.Has(w) || c.Speller.NearWord(w) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(v.Text[t.Start:]); unicode.IsLower(r) {
			upper(t.Start)
		}
	}
}

// lowerStart reports whether a sentence of s starts (toks[starts[k]]) with
// a lower-case letter.
func lowerStart(s string, toks []phrase.Token, starts []int) bool {
	for _, k := range starts {
		if r, _ := utf8.DecodeRuneInString(s[toks[k].Start:]); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// tokensInEntries reports, for each of toks, whether one of phrases
// covers it. Both are in text order, so one pass does.
func tokensInEntries(toks []phrase.Token, phrases []phrase.Match) []bool {
	out := make([]bool, len(toks))
	k, reach := 0, -1
	for i, t := range toks {
		for k < len(phrases) && phrases[k].Start <= t.Start {
			reach = max(reach, phrases[k].End)
			k++
		}
		out[i] = reach >= t.End
	}
	return out
}

func allLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// hyphenCompounds gives a capital to the words joined by hyphens to a
// word that got one (recased, in the bytes recased returns once some
// capital is given, from v.Text): a place or employer of several words is
// capitalized whole ("saint-aubépin" → "Saint-Aubépin", "val-des-brumes"
// → "Val-des-Brumes"), as a tidy writer types it. So is a compound that
// joins a given name which is no ordinary word ("sainte-justine",
// "jean-jaures", "anne-marie"): hyphened to another word, a name names a
// person, or the saint, street, school or hospital named for one, which
// no dictionary spells in lower case; the rules for a capitalized name
// or place in its slot decide which. A function word ("de" in
// "saint-jean-de-matha") and a word of fewer than three letters stay as
// they are.
func hyphenCompounds(c *pack.Compiled, v *pack.View, recased func() []byte, toks []phrase.Token, upper func(int)) {
	s := v.Text
	joined := func(k int) bool { // toks[k] and toks[k+1] are joined by one hyphen
		return toks[k].End+1 == toks[k+1].Start && s[toks[k].End] == '-'
	}
	// Each run of joined words is read twice: once to see whether a word
	// of it got a capital or is a name, once to give the others theirs.
	for k := 0; k < len(toks); {
		end := k + 1
		for end < len(toks) && joined(end-1) {
			end++
		}
		capital, name, short := false, false, false
		b := recased()
		for j := k; j < end && end-k > 1; j++ {
			w := v.Lower[toks[j].Start:toks[j].End]
			capital = capital || b != nil && s[toks[j].Start] != b[toks[j].Start]
			name = name || joinedName(c, w)
			short = short || utf8.RuneCountInString(w) < 3 && !c.Function.Has(w)
		}
		// A name joined to a short word ("ex-mena") or in a compound the
		// dictionary holds is no name of a place or institution.
		capital = capital || name && !short && !c.CommonIndex.Has(v.Lower[toks[k].Start:toks[end-1].End])
		for j := k; j < end && capital; j++ {
			if w := v.Lower[toks[j].Start:toks[j].End]; utf8.RuneCountInString(w) >= 3 && !c.Function.Has(w) {
				upper(toks[j].Start)
			}
		}
		k = end
	}
}

// joinedName reports whether the lower-case word w, part of a hyphened
// compound, is a given name of the pack that is no ordinary or function
// word ("justine", "jaures" is not; "rose", "will" are words too).
func joinedName(c *pack.Compiled, w string) bool {
	return utf8.RuneCountInString(w) >= 3 && c.FirstNames != nil && !c.CommonIndex.Has(w) && !c.Function.Has(w) &&
		allLetters(w) && c.FirstNames().Has(w)
}
