package match

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/internal/wordset"
)

// Posts typed in all lower case ("my client jenna moved to otago") or in
// capitals lose the capital that tells a name or a place from a word. A
// title-case word-list rule still matches such a form, but only the way it
// matches an ordinary word: when the words around it say a name or a place
// stands there (the rule's ambiguous context), and never when the entry is
// an ordinary word itself. Short entries (3 letters or
// fewer) never match uncased: "al", "ed", "eve" are too often something
// else.

// uncasedMinRunes is the shortest entry matched without its capitals.
const uncasedMinRunes = 4

// uncased reports whether matched is a form checkUncased may take: all
// lower case, or a phrase all in capitals, at least uncasedMinRunes letters.
func uncased(matched string) bool {
	if utf8.RuneCountInString(matched) < uncasedMinRunes {
		return false
	}
	// Nor a phrase led by a short word ("la guardia", "el centro"): in
	// lower case it is most often an article and a noun.
	if i := strings.IndexByte(matched, ' '); i >= 0 && utf8.RuneCountInString(matched[:i]) < uncasedMinRunes {
		return false
	}
	if isLower(matched) {
		return true
	}
	// One word in capitals is more often an acronym ("PARDI", "SPAN") than a
	// shouted name; a phrase in capitals is shouting.
	return isUpper(matched) && strings.ContainsAny(matched, " -")
}

// checkUncased applies r, a rule of c, to a match whose case failed
// caseOK: for a title-case rule with an ambiguous context, an uncased form
// counts when that context is there. lowerPost tells whether the whole
// post was typed without capitals.
func checkUncased(c *pack.Compiled, r *pack.Rule, v *pack.View, s, e int, lowerPost bool) (pack.Candidate, bool) {
	function := c.Function
	if r.Case != "title" || r.AmbiguousSet == nil || (r.AmbBefore == nil && r.AmbAfter == nil) {
		return pack.Candidate{}, false
	}
	matched := v.Text[s:e]
	// A brand or agency is often written in capitals ("PEMEX"); a name
	// in capitals alone is more often an acronym.
	capsWord := r.Category != "name" && utf8.RuneCountInString(matched) >= uncasedMinRunes && isUpper(matched)
	if !(uncased(matched) || capsWord || shortLedPlace(r, matched, function) || articleLedPlace(r, matched, function)) || !hasLetter(matched) {
		return pack.Candidate{}, false
	}
	cand, ok := check(r, v, s, e)
	if !ok {
		return pack.Candidate{}, false
	}
	if (cand.Why != "" || (allOrdinary(r, v.Lower[s:e]) && !placePhrase(r, matched))) && !bothSides(r, v, s, e) && !(lowerPost && nameBothSides(r, v, s, e, function)) &&
		!bareRarePlace(c, r, v, s, e) && !homeRarePlace(c, r, v, s, e) {
		// An ordinary word ("will", "hope", "bend") or a phrase of them
		// ("finish line", "drop-in") written in lower case is just that,
		// unless it is a place of two words or more after a place's
		// context ("lives in red deer", "moved to thunder bay").
		return pack.Candidate{}, false
	}
	// An employer spelled like an ordinary word whose accents the writer
	// dropped is that word ("à velo" is "à vélo") unless an employer's
	// slot stands on both sides; a name there needs its slot, as below.
	if r.Category == "organization" && accentFreeWord(c, r, v.Lower[s:e]) && !bothSides(r, v, s, e) {
		return pack.Candidate{}, false
	}
	if !r.AmbBefore.Match(before(v, s)) && !r.AmbAfter.Match(after(v, e)) {
		return pack.Candidate{}, false
	}
	cand.Why = "written without capitals, but used here as a name or place"
	return cand, true
}

// bareRarePlace reports whether the lower-case place v.Lower[s:e] is
// named like a rare ordinary word (c.RarePlaces: "paisley", "flagstaff")
// and stands right after one of the pack's place prepositions, with no
// article ("in paisley", "near flagstaff"; not "in the paisley", "a
// paisley scarf"): there the rare word would want its article, and the
// place needs none.
func bareRarePlace(c *pack.Compiled, r *pack.Rule, v *pack.View, s, e int) bool {
	if r.Category != "location" || !c.RarePlaces.Has(v.Lower[s:e]) || s < 2 || v.Lower[s-1] != ' ' {
		return false
	}
	prev := v.Lower[:s-1]
	for _, p := range c.PlacePreps {
		if rest, ok := strings.CutSuffix(prev, p); ok {
			if r, _ := utf8.DecodeLastRuneInString(rest); rest == "" || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// bothSides reports whether an ordinary word or phrase typed in lower
// case stands where the words on both sides of it say an employer or a
// place does: "at the amazon warehouse", "moved to bend, OR". One side
// alone is too weak for an ordinary word; both together rarely meet
// around one that is not a name. Not for personal names, whose contexts
// ("thanks", "hi") sit before ordinary words all the time.
func bothSides(r *pack.Rule, v *pack.View, s, e int) bool {
	return r.Category != "name" && r.AmbBefore.Match(before(v, s)) && r.AmbAfter.Match(after(v, e))
}

// nameBothSides reports whether a name that is also an ordinary word,
// typed in lower case, stands where the words on both sides of it say a
// name does: a person's slot before it and what a person does after it
// ("her daughter grace has", "my client hope was": a word, not a comma,
// right after it; "for what it's worth, i" is no name). A function word is
// left out ("her son will never"): a modal before a verb reads the same.
// Only in a post typed without capitals: where the writer capitalizes
// names, a word in lower case is the word.
func nameBothSides(r *pack.Rule, v *pack.View, s, e int, function *wordset.Set) bool {
	a := after(v, e)
	return r.Category == "name" && !function.Has(v.Lower[s:e]) && r.AmbAfter != nil && len(a) > 1 && a[0] == ' ' && isLetter(a[1]) &&
		r.AmbBefore.Match(before(v, s)) && r.AmbAfter.Match(a)
}

// shortLedPlace reports whether matched is a lower-case place or
// employer of several words led by a three-letter word that is not a
// function word of the pack ("red deer", "oak bay", "tim hortons"; not
// "los altos", "the pas"), which uncased refuses for its short first word.
func shortLedPlace(r *pack.Rule, matched string, function *wordset.Set) bool {
	i := strings.IndexByte(matched, ' ')
	return (r.Category == "location" || r.Category == "organization") && i > 0 && isLower(matched) &&
		utf8.RuneCountInString(matched[:i]) == 3 && !function.Has(matched[:i])
}

// articleLedPlace reports whether matched is a lower-case place or
// employer led by a short function or ordinary word, an article most
// often, whose
// other words are not all ordinary words ("la habana", "las palmas", "le
// havre"; not "la guardia", "el centro", which are a guard and a centre
// before they are places).
func articleLedPlace(r *pack.Rule, matched string, function *wordset.Set) bool {
	i := strings.IndexByte(matched, ' ')
	return (r.Category == "location" || r.Category == "organization") && i > 0 && isLower(matched) &&
		utf8.RuneCountInString(matched[:i]) <= 3 && (function.Has(matched[:i]) || r.AmbiguousSet.Has(matched[:i])) && !allOrdinary(r, matched[i+1:])
}

// placePhrase reports whether matched is a place name of several words,
// apart or hyphenated ("red deer", "swift current", "saint-pierre"):
// ordinary words each, but a phrase that after "in", "from" or "near" is
// rarely anything but the place.
func placePhrase(r *pack.Rule, matched string) bool {
	return r.Category == "location" && strings.IndexAny(matched, " -") > 0
}

// allOrdinary reports whether every word of the lower-cased phrase is in
// r's list of ordinary words (a possessive's "s" aside).
func allOrdinary(r *pack.Rule, lower string) bool {
	for _, t := range phrase.Tokenize(lower) {
		if w := lower[t.Start:t.End]; len(w) > 1 && !r.AmbiguousSet.Has(w) {
			return false
		}
	}
	return true
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

func isLetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

// accentFreeWord reports whether lower, an entry of r typed in lower
// case, is an ordinary word of the pack with its accents dropped ("nina"
// for "niña", "velo" for "vélo"): for a name or an employer, the word is
// the likelier reading. A place keeps its own tests ("vive en leon").
func accentFreeWord(c *pack.Compiled, r *pack.Rule, lower string) bool {
	return r.Category != "location" && c.Speller.AccentFree(lower)
}
