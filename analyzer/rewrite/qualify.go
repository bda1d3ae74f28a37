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

// maxQualifiers is the most words that qualify a need term.
const maxQualifiers = 2

// qualify returns term (found at ls[start:end]) with the words of ls that
// qualify it: up to maxQualifiers words right before it (after it, in a
// pack whose adjectives follow the noun) that end with one of the pack's
// qualifier suffixes and are no stopword.
func (g *grammar) qualify(ls string, start, end int, term string) string {
	if len(g.qualSuffixes) == 0 {
		return term
	}
	if g.qualAfter {
		q := end
		for range maxQualifiers {
			ws, we := nextWord(ls, q)
			if ws >= we || strings.TrimSpace(ls[q:ws]) != "" || !g.qualifies(ls[ws:we]) {
				break
			}
			q = we
		}
		return term + ls[end:q]
	}
	q := start
	var buf [33]span // the words of 64 bytes, on the stack
	for range maxQualifiers {
		if !g.mayQualifyBefore(ls, q) {
			break // the cheap look: no word before q can qualify
		}
		words := appendWords(buf[:0], ls[max(0, q-64):q]) // a word is never that long
		if len(words) == 0 {
			break
		}
		w := words[len(words)-1]
		ws, we := max(0, q-64)+w.start, max(0, q-64)+w.end
		if strings.TrimSpace(ls[we:q]) != "" || !g.qualifies(ls[ws:we]) {
			break
		}
		q = ws
	}
	return ls[q:start] + term
}

// qualifies reports whether the lower-cased word w qualifies a condition.
func (g *grammar) qualifies(w string) bool {
	if g.stop[w] || g.third[w] || strings.ContainsAny(w, "0123456789") {
		return false
	}
	for _, suf := range g.qualSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
