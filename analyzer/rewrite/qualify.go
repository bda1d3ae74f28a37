package rewrite

import (
	"strings"
	"unicode/utf8"
)

// mayQualifyBefore reports whether the word that ends right before q in
// ls, past white space, may qualify a term: false when ls, trimmed of the
// ASCII white space before q, ends with no qualifier suffix and not on a
// byte outside ASCII. A word that qualifies ends where that white space
// starts (qualify takes none that ends earlier, and no word holds white
// space), so the suffix it ends with ends there too.
func (g *grammar) mayQualifyBefore(ls string, q int) bool {
	e := q
	for e > 0 && (ls[e-1] == ' ' || '\t' <= ls[e-1] && ls[e-1] <= '\r') { // unicode.IsSpace in ASCII
		e--
	}
	if e > 0 && ls[e-1] >= utf8.RuneSelf {
		return true // it may end in white space outside ASCII
	}
	if e == 0 || !g.qualLast[ls[e-1]] {
		return e == 0 && g.qualLast[0] // only an empty suffix ends the empty text
	}
	for _, suf := range g.qualSuffixes {
		if strings.HasSuffix(ls[:e], suf) {
			return true
		}
	}
	return false
}
