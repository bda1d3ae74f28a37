package normalize

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/fuzzy"
)

// Slips of a closed class: the names of the months and weekdays and the
// words that place a day ("today", "tomorrow", "aujourd'hui", "mañana")
// are few, and a post uses them often. A word of four letters or more
// that no dictionary or list knows and that is one slip from exactly one
// of them ("weke", "toay", "tuseday", "Febuary", "aujourdhui") is that
// word: among so few words one edit cannot reach two, where among a
// whole dictionary's short words it reaches several ("raod": "road" or
// "read"?). So the speller corrects these below SpellEditMinRunes, and
// where the dictionary has no single word one edit away.

// slipMinRunes is the shortest word a slip of the closed class is looked
// for in, and the shortest word of the class it can be corrected to:
// three letters ("mon", "mes") are too close to other words.
const slipMinRunes = 4

// WithClosedClass makes the speller correct one slip of the words of a
// closed class (lower case), even where they are short or the dictionary
// lacks them, and returns sp. Call it before the speller is used.
func (sp *Speller) WithClosedClass(words []string) *Speller {
	if sp == nil {
		return nil
	}
	for _, w := range words {
		if utf8.RuneCountInString(w) >= slipMinRunes {
			sp.closed = append(sp.closed, strings.ToLower(w))
		}
	}
	// By first letter, accents aside: a word is compared only with the
	// class words of its own first letter (closedRange).
	first := func(w string) rune { f, _ := utf8.DecodeRuneInString(foldAccents(w)); return f }
	slices.SortFunc(sp.closed, func(a, b string) int { return cmp.Or(cmp.Compare(first(a), first(b)), strings.Compare(a, b)) })
	for k, w := range sp.closed {
		if f := first(w); f < utf8.RuneSelf {
			if sp.closedRange[f][1] == 0 {
				sp.closedRange[f][0] = uint16(k)
			}
			sp.closedRange[f][1] = uint16(k + 1)
		}
	}
	return sp
}

// closedSlip returns the one word of the closed class that the lower-case
// word w, of slipMinRunes letters or more and neither a dictionary word
// nor known, is a slip of, or "". The slip is not at the word's very end
// ("mondays", "toda", "marc" are other words or a word cut short), and
// keeps the first letter.
func (sp *Speller) closedSlip(w string) string {
	if len(sp.closed) == 0 || utf8.RuneCountInString(w) < slipMinRunes {
		return ""
	}
	first := rune(w[0])
	if first >= utf8.RuneSelf {
		first, _ = utf8.DecodeRuneInString(foldAccents(w))
	}
	if first >= utf8.RuneSelf {
		return ""
	}
	found := ""
	for _, c := range sp.closed[sp.closedRange[first][0]:sp.closedRange[first][1]] {
		if c == w {
			return "" // already right
		}
		if len(c)-len(w) > 3 || len(w)-len(c) > 3 || !fuzzy.OneEdit(w, c) {
			continue
		}
		if found != "" && found != c {
			return "" // two words it could be
		}
		found = c
	}
	if found == "" || endsDifferently(w, found) {
		return ""
	}
	return found
}

// capitalSlip returns the word of the closed class that the capitalized
// word w ("Febuary"; lw is w in lower case) is a slip of, capitalized
// like w, or "" when w is a word or known (a name, a place) or no slip.
func (sp *Speller) capitalSlip(lw string) string {
	// The slip first: most capitalized words have no class word of their
	// first letter and length, and the look-ups cost more.
	c := sp.closedSlip(lw)
	if c == "" || sp.has(lw) || sp.isKnown(lw) {
		return ""
	}
	r, size := utf8.DecodeRuneInString(c)
	return string(unicode.ToUpper(r)) + c[size:]
}
