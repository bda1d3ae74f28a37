package rewrite

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// asks returns the sentences of the post that say what it is asking for —
// a question, or a sentence with one of the pack's ask cues — minus their
// identifying spans. A sentence with a high-severity finding (other than a
// name or contact), or with more than maxIdentifying identifying findings,
// is about the client and is left out (where a client lead starts its
// description, only that part is); in the others each identifying finding
// gives way to its replacement (or to nothing, with the preposition that
// led to it), clinical terms stay as the need they are, and names the
// rules did not catch (see scrub) are taken out.
func (c *run) asks() []string {
	text, findings, gr := c.post.Text, c.post.Findings, c.gr
	var out []string
	var clin map[string]bool
	examined := 0
	next := 0 // findings are sorted by start: walk them with the clauses
	var units []unit
	var in []Finding // the findings of the unit
	// inBuf backs in for every unit (cutAt gives in a new array): on the
	// stack, as its size is fixed; a unit with more findings grows in on
	// the heap.
	inBuf := make([]Finding, 0, unitFindings)
	var asked, states, bares []bool // whether each of out asks, states, is a bare question
	stated, asks := 0, 0            // the clauses of out in which the poster speaks of themself, that ask
	lastSentence := -1              // the sentence of the last clause of out
units:
	for si := range c.post.Sentences {
		units = c.unitsOf(si, units[:0]) // clause by clause, as far as the asks go
		for _, u := range units {
			bs, be := u.start, u.end
			for next < len(findings) && findings[next].Start < bs {
				next++
			}
			if be-bs > maxAskBytes {
				continue
			}
			in = inBuf[:0]
			identifying, clinical := 0, false
			risky := false
			for k := next; k < len(findings) && findings[k].Start < be; k++ {
				f := findings[k]
				in = append(in, f)
				// A finding that runs on into the next clause cannot be
				// replaced in this one.
				risky = risky || riskyIn(f) || f.End > be
				clinical = clinical || f.Category == "clinical" && f.Severity != "low"
			}
			identifying = gr.identifying(text, in)
			asking, stating := isAsk(gr, u.lower), false
			if !asking {
				// "I'm not sure this crosses into a duty to report": the
				// poster weighing the question, about no one.
				stating = !c.strict && len(in) == 0 && gr.firstPerson(u.lower) && !gr.describes(text[bs:be])
			}
			if !asking && !stating {
				// A sentence that asks nothing still says what the post is
				// about when it names a clinical need and nothing
				// identifying, and speaks of no one: "I'm not sure this is
				// OCD." A clause of a longer sentence is not enough: the
				// rest of the sentence may name who it is about.
				// Nor when a finding in it tells more than a need: "increased
				// EtOH, conflict w/ spouse" is the client's story, "night
				// terrors" a need.
				if !u.whole || identifying > 0 || !(clinical || u.named(c)) || gr.aboutSomeone(text[bs:be]) || slices.ContainsFunc(in, gr.tellsMore) {
					continue
				}
			}
			if examined++; examined > 2*maxAsks {
				break units // a long post's later asks repeat its first ones
			}
			end, tail := "", ""
			var tailIn []Finding
			cut := clientLead(gr, c.lowerSpan, bs, in)
			if cut < 0 && asking {
				cut = labelLead(text, bs, be, in)
			}
			if cut < 0 && asking {
				cut = describedLead(gr, c.lowerSpan, bs, be)
			}
			if cut > bs {
				end = terminal(text[bs:be])
				if !c.strict {
					c.leadFound = append(c.leadFound, c.leadNeeds(cut, be, in)...)
				}
				// "je cherche pour un client de 52 ans, pêcheur, un·e
				// psychologue formé·e en TCC pour l'insomnie": the
				// clinician sought comes back after the client.
				if resume := c.resumeAfterClient(cut, be, in); resume > 0 {
					tailIn = findingsFrom(resume, in)
					tail = text[resume:be]
					for _, f := range tailIn {
						risky = risky || riskyIn(f)
					}
					tail = replaceSpans(text, resume, be, tailIn, gr)
				}
				be, in, risky, _ = cutAt(cut, in)
				risky = risky || slices.ContainsFunc(tailIn, riskyIn)
				identifying = gr.identifying(text, in) + gr.identifying(text, tailIn)
			}
			if gr.describesPerson(text[bs:be]) {
				// "Foster dad is a weldr at X, would love someone with
				// TF-CBT": what the clause says the person is, no rule
				// may have caught; taking it out is worth a rewrite.
				c.scrubbed = true
				continue
			}
			if asking && end == "" && identifying > 0 && gr.aboutSomeone(text[bs:be]) {
				// An ask that speaks of someone and holds what identifies
				// them is their story with a question mark ("shes getting
				// teased at school (St. X) & ... ideas welcome!"): taking its
				// findings out leaves what no rule caught.
				continue
			}
			if risky || identifying > maxIdentifying || c.strict && (slices.ContainsFunc(in, func(f Finding) bool {
				// A vent's question to peers loses its date with the date's
				// preposition ("pour décrocher le soir ?"); any other
				// finding tells its story.
				return gr.tellsMore(f) && !(asking && f.Category == "date" && gr.goesCleanly(text[bs:f.Start], f))
			}) || gr.describes(text[bs:be])) {
				continue
			}
			if clin == nil {
				if c.clin == nil {
					c.clin = clinicalWords(findings) // shared with clinical
				}
				clin = c.clin
			}
			if gr.hasInitial(text[bs:be]) {
				c.scrubbed = true
				continue // "could take k. next month" is about k.: no pronoun mends it
			}
			s, named := c.scrubNamed(replaceSpans(text, bs, be, in, gr), clin)
			if (c.strict || stating) && named {
				continue // "I first met these two in 2019": what the scrub takes out, the clause was about
			}
			// A clause the rules found nothing in, kept word for word, was
			// already checked, in the post itself.
			verbatim := len(in) == 0 && end == "" && s == text[bs:be] && !gr.aboutSomeone(s) && !gr.tiesNeeds(s)
			if end != "" {
				s = dropTrailingWords(s, gr.isLinkWord) // "je recherche pour" once "une patiente" is cut
				if tail != "" {
					s = strings.TrimRight(s, " ,;:—–-") + " " + strings.TrimRight(c.scrub(tail, clin), " ,;:.?!")
				} else if gr.endsOnCue(s) && !gr.asksBeforeLast(s) {
					continue // "Je recherche." says nothing
				} else {
					// "What do you all do when?" once "a client of mine
					// asks..." is cut: a function word cannot end the ask
					// (one only: "do" is the question's verb).
					dropped := false
					s = dropTrailingWords(s, func(w string) bool {
						if dropped || !gr.stop[w] {
							return false
						}
						dropped = true
						return true
					})
				}
				s = strings.TrimRight(s, " ,;:—–-") + end
			}
			if stating && (stated == maxStatements || !hasWords(s, minStatementWords)) {
				continue
			}
			if asking && gr.aboutSomeone(s) {
				// "How do I build buy-in without losing him?" asks the
				// same of no one in particular.
				if n := gr.neutralize(s); n != "" {
					s = n
					if c.neutralized == nil {
						c.neutralized = map[string]bool{}
					}
					c.neutralized[strings.TrimSpace(gr.tidy(s))] = true
				}
			}
			s = strings.TrimSpace(gr.tidy(s))
			// "Thoughts?" after "I'm second-guessing whether to screen
			// for DV now or wait." is what makes the statement a question
			// to peers: a bare question no finding touched, right after
			// the poster's statement it asks about, is kept with that
			// statement alone (see the end).
			bare := asking && len(in) == 0 && end == "" && !hasWords(s, 3) && hasWords(s, 1) &&
				strings.HasSuffix(s, "?") && len(states) > 0 && states[len(states)-1] && lastSentence == si-1
			if (hasWords(s, 3) || bare) && !slices.Contains(out, s) {
				if !endsSentence(s) {
					s += "." // "shes not sleeping" typed without a stop still ends before the next
				}
				out = append(out, s)
				asked = append(asked, asking)
				states = append(states, stating)
				bares = append(bares, bare)
				lastSentence = si
				if stating {
					stated++
				}
				if verbatim {
					if c.verbatim == nil {
						c.verbatim = map[string]bool{}
					}
					c.verbatim[s] = true
				}
				if !asking {
					if c.described == nil {
						c.described = map[string]bool{}
					}
					c.described[s] = true
				}
				if asking && !bare {
					if asks++; asks == maxAsks {
						break units
					}
				}
			}
		}
	}
	// What the poster states of themself frames a question; without one
	// it says nothing ("I'd rather wait"), but for the statement
	// a bare question asks about.
	for i := len(out) - 1; i >= 0 && asks == 0; i-- {
		if states[i] && !(i+1 < len(bares) && bares[i+1]) {
			out = slices.Delete(out, i, i+1)
			asked = slices.Delete(asked, i, i+1)
		}
	}
	// Past maxAsks, what only describes or states goes first, the
	// latest first; the asks stay in the post's order.
	for i := len(out) - 1; i >= 0 && len(out) > maxAsks; i-- {
		if !asked[i] {
			out = slices.Delete(out, i, i+1)
			asked = slices.Delete(asked, i, i+1)
		}
	}
	return out[:min(len(out), maxAsks)]
}

// unitFindings is how many findings of a unit asks holds without
// allocating: more than a clause of an ask usually has.
const unitFindings = 16

// maxStatements is the most clauses in which the poster speaks of
// themself that an ask keeps; minStatementWords the fewest words one must
// have ("I'm stuck." says nothing).
const (
	maxStatements     = 2
	minStatementWords = 6
)

// wordRest returns the rest of the word s starts inside of: "-language"
// after "Portuguese".
func wordRest(s string) string {
	if w := wordSpans(s); len(w) > 0 && w[0].start == 0 {
		return s[:w[0].end]
	}
	if strings.HasPrefix(s, "-") {
		if w := wordSpans(s[1:]); len(w) > 0 && w[0].start == 0 {
			return s[:1+w[0].end]
		}
	}
	return ""
}

// endsSentence reports whether s ends with the punctuation of a sentence's
// end, closing quotes and brackets aside.
func endsSentence(s string) bool {
	t := strings.TrimRight(s, "\"'”’»)] ")
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".?!…", r)
}

// terminal returns the punctuation that ends a sentence: "?" for a
// question, else ".".
func terminal(s string) string {
	if strings.ContainsAny(s, "?") {
		return "?"
	}
	return "."
}

// maxAsks is the most ask sentences a rewrite keeps: a post that asks more
// is long, and its rewrite (and the rewrite's own check) must stay short.
const maxAsks = 4

// maxAskBytes is the longest sentence taken for an ask: a longer one is a
// story, or pasted text, and re-analyzing it would make the rewrite's own
// check as long as the post.
const maxAskBytes = 600

// maxIdentifying is the most identifying findings an ask sentence may
// hold and still be kept (with each replaced): more, and the sentence is
// the client's story rather than the ask.
const maxIdentifying = 2

// tellsMore reports whether a finding says more than a need: anything but
// a clinical finding that can stand as a need by itself (see plainNeed) or
// is a need term of the pack.
func (g *grammar) tellsMore(f Finding) bool {
	if f.Category != "clinical" {
		return true
	}
	_, term := g.needTerms[strings.ToLower(strings.TrimSpace(f.Text))]
	return !term && !g.plainNeed(f.Text)
}

// riskyIn reports whether a finding makes its ask sentence the client's
// story: a high-severity one, unless it is a name or a contact, which go
// without a trace ("Atlanta friends: anyone know..." when a place is read
// as a name).
func riskyIn(f Finding) bool {
	return f.Severity == "high" && f.Category != "name" && f.Category != "contact"
}

// endsOnCue reports whether the last word of s begins an ask cue: the
// sentence stops where its ask was about to say what it seeks.
func (g *grammar) endsOnCue(s string) bool {
	var buf [64]span
	words := appendWords(buf[:0], s) // on the stack for a short text
	if len(words) == 0 {
		return true
	}
	last := strings.ToLower(s[words[len(words)-1].start:words[len(words)-1].end])
	for _, cue := range g.cues[last[0]] {
		if strings.HasPrefix(cue, last) {
			return true
		}
	}
	return false
}

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
