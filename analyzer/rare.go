package analyzer

import (
	"strings"
	"unicode"

	"github.com/discreet-app/discreet/analyzer/internal/wordset"
)

// rareBit is the tagger mark of a word of letters that the pack's common
// words do not hold: a rarer word, as the details of a story often are
// ("hoards", "eviction"), whatever the language.
const rareBit = 1 << 62

// rareWord reports whether w is a word of three letters or more that
// common does not hold. The tagger asks it of every token, so the pack's
// common words are a hash set (bisecting 30,000 strings cost 3% of an
// analysis).
func rareWord(w string, common *wordset.Set) bool {
	if len(w) < 3 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return !common.Has(w)
}

// conditionBit is the tagger mark of a word of the pack's conditions list
// (rules/README.md): a condition, symptom or circumstance word of
// ICD-10-CM ("insomnia", "hallucinations", "homelessness"), a DSM
// abbreviation or a WordNet verb of the body, eating or feeling, which
// the model then weighs in posts no training post resembled.
const conditionBit = 1 << 61

// conditionEndings are the endings conditionWord takes off a word, each
// with what it puts back, to find the list's form: the list holds lemmas
// ("nightmare", "binge"), posts inflect them ("nightmares", "binged").
// "-ies" and "-ied" to "y" ("worries") lost CV recall (en 0.836 -> 0.832).
var conditionEndings = [][2]string{{"s", ""}, {"es", ""}, {"ing", ""}, {"ing", "e"}, {"ed", ""}, {"ed", "e"}}

// conditionWord reports whether w, or w with an ending of
// conditionEndings replaced (leaving a stem of three letters or more), is
// one of conditions. It allocates nothing.
func conditionWord(w string, conditions *wordset.Set) bool {
	if len(w) < 3 {
		return false
	}
	if conditions.Has(w) {
		return true
	}
	for _, e := range conditionEndings {
		if len(w)-len(e[0]) >= 3 && strings.HasSuffix(w, e[0]) && conditions.HasJoined(w[:len(w)-len(e[0])], e[1]) {
			return true
		}
	}
	return false
}
