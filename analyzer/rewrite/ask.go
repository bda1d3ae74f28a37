package rewrite

import (
	"slices"
	"strings"
	"unicode/utf8"
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
			if gr.reasonTurn(strings.TrimLeft(text[bs:be], " ")) {
				// "...because he works late", "porque él conoce a todos":
				// a reason that turns to someone tells their story, and
				// asks nothing the clause before it did not.
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
				if !u.whole || identifying > 0 || !(clinical || u.named(c)) || gr.aboutSomeone(text[bs:be]) || slices.ContainsFunc(in, gr.tellsMore) || hasDigit(text[bs:be]) {
					continue
				}
				if !gr.posterSpeaks(text[bs:be]) && gr.saysMoreThanNeeds(text, bs, be, in, c.sentenceTerms(si)) > maxDescribedRest {
					// "Nightmares since the crossing.": the need is listed
					// after the ask; what else the sentence says, no rule
					// weighed, is the client's story. "I'm fairly sure
					// it's OCD." is the poster's own reading.
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
			nounKept := false // the cut keeps the person noun before it
			if asking {
				cut, nounKept = c.personCut(bs, be, cut, in)
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
			if c.unfound && gr.describes(text[bs:be]) {
				// Nothing was found in a post about a client: whatever a
				// clause says of a person ("a client whose neighbour
				// keeps calling the police") no rule weighed.
				continue
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
			if (c.strict || stating || c.unfound) && named {
				continue // "I first met these two in 2019": what the scrub takes out, the clause was about
			}
			if gr.headless(text[bs:be], s) {
				continue // "que je suis joue de ..." once "Un ado" goes: a description
			}
			s = gr.withoutAsides(s) // "the client, who ..., prefers a woman"
			// A clause the rules found nothing in, kept word for word, was
			// already checked, in the post itself.
			verbatim := len(in) == 0 && end == "" && s == text[bs:be] && !gr.aboutSomeone(s) && !gr.tiesNeeds(s)
			if end != "" {
				if !nounKept {
					s = dropTrailingWords(s, gr.isLinkWord) // "je recherche pour" once "une patiente" is cut
				}
				if tail != "" {
					s = strings.TrimRight(s, " ,;:—–-") + " " + strings.TrimRight(c.scrub(tail, clin), " ,;:.?!")
				} else if gr.endsOnCue(s) && !gr.asksBeforeLast(s) {
					continue // "Je recherche." says nothing
				} else if !nounKept {
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
			if asking && c.seeks() && gr.aboutSomeone(s) && gr.neutralize(s) == "" && gr.saysOfPerson(s) {
				// "Could anyone fit her in around her shifts at the fish
				// plant?" tells her life, and no neutral pronoun mends it:
				// its needs are listed after the asks. A consultation's
				// question about her ("can I keep seeing her during the
				// admission?") is what the post asks, and stays.
				c.scrubbed = true
				continue
			}
			if asking && gr.aboutSomeone(s) {
				// "How do I build buy-in without losing him?" asks the
				// same of no one in particular.
				if n := gr.neutralize(s); n != "" {
					s = n
					c.neutralized.set(strings.TrimSpace(gr.tidy(s)), "")
				}
			}
			s = strings.TrimSpace(gr.tidy(s))
			if (len(in) > 0 || end != "") && (!asking || strings.Contains(s, ":")) && gr.saysNothing(s) {
				continue // "Quick question: a person." once the occupation goes
			}
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
					c.verbatim.set(s, "")
				}
				if !asking {
					c.described.set(s, "")
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

// hasDigit reports whether s holds a digit: in a sentence that asks
// nothing, a count, an amount or a date is the client's ("about $80k in
// debt", "3 admissions since May"), which no template can say for them.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-'0' <= 9 { // a byte loop: IndexAny builds its set on every call
			return true
		}
	}
	return false
}

// maxDescribedRest is the most words a sentence kept only for the need it
// names (it asks nothing) may hold besides its findings, its need terms
// and its stopwords.
const maxDescribedRest = 0

// saysMoreThanNeeds counts the words of text[bs:be] that are no stopword
// and lie in none of the findings in and none of the need terms: what a
// sentence says besides the need it names.
func (g *grammar) saysMoreThanNeeds(text string, bs, be int, in []Finding, terms []string) int {
	var buf [64]span
	var lowBuf [8]string
	var lowTerms []string // terms lower-cased, once a word needs them
	rest := 0
	for _, w := range appendWords(buf[:0], text[bs:be]) {
		ws, we := bs+w.start, bs+w.end
		if slices.ContainsFunc(in, func(f Finding) bool { return f.Start < we && ws < f.End }) {
			continue
		}
		if lowerGet(g.stop, text[ws:we]) {
			continue
		}
		if len(terms) > 0 {
			if lowTerms == nil {
				lowTerms = lowBuf[:0]
				for _, t := range terms {
					lowTerms = append(lowTerms, strings.ToLower(t))
				}
			}
			lw := strings.ToLower(text[ws:we])
			if slices.ContainsFunc(lowTerms, func(t string) bool { return containsWord(t, lw) }) {
				continue
			}
		}
		rest++
	}
	return rest
}

// posterSpeaks reports whether the poster speaks of themself in s ("I'm
// fairly sure") and of no person ("my client", "the daughter").
func (g *grammar) posterSpeaks(s string) bool {
	first := false
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		w := s[start:end]
		if lowerHas(g.persons, g.personsF, w) {
			return false
		}
		first = first || firstPerson(g.first, w)
	}
	return first
}

// firstPerson returns first[w lower-cased, its ’ written ']: an ASCII
// word of up to 64 bytes (which holds no ’) is lower-cased on the stack,
// without the two copies.
func firstPerson(first map[string]bool, w string) bool {
	var buf [64]byte
	if n, ok := lowerInto(&buf, w); ok {
		return first[string(buf[:n])]
	}
	return first[strings.ReplaceAll(strings.ToLower(w), "’", "'")]
}
