package analyzer

import (
	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/rewrite"
)

// seeksForSomeone reports whether a post of intent asks for a clinician for
// someone it calls "she" or "he" (rewrite.SeeksForSomeone): with nothing
// found in it, it is still about a client and gets a rewrite.
func seeksForSomeone(c *pack.Compiled, intent, text string) bool {
	return rewrite.SeeksForSomeone(c.Pack, intent, text)
}
