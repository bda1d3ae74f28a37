package rewrite

import (
	"strings"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// qualifiesProvider reports whether one of the short asks names the
// clinician sought with words of its own before the provider: "Seeking
// an LGBTQ+ affirming therapist." or "Busco psicóloga feminista." says
// what no template slot carries, and frames the rewrite itself, where
// "Looking for a therapist." says less than the template.
func (g *grammar) qualifiesProvider(asks []string) bool {
	for _, a := range asks {
		la := strings.ToLower(a)
		at := g.firstProvider(la)
		if at <= 0 {
			continue
		}
		if !g.english && g.qualifiedAfter(la, at) {
			return true // "una psicóloga feminista"
		}
		words := wordSpans(la[:at])
		// The words between the last article or stopword and the
		// provider qualify it: "a faith-sensitive Muslim therapist".
		for k := len(words) - 1; k >= 0; k-- {
			w := la[words[k].start:words[k].end]
			if g.articles[w] != "" || g.stop[w] || g.preps[w] {
				break
			}
			if len([]rune(w)) >= minQualifier {
				return true
			}
		}
	}
	return false
}

// qualifiedAfter reports whether the word right after the provider at
// offset at of the lower-case la qualifies it, as French and Spanish
// adjectives follow their noun ("una psicóloga feminista").
func (g *grammar) qualifiedAfter(la string, at int) bool {
	end := -1
	for _, p := range g.providers {
		if strings.HasPrefix(la[at:], p) && phrase.BoundaryAfter(la, at+len(p)) {
			end = max(end, at+len(p))
		}
	}
	if end < 0 {
		return false
	}
	start, stop := nextWord(la, end)
	if start == stop || strings.TrimSpace(la[end:start]) != "" {
		return false // the provider ends the clause, or a comma follows it
	}
	w := la[start:stop]
	return len([]rune(w)) >= minQualifier && g.articles[w] == "" && !g.stop[w] && !g.preps[w]
}

// minQualifier is the fewest letters a word before a provider must have
// to qualify it ("good" does not say what is sought; "LGBTQ" does).
const minQualifier = 5
