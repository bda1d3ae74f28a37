// Package rewrite turns an analyzed post into one that still asks for what
// the post asked, without the details that identify the client. It reads
// the post's findings, sentences and intent (a Post) with its language's
// pack, and checks what it writes through the Analysis the pipeline gives it.
package rewrite

import (
	"slices"
	"strings"

	"github.com/discreet-app/discreet/rules"
)

// Finding is what the rewrite reads of one finding of the post.
type Finding struct {
	// Start and End are byte offsets into Post.Text, End exclusive.
	Start, End                            int
	Text, Category, Severity, Replacement string
	// Rule is the ID of the rule that made the finding, without the
	// language ("age-numeric").
	Rule string
}

// Sentence is a sentence of the post: its bytes in Post.Text and the same
// sentence lower-cased as the analyzer read it (normalized).
type Sentence struct {
	Start, End int
	Lower      string
}

// Analysis is what the rewrite asks of the pipeline that analyzed the post.
type Analysis interface {
	// Found returns the entries of the pack's rewrite vocabulary name
	// ("providers", "populations", "approaches", "needs", "topics",
	// "regions") that occur in the post as whole words, in the post's order.
	Found(name string) []string
	// Dirty analyzes text again under the same pack and returns the text of
	// every finding of medium or high severity.
	Dirty(text string) []string
}

// Post is an analyzed post: its text, intent, findings sorted by start,
// sentences in order, and the analysis that found them.
type Post struct {
	Text      string
	Intent    string
	Findings  []Finding
	Sentences []Sentence
	Analysis  Analysis
	// Lower is Text lower-cased, when the caller has it (the analysis's
	// view of an ASCII post): read only where it is Text's lower case
	// byte for byte (lowerOf), else Text is lower-cased again.
	Lower string
	// AboutClient says that the post refers to a client though its
	// analysis found nothing ("one of mine now sleeps in her car"): its
	// rewrite keeps what it asks without any clause that
	// speaks of a person (see run.unfound).
	AboutClient bool
	// Doubtful holds, in text order, the tokens the tagger came near
	// reading as part of someone's story though no finding holds them
	// (see withDoubts): a kept ask leaves them out when they are no need.
	Doubtful []Span
}

// compose builds the whole-post rewrite of post for its intent under pack
// p, and the intent's advice. It keeps what the post needs to do its job —
// its own ask, minus identifying spans (see asks), and the clinical need
// as a specialty, treatment approaches, populations, practical needs,
// consultation topics and the region when the post named a state or
// province — and drops every fact about the client. The intent's
// templates give the frame. The result is checked by analyzing it again:
// what an ask still holds of medium or high severity is taken out (see
// askRewrite), and if the text is still not clean the next template, then
// the intent's fallback, is used instead. A post without findings gets
// none.
func compose(p *rules.Pack, post *Post) (string, string) {
	rw := &p.Rewrite
	t, ok := rw.Templates[post.Intent]
	if !ok {
		return "", ""
	}
	gr := grammarOf(p)
	c := &run{pack: p, gr: gr, post: post, strict: post.Intent == "other", unfound: len(post.Findings) == 0 && post.AboutClient}
	if len(post.Findings) == 0 && !fixed(t) && !c.scrubsSomething(t) && !c.unfound {
		return "", ""
	}
	needList, storyNeeds := c.needs()
	if c.strict {
		storyNeeds = nil // a vent's "shoplifting baby formula" is the story, not a topic
	}
	found := post.Analysis.Found
	provider := firstOnly(found("providers"))
	if len(provider) == 0 {
		provider = []string{rw.DefaultProvider}
	}
	populations, approaches, practical := found("populations"), found("approaches"), found("needs")
	// "Family therapy" is what the clinician offers or is sought for, not
	// what anyone lives with: an approach is said as one, not as a need.
	needList = without(needList, approaches)
	practical = append(practical, without(c.statedNeeds(), practical)...)
	populations = append(populations, without(ageGroups(rw, post.Findings), populations)...)
	topics := without(found("topics"), needList)
	region := firstOnly(found("regions"))
	var fill fills // on the stack: see fills
	fill.set("needs", c.joinList(needList))
	fill.set("provider", provider[0])
	fill.set("populations", c.joinList(populations))
	fill.set("approaches", c.joinList(approaches))
	fill.set("practical", c.joinList(practical))
	fill.set("topics", c.joinList(topics))
	fill.set("region", c.joinList(region))
	fill.set("story", c.joinList(without(storyNeeds, needList)))
	var askList, after []string
	uses := func(name string) bool {
		return slices.ContainsFunc(t.Texts, func(s string) bool { return strings.Contains(s, "{"+name+"}") })
	}
	if uses("lived") {
		fill.set("lived", c.joinList(c.lived(needList, topics)))
	}
	if uses("ask") {
		askList = c.asks()
		if more := c.newLeadNeeds(needList, &storyNeeds); len(more) > 0 {
			// "for a 4-year-old with selective mutism": the condition the
			// cut description named is a need.
			needList = append(needList, more...)
			fill.set("needs", c.joinList(needList))
		}
		if framed := post.Intent == "referral_request" || post.Intent == "resource_request"; framed && wordCount(strings.Join(askList, " ")) < minAskWords && !c.gr.qualifiesProvider(askList) {
			// "Looking for a therapist." says less than the frame; "Bilingual
			// materials ideal." says what the frame cannot, and follows it.
			for _, a := range askList {
				if !saysProvider(rw, a) || c.gr.asksLanguage(a) {
					after = append(after, a) // "Busco terapeuta que hable quechua."
				}
			}
			askList = nil
			// What follows the frame is not said twice in it.
			fill.set("practical", c.joinList(without(practical, after)))
			fill.set("approaches", c.joinList(without(approaches, after)))
		}
	}
	lists := [][]string{needList, approaches, topics, without(storyNeeds, needList)}
	if c.strict && !slices.ContainsFunc(askList, func(a string) bool { return isAsk(gr, strings.ToLower(a)) }) {
		// "What a week. Relevant areas: panic attacks."
		// lists the client's story after a post that asks its readers
		// nothing: only a question or a request to peers has areas
		// ("Anyone else ...?", "Je cherche un suivi.").
		lists = nil
	}
	for _, tt := range t.Texts {
		if _, done := fill.lookup("sanitized"); !done && strings.Contains(tt, "{sanitized}") {
			fill.set("sanitized", c.sanitize())
		}
		if strings.Contains(tt, "{ask}") {
			if out := c.askRewrite(tt, &fill, askList, lists, populations, practical, region); out != "" {
				return out, t.Advice
			}
			continue
		}
		if !saysSomething(tt, &fill, rw.DefaultProvider) {
			continue
		}
		out := expand(tt, &fill)
		if more := c.notSaidBy(out, after); out != "" && len(more) > 0 {
			if with := gr.tidy(out + " " + strings.Join(more, " ")); c.dirty(with) == nil {
				return with, t.Advice
			}
		}
		if out := gr.tidy(out); out != "" && c.clean(out, !placeholder.MatchString(tt)) {
			return out, t.Advice
		}
	}
	if len(after) > 0 {
		// "ARFID workbook recs for adults?" says what the fallback cannot.
		if with := gr.tidy(t.Fallback + " " + strings.Join(after, " ")); c.dirty(with) == nil {
			return with, t.Advice
		}
	}
	return gr.tidy(t.Fallback), t.Advice
}

// notSaidBy returns the short asks that say more than out: "Any good
// selective mutism resources?" adds nothing to "Can anyone recommend
// resources on selective mutism?", whose need terms it names; a language
// need is always more.
func (c *run) notSaidBy(out string, asks []string) []string {
	lo := strings.ToLower(out)
	var more []string
	for _, a := range asks {
		terms := c.gr.needTermsIn(a)
		rest := wordCount(a)
		for _, t := range terms {
			rest -= wordCount(t)
		}
		said := len(terms) > 0 && rest <= maxSaidRest && !c.gr.asksLanguage(a) && !slices.ContainsFunc(terms, func(t string) bool {
			return !containsWord(lo, strings.ToLower(t))
		})
		if !said {
			more = append(more, a)
		}
	}
	return more
}

// maxSaidRest is the most words besides its need terms a short ask may
// have and still say nothing more than the frame ("any good ...
// resources"): a fourth word asks for something ("validated screening
// tool").
const maxSaidRest = 3

// clean reports whether the analysis finds nothing in text of medium or
// high severity. A fixed text (a template without placeholders: a review
// response, say) is the same for every post, so its answer is kept.
func (c *run) clean(text string, fixed bool) bool {
	if !fixed {
		return c.dirty(text) == nil
	}
	if ok, done := c.gr.fixedClean.Load(text); done {
		return ok.(bool)
	}
	ok := c.dirty(text) == nil
	c.gr.fixedClean.Store(text, ok)
	return ok
}

// fixed reports whether an intent's templates are fixed text, with no
// placeholder: its posts get that text whatever they say (any reply to a
// review can confirm a client relationship).
func fixed(t rules.Template) bool {
	return !slices.ContainsFunc(t.Texts, placeholder.MatchString) && !placeholder.MatchString(t.Fallback)
}

// scrubsSomething reports, for a post without findings, whether the ask
// the rewrite would keep names a place or a handle no rule caught ("in
// Halifax", "Reno folks:", "@name"). Only then is a rewrite worth
// offering: a post's other sentences, without an ask, stay the
// writer's.
func (c *run) scrubsSomething(t rules.Template) bool {
	if slices.ContainsFunc(t.Texts, func(s string) bool { return strings.Contains(s, "{ask}") }) {
		c.asks()
	}
	return c.scrubbed
}

// run is one rewrite in progress: the pack, its grammar and the post.
type run struct {
	pack *rules.Pack
	gr   *grammar
	post *Post
	clin map[string]bool // the words of the post's clinical findings, once needed
	// scrubbed is set once the scrub took out a name or number no rule
	// caught, or asks left out a clause for what no rule caught in it (a
	// person's initial, what a person is).
	scrubbed bool
	// strict is set for a post that asks its readers for nothing (a
	// celebration, a vent): it has no need to carry, so a sentence is kept
	// only when nothing in it describes anyone — no finding but a plain
	// clinical need, no third person, no noun for a person, no name or
	// number the scrub must take out — and only the pack's need terms
	// are listed after it, not the story's.
	strict bool
	// unfound is set for a post about a client in which the analysis
	// found nothing: what describes the client is all unfound, so no
	// clause or sentence that speaks of a person (a third person or a
	// noun for one) is kept.
	unfound bool
	// described, neutralized and verbatim are sets (fills' has: the few
	// asks a rewrite keeps, in run's arrays, not three maps a rewrite).
	// described holds the sentences asks kept that ask nothing but name
	// a need ("Client has tried two SSRIs."): the first to go when the
	// rewrite's check still flags something in them.
	described fills
	// neutralized holds the asks whose pronouns asks made neutral (see
	// neutralize): when the rewrite's check ties the needs listed after
	// them to a person, they go before the needs do.
	neutralized fills
	// leadFound holds the conditions asks found in the client
	// descriptions they cut (see leadNeeds).
	leadFound []string
	// verbatim holds the clauses asks kept word for word, in which the
	// analysis of the post found nothing: the rewrite's check does not
	// analyze them again.
	verbatim fills
	// source maps a specialty back to the term of the post it stands for
	// ("PTSD and trauma-informed care" → "PTSD"): in run's arrays, not a
	// map made for each rewrite (see fills).
	source fills
	// terms holds the need terms of each sentence once termsDone says
	// they were looked for; termsIn and doneIn do, for a post of at most
	// stackSentences sentences.
	terms     [][]string
	termsDone []bool
	termsIn   [stackSentences][]string
	doneIn    [stackSentences]bool
	// lower is the post's text lower-cased once lowerDone is set, when
	// lowerOK says its offsets are the text's (see lowerSpan).
	lower              string
	lowerOK, lowerDone bool
}

// maxNeedScan bounds the bytes of a post whose sentences are searched for
// need terms outside the findings.
const maxNeedScan = 4000

// stackSentences is how many sentences a post may have for run to hold
// their need terms in its own arrays (termsIn, doneIn: in compose's
// frame, as run is), not in two arrays made for each rewrite: a post of
// 1,000 characters has about twenty. An array of run's cannot be handed
// out as a slice stored in run, which would send run to the heap.
const stackSentences = 32

// sentenceTerms returns the need terms of sentence i of the post, found
// once.
func (c *run) sentenceTerms(i int) []string {
	if !c.sentenceTermsDone(i) {
		c.setSentenceTerms(i, c.gr.needTermsLower(c.post.Sentences[i].Lower))
	}
	if len(c.post.Sentences) <= stackSentences {
		return c.termsIn[i]
	}
	return c.terms[i]
}

// sentenceTermsDone reports whether the need terms of sentence i were
// looked for.
func (c *run) sentenceTermsDone(i int) bool {
	if len(c.post.Sentences) <= stackSentences {
		return c.doneIn[i]
	}
	return c.terms != nil && c.termsDone[i]
}

// setSentenceTerms records the need terms of sentence i.
func (c *run) setSentenceTerms(i int, terms []string) {
	if len(c.post.Sentences) <= stackSentences {
		c.termsIn[i], c.doneIn[i] = terms, true
		return
	}
	if c.terms == nil {
		c.terms = make([][]string, len(c.post.Sentences))
		c.termsDone = make([]bool, len(c.post.Sentences))
	}
	c.terms[i], c.termsDone[i] = terms, true
}

// unsaid returns the items that said does not already say, either in
// their own words or in the post's term a specialty stands for: an ask
// for "expertise in PTSD" needs no "PTSD and trauma-informed care" after
// it. said is lower-cased.
func (c *run) unsaid(items, said []string) []string {
	var out []string
	for _, it := range withoutLower(items, said) {
		if src, ok := c.source.lookup(it); !ok || len(withoutLower([]string{src}, said)) > 0 {
			out = append(out, it)
		}
	}
	return out
}

// dirty is the post's analysis of text: what it still flags.
func (c *run) dirty(text string) []string { return c.post.Analysis.Dirty(text) }

// askRewrite fills a template built on the post's own ask: {ask} is the ask
// sentences, {also} the needs they do not already say, {who} the
// populations and age groups, {more_practical} the practical needs,
// {where} the state or province, each without what the ask already says. Words the analyzer still
// flags are taken out of the ask (the whole sentence, when it speaks of a
// third person) and the text built again; "" means no ask sentence
// survived.
func (c *run) askRewrite(tmpl string, fill *fills, askList []string, lists [][]string, who, practical, region []string) string {
	for round := 0; len(askList) > 0 && round < 3; round++ { // each round removes words
		ask := strings.Join(askList, " ")
		said := []string{strings.ToLower(ask)} // lower-cased once for every list
		var also []string
		for _, l := range lists {
			also = append(also, c.unsaid(without(l, also), said)...)
		}
		fill.set("ask", ask)
		fill.set("also", c.joinList(also))
		fill.set("more_practical", c.joinList(withoutLower(practical, said)))
		fill.set("who", c.joinList(withoutLower(who, said)))
		fill.set("where", c.joinList(withoutLower(region, said)))
		gr := c.gr
		out := gr.tidy(expand(tmpl, fill))
		if out == "" {
			return ""
		}
		dirty := c.dirty(c.checked(out, askList))
		if dirty == nil {
			return out
		}
		// A sentence that only describes goes first: "Client has tried
		// two SSRIs" ties the needs of the ask before it to a person.
		n := len(askList)
		askList = slices.DeleteFunc(askList, func(a string) bool {
			return c.described.has(a) && slices.ContainsFunc(dirty, func(d string) bool { return strings.Contains(a, d) })
		})
		if len(askList) < n {
			continue
		}
		// A need flagged only because an ask beside it speaks of someone
		// ("He won't see anyone in town.") is tied to them by that ask:
		// it goes before the ask that names the need.
		if !slices.ContainsFunc(dirty, func(d string) bool { return !c.clinical(d) }) {
			askList = slices.DeleteFunc(askList, func(a string) bool {
				return gr.aboutSomeone(a) && !slices.ContainsFunc(dirty, func(d string) bool { return strings.Contains(a, d) })
			})
			if len(askList) < n {
				continue
			}
		}
		changed := false
		for i, a := range askList {
			for _, d := range dirty {
				if !strings.Contains(a, d) {
					continue
				}
				changed = true
				if gr.aboutSomeone(a) || c.clinical(d) {
					// "He's not actively suicidal" is about the client, and
					// "a client with recurrent MDD" reads badly without its
					// need: the sentence goes, the need stays in the lists;
					// but "Any social story template for a teen with autism?"
					// still asks for a template, before its client lead.
					if cut := gr.cutAtLead(a, d); cut != "" && !gr.aboutSomeone(cut) {
						a = cut
						continue
					}
					a = ""
					break
				}
				a = gr.tidy(strings.ReplaceAll(a, d, ""))
			}
			askList[i] = a
		}
		if !changed {
			// The flagged words are the template's own ("panic disorder"),
			// tied to a person by an ask that speaks of one ("She'd prefer
			// evenings"): without such asks the needs read as needs.
			n := len(askList)
			askList = slices.DeleteFunc(askList, func(a string) bool { return gr.aboutSomeone(a) || c.neutralized.has(a) })
			if len(askList) == n && !pruneLists(dirty, lists, &who) {
				return ""
			}
			continue
		}
		askList = slices.DeleteFunc(askList, func(a string) bool { return wordCount(a) < 3 })
	}
	return ""
}

// checked returns what the rewrite's check must analyze: out with each
// ask kept word for word where the post's own analysis found nothing (see
// verbatim) replaced by a one-word sentence. Analyzing such an ask again
// would find what it found before; the sentence that stands for it keeps
// the others as far apart as they are in the rewrite, which is what ties
// a need to a person or not.
func (c *run) checked(out string, askList []string) string {
	if c.verbatim.empty() {
		return out
	}
	check := out
	for _, a := range askList {
		if c.verbatim.has(a) {
			check = strings.Replace(check, a, "Ok.", 1)
		}
	}
	if strings.TrimSpace(check) == "" {
		return out
	}
	return check
}

// clinical reports whether the flagged text d is a clinical need: a need
// term of the pack, or words of one of the post's clinical findings.
func (c *run) clinical(d string) bool {
	ld := strings.ToLower(strings.TrimSpace(d))
	if _, ok := c.gr.needTerms[ld]; ok {
		return true
	}
	if c.clin == nil {
		c.clin = clinicalWords(c.post.Findings)
	}
	words := wordSpans(ld)
	for _, w := range words {
		if !c.clin[ld[w.start:w.end]] {
			return false
		}
	}
	return len(words) > 0
}

// minAskWords is the fewest words the ask sentences of a referral or
// resource request must have together to frame the rewrite: fewer say no
// more than the intent's template. A question for peers is kept however
// short.
const minAskWords = 6

// sanitize keeps the post's own words where they are safe: a sentence with
// an identifying finding (anything but a clinical term or a low-severity
// detail), or that speaks of a third person, is about the client and is
// dropped; the others keep their
// clinical terms, take low-severity replacements and are scrubbed of the
// names and numbers no rule caught.
func (c *run) sanitize() string {
	var b strings.Builder
	text, findings, gr := c.post.Text, c.post.Findings, c.gr
	if c.clin == nil {
		c.clin = clinicalWords(findings)
	}
	clin := c.clin
	next := 0 // findings are sorted by start: walk them with the sentences
	for _, sent := range c.post.Sentences {
		bs, be := sent.Start, sent.End
		for next < len(findings) && findings[next].Start < bs {
			next++
		}
		var in []Finding
		risky := false
		for k := next; k < len(findings) && findings[k].Start < be; k++ {
			f := findings[k]
			in = append(in, f)
			risky = risky || f.Severity == "high" || f.Category != "clinical" && f.Severity != "low"
		}
		if c.strict && c.doubtsIn(bs, be) {
			continue // what the tagger nearly read as the story (see doubtsIn)
		}
		if risky || gr.aboutSomeone(text[bs:be]) || c.unfound && gr.describes(text[bs:be]) || c.strict && (slices.ContainsFunc(in, gr.tellsMore) || gr.describes(text[bs:be]) || hasDigit(text[bs:be])) {
			continue
		}
		s, named := c.scrubNamed(replaceSpans(text, bs, be, in, gr), clin)
		if c.strict && named {
			continue // "I first met these two in 2019": what the scrub takes out, the sentence was about
		}
		b.WriteString(s)
		b.WriteByte(' ')
	}
	out := gr.tidy(b.String())
	if c.strict && !hasWords(out, minClauseWords) {
		return "" // "Period." alone is what is left of a story, not a post
	}
	return out
}
