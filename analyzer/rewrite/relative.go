package rewrite

import (
	"slices"
	"strings"

	"github.com/discreet-app/discreet/rules"
)

// What an ask says of the person it names: a relative clause after a
// noun for one person ("a client who ...", "une patiente qui ...", "un
// paciente que ...") says what no rule may have caught of them — a job
// said as a verb, a family event, a local role — and the ask asks its
// question of the person without it.

// setRelatives reads the relatives of the pack's grammar, and the words
// that may come before the person noun a relative follows: the articles
// and the last word of each client lead ("a", "my", "ma", "esta").
func (g *grammar) setRelatives(gr rules.Grammar) {
	g.relatives = setOf(gr.Relatives)
	g.determiners = map[string]bool{}
	for a := range g.articles {
		g.determiners[a] = true
	}
	for _, l := range gr.ClientLeads {
		if w := wordSpans(strings.ToLower(l)); len(w) > 0 {
			last := strings.ToLower(l)[w[len(w)-1].start:w[len(w)-1].end]
			if !g.persons[last] && len(last) <= maxDeterminer {
				g.determiners[last] = true
			}
		}
	}
}

// maxDeterminer is the longest word taken from a client lead for a
// determiner ("nuestra"): a longer last word is a noun ("client").
const maxDeterminer = 7

// relativeCut returns where, in the clause s, a relative opens what the
// clause says of the one person a determiner and a person noun right
// before it name ("seeing a client who used to ..."), or -1. A group
// ("clients who struggle with ...") is a population the ask is about,
// and a noun without a determiner is no one in particular.
func (g *grammar) relativeCut(s string) int {
	if len(g.relatives) == 0 {
		return -1
	}
	var w [3]span // the last three words, the latest last
	n := 0
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		w[0], w[1], w[2] = w[1], w[2], span{start, end}
		n++
		if n < 3 || !lowerHas(g.relatives, g.relativesF, s[start:end]) {
			continue
		}
		noun, det := s[w[1].start:w[1].end], s[w[0].start:w[0].end]
		if lowerHas(g.persons, g.personsF, noun) && !g.plural(noun) && lowerGet(g.determiners, det) && !strings.ContainsAny(s[w[1].end:start], ",;:.?!()") {
			return start
		}
	}
	return -1
}

// personCut returns where the ask text[bs:be] turns to the person it
// names, given cut, the client lead found before the first finding about
// them (or -1): the relative after "a client" when nothing was found
// between them ("how do you pace exposure with a client who ..."), so
// the ask keeps the person it asks about; and in a post about a client
// in which nothing was found (see run.unfound), the last client lead
// before the first noun for a person ("a workbook for a teenager ..."),
// since nothing found says where the description starts. It reports
// whether the cut keeps the person noun before it.
func (c *run) personCut(bs, be, cut int, in []Finding) (int, bool) {
	gr := c.gr
	if r := gr.relativeCut(c.post.Text[bs:be]); r > 0 && gr.saysOfPerson(c.post.Text[bs+r:be]) {
		at := bs + r
		if cut < 0 && !c.unfound || cut >= 0 && cut < at && wordCount(c.post.Text[cut:at]) <= maxLeadWords && !slices.ContainsFunc(in, func(f Finding) bool { return f.Start < at && f.End > cut }) {
			return at, true
		}
	}
	if cut >= 0 || !c.unfound {
		return cut, false
	}
	s := c.post.Text[bs:be]
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		if lowerHas(gr.persons, gr.personsF, s[start:end]) {
			if at := gr.lastLead(c.lowerSpan(bs, bs+start)); at > 0 {
				return bs + at, false
			}
			return -1, false
		}
	}
	return -1, false
}

// maxLeadWords is the most words from a client lead to the relative
// after its person noun ("for one of my clients who").
const maxLeadWords = 5

// saysOfPerson reports whether words about someone — an ask that speaks
// of them through a third-person word, or the relative clause after a
// noun for them — say more than a need: more than maxPronounRest words
// that are no stopword, pronoun, noun for a person, need term or word of
// the rewrite's vocabularies ("could anyone fit her in around her shifts
// at the fish plant?", "who drives the school bus on our route"). What
// those words say, no rule weighed; "who hoards" or "without losing him"
// asks its question of no one in particular, and the need terms of what
// is cut are listed after the asks all the same.
func (g *grammar) saysOfPerson(s string) bool {
	ls := strings.ToLower(s)
	terms := g.needTermsLower(ls)
	rest := 0
	for start, end := nextWord(ls, 0); start < end; start, end = nextWord(ls, end) {
		w := strings.ReplaceAll(ls[start:end], "’", "'")
		if g.stop[w] || g.third[w] || g.persons[w] || g.known[w] || g.asked[w] || g.first[w] || g.relatives[w] {
			continue
		}
		if i := strings.LastIndexByte(w, '\''); i > 0 && (g.stop[w[i+1:]] || g.third[w[i+1:]]) {
			continue // "qu'elle", "l'aider"
		}
		if slices.ContainsFunc(terms, func(t string) bool { return containsWord(strings.ToLower(t), w) }) {
			continue
		}
		if rest++; rest > maxPronounRest {
			return true
		}
	}
	return false
}

// maxPronounRest is the most words besides function words and needs that
// words about someone may hold and still ask a question of their own:
// "how do I build buy-in without losing him?".
const maxPronounRest = 3

// seeks reports whether the post asks for a clinician or a resource:
// there a question about the client ("could anyone see her before her
// shift at ...?") asks for what the rewrite's frame says already.
func (c *run) seeks() bool {
	return c.post.Intent == "referral_request" || c.post.Intent == "resource_request"
}
