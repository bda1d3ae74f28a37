package rewrite

import "strings"

// runOnStart returns where a new clause starts in s, a sentence in which
// the word at i is a copula typed after a space: at the noun for a person
// before the copula, or at the article or first-person possessive before
// that noun ("pt is", "my client is", "ma cliente est", "la paciente
// es"); -1 when the word before is no such noun or nothing comes before
// the subject. Typed in a hurry, an ask runs on into the client's story
// that way ("any group for grief client is 70 and ..."): the ask ends
// there, as it does at a comma (see clauseCuts). Read only at a copula,
// the look costs nothing at most spaces.
func (g *grammar) runOnStart(s string, i int) int {
	if i < 2 || i+1 >= len(s) || s[i-1] != ' ' || !g.copulaSecond[lowerASCII(s[i+1])] {
		return -1 // "in", "it": no copula's second letter
	}
	ce := i
	for ce < len(s) && (isWordByte(s[ce]) || s[ce] >= 0x80) {
		ce++
	}
	if ce < len(s) && s[ce] != ' ' && s[ce] != ',' || !lowerGet(g.copulas, s[i:ce]) {
		return -1
	}
	ps := strings.LastIndexByte(s[:i-1], ' ') + 1
	if !lowerGet(g.persons, s[ps:i-1]) {
		return -1
	}
	if ps >= 2 && s[ps-1] == ' ' {
		as := strings.LastIndexByte(s[:ps-1], ' ') + 1
		if a := s[as : ps-1]; lowerGet(g.articles, a) != "" || lowerGet(g.first, a) {
			ps = as
		}
	}
	if ps < 2 || s[ps-1] != ' ' {
		return -1
	}
	return ps
}

// linksOn reports whether the last word of s (the text before a
// run-on subject) may tie what follows to it: after a relative, a
// preposition, a conjunction or any stopword ("a therapist that my
// client is ...", "for my client is") the person may be part of the
// ask; so may it after a comma, where clauseCuts already looked. An ask
// typed on ends on a word of its own ("grief", "EMDR").
func (g *grammar) linksOn(s string) bool {
	end := len(s)
	for end > 0 && s[end-1] == ' ' {
		end--
	}
	if end == 0 || s[end-1] == ',' {
		return true
	}
	start := strings.LastIndexByte(s[:end], ' ') + 1
	w := strings.ToLower(s[start:end])
	return g.stop[w] || g.relatives[w] || g.preps[w] || g.conj[w]
}

// setCopulaFirst records what a word after a space may open on (the
// first bytes of the clause breaks, reasons and copulas: clauseCuts
// looks them up once a space), the second bytes of the copulas (see
// runOnStart), all lower case, and the length of the longest stopword
// (see stopAcronym).
func (g *grammar) setCopulaFirst() {
	for w := range g.copulas {
		if len(w) > 1 {
			g.spaceNext[w[0]] |= nextCopula
			g.copulaSecond[w[1]] = true
		}
	}
	for b := range g.spaceNext {
		if g.breakFirst[b] || g.reasonFirst[b] {
			g.spaceNext[b] |= nextBreak
		}
	}
	for w := range g.stop {
		g.stopLen = max(g.stopLen, len(w))
	}
}

// The bits of grammar.spaceNext.
const (
	nextBreak  = 1 << iota // a clause break's or a reason's first byte
	nextCopula             // a copula's first byte
)
