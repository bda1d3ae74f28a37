// Replacing an ask's identifying spans, and the place and address words
// that go with them.

package rewrite

import (
	"strings"
	"unicode"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// replaceSpans returns text[bs:be] with each finding of in replaced: a
// clinical finding keeps its words (the need), and so does one that only
// states a need (see isNeed) or that names the language sought (after a
// need lead: "speaks Cree"); another gives way to its replacement; an
// empty replacement also takes the preposition before it.
func replaceSpans(text string, bs, be int, in []Finding, gr *grammar) string {
	if len(in) == 0 {
		return text[bs:be] // nothing to replace: no copy
	}
	var b strings.Builder
	b.Grow(be - bs)
	last := bs
	for k, f := range in {
		if f.Start < last || f.End > be {
			continue
		}
		before := text[last:f.Start]
		if f.Category == "clinical" || f.Severity != "high" && (gr.isNeed(f.Text) || gr.afterNeedLead(before) || gr.statesNeed(f.Text+wordRest(text[f.End:be])) || gr.servedGroup(f, before) || gr.traitOfThing(f, before, text[f.End:be])) {
			b.WriteString(before)
			b.WriteString(text[f.Start:f.End])
			last = f.End
			continue
		}
		if f.Category == "location" && last == bs && strings.TrimSpace(before) == "" {
			if n := gr.addressTail(text[f.End:be]); n > 0 {
				last = f.End + n // "Denver folks — anyone...": the call goes with its place
				continue
			}
		}
		repl := f.Replacement
		if f.Category == "date" {
			repl = "" // "available recently" helps no one: the date just goes
		}
		end := f.End
		if f.Category == "name" {
			end += gr.surnameTail(text[f.End:be]) // "Priya van der Berg"
			if k+1 < len(in) && in[k+1].Start == end+1 && text[end] == ' ' && in[k+1].Category == "location" && isUpperStart(in[k+1].Text) && wordCount(in[k+1].Text) == 1 {
				end = in[k+1].End // "Marisol Quispe": a surname the rules took for a place
			}
			// Not a possessive ("used Boss's work"): the name is no object.
			if repl == "" && !possessive(text[f.Start:end], text[end:be]) {
				if gr.wantsObject(before) {
					repl = gr.personPhrase // "could see Priya?" asks "could see the client?"
				} else if kept := dropTrailingWords(before, gr.isLinkWord); gr.preps[strings.ToLower(strings.TrimSpace(before[len(kept):]))] && gr.wantsObject(kept+" ") {
					b.WriteString(before) // "¿... atender a Marisol?": "a la persona"
					b.WriteString(gr.personPhrase)
					last = end
					continue
				}
			}
		}
		switch {
		case repl == "":
			before = dropTrailingWords(before, gr.isLinkWord)
		case f.Category == "location" && gr.placePhrase != "":
			before = gr.dropPlaceHead(before) // "in rural Kenora" is "in the area"
			switch lead := gr.placeLead(before); lead {
			case "prep": // "à Rimouski" is "dans la région", not "à la région"
				before = dropTrailingWords(before, func(w string) bool { return gr.placePreps[w] || gr.articles[w] != "" }) + " "
				repl = gr.placePhrase
			case "prep+article": // "para la Cañada" is "en la zona", not "para la"
				before = dropTrailingWords(before, gr.isLinkWord) + " "
				repl = gr.placePhrase
			case "article": // "a Toronto-based therapist" is "a therapist"
				repl = ""
			}
			if repl == gr.placePhrase && strings.Contains(b.String(), repl) {
				// "in north Tulsa or near the mall": the area is said once.
				before = dropTrailingWords(before, func(w string) bool { return gr.isLinkWord(w) || gr.placePreps[w] || gr.conj[w] })
				repl = ""
			}
		}
		if repl != "" {
			before = gr.dropOwner(before, repl) // "her shifts" is "their work", not "her their work"
		}
		if said := strings.TrimRight(b.String(), " /"); before != "" && gr.onlyJoins(before) && repl != "" && strings.HasSuffix(said, repl) {
			last = f.End + gr.placeTail(text[f.End:be]) // "Laval/Longueuil" is one area, said once
			continue
		}
		b.WriteString(before)
		b.WriteString(repl)
		last = end
		if f.Category == "location" {
			last += gr.placeTail(text[last:be]) // "Atlanta metro" is all one place
			last += gr.placeListTail(text[last:be])
		}
	}
	b.WriteString(text[last:be])
	return b.String()
}

// dropOwner returns before without the possessive it ends on when repl
// opens with a possessive of its own: the replacement says whose it is
// ("around her shifts" → "around their work"). A possessive is a
// third-person word whose neutral form, or possessive form of two
// ("them/their"), is repl's first word, or that word itself.
func (g *grammar) dropOwner(before, repl string) string {
	rs, re := nextWord(repl, 0)
	if rs >= re {
		return before
	}
	own := strings.ToLower(repl[rs:re])
	t := strings.TrimRight(before, " ")
	if len(t) == len(before) {
		return before // no space: the span is inside a word
	}
	i := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }) + 1
	w := strings.ToLower(t[i:])
	n, ok := g.neutral[w]
	if _, poss, two := strings.Cut(n, "/"); two {
		n = poss
	}
	if w != own && !(ok && g.third[w] && n == own) {
		return before
	}
	return t[:i]
}

// possessive reports whether the name ends in, or is followed by, a
// possessive "'s" ("used Boss's work").
func possessive(name, rest string) bool {
	for _, s := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(name, s) || strings.HasPrefix(rest, s) {
			return true
		}
	}
	return false
}

// dropPlaceHead returns before without the place head it ends on, if any
// ("in rural " → "in ", "dans le nord de " → "dans ").
func (g *grammar) dropPlaceHead(before string) string {
	if len(g.placeHeads) == 0 {
		return before
	}
	t := strings.TrimRight(before, " ")
	for _, h := range g.placeHeads {
		// Compared in place: no lower-cased copy of the text before.
		if n := len(t) - len(h); n > 0 && strings.EqualFold(t[n:], h) && phrase.BoundaryBefore(t, n) {
			return t[:n]
		}
	}
	return before
}

// surnameTail returns the length of the rest of a surname at the start of
// s, after a name the rules found: a run of name particles and the
// capitalized word they lead to (" van der Berg", " de Souza"), or 0.
func (g *grammar) surnameTail(s string) int {
	if len(g.particles) == 0 {
		return 0
	}
	i, particles := 0, 0
	for {
		start, end := nextWord(s, i)
		if start >= end || strings.TrimSpace(s[i:start]) != "" {
			return 0
		}
		w := s[start:end]
		if g.particles[w] {
			i, particles = end, particles+1
			continue
		}
		if particles > 0 && isUpperStart(w) {
			return end
		}
		return 0
	}
}

// wantsObject reports whether the text before a removed name ends on a
// word that needs it as its object ("who could see "): a lower-case word
// right before it, neither an article, a preposition nor a conjunction
// (they go with the name), a copula ("her name is"), nor a noun for a
// person ("my client Priya"), after at least one word more (not a
// greeting: "hi Priya").
func (g *grammar) wantsObject(before string) bool {
	if g.personPhrase == "" || !strings.HasSuffix(before, " ") {
		return false
	}
	words := wordSpans(before)
	if len(words) < 2 || strings.TrimSpace(before[words[len(words)-1].end:]) != "" {
		return false
	}
	w := before[words[len(words)-1].start:words[len(words)-1].end]
	return !isUpperStart(w) && !g.isLinkWord(w) && !g.conj[w] && !g.copulas[w] && !g.persons[w] && !g.first[w] && !g.third[w]
}

// servedGroup reports whether an occupation finding in an ask names the
// group a clinician is sought for rather than the client's job: a plural
// ("happy to see farmers", "materials for family caregivers") with no
// possessive or third person just before it ("her parents are both
// nurses" describes).
func (g *grammar) servedGroup(f Finding, before string) bool {
	if f.Category != "occupation" || !g.plural(f.Text) {
		return false
	}
	words := wordSpans(before)
	for k := max(0, len(words)-3); k < len(words); k++ {
		w := strings.ToLower(before[words[k].start:words[k].end])
		// A person noun right before the group is its modifier ("family
		// caregivers"); further back, its subject ("parents are nurses").
		if g.third[w] || g.persons[w] && k < len(words)-1 || g.first[w] || strings.HasSuffix(w, "'s") {
			return false
		}
	}
	return true
}

// plural reports whether the last word of s ends as a plural noun of the
// pack's language does ("-s", "-x"), and is not a short word ("bus").
func (g *grammar) plural(s string) bool {
	words := wordSpans(s)
	if len(words) == 0 {
		return false
	}
	w := strings.ToLower(s[words[len(words)-1].start:words[len(words)-1].end])
	return len(w) > 4 && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || g.french && strings.HasSuffix(w, "x"))
}

// addresses reports whether the sentence s opens by calling on the people
// of a place: a capitalized run, then an address word ("folks") or a dash.
func (g *grammar) addresses(s string, words []span) bool {
	i, named := 0, false
	for i < len(words) && capitalized(s, words[i]) {
		w := s[words[i].start:words[i].end]
		named = named || isAcronym(w) || !lowerGet(g.common, w) // "Hola colegas" names no place
		i++
	}
	if !named || i == len(words) {
		return false
	}
	if lowerGet(g.addressWords, s[words[i].start:words[i].end]) {
		return true
	}
	gap := strings.TrimSpace(s[words[i-1].end:words[i].start])
	return gap == "—" || gap == "–" || gap == "-" || gap == ":"
}

// addressTail returns the length of the address that follows a place at
// the start of a sentence (" folks —", " people:", " friends,"), or 0.
func (g *grammar) addressTail(s string) int {
	words := wordSpans(s)
	if len(words) == 0 || strings.TrimSpace(s[:words[0].start]) != "" || !lowerGet(g.addressWords, s[words[0].start:words[0].end]) {
		return 0
	}
	end := words[0].end
	rest := strings.TrimLeft(s[end:], " ")
	for _, p := range []string{"—", "–", "-", ":", ","} {
		if strings.HasPrefix(rest, p) {
			return len(s) - len(rest) + len(p)
		}
	}
	return end
}

// onlyJoins reports whether s between two places only joins them: spaces,
// a slash or a conjunction ("Laval/Longueuil", "Calais or Machias").
func (g *grammar) onlyJoins(s string) bool {
	t := strings.Trim(s, " /")
	return t == "" || lowerHas(g.conj, g.conjF, t)
}

// placeLead tells what leads to a place at the end of before: "prep" for
// a preposition of place (with or without an article: "in", "in the"),
// "prep+article" for another preposition with a definite article ("para
// la"), "article" for an article alone ("a"), or "".
func (g *grammar) placeLead(before string) string {
	words := wordSpans(before)
	if len(words) == 0 || strings.TrimSpace(before[words[len(words)-1].end:]) != "" {
		return ""
	}
	word := func(i int) string { return strings.ToLower(before[words[i].start:words[i].end]) }
	last := word(len(words) - 1)
	switch {
	case g.placePreps[last]:
		return "prep"
	case g.articles[last] == "":
		return ""
	case len(words) > 1 && g.placePreps[word(len(words)-2)]:
		return "prep"
	case len(words) > 1 && g.definite[last] && g.preps[word(len(words)-2)]:
		return "prep+article"
	}
	return "article"
}

// placeListTail returns the length of the places that follow a removed
// one in a list at the start of s (" or Wise", " o León", "/Roubaix",
// "/tarbert/inveraray"), or 0; the rules saw the first place only. An
// item after a slash is a run of words; one after a conjunction a run of
// capitalized words, or a lower-case word no ordinary word list holds
// ("or lochgilphead"), so "or online" stays. No item starts with a need word
// ("or Spanish-speaking").
func (g *grammar) placeListTail(s string) int {
	return repeatRun(s, maxListedPlaces, g.onePlaceItem)
}

// repeatRun returns the length of at most limit runs at the start of s,
// one after the other, each as long as one says (0: no run).
func repeatRun(s string, limit int, one func(string) int) int {
	n := 0
	for range limit {
		k := one(s[n:])
		if k == 0 {
			break
		}
		n += k
	}
	return n
}

// maxListedPlaces is the most places placeListTail takes after a removed
// one.
const maxListedPlaces = 4

// onePlaceItem is placeListTail for one item.
func (g *grammar) onePlaceItem(s string) int {
	words := wordSpans(s)
	i, slash := 0, false
	switch gap := s[:min(len(s), max(0, firstStart(words)))]; {
	case len(words) >= 2 && gap == " " && lowerHas(g.conj, g.conjF, s[words[0].start:words[0].end]) && s[words[0].end:words[1].start] == " ":
		i = 1
	case len(words) >= 1 && strings.TrimSpace(gap) == "/":
		slash = true
	default:
		return 0
	}
	end := 0
	for ; i < len(words); i++ {
		w := s[words[i].start:words[i].end]
		if isI(w) || lowerGet(g.asked, w) || g.statesNeed(w) || end > 0 && s[end:words[i].start] != " " {
			break
		}
		if !capitalized(s, words[i]) && (end > 0 || !slash && lowerGet(g.common, w)) {
			break // a lower-case place is one word: "/tarbert", "or lochgilphead"
		}
		end = words[i].end
		if !capitalized(s, words[i]) {
			break
		}
	}
	if end == 0 {
		return 0
	}
	return end + g.placeTail(s[end:])
}

// firstStart returns where the first of words starts, or -1.
func firstStart(words []span) int {
	if len(words) == 0 {
		return -1
	}
	return words[0].start
}

// placeTail returns the length of the words that finish a place name at
// the start of s (" area", "-based", " County area"), or 0.
func (g *grammar) placeTail(s string) int {
	return repeatRun(s, maxPlaceTails, g.oneTail) // "Pictou County area"
}

// maxPlaceTails is the most tail words a place name takes.
const maxPlaceTails = 2

// oneTail is placeTail for one word.
func (g *grammar) oneTail(s string) int {
	for _, t := range g.placeTails {
		if len(s) > len(t) && (s[0] == ' ' || s[0] == '-') && strings.EqualFold(s[1:1+len(t)], t) && phrase.BoundaryAfter(s, 1+len(t)) {
			return 1 + len(t)
		}
	}
	return 0
}

// isLinkWord reports whether w (lower case) is a preposition or an article:
// a word that leads to a span and goes with it.
func (g *grammar) isLinkWord(w string) bool {
	if _, ok := g.articles[w]; ok {
		return true
	}
	return g.preps[w]
}

// dropTrailingWords removes up to two trailing words of s for which drop
// holds ("in the" before a removed place).
func dropTrailingWords(s string, drop func(string) bool) string {
	for range 2 {
		t := strings.TrimRight(s, " ")
		i := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
		w := t[i+1:]
		if w == "" || !drop(strings.ToLower(w)) {
			break
		}
		s = t[:i+1]
	}
	return s
}
