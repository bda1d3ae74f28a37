package rewrite

import "strings"

// runOnSubject reports whether s, the rest of a sentence after a space
// typed with no stop or comma before it, opens a new clause on a person
// said to be something: a noun for a person, bare or after an article or
// a first-person possessive, then a copula ("pt is", "my client is", "ma
// cliente est", "la paciente es"). Typed in a hurry, an ask runs on into
// the client's story that way ("any group for grief client is 70 and
// ..."): the ask ends there, as it does at a comma (see clauseCuts).
func (g *grammar) runOnSubject(s string) bool {
	if len(s) == 0 || !g.subjectFirst[lowerASCII(s[0])] {
		return false // the cheap look: most words open on no such letter
	}
	ws, we := nextWord(s, 0)
	if ws != 0 || we <= ws {
		return false
	}
	w := strings.ToLower(s[ws:we])
	if g.articles[w] != "" || g.first[w] {
		ns, ne := nextWord(s, we)
		if ne <= ns || s[we:ns] != " " {
			return false
		}
		w, we = strings.ToLower(s[ns:ne]), ne
	}
	if !g.persons[w] {
		return false
	}
	cs, ce := nextWord(s, we)
	return ce > cs && s[we:cs] == " " && g.copulas[strings.ToLower(s[cs:ce])]
}

// linksOn reports whether the last word of s (the text before a
// run-on subject) may tie what follows to it: after a relative, a
// preposition, a conjunction or any stopword ("a therapist that my
// client is ...", "for my client is") the person may be part of the
// ask. An ask typed on ends on a word of its own ("grief", "EMDR").
func (g *grammar) linksOn(s string) bool {
	w := lastWordLower(s)
	return w == "" || g.stop[w] || g.relatives[w] || g.preps[w] || g.conj[w]
}

// lastWordLower returns the last word of s, lower-cased.
func lastWordLower(s string) string {
	end := len(s)
	for end > 0 && s[end-1] == ' ' {
		end--
	}
	start := strings.LastIndexByte(s[:end], ' ') + 1
	return strings.ToLower(s[start:end])
}

// setSubjectFirst records the first bytes, lower case, of the words a
// run-on subject opens on (see runOnSubject): the person nouns, the
// articles and the first-person words, when the pack has copulas.
func (g *grammar) setSubjectFirst() {
	if len(g.copulas) == 0 {
		return
	}
	for _, set := range []map[string]bool{g.persons, g.first} {
		for w := range set {
			if w != "" {
				g.subjectFirst[w[0]] = true
			}
		}
	}
	for w := range g.articles {
		if w != "" {
			g.subjectFirst[w[0]] = true
		}
	}
}
