package analyzer

import (
	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/rewrite"
)

// quotesSomeone reports whether a post of intent is an advertisement
// that quotes someone speaking of themself (rewrite.QuotesSomeone): with
// nothing found in it, it still tells a client's words and gets a
// rewrite.
func quotesSomeone(c *pack.Compiled, intent, text string) bool {
	return rewrite.QuotesSomeone(c.Pack, intent, text)
}
