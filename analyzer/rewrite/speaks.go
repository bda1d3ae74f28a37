package rewrite

import "strings"

// This file holds the grammar's tests of whom a sentence speaks of: a
// third person, a person noun, a person described by a copula, the poster,
// someone a need could be tied to.

// aboutSomeone reports whether a sentence speaks of a third person.
func (g *grammar) aboutSomeone(s string) bool {
	if len(g.third) == 0 {
		return false
	}
	// A curly apostrophe's first byte, looked for once in s, not in each
	// word; and whether any word can hold an apostrophe (a straight one,
	// or a curly one made straight) after which to look for a pronoun.
	curly := strings.IndexByte(s, "’"[0]) >= 0
	apos := curly || strings.IndexByte(s, '\'') >= 0
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		w := s[start:end]
		if curly && strings.Contains(w, "’") {
			w = strings.ReplaceAll(w, "’", "'")
		}
		if lowerHas(g.third, g.thirdF, w) {
			return true
		}
		// "qu'elle", "lorsqu'il": the pronoun after an elision.
		if !apos {
			continue
		}
		if i := strings.LastIndexByte(w, '\''); i > 0 && i < len(w)-1 && lowerHas(g.third, g.thirdF, w[i+1:]) {
			return true
		}
	}
	return false
}

// describes reports whether a sentence speaks of someone: a third person
// or a noun that names a person ("the daughter", "the victim").
func (g *grammar) describes(s string) bool {
	if g.aboutSomeone(s) {
		return true
	}
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		if lowerHas(g.persons, g.personsF, s[start:end]) {
			return true
		}
	}
	return false
}

// describesPerson reports whether s says what a person is: a person noun
// right before a copula ("dad is a roofer", "le père est couvreur"). A
// question asks about such a person ("how do you handle it when a client
// is a local news anchor?"): it describes no one.
func (g *grammar) describesPerson(s string) bool {
	if len(g.copulas) == 0 || strings.IndexByte(s, '?') >= 0 || strings.Contains(s, "¿") { // ContainsAny(s, "?¿"), vectorized
		return false
	}
	prevStart, prevEnd := 0, 0 // the word before
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		// A copula is short and rare: the person noun before it is looked
		// up only then.
		if end-start <= g.copulaLen && prevEnd > prevStart && lowerHas(g.copulas, g.copulasF, s[start:end]) && lowerHas(g.persons, g.personsF, s[prevStart:prevEnd]) {
			return true
		}
		prevStart, prevEnd = start, end
	}
	return false
}

// firstPerson reports whether the lower-cased clause ls opens with a word
// in which the poster speaks of themself ("I'm", "je").
func (g *grammar) firstPerson(ls string) bool {
	start, end := nextWord(ls, 0)
	return start < end && g.first[strings.ReplaceAll(ls[start:end], "’", "'")]
}

// tiesNeeds reports whether s speaks of someone a need could be tied to:
// a client, a patient, a population ("my client", "kids").
func (g *grammar) tiesNeeds(s string) bool {
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		if lowerHas(g.ties, g.tiesF, s[start:end]) {
			return true
		}
	}
	return false
}
