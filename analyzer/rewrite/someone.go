package rewrite

import (
	"strings"

	"github.com/discreet-app/discreet/rules"
)

// SeeksForSomeone reports whether a post asks for a clinician or a
// resource for someone it speaks of as "she" or "he" (the pack's
// third-person words): "Looking for an EMDR therapist. She needs someone
// who ...". Such a post refers a person even with no word for a client in
// it, and nothing found in it says who they are: the pipeline gives it a
// rewrite as one about a client (Post.AboutClient), which keeps the ask and
// drops the sentences that describe anyone. Only a referral: a
// consultation's or a vent's "she" is the story itself, and a resource
// request's is as often a colleague's or the poster's own therapist's
// ("my therapist said she would go through it with me").
func SeeksForSomeone(p *rules.Pack, intent, text string) bool {
	return intent == "referral_request" && grammarOf(p).aboutSomeone(text)
}

// headless reports whether kept, what is left of the clause once its
// findings are taken out, opens (after any article) with a relative that
// the clause did not open with: the noun it said something of went with a
// finding ("Un ado que je suis joue de la batterie ..." once "ado" goes),
// so the rest is that person's description, not an ask (h-leak10).
func (g *grammar) headless(clause, kept string) bool {
	k := g.firstContent(kept)
	return k != "" && lowerHas(g.relatives, g.relativesF, k) && !lowerHas(g.relatives, g.relativesF, g.firstContent(clause))
}

// firstContent returns the first word of s that is no article or
// determiner ("a", "un", "mi"), or "".
func (g *grammar) firstContent(s string) string {
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		if !lowerGet(g.determiners, s[start:end]) {
			return s[start:end]
		}
	}
	return ""
}

// withoutAsides returns s without each relative clause set off by commas
// after a noun for one person ("The client, who coaches the chess club,
// prefers a woman." → "The client prefers a woman."): what it says of the
// person, no rule may have weighed, and the clause reads whole without
// it. An aside with no comma to close it is left for the clause's other
// checks. One pass over s.
func (g *grammar) withoutAsides(s string) string {
	if len(g.relatives) == 0 || strings.IndexByte(s, ',') < 0 {
		return s
	}
	var b strings.Builder
	from := 0                    // s[from:] is not written yet
	prevStart, prevEnd := -1, -1 // the word before
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		if prevEnd > 0 && strings.TrimSpace(s[prevEnd:start]) == "," && lowerHas(g.relatives, g.relativesF, s[start:end]) && lowerHas(g.persons, g.personsF, s[prevStart:prevEnd]) && !g.plural(s[prevStart:prevEnd]) {
			if closing := strings.IndexByte(s[end:], ','); closing >= 0 {
				b.WriteString(s[from:prevEnd])
				from = end + closing + 1 // the space after the closing comma stays
				end = from
				prevStart, prevEnd = -1, -1
				continue
			}
		}
		prevStart, prevEnd = start, end
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}
