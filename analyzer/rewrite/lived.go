package rewrite

import (
	"slices"
	"strings"
)

// lived returns what an advertisement may say its reader lives with: the
// needs, then the topics not among them, each said as the post's own term
// when its specialty names care ("PTSD", not "PTSD and trauma-informed
// care"), and left out when neither names a condition — a practice matter,
// a treatment, a drug, a time of day ("records", "chemo", "bedtime"; the
// pack's not_lived words). "If you're living with records and grounding"
// helps no reader; "If you're going through something hard" does.
func (c *run) lived(needs, topics []string) []string {
	var out []string
	for _, it := range slices.Concat(needs, without(topics, needs)) {
		if c.gr.namesNoCondition(it) {
			src, ok := c.source.lookup(it)
			if !ok || c.gr.namesNoCondition(src) {
				continue
			}
			it = src
		}
		if !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, it) }) {
			out = append(out, it)
		}
	}
	return out
}

// namesNoCondition reports whether a word of the need or topic s is one
// of the pack's not_lived words.
func (g *grammar) namesNoCondition(s string) bool {
	if len(g.notLived) == 0 {
		return false
	}
	for _, w := range wordSpans(s) {
		if g.notLived[strings.ToLower(s[w.start:w.end])] {
			return true
		}
	}
	return false
}
