package analyzer

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/coregx/ahocorasick"

	"github.com/discreet-app/discreet/analyzer/internal/lenient"
	"github.com/discreet-app/discreet/analyzer/internal/normalize"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/pattern"
	"github.com/discreet-app/discreet/analyzer/postclass"
	"github.com/discreet-app/discreet/rules"
)

// compiled is a pack made ready to run: regular expressions compiled once,
// keywords in one Aho-Corasick automaton, word lists in a phrase index.
type compiled struct {
	pack  *rules.Pack
	rules []*crule

	// keywords finds every keyword of every rule, cue and context pattern
	// in one pass over the lower-cased text; keywordGates[i] lists the gates
	// keyword i opens. A gate is one gated pattern; nGates counts them.
	keywords     *ahocorasick.Automaton
	keywordGates [][]int
	nGates       int
	gatesPool    *sync.Pool // of *gates whose index is cleared (see releaseGates)

	phrases *phrase.Index
	bad     *badPatterns

	person, addressee, generic, self, notSpecific, ignore []gatedRE
	client, confirms, declines, public, announce, ownLife []gatedRE
	addressed, relates, describes, audience               []gatedRE
	intents                                               []cintent
	abbrev                                                map[string]bool
	honorifics                                            map[string]bool      // the pack's vocab: words before a name
	capitalized                                           map[string]bool      // the pack's vocab: words always capitalized
	shortCapitalized                                      map[string]bool      // the pack's abbreviations of those words ("jan"), capitalized before a day
	common                                                phrase.WordSet       // the pack's common words, if it has them
	function                                              map[string]bool      // the pack's stop words: function words ("the", "los")
	shorthand                                             *normalize.Shorthand // the pack's short forms, spelled out in the view
	speller                                               *normalize.Speller   // misspelled common words, corrected in the view
	clauseSubjects, clauseJoins                           map[string]bool      // where a run-on sentence is cut (clauses.go)
	vocab                                                 map[string][]vocabTerm
	maxKeyword                                            int

	story *story // the learned tagger of the pack's language, if it has one
	// concepts maps a word to its intent concept (pack intent_words).
	concepts map[string]string
	// firstNames is the pack's first-name list as a set, made on first
	// use: only a post with words of the therapy relationship asks it
	// whether someone is spoken to by name (referent.go, vocative).
	firstNames func() phrase.WordSet
}

// vocabTerm is an entry of a rewrite vocabulary (providers, populations,
// regions...); the keyword pass finds it through its gate.
type vocabTerm struct {
	term string
	len  int // bytes, lower-cased
	gate int
}

// lazyRE is a regular expression of the pack, compiled the first time it
// is used by the compiler the pack's validator uses (package pattern).
type lazyRE struct {
	src  string
	at   *rules.Error // where it is in the pack, for an error
	bad  *badPatterns
	once sync.Once
	re   *pattern.Pattern
}

// get returns the compiled expression, or nil for none. One that does not
// compile, in a pack that skipped validation, is reported to bad.
func (l *lazyRE) get() *pattern.Pattern {
	if l == nil {
		return nil
	}
	l.once.Do(func() {
		re, err := pattern.Compile(l.src)
		if err != nil {
			e := *l.at
			e.Msg = err.Error()
			l.bad.add(&e)
		}
		l.re = re
	})
	return l.re
}

// badPatterns collects a pack's patterns that did not compile when first
// used. Once there is one, every analysis with the pack fails with them,
// by file, rule and field, instead of running without the pattern.
type badPatterns struct {
	mu   sync.Mutex
	errs rules.ErrorList
}

func (b *badPatterns) add(e *rules.Error) {
	b.mu.Lock()
	b.errs = append(b.errs, e)
	b.mu.Unlock()
}

// check makes res an error naming the patterns found bad so far, if any:
// run defers it, so that it sees the patterns the analysis compiled.
func (b *badPatterns) check(res *Result) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.errs) > 0 {
		*res = Result{ID: res.ID, Error: b.errs.Error()}
	}
}

// match reports whether the expression is set and matches s.
func (l *lazyRE) match(s string) bool {
	re := l.get()
	return re != nil && re.MatchString(s)
}

// gatedRE is a pattern that runs only when its gate is open; gate -1 means
// it always runs.
type gatedRE struct {
	re   *lazyRE
	gate int
}

type crule struct {
	*rules.Rule
	name                               string // "lang/id", as findings name the rule; "" for a model's
	index                              int
	gate                               int
	re                                 *lazyRE
	before, after, notBefore, notAfter *lazyRE
	extend                             *lazyRE
	ambiguous                          phrase.WordSet
	ambBefore, ambAfter                *lazyRE
	exclude                            *phrase.Excluded
	exact                              map[string]bool // terms as written, for case "exact"
	acronyms                           map[string]bool // lower-cased acronyms among the terms
	typo                               *typoState      // misspellings of the list's entries (typo.go)
}

type cintent struct {
	name  string
	prior float64
	cues  []ccue
	plat  map[string]float64
}

type ccue struct {
	gatedRE
	weight float64
}

// compile makes p ready to run.
func compile(p *rules.Pack) (*compiled, error) {
	c := &compiled{pack: p, phrases: phrase.Build(p), bad: &badPatterns{}, gatesPool: &sync.Pool{}}
	sets := map[string]phrase.WordSet{} // each named list becomes a set once
	// Patterns compile on first use: keyword gating means most rules never
	// run on a given post, and compiling ~150 expressions up front was a
	// large part of a cold start in WebAssembly (parsing them alone adds a
	// third to compile). The validator compiles them with the same
	// compiler, so one fails only in a pack that skipped validation; it
	// then fails the analyses (see badPatterns).
	rule := ""
	lazy := func(field, pat string, anchor int) *lazyRE {
		if pat == "" {
			return nil
		}
		switch anchor {
		case -1:
			pat = "(?:" + pat + ")$"
		case 1:
			pat = "^(?:" + pat + ")"
		}
		return &lazyRE{src: pat, at: &rules.Error{File: p.File, Rule: rule, Field: field}, bad: c.bad}
	}
	list := func(name string) []string { return phrase.List(p, name) }
	// listAcronyms returns the lower-cased acronyms of a word list, read
	// once per list however many rules use it.
	acronymsOf := map[string]map[string]bool{}
	listAcronyms := func(name string) map[string]bool {
		if m, ok := acronymsOf[name]; ok {
			return m
		}
		m := map[string]bool{}
		for _, e := range list(name) {
			if phrase.IsAcronym(e) {
				m[strings.ToLower(e)] = true
			}
		}
		acronymsOf[name] = m
		return m
	}
	set := func(name string) phrase.WordSet {
		if s, ok := sets[name]; ok {
			return s
		}
		s := phrase.NewWordSet(list(name))
		sets[name] = s
		return s
	}

	kwIndex := map[string]int{}
	var kwList []string
	// newGate registers keywords and returns the gate they open (-1: none).
	newGate := func(kws []string) int {
		if len(kws) == 0 {
			return -1
		}
		g := c.nGates
		c.nGates++
		for _, kw := range kws {
			c.maxKeyword = max(c.maxKeyword, len(kw))
			k, ok := kwIndex[kw]
			if !ok {
				k = len(kwList)
				kwIndex[kw] = k
				kwList = append(kwList, kw)
				c.keywordGates = append(c.keywordGates, nil)
			}
			c.keywordGates[k] = append(c.keywordGates[k], g)
		}
		return g
	}
	for i := range p.Rules {
		r := &p.Rules[i]
		cr := &crule{Rule: r, name: p.Lang + "/" + r.ID, index: i, gate: -1}
		rule = r.ID
		cr.before = lazy("before", r.Before, -1)
		cr.after = lazy("after", r.After, 1)
		cr.notBefore = lazy("not_before", r.NotBefore, -1)
		cr.notAfter = lazy("not_after", r.NotAfter, 1)
		cr.extend = lazy("extend", r.Extend, 1)
		if r.Ambiguous != nil {
			cr.ambiguous = set(r.Ambiguous.List)
			cr.ambBefore = lazy("ambiguous.before", r.Ambiguous.Before, -1)
			cr.ambAfter = lazy("ambiguous.after", r.Ambiguous.After, 1)
		}
		if len(r.Exclude) > 0 || r.ExcludeList != "" {
			cr.exclude = phrase.NewExcluded(r.Exclude, set(r.ExcludeList), r.Plurals)
		}
		switch r.Kind {
		case rules.KindPattern:
			cr.re = lazy("pattern", r.Pattern, 0)
			cr.gate = newGate(r.Keywords)
		case rules.KindTerms:
			if r.Case == "title" && r.List != "" && cr.ambiguous != nil {
				cr.typo = &typoState{}
			}
			if r.Case == "exact" {
				cr.exact = map[string]bool{}
				for _, t := range append(slices.Clone(r.Terms), list(r.List)...) {
					for _, e := range phrase.Expand(t) {
						cr.exact[e] = true
					}
				}
			}
			// Acronyms among the terms, and for a title-case list the list's
			// own acronyms ("RCMP", "IMSS"), match only in capitals; a
			// title-case list's acronym matches in them (caseOK).
			for _, t := range r.Terms {
				for _, e := range phrase.Expand(t) {
					if phrase.IsAcronym(e) {
						if cr.acronyms == nil {
							cr.acronyms = map[string]bool{}
						}
						cr.acronyms[strings.ToLower(e)] = true
					}
				}
			}
			if r.Case == "title" && r.List != "" {
				for a := range listAcronyms(r.List) {
					if cr.acronyms == nil {
						cr.acronyms = map[string]bool{}
					}
					cr.acronyms[a] = true
				}
			}
		}
		c.rules = append(c.rules, cr)
	}
	rule = ""
	// Who a post is about and what it asks for are read from cues written
	// with accents and apostrophes; posts typed without them ("nos
	// seances", "m avoir") say the same, so these cues tolerate both.
	compileAll := func(field string, pats []rules.Gated) []gatedRE {
		out := make([]gatedRE, 0, len(pats))
		for i, g := range pats {
			out = append(out, gatedRE{lazy(fmt.Sprintf("%s[%d].pattern", field, i), lenient.Pattern(g.Pattern), 0), newGate(lenient.Keywords(g.Keywords))})
		}
		return out
	}
	c.person = compileAll("context.person", p.Context.Person)
	c.addressee = compileAll("context.addressee", p.Context.Addressee)
	c.generic = compileAll("context.generic", p.Context.Generic)
	c.self = compileAll("context.self", p.Context.Self)
	c.notSpecific = compileAll("context.not_specific", p.Context.NotSpecific)
	c.ignore = compileAll("context.ignore", p.Context.Ignore)
	c.client = compileAll("context.client", p.Context.Client)
	c.describes = compileAll("context.describes", p.Context.Describes)
	c.audience = compileAll("context.audience", p.Context.Audience)
	c.confirms = compileAll("context.confirms", p.Context.Confirms)
	c.declines = compileAll("context.declines", p.Context.Declines)
	c.addressed = compileAll("context.addressed", p.Context.Addressed)
	c.relates = compileAll("context.relates", p.Context.Relates)
	c.public = compileAll("context.public", p.Context.Public)
	c.announce = compileAll("context.announce", p.Context.Announce)
	c.ownLife = compileAll("context.own_life", p.Context.OwnLife)
	for i, in := range p.Intents {
		ci := cintent{name: in.Intent, prior: in.Prior, plat: in.Platforms}
		for j, cue := range in.Cues {
			re := lazy(fmt.Sprintf("intents[%d].cues[%d].pattern", i, j), lenient.Pattern(cue.Pattern), 0)
			ci.cues = append(ci.cues, ccue{gatedRE{re, newGate(lenient.Keywords(cue.Keywords))}, cue.Weight})
		}
		c.intents = append(c.intents, ci)
	}
	c.concepts = map[string]string{}
	for name, words := range p.IntentWords {
		for _, w := range words {
			c.concepts[postclass.Fold(w)] = name // as the intent model reads words
		}
	}
	c.vocab = map[string][]vocabTerm{}
	rw := p.Rewrite
	for name, terms := range map[string][]string{
		"providers": rw.Providers, "populations": rw.Populations, "approaches": rw.Approaches,
		"needs": rw.Needs, "topics": rw.Topics, "regions": p.Vocab["regions"],
	} {
		var vt []vocabTerm
		for _, t := range terms {
			if lt := phrase.Lower(t); lt != "" {
				vt = append(vt, vocabTerm{t, len(lt), newGate([]string{lt})})
			}
		}
		// Longest first: a longer entry wins the words it shares with a shorter.
		slices.SortStableFunc(vt, func(a, b vocabTerm) int { return len(b.term) - len(a.term) })
		c.vocab[name] = vt
	}
	if len(kwList) > 0 {
		ac, e := ahocorasick.NewBuilder().AddStrings(kwList).Build()
		if e != nil {
			return nil, fmt.Errorf("analyzer: %s: keywords: %w", p.File, e)
		}
		c.keywords = ac
	}
	c.abbrev = map[string]bool{}
	for _, a := range set("abbreviations") {
		c.abbrev[a] = true
	}
	c.capitalized = map[string]bool{}
	for _, w := range set("capitalized") {
		c.capitalized[w] = true
	}
	c.shortCapitalized = map[string]bool{}
	for a := range c.abbrev {
		for w := range c.capitalized {
			if len(a) >= 3 && len(a) < len(w) && strings.HasPrefix(w, a) && !strings.ContainsAny(a, ". ") {
				c.shortCapitalized[a] = true
			}
		}
	}
	c.honorifics = map[string]bool{}
	for _, h := range set("honorifics") {
		c.honorifics[h] = true
	}
	c.clauseSubjects, c.clauseJoins = map[string]bool{}, map[string]bool{}
	for _, w := range set("clause_subjects") {
		c.clauseSubjects[w] = true
	}
	for _, w := range set("clause_joins") {
		c.clauseJoins[w] = true
	}
	c.function = map[string]bool{}
	for _, w := range p.Stopwords {
		c.function[strings.ToLower(w)] = true
	}
	titled := maps.Clone(c.abbrev)
	maps.Copy(titled, c.honorifics)
	c.shorthand = normalize.NewShorthand(list("shorthand"), titled)
	if _, ok := p.Lists["common_words"]; ok {
		c.common = set("common_words")
		c.speller = normalize.NewSpeller(c.common, list("elisions"), func(w string) bool {
			return c.phrases.Has(w) || c.holdsKeyword(w) || c.abbrev[w] || c.honorifics[w] || c.capitalized[w]
		}, func(w string) bool {
			// English writes a possessive with "'s"; French and Spanish
			// names ending in "s" ("Carlos") are not one.
			return p.Lang == "en" && slices.ContainsFunc(c.phrases.RulesOf(w), func(ri int) bool {
				r := &p.Rules[ri]
				return r.Case == "title" && r.List != "" && (r.Category == "name" || r.Category == "location" || r.Category == "organization")
			})
		})
	}
	c.firstNames = sync.OnceValue(func() phrase.WordSet { return phrase.NewWordSet(phrase.List(p, "first_names")) })
	var err error
	if c.story, err = embeddedStory(p.Lang); err != nil {
		return nil, err
	}
	return c, nil
}

// holdsKeyword reports whether the lower-case word w holds a keyword of
// the pack's gates of four letters or more ("cuarentona" holds
// "cuarent"): a word a rule looks for, which the speller leaves as typed.
func (c *compiled) holdsKeyword(w string) bool {
	if c.keywords == nil {
		return false
	}
	for _, m := range c.keywords.FindAllOverlapping([]byte(w)) {
		if utf8.RuneCountInString(w[m.Start:m.End]) >= 4 && strings.IndexFunc(w[m.Start:m.End], unicode.IsSpace) < 0 {
			return true
		}
	}
	return false
}

// ForgetStates makes every pattern automaton start again without states
// when next used, as if new. The extension's warm-up uses it so that the
// code that builds states runs often enough for V8 to optimize it (see
// package pattern's ForgetStates).
func ForgetStates() { pattern.ForgetStates() }
