package rewrite

import "strings"

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

// minQualifier is the fewest letters a word before a provider must have
// to qualify it ("good" does not say what is sought; "LGBTQ" does).
const minQualifier = 5
