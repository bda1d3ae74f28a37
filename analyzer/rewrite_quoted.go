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

// reportsSomeone reports whether a post of intent is an advertisement
// that tells what someone told the poster of themself
// (rewrite.ReportsSomeone).
func reportsSomeone(c *pack.Compiled, intent, text string) bool {
	return rewrite.ReportsSomeone(c.Pack, intent, text)
}
