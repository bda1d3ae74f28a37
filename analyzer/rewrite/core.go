package rewrite

import (
	"slices"
	"strings"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// needCore returns the head of a story finding that names a need, when
// the rest of the finding is a list or an aside that ties it to the
// client: "fibromyalgia" of "fibromyalgia, on long-term disability",
// "increased EtOH" of "increased EtOH, conflict w/ spouse". The head ends
// at the first comma, semicolon, colon, bracket or dash, and must stand as
// a need by itself (see plainNeed); "" otherwise, and when the finding has
// no such break (a clause is the client's story, not a need's name) but
// a count before what it counts ("4 major meltdowns").
func (g *grammar) needCore(text string) string {
	t := strings.TrimSpace(text)
	i := strings.IndexAny(t, ",;:()[]—–")
	if i > 0 {
		if core := strings.TrimSpace(t[:i]); g.plainNeed(core) {
			return core
		}
		return ""
	}
	// "4 major meltdowns" names "major meltdowns": the count is the
	// client's, the need is what is counted, when it is two words or
	// more ("6 days postpartum" counts days).
	if n := strings.IndexByte(t, ' '); n > 0 && strings.Trim(t[:n], "0123456789") == "" {
		if core := strings.TrimSpace(t[n:]); wordCount(core) >= 2 && g.plainNeed(core) && !g.unit(core) {
			return core
		}
	}
	return ""
}

// unit reports whether s opens on one of the pack's units of time ("days
// postpartum", "semaines de grossesse"): the count before it is a
// duration, not a number of episodes.
func (g *grammar) unit(s string) bool {
	start, end := nextWord(s, 0)
	if start >= end {
		return false
	}
	return g.timeUnits[strings.ToLower(s[start:end])]
}

// maxLeadNeedWords is the most words a condition named after a condition
// lead may have ("suspected childhood apraxia of speech").
const maxLeadNeedWords = 5

// leadNeeds returns the conditions that the client's description
// text[from:to], cut from an ask, names after one of the pack's condition
// leads ("for a 4-year-old with selective mutism", "pour un adulte avec un
// trouble anxieux généralisé"): the words up to the next break, split at
// the conjunctions, each without its article, kept when it can stand as a
// need (see plainNeedOf) and no identifying finding of in lies in it.
func (c *run) leadNeeds(from, to int, in []Finding) []string {
	gr := c.gr
	if len(gr.condLeads) == 0 || to-from > maxAskBytes {
		return nil
	}
	ls := c.lowerSpan(from, to)
	if len(ls) != to-from {
		return nil // lower case moved the bytes
	}
	var out []string
	for _, l := range gr.condLeads {
		for at := 0; at < len(ls); {
			i := strings.Index(ls[at:], l)
			if i < 0 {
				break
			}
			start := at + i + len(l)
			at = start
			if !phrase.BoundaryBefore(ls, start-len(l)) || !phrase.BoundaryAfter(ls, start) {
				continue
			}
			end := len(ls)
			if k := strings.IndexAny(ls[start:], ",.;:?!()[]—–/"); k >= 0 {
				end = start + k
			}
			out = append(out, c.conditionsIn(from+start, from+end, in)...)
		}
	}
	return out
}

// conditionsIn splits text[start:end] at its conjunctions and returns the
// parts that can stand as a need, without their leading articles, as
// written.
func (c *run) conditionsIn(start, end int, in []Finding) []string {
	gr, text := c.gr, c.post.Text
	for _, f := range in {
		if f.Start < end && f.End > start && f.Category != "clinical" && f.Severity != "low" {
			return nil // "with her aunt in Moncton"
		}
	}
	var out []string
	part := func(a, b int) {
		s := text[a:b]
		words := wordSpans(s)
		for len(words) > 0 && lowerGet(gr.articles, s[words[0].start:words[0].end]) != "" {
			s, words = s[words[0].end:], wordSpans(s[words[0].end:])
		}
		if s = strings.TrimSpace(s); gr.plainNeedOf(s, maxLeadNeedWords) && c.namesCondition(s) && c.scrub(s, nil) == s {
			out = append(out, lowerFirst(s))
		}
	}
	a := start
	for ws, we := nextWord(text[:end], start); ws < we; ws, we = nextWord(text[:end], we) {
		if lowerHas(gr.conj, gr.conjF, text[ws:we]) {
			part(a, ws)
			a = we
		}
	}
	part(a, end)
	return out
}

// namesCondition reports whether s names a condition rather than a
// circumstance ("the county team"): it holds a need term or a specialty
// of the pack, or a word in lower case outside the pack's common words
// ("apraxia"; a capitalized one may be a name).
func (c *run) namesCondition(s string) bool {
	ls := strings.ToLower(s)
	if len(c.gr.needTermsLower(ls)) > 0 || len(c.gr.specialtyIndex.in(ls)) > 0 {
		return true
	}
	for _, w := range wordSpans(ls) {
		if lw := ls[w.start:w.end]; !c.gr.common[lw] && !c.gr.stop[lw] && s[w.start:w.end] == lw {
			return true
		}
	}
	return false
}

// newLeadNeeds returns the conditions asks found in the descriptions they
// cut (leadFound) that the needs do not already name, in their own words
// or in the post's term a specialty stands for: "really severe OCD" says
// again the "OCD" of "OCD and ERP". A story item that one of them holds
// ("suspected childhood" in "suspected childhood apraxia of speech") gives
// way to it.
func (c *run) newLeadNeeds(needs []string, story *[]string) []string {
	var said []string
	for _, n := range needs {
		said = append(said, n)
		if src, ok := c.source.lookup(n); ok {
			said = append(said, src)
		}
	}
	var out []string
	for _, l := range without(c.leadFound, append(slices.Clone(said), *story...)) {
		ll := strings.ToLower(l)
		if slices.ContainsFunc(said, func(s string) bool { return containsWord(ll, strings.ToLower(s)) }) || slices.Contains(out, l) {
			continue
		}
		out = append(out, l)
		*story = slices.DeleteFunc(*story, func(s string) bool { return containsWord(ll, strings.ToLower(s)) })
	}
	return out
}

// traitOfThing reports whether a low-severity demographic finding in an
// ask qualifies what is sought rather than a person: the noun it
// qualifies — the word right after it, or right before it in a pack whose
// adjectives follow the noun — is a lower-case word that names no person
// ("a Christian perspective", "trans competence", "une approche
// chrétienne"), and no possessive or third person comes just before it
// ("her Christian faith" describes). A trait of a person noun ("a trans
// boy", "une famille syrienne") is the client's.
func (g *grammar) traitOfThing(f Finding, before, after string) bool {
	if f.Category != "demographic" || f.Severity != "low" {
		return false
	}
	words := wordSpans(before)
	var prev string
	if len(words) > 0 {
		prev = strings.ToLower(before[words[len(words)-1].start:words[len(words)-1].end])
	}
	if g.third[prev] || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") {
		return false
	}
	if g.qualAfter {
		return len(words) > 0 && strings.HasSuffix(before, " ") && g.namesThing(before, words[len(words)-1])
	}
	if !strings.HasPrefix(after, " ") {
		return false
	}
	start, end := nextWord(after, 0)
	return start == 1 && start < end && g.namesThing(after, span{start, end})
}

// namesThing reports whether the word w of s is a lower-case word that
// names no person and is no stop word or article: a noun a trait may
// qualify without describing anyone.
func (g *grammar) namesThing(s string, w span) bool {
	if capitalized(s, w) {
		return false
	}
	lw := strings.ToLower(s[w.start:w.end])
	return !g.persons[lw] && !g.stop[lw] && !g.third[lw] && g.articles[lw] == ""
}

// trimmedNeed returns the need a story's clinical finding names once the
// words that tie it to the client's moment are trimmed, for a finding
// needCore leaves whole: a count and its unit of time before it ("7
// months pregnant"), a leading preposition, possessive or intensifier
// ("in recovery", "her panic", "very paranoid"), and, when what is left
// is still more than a need, everything from the first preposition or
// copula after the need's own words, leaving two words or more
// ("skipping meals to lose weight", "safety plan is in place"). What is
// left must stand as a need by itself (see plainNeed), open on a word of
// three letters or more and hold one of four; "" otherwise, and for a
// finding that quotes anyone. A short finding that opens on a negation
// ("not eating much") is kept whole when what it denies is a need.
func (g *grammar) trimmedNeed(text string) string {
	t := strings.TrimSpace(text)
	if i := strings.IndexAny(t, ",;:()[]—–.!?"); i >= 0 {
		t = t[:i] // a list or an aside after the need is the client's (see needCore)
	}
	if indexAny(t, "\"“”«»") >= 0 {
		return ""
	}
	var buf [16]span
	words := appendWords(buf[:0], t) // on the stack for a finding's few words
	if len(words) >= 2 && len(words) <= maxNeedWords && lowerGet(g.negations, t[words[0].start:words[0].end]) {
		// "not sleeping", "no come": the negation is the need's own, and
		// what it denies must stand as a need.
		if rest := t[words[1].start:words[len(words)-1].end]; words[1].end-words[1].start >= 4 && g.plainNeed(rest) {
			return t[words[0].start:words[len(words)-1].end]
		}
		return ""
	}
	i, counted := 0, false
	if len(words) > 2 && strings.Trim(t[words[0].start:words[0].end], "0123456789") == "" {
		i = 1 // "2 withdrawal seizures": the count is the client's
		if lowerGet(g.timeUnits, t[words[1].start:words[1].end]) {
			i, counted = 2, true // and so is "7 months" of "7 months pregnant"
		}
	}
	for i < len(words)-1 {
		w := t[words[i].start:words[i].end]
		if !lowerGet(g.intensifiers, w) && !lowerHas(g.preps, g.prepsF, w) && !lowerGet(g.third, w) {
			break
		}
		i++
	}
	if i == 0 && len(words) <= maxNeedWords {
		return "" // nothing trimmed: plainNeed has already weighed it
	}
	rest := words[i:]
	if len(rest) > maxNeedWords || !g.plainNeed(t[rest[0].start:rest[len(rest)-1].end]) {
		end := 0
		for j := 1; j < len(rest); j++ {
			if w := t[rest[j].start:rest[j].end]; lowerHas(g.preps, g.prepsF, w) || lowerGet(g.copulas, w) {
				end = j
				break
			}
		}
		if end < 2 || end+1 < len(rest) && lowerGet(g.third, t[rest[end+1].start:rest[end+1].end]) {
			// One word left before the cut is as often the client's act
			// ("found in ...") as a need, and a head whose preposition
			// leads to someone ("saw ... to her ...") is what was done to
			// them: a cut head has two words and leads to no one.
			return ""
		}
		rest = rest[:end]
	}
	if counted && len(rest) < 2 || rest[0].end-rest[0].start < 3 {
		// "20 weeks along" counts the client's time, and a head that
		// opens on a clitic or a negation ("se encerró", "no habla") is
		// a clause of the story, not a need's name.
		return ""
	}
	core := t[rest[0].start:rest[len(rest)-1].end]
	if last := rest[len(rest)-1]; lowerHas(g.preps, g.prepsF, t[last.start:last.end]) {
		return "" // "... depuis": a dangling preposition
	}
	if !g.plainNeed(core) || !slices.ContainsFunc(rest, func(s span) bool { return s.end-s.start >= 4 }) {
		return ""
	}
	return core
}
