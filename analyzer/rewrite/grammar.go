package rewrite

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/rules"
)

// grammar is a pack's rewrite grammar, compiled: what tidy needs to mend a
// sentence once words were taken out of it.
type grammar struct {
	// english turns on a/an agreement; french keeps the space French
	// typography puts before ; : ! and ?.
	english, french bool
	// articles maps an article to its form ("f.indef"); forms maps a form
	// back to the article. genders gives a noun's gender (m, f, i).
	articles map[string]string
	// maxArticle is the length of the longest article, in bytes.
	maxArticle int
	// definite holds the definite articles ("the", "la"): a capitalized
	// ordinary word after one is a proper name ("the Hollow").
	definite map[string]bool
	forms    map[string]string
	genders  map[string]string
	preps    map[string]bool
	// third holds the words that make a sentence about someone else;
	// placePreps the prepositions that lead to a place.
	third, placePreps, addressWords map[string]bool
	// providers holds the default provider and the providers, lower case;
	// providersBy the indexes of those of each first byte (see
	// firstProvider), nil when there are more than 64 or one is empty.
	providers   []string
	providersBy *[256][]uint8
	// persons holds the nouns that name a person (lower case); first the
	// words that open a clause in the first person.
	persons, first map[string]bool
	// reports are the report verbs (rules.Grammar.ReportVerbs), lower case.
	reports []string
	// relatives open a relative clause, determiners the noun before one
	// (see relativeCut).
	relatives, determiners map[string]bool
	// copulas link a person noun to what it is said to be (see
	// describesPerson).
	copulas map[string]bool
	// copulaLen is the length of the longest copula, in bytes.
	copulaLen int
	// common is the pack's list of ordinary lower-case words; known the
	// words of the rewrite vocabularies and specialties (lower case).
	common, known map[string]bool
	// notLived holds the words of rules.Rewrite.NotLived (see lived);
	// fillers the words of the rules' replacements (see saysNothing).
	// objectVerbs the verbs that need an object (see mendObjects).
	notLived, fillers, objectVerbs map[string]bool
	// ties holds the words that can tie a need to a person: those of the
	// client leads and populations ("client", "my", "kids"), articles and
	// prepositions aside.
	ties map[string]bool
	// conj holds the conjunctions; breaks the words that open a clause
	// after a comma.
	conj, breaks map[string]bool
	// breakFirst holds the first bytes of the clause breaks, lower case.
	breakFirst [256]bool
	// spaceNext holds, for each byte a word after a space may open on
	// (lower case), whether a clause break or reason (nextBreak) or a
	// copula (nextCopula) opens on it; copulaSecond the copulas' second
	// bytes (see runOnStart).
	spaceNext    [256]uint8
	copulaSecond [256]bool
	// stopLen is the length of the longest stopword, in bytes.
	stopLen int
	// reasons give a reason ("bc", "parce que"): after an ask, one that
	// turns to the client ends the ask (see clauseCuts). reasonFirst holds
	// their first bytes; reasonsASCII says each of those is ASCII.
	reasons []string
	// openers hold the question openers, lower case (see questionStart);
	// openerFirst their first bytes, openerLen the longest one's length.
	openers      []string
	openerFirst  [256]bool
	openerLen    int
	reasonFirst  [256]bool
	reasonsASCII bool
	// reasonsBy holds, for each lower-case ASCII byte, the reasons that
	// may open a text starting with it (in either case): those starting
	// with it and those starting outside ASCII, in the pack's order.
	reasonsBy [utf8.RuneSelf][]string
	// qualSuffixes end a word that qualifies a condition; qualAfter puts
	// such words after the term.
	qualSuffixes []string
	qualAfter    bool
	qualLast     [256]bool // the last bytes of qualSuffixes
	// specialtyIndex finds the specialties' clinical terms in a text.
	specialtyIndex termIndex
	// leads open the description of a client in an ask (lower case);
	// cues are the ask cues by their first byte.
	leads []string
	// leadsBy indexes the leads by first byte (see lastLead), nil when
	// there are more than 64 or one is empty.
	leadsBy *[256][]uint8
	cues    *[256][]string
	// cuePairs holds the first two bytes of every cue, nil when a cue is
	// shorter (see isAsk).
	cuePairs *pairSet
	// placePhrase stands for a removed place after its preposition;
	// placeTails are the words that finish a place's name ("area").
	placePhrase string
	// personPhrase stands for a removed name a verb needs as its object;
	// particles join the parts of a surname (see rules.Grammar).
	personPhrase string
	particles    map[string]bool
	// timeUnits are the units of time a count may measure (see unit);
	// intensifiers the words that strengthen a need, negations those that
	// deny it (see trimmedNeed).
	timeUnits, intensifiers, negations map[string]bool
	// placeHeads are part of the place they come right before, lower
	// case (see rules.Grammar).
	placeHeads []string
	placeTails []string
	// needTerms maps the lower-cased terms of the pack's need rules to
	// their spelling in the pack; needWords is the most words one has.
	needTerms map[string]string
	// neutral maps a third-person pronoun to its neutral form (see
	// neutralize).
	neutral map[string]string
	// condLeads lead to a client's condition (see leadNeeds), lower case.
	condLeads []string
	needWords int
	needFirst map[string]bool // the first words of the need terms
	// mayStart holds needFirst's words in a filter that rules most
	// words out before the map is asked.
	mayStart *wordFilter
	// specialties maps a lower-cased clinical term to its specialty.
	specialties map[string]string
	// needSuffixes end a word that states a language or culture need;
	// needLeads (lower case) come right before one ("speaks").
	needSuffixes, needLeads []string
	// topicLeads (lower case) come right before the skill or condition
	// sought ("experienced in").
	topicLeads []string
	minSuffix  int // the length of the shortest need suffix
	// lowerSuffixes are the need suffixes lower-cased when all are ASCII
	// (see mayStateNeed), else nil.
	lowerSuffixes []string
	// stop holds the pack's stopwords, lower-cased; asked the words of
	// the populations, approaches, needs and topics a post may ask for.
	stop, asked map[string]bool
	// thirdF ... tiesF rule most words out before their sets are asked
	// (see lowerHas).
	thirdF, breaksF, knownF, prepsF, conjF, tiesF *smallFilter
	// relativesF, personsF and copulasF do the same for relatives,
	// persons and copulas, which relativeCut and saysOfPerson ask of most
	// words of an ask.
	relativesF, personsF, copulasF *smallFilter
	// story gives the words that tell a story span from a need
	// (storyneed.go), built on first need.
	story func() storyVocab
	// fixedClean remembers whether each fixed template text passed the
	// re-analysis (text → bool): a pack has a handful of them.
	fixedClean sync.Map
}

var grammars sync.Map // *rules.Pack → *grammar

// grammarOf returns the compiled grammar of a pack's rewrite section.
func grammarOf(p *rules.Pack) *grammar {
	if g, ok := grammars.Load(p); ok {
		return g.(*grammar)
	}
	g := newGrammar(p)
	grammars.Store(p, g)
	return g
}

func newGrammar(p *rules.Pack) *grammar {
	rw := &p.Rewrite
	gr := rw.Grammar
	g := &grammar{english: rw.EnglishArticles, french: p.Lang == "fr", articles: map[string]string{}, forms: map[string]string{}, genders: map[string]string{}}
	g.story = sync.OnceValue(func() storyVocab { return newStoryVocab(p) })
	for a, form := range gr.Articles {
		g.articles[a] = form
		g.forms[form] = a
		g.maxArticle = max(g.maxArticle, len(a))
		if strings.HasSuffix(form, ".def") {
			if g.definite == nil {
				g.definite = map[string]bool{}
			}
			g.definite[a] = true
		}
	}
	g.third, g.preps, g.placePreps = setOf(gr.ThirdPerson), setOf(gr.Prepositions), setOf(gr.PlacePrepositions)
	for _, l := range gr.ConditionLeads {
		g.condLeads = append(g.condLeads, strings.ToLower(l))
	}
	g.neutral = map[string]string{}
	for w, n := range gr.NeutralPronouns {
		g.neutral[strings.ToLower(w)] = n
	}
	g.common = setOf(phrase.List(p, "common_words"))
	g.notLived, g.fillers, g.objectVerbs = setOf(rw.NotLived), fillerWords(p), setOf(gr.ObjectVerbs)
	g.conj = setOf(gr.Conjunctions)
	g.breaks = setOf(gr.ClauseBreaks)
	for _, b := range gr.ClauseBreaks {
		if b != "" {
			g.breakFirst[b[0]] = true
		}
	}
	g.reasonsASCII = true
	for _, r := range gr.ReasonBreaks {
		if r = strings.ToLower(r); r != "" {
			g.reasons = append(g.reasons, r)
			g.reasonFirst[r[0]] = true
			g.reasonsASCII = g.reasonsASCII && r[0] < utf8.RuneSelf
		}
	}
	for b := range g.reasonsBy {
		for _, r := range g.reasons {
			if int(r[0]) == b || r[0] >= utf8.RuneSelf {
				g.reasonsBy[b] = append(g.reasonsBy[b], r)
			}
		}
	}
	g.qualSuffixes, g.qualAfter = gr.QualifierSuffixes, gr.QualifiersAfter
	for _, suf := range g.qualSuffixes {
		if suf == "" {
			for b := range g.qualLast {
				g.qualLast[b] = true // every word ends with it
			}
			continue
		}
		g.qualLast[suf[len(suf)-1]] = true
	}
	g.specialtyIndex = newTermIndex(slices.Collect(maps.Keys(rw.Specialties)))
	g.known = map[string]bool{}
	var terms []string
	for _, l := range [][]string{rw.Providers, rw.Populations, rw.Approaches, rw.Needs, rw.Topics, p.Vocab["regions"]} {
		terms = append(terms, l...)
	}
	for k, v := range rw.Specialties {
		terms = append(terms, k, v)
	}
	terms = append(terms, rw.AskCues...) // "Ideally" opens an ask, not a name
	for _, t := range terms {
		addWords(g.known, strings.ToLower(t))
	}
	g.leads = gr.ClientLeads
	g.leadsBy = byFirstByte(g.leads)
	g.ties = map[string]bool{}
	for _, l := range append(slices.Clone(gr.ClientLeads), rw.Populations...) {
		for _, w := range wordSpans(strings.ToLower(l)) {
			if lw := strings.ToLower(l)[w.start:w.end]; g.articles[lw] == "" && !g.preps[lw] {
				g.ties[lw] = true
			}
		}
	}
	g.addressWords = setOf(gr.AddressWords)
	for _, p := range append([]string{rw.DefaultProvider}, rw.Providers...) {
		g.providers = append(g.providers, strings.ToLower(p))
	}
	g.providersBy = byFirstByte(g.providers)
	g.first = map[string]bool{}
	for _, w := range gr.FirstPerson {
		g.first[strings.ToLower(w)] = true
	}
	for _, v := range gr.ReportVerbs {
		if v != "" {
			g.reports = append(g.reports, strings.ToLower(v))
		}
	}
	g.copulas = setOf(gr.Copulas)
	for _, c := range gr.Copulas {
		g.copulaLen = max(g.copulaLen, len(c))
	}
	g.persons = map[string]bool{}
	for _, n := range gr.PersonNouns {
		g.persons[strings.ToLower(n)] = true
	}
	g.setRelatives(gr)
	g.placePhrase, g.placeTails = gr.PlacePhrase, gr.PlaceTails
	g.personPhrase, g.particles, g.timeUnits = gr.PersonPhrase, setOf(gr.NameParticles), setOf(gr.TimeUnits)
	g.intensifiers, g.negations = setOf(gr.Intensifiers), setOf(gr.Negations)
	for _, o := range gr.QuestionOpeners {
		if o != "" {
			lo := strings.ToLower(o)
			g.openers = append(g.openers, lo)
			g.openerFirst[lo[0]] = true
			g.openerLen = max(g.openerLen, len(lo))
		}
	}
	for _, h := range gr.PlaceHeads {
		g.placeHeads = append(g.placeHeads, strings.ToLower(h))
	}
	g.cues, g.cuePairs = new([256][]string), new(pairSet)
	for _, cue := range rw.AskCues {
		if cue != "" {
			g.cues[cue[0]] = append(g.cues[cue[0]], cue)
		}
		if len(cue) < 2 {
			g.cuePairs = nil
		} else if g.cuePairs != nil {
			g.cuePairs.add(cue[0], cue[1])
		}
	}
	for n, gen := range gr.Genders {
		g.genders[strings.ToLower(n)] = gen
	}
	g.needSuffixes = gr.NeedSuffixes
	g.minSuffix = 0
	for i, suf := range gr.NeedSuffixes {
		if i == 0 || len(suf) < g.minSuffix {
			g.minSuffix = len(suf)
		}
		g.lowerSuffixes = append(g.lowerSuffixes, strings.ToLower(suf))
	}
	if slices.ContainsFunc(gr.NeedSuffixes, func(s string) bool { return !isASCII(s) }) {
		g.lowerSuffixes = nil
	}
	for _, l := range gr.NeedLeads {
		g.needLeads = append(g.needLeads, strings.ToLower(l))
	}
	for _, l := range gr.TopicLeads {
		g.topicLeads = append(g.topicLeads, strings.ToLower(l))
	}
	g.asked = map[string]bool{}
	for _, l := range [][]string{rw.Populations, rw.Approaches, rw.Needs, rw.Topics} {
		for _, t := range l {
			addWords(g.asked, strings.ToLower(t))
		}
	}
	g.stop = map[string]bool{}
	for _, w := range p.Stopwords {
		g.stop[strings.ToLower(w)] = true
	}
	g.setCopulaFirst() // after the copulas and the stopwords
	g.specialties = map[string]string{}
	for _, k := range slices.Sorted(maps.Keys(rw.Specialties)) {
		if lk := strings.ToLower(k); g.specialties[lk] == "" {
			g.specialties[lk] = rw.Specialties[k]
		}
	}
	g.needTerms, g.needFirst, g.mayStart = map[string]string{}, map[string]bool{}, &wordFilter{}
	for _, r := range p.Rules {
		if !slices.Contains(rw.NeedRules, r.ID) || r.Case == "exact" {
			continue // an exact-case term ("SI") needs the context its rule checks
		}
		for _, t := range r.Terms {
			lt := strings.ToLower(t)
			if _, dup := g.needTerms[lt]; !dup && t != "" {
				g.needTerms[lt] = t
				ws := wordSpans(lt)
				g.needWords = max(g.needWords, len(ws))
				if len(ws) > 0 {
					g.needFirst[lt[ws[0].start:ws[0].end]] = true
					g.mayStart.add(lt[ws[0].start:ws[0].end])
				}
			}
		}
	}
	g.addConditions(phrase.List(p, conditionList))
	g.thirdF, g.breaksF, g.knownF = newSmallFilter(g.third), newSmallFilter(g.breaks), newSmallFilter(g.known)
	g.prepsF, g.conjF, g.tiesF = newSmallFilter(g.preps), newSmallFilter(g.conj), newSmallFilter(g.ties)
	g.relativesF, g.personsF, g.copulasF = newSmallFilter(g.relatives), newSmallFilter(g.persons), newSmallFilter(g.copulas)
	return g
}

// statesNeed reports whether word ends with one of the pack's need
// suffixes: "Arabic-speaking", "arabophone".
func (g *grammar) statesNeed(word string) bool {
	if len(word) <= g.minSuffix {
		return false // the cheap look: no suffix with a word before it fits
	}
	for _, suf := range g.needSuffixes {
		// The suffixes are lower case; the word's end is compared without
		// lower-casing the word (a copy for every capitalized word).
		if len(word) > len(suf) && strings.EqualFold(word[len(word)-len(suf):], suf) {
			return true
		}
	}
	return false
}

// afterNeedLead reports whether before ends with one of the pack's need
// leads, as whole words: what follows is a language sought ("speaks
// Tagalog", "que hable mixteco").
func (g *grammar) afterNeedLead(before string) bool { return afterLead(g.needLeads, before) }

// afterTopicLead reports whether before ends with one of the pack's topic
// leads and a space: the word that follows is the skill or condition
// sought ("experienced in trichotillomania").
func (g *grammar) afterTopicLead(before string) bool { return afterLead(g.topicLeads, before) }

// afterLead reports whether before ends with one of leads (lower case)
// and a space.
func afterLead(leads []string, before string) bool {
	lb := strings.ToLower(strings.TrimRight(before, " "))
	if len(lb) == len(before) {
		return false // the lead must be followed by a space
	}
	return endsOnLead(leads, lb)
}

// afterLowerNeedLead is afterNeedLead for a before already lower-cased
// (with the byte length of each rune kept: see lowerSame).
func (g *grammar) afterLowerNeedLead(before string) bool {
	lb := strings.TrimRight(before, " ")
	if len(lb) == len(before) {
		return false // the lead must be followed by a space
	}
	return endsOnLead(g.needLeads, lb)
}

// endsOnLead reports whether the lower-case lb ends with one of leads,
// as whole words.
func endsOnLead(leads []string, lb string) bool {
	for _, l := range leads {
		if strings.HasSuffix(lb, l) && phrase.BoundaryBefore(lb, len(lb)-len(l)) {
			return true
		}
	}
	return false
}

// isNeed reports whether the text of a finding only states a need: each
// of its words is a word of the populations, approaches, needs or topics
// a post may ask for, or states a language need ("LGBTQ",
// "Spanish-language"), so the rules took a need for a name.
func (g *grammar) isNeed(text string) bool {
	words := wordSpans(text)
	for _, w := range words {
		word := text[w.start:w.end]
		if !lowerGet(g.asked, word) && !g.statesNeed(word) {
			return false
		}
	}
	return len(words) > 0
}

// plainNeed reports whether the text of a clinical finding can stand as a
// need: at most maxNeedWords words, no digit, no quotation, no word that
// speaks of someone ("her mom's pills" describes; "night terrors" asks),
// no contraction, no stopword at either end and none inside but a
// preposition, conjunction or article ("APS is involved" is a clause,
// "apraxia of speech" a name for a problem).
func (g *grammar) plainNeed(text string) bool {
	return g.plainNeedOf(text, maxNeedWords)
}

// plainNeedOf is plainNeed for text of at most max words.
func (g *grammar) plainNeedOf(text string, max int) bool {
	if indexAny(text, "0123456789\"“”«»") >= 0 {
		return false
	}
	words := wordSpans(text)
	if len(words) == 0 || len(words) > max || len(words) == 1 && isAcronym(text) {
		return false // an acronym alone names an agency as often as a need ("APS")
	}
	for i, w := range words {
		lw := strings.ToLower(strings.ReplaceAll(text[w.start:w.end], "’", "'"))
		if g.third[lw] || strings.Contains(lw, "'") {
			return false // "her mom's pills", "wouldn't be sorry"
		}
		if g.articles[lw] != "" && i > 0 && !lowerHas(g.preps, g.prepsF, text[words[i-1].start:words[i-1].end]) {
			return false // "terrified the principal": an article after no preposition opens an object
		}
		if g.stop[lw] && (i == 0 || i == len(words)-1 || !g.preps[lw] && !g.conj[lw] && g.articles[lw] == "") {
			return false // "signed off", "up and infection": a fragment
		}
	}
	return true
}

// maxNeedWords is the most words a clinical finding may have to stand as a
// need by itself: longer ones are the client's story.
const maxNeedWords = 3

// specialty returns the specialty a clinical term asks for: the pack's
// entry for the term as written, else for the term in any case.
func (g *grammar) specialty(rw *rules.Rewrite, term string) (string, bool) {
	if spec, ok := rw.Specialties[term]; ok {
		return spec, true
	}
	spec, ok := g.specialties[strings.ToLower(term)]
	return spec, ok
}

// needTermsIn returns the need terms that occur in s as whole words, the
// longest where they overlap, in order.
func (g *grammar) needTermsIn(s string) []string { return g.needTermsLower(strings.ToLower(s)) }

// needTermsLower is needTermsIn for a lower-cased s. It walks the words
// without keeping them: only a word that starts a term looks further.
func (g *grammar) needTermsLower(ls string) []string {
	return g.needTermsQualified(nil, ls, 0, len(ls), false)
}

// needTermsQualified appends to out what needTermsLower returns, for the
// terms that start in ls[from:to]; with qualified, each term comes with
// the words that qualify it in ls (see qualify): "perinatal OCD", "deuil
// périnatal".
func (g *grammar) needTermsQualified(out []string, ls string, from, to int, qualified bool) []string {
	for start, end := nextWord(ls, from); start < end && start < to; start, end = nextWord(ls, end) {
		if !g.mayStart.mayHave(ls[start:end]) || !g.needFirst[ls[start:end]] {
			continue
		}
		var ends [8]int // the ends of this word and the next ones
		ends[0] = end
		n := 1
		for n < min(g.needWords, len(ends)) {
			s2, e2 := nextWord(ls, ends[n-1])
			if s2 >= e2 {
				break
			}
			ends[n] = e2
			n++
		}
		for k := n; k > 0; k-- {
			if t, ok := g.needTerms[ls[start:ends[k-1]]]; ok {
				end = ends[k-1]
				if qualified {
					t = g.qualify(ls, start, end, t)
				}
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// asksLanguage reports whether s states a language or culture need: a
// word with a need suffix ("Tagalog-speaking") or a word after a need
// lead ("que hable quechua").
func (g *grammar) asksLanguage(s string) bool {
	for _, w := range wordSpans(s) {
		if g.statesNeed(s[w.start:w.end]) || g.afterNeedLead(s[:w.start]) {
			return true
		}
	}
	return false
}
