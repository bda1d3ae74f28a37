package rewrite

import (
	"strings"

	"github.com/discreet-app/discreet/rules"
)

// fillerWords returns the words of the rules' replacements ("a", "local",
// "organization", "person", "someone"), lower case: what a removal puts
// where the post named something.
func fillerWords(p *rules.Pack) map[string]bool {
	set := map[string]bool{}
	for _, r := range p.Rules {
		addWords(set, strings.ToLower(r.Replacement))
	}
	return set
}

// saysNothing reports whether a kept clause, its spans replaced, says
// nothing any more: every word of it, or of what follows its last colon,
// is a stopword, an article, a preposition or conjunction, a first-person
// word, a copula, a noun for a person or a word of a replacement, and
// one at least is of the last two, what stands for what went. "Quick
// question: a person.", "Petite question : une cliente." once the
// occupation or the description is gone. A
// question still asks something ("Would you wait?") and is kept.
func (g *grammar) saysNothing(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, "?") {
		return false
	}
	if i := strings.LastIndexByte(s, ':'); i >= 0 && hasWords(s[i+1:], 1) {
		s = s[i+1:] // "Quick question: a person."
	}
	stands := false // a word stands for what went: "someone", "une personne"
	for _, w := range wordSpans(s) {
		lw := strings.ToLower(strings.ReplaceAll(s[w.start:w.end], "’", "'"))
		switch {
		case g.persons[lw] || g.fillers[lw] && !g.stop[lw] && g.articles[lw] == "":
			stands = true
		case !(g.stop[lw] || g.first[lw] || g.copulas[lw] || g.articles[lw] != "" || g.preps[lw] || g.conj[lw]):
			return false
		}
	}
	return stands
}

// mendObjects removes a relative and a verb that needs an object when a
// stop, a comma or the end follows them: "un psy qui accepte." and "en
// la zona que acepte?" once the insurer went. Only the word before each
// mark is looked at, so a text without such a pair costs one pass over
// its bytes. It returns s itself when nothing goes.
func (g *grammar) mendObjects(s string) string {
	if len(g.objectVerbs) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && strings.IndexByte(".,;:?!", s[i]) < 0 {
			continue
		}
		from, ok := g.objectLeftAt(s, i)
		if !ok || from < last {
			continue
		}
		b.WriteString(s[last:from])
		last = strings.LastIndexFunc(s[:i], func(r rune) bool { return r != ' ' }) + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// objectLeftAt reports whether a relative and an object verb end right
// before position i of s (spaces aside), and where the space before the
// relative starts.
func (g *grammar) objectLeftAt(s string, i int) (int, bool) {
	e := i
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	vs := letterRunStart(s, e)
	if vs == e || vs == 0 || s[vs-1] != ' ' || !g.objectVerbs[strings.ToLower(s[vs:e])] {
		return 0, false
	}
	re := vs - 1
	rs := letterRunStart(s, re)
	if rs == re || rs > 0 && s[rs-1] != ' ' || !g.relatives[strings.ToLower(s[rs:re])] {
		return 0, false
	}
	for rs > 0 && s[rs-1] == ' ' {
		rs--
	}
	return rs, true
}

// letterRunStart returns where the run of ASCII letters that ends at e
// in s starts.
func letterRunStart(s string, e int) int {
	for e > 0 && (s[e-1]|0x20 >= 'a' && s[e-1]|0x20 <= 'z') {
		e--
	}
	return e
}
