package analyzer

import (
	"unicode"
	"unicode/utf8"

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
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; w[i] >= utf8.RuneSelf {
			for _, r := range w[i:] { // decoded from the first rune outside ASCII
				if !unicode.IsLetter(r) {
					return false
				}
			}
			break
		} else if c < 'a' || c > 'z' {
			return false
		}
	}
	return !common.Has(w)
}
