package rewrite

import "github.com/discreet-app/discreet/rules"

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
	return k != "" && lowerGet(g.relatives, k) && !lowerGet(g.relatives, g.firstContent(clause))
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
