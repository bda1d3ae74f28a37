package rewrite

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// neutralize returns s with each third-person pronoun swapped for the
// pack's neutral one ("without losing him" → "without losing them"), or
// "" when s has a third-person word the pack gives none for (a subject
// pronoun, whose verb would have to agree) or the pack has no table. A
// "them/their" value is the object form before a word that cannot be
// owned (a stopword, a preposition) or at the end of a clause, the
// possessive one before any other word ("her level" → "their level").
func (g *grammar) neutralize(s string) string {
	if len(g.neutral) == 0 {
		return ""
	}
	var b strings.Builder
	last, swapped := 0, false
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		w := strings.ToLower(strings.ReplaceAll(s[start:end], "’", "'"))
		if !g.third[w] {
			continue
		}
		repl, ok := g.neutral[w]
		if !ok {
			return ""
		}
		if obj, poss, two := strings.Cut(repl, "/"); two {
			ns, ne := nextWord(s, end)
			switch nw := strings.ToLower(s[ns:ne]); {
			case ns >= ne || strings.TrimSpace(s[end:ns]) != "" || g.stop[nw] || g.preps[nw] || g.conj[nw] || g.articles[nw] != "":
				repl = obj // "tell her about it", "losing her."
			case g.persons[nw]:
				repl = poss // "her mom"
			default:
				return "" // "see her individually", "her level": no telling
			}
		}
		if r, _ := utf8.DecodeRuneInString(s[start:]); unicode.IsUpper(r) {
			repl = upperFirst(repl)
		}
		b.WriteString(s[last:start])
		b.WriteString(repl)
		last, swapped = end, true
	}
	if !swapped {
		return ""
	}
	b.WriteString(s[last:])
	return b.String()
}
