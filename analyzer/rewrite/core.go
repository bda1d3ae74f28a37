package rewrite

import "strings"

// needCore returns the head of a story finding that names a need, when
// the rest of the finding is a list or an aside that ties it to the
// client: "fibromyalgia" of "fibromyalgia, on long-term disability",
// "increased EtOH" of "increased EtOH, conflict w/ spouse". The head ends
// at the first comma, semicolon, colon, bracket or dash, and must stand as
// a need by itself (see plainNeed); "" otherwise, and when the finding has
// no such break (a clause is the client's story, not a need's name).
func (g *grammar) needCore(text string) string {
	t := strings.TrimSpace(text)
	i := strings.IndexAny(t, ",;:()[]—–")
	if i <= 0 {
		return ""
	}
	core := strings.TrimSpace(t[:i])
	if !g.plainNeed(core) {
		return ""
	}
	return core
}
