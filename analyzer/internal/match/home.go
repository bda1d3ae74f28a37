package match

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
)

// homeRank is the frequency rank a place named like an ordinary word
// must be rarer than to count after a home slot: "grew up in flint"
// (flint 9,000th), "is from hazard", "lives in meridian"; not "lives in
// hope", "moved to comfort" (hope and comfort are among the 3,000 most
// frequent words), whose places need a capital or a slot on both sides.
const homeRank = 5000

// homeRarePlace reports whether the lower-case place v.Lower[s:e], a
// single word named like a less frequent ordinary word, stands right
// after one of the pack's home slots (c.HomeSlots: "lives in", "grew up
// in", "is from", "habite à", "vive en") with no article, and nothing
// but punctuation, the end of the text or a function word follows it
// ("is from flint and", "lives in hazard, ky"; not "grew up in foster
// care", where the word is the first of a compound). A slot that says
// where a person lives or comes from is stronger than a bare "in",
// which bareRarePlace needs a much rarer word for.
func homeRarePlace(c *pack.Compiled, r *pack.Rule, v *pack.View, s, e int) bool {
	if r.Category != "location" || len(c.HomeSlots) == 0 || c.Ranks == nil || s < 2 || v.Lower[s-1] != ' ' {
		return false
	}
	w := v.Lower[s:e]
	if strings.ContainsAny(w, " -") || !c.Ranks.Rarer(w, homeRank) || !homeSlotBefore(c.HomeSlots, v.Lower[:s-1]) {
		return false
	}
	rest := strings.TrimLeft(v.Lower[e:], " ")
	if rest == "" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return true
	}
	next := rest
	if i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }); i >= 0 {
		next = rest[:i]
	}
	return c.Function.Has(next)
}

// homeSlotBefore reports whether prev, the lower-case text before a word
// and its space, ends in one of slots at a word boundary.
func homeSlotBefore(slots []string, prev string) bool {
	for _, p := range slots {
		if rest, ok := strings.CutSuffix(prev, p); ok {
			if r, _ := utf8.DecodeLastRuneInString(rest); rest == "" || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}
