// Package pack holds a rule pack compiled for matching and the runtime
// types every stage of the analysis shares: the compiled pack and its
// rules (Compile, Compiled, Rule), the normalized text the rules see
// (View), byte spans and sets of them (Span, Zones), the candidates
// matching makes (Candidate), the keyword gates a text opens (Gates), and
// sentence and clause splitting (SplitSentences, Compiled.Sentences).
//
// The analyzer's stages import it; it imports only the engines (pattern,
// phrase, normalize, fuzzy), never a stage.
package pack

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/coregx/ahocorasick"

	"github.com/discreet-app/discreet/analyzer/internal/fuzzy"
	"github.com/discreet-app/discreet/analyzer/internal/lenient"
	"github.com/discreet-app/discreet/analyzer/internal/normalize"
	"github.com/discreet-app/discreet/analyzer/internal/once"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/internal/wordset"
	"github.com/discreet-app/discreet/analyzer/pattern"
	"github.com/discreet-app/discreet/analyzer/postclass"
	"github.com/discreet-app/discreet/rules"
)

// Compiled is a pack made ready to run: regular expressions compiled once,
// keywords in one Aho-Corasick automaton, word lists in a phrase index.
type Compiled struct {
	Pack  *rules.Pack // the pack as loaded
	Rules []*Rule     // its rules, in the pack's order

	// Keywords finds every keyword of three bytes or more of every rule,
	// cue and context pattern in one pass over the lower-cased text (its
	// pattern i is keyword keywordIDs[i]); shorter ones are looked up in
	// tables (see appendHits): byteKeyword[b] is 1 + the index of the
	// one-byte keyword b, or 0; pairKeyword[pairRow[a]-1][b] likewise for
	// the two-byte keyword ab (pairRow[a] is 0 when none starts with a).
	// keywordGates[i] lists the gates keyword i opens. A gate is one gated
	// pattern; nGates counts them.
	Keywords     *ahocorasick.Automaton
	keywordIDs   []int32
	byteKeyword  [256]int32
	pairRow      [256]uint8
	pairKeyword  [][256]int32
	keywordGates [][]int
	// declared[i] says that keyword i is one a pack names, not one
	// derived from a pattern (NeedOf): the speller keeps only those.
	declared   []bool
	nGates     int
	gatesPool  *sync.Pool // of *Gates whose index is cleared (see ReleaseGates)
	tokensPool *sync.Pool // of *[]phrase.Token, the views' token arrays (see ReleaseView)
	mapsPool   *sync.Pool // of *viewMaps, the views' maps to the original (see ReleaseView)

	Phrases *phrase.Index // the word lists of the terms rules
	Bad     *BadPatterns  // patterns that failed to compile on first use

	// The context patterns (rules.Context), one field each, and the
	// intents' cues.
	Person, Addressee, Generic, Self, NotSpecific, Ignore []GatedRE
	Client, Confirms, Declines, Public, Announce, OwnLife []GatedRE
	Addressed, Relates, Describes, Audience               []GatedRE
	Intents                                               []Intent
	Abbrev                                                map[string]bool        // the pack's abbreviations: a '.' after one ends no sentence
	Honorifics                                            *wordset.Set           // the pack's vocab: words before a name
	Capitalized                                           *wordset.Set           // the pack's vocab: words always capitalized
	ShortCapitalized                                      *wordset.Set           // the pack's abbreviations of those words ("jan"), capitalized before a day
	Common                                                phrase.WordSet         // the pack's common words, if it has them
	CommonIndex                                           *wordset.Set           // Common as a hash set, for the per-token look-ups; nil without them
	StoryWords                                            []string               // the pack's story_words list: "word=class", the story tagger's generated word classes
	Function                                              *wordset.Set           // the pack's stop words: function words ("the", "los")
	Ranks                                                 *Ranks                 // how frequent each common word is (word_ranks); nil for none
	RarePlaces                                            *wordset.Set           // places named like a rare ordinary word ("paisley"): a place bare after PlacePreps; nil for none
	PlacePreps                                            []string               // the pack's place_preps vocab: words after which a bare rare word is a place ("in", "en")
	HomeSlots                                             []string               // the pack's home_slots vocab: words after which a bare, less rare word is a place ("lives in", "is from")
	Shorthand                                             *normalize.Shorthand   // the pack's short forms, spelled out in the view
	Speller                                               *normalize.Speller     // misspelled common words, corrected in the view
	ClauseSubjects, ClauseJoins                           *wordset.Set           // where a run-on sentence is cut (clauses.go); nil for none
	PosterSubjects                                        *wordset.Set           // words that make the poster a clause's subject ("we", "nous", "hemos"); nil for none
	Subordinators, ThirdPerson, RunOns, Relatives, Indef  *wordset.Set           // "since", "depuis"; "she", "his", "su"; "so", "pis"; "whose", "cuyo"; "a", "une": where someone else's life begins inside the poster's words
	Vocab                                                 map[string][]VocabTerm // the rewrite's vocabularies, longest entry first
	MaxKeyword                                            int                    // the longest keyword, in bytes

	// Concepts maps a word to its intent concept (pack intent_words).
	Concepts map[string]string
	// FirstNames is the pack's first-name list as a set, made on first
	// use: only a post with words of the therapy relationship asks it
	// whether someone is spoken to by name (the analyzer's referent.go, vocative).
	FirstNames func() phrase.WordSet
}

// VocabTerm is an entry of a rewrite vocabulary (providers, populations,
// regions...); the keyword pass finds it through its gate.
type VocabTerm struct {
	Term string
	Len  int // bytes, lower-cased
	Gate int
}

// LazyRE is a regular expression of the pack, compiled the first time it
// is used by the compiler the pack's validator uses (package pattern).
type LazyRE struct {
	Src     string
	at      *rules.Error // where it is in the pack, for an error
	bad     *BadPatterns
	once    once.Once
	Pattern *pattern.Pattern
}

// Get returns the compiled expression, or nil for none. One that does not
// compile, in a pack that skipped validation, is reported to bad.
func (l *LazyRE) Get() *pattern.Pattern {
	if l == nil {
		return nil
	}
	l.once.Do(func() {
		re, err := pattern.Compile(l.Src)
		if err != nil {
			e := *l.at
			e.Msg = err.Error()
			l.bad.add(&e)
		}
		l.Pattern = re
	})
	return l.Pattern
}

// BadPatterns collects a pack's patterns that did not compile when first
// used. Once there is one, every analysis with the pack fails with them,
// by file, rule and field, instead of running without the pattern.
type BadPatterns struct {
	mu   sync.Mutex
	errs rules.ErrorList
}

func (b *BadPatterns) add(e *rules.Error) {
	b.mu.Lock()
	b.errs = append(b.errs, e)
	b.mu.Unlock()
}

// Err returns an error naming the patterns found bad so far, or nil.
func (b *BadPatterns) Err() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.errs) > 0 {
		return slices.Clone(b.errs)
	}
	return nil
}

// Match reports whether the expression is set and matches s.
func (l *LazyRE) Match(s string) bool {
	re := l.Get()
	return re != nil && re.MatchString(s)
}

// GatedRE is a pattern that runs only when its gate is open; gate -1 means
// it always runs. A pattern without keywords may have a Need gate
// instead: keywords derived from the expression (NeedOf), one of which
// every match holds. It runs over the text as an ungated one does, only
// when that gate is open, and tries only the starts within reach of its
// hits (Gates.Whole).
type GatedRE struct {
	RE   *LazyRE
	Gate int
	Need int
}

// Rule is a rule of the pack made ready to run: its patterns (the fields
// ending in RE are the rules.Rule fields of the same name, anchored to
// the text before or after a match) and its word sets.
type Rule struct {
	*rules.Rule
	Name                                       string // "lang/id", as findings name the rule ("" names it so too)
	Index                                      int    // in the pack's rules; a tie in overlaps goes to the lower
	Gate                                       int    // the gate of the pattern's keywords, or -1
	Need                                       int    // without keywords, the gate of those derived from the pattern (see GatedRE), or -1
	RE                                         *LazyRE
	BeforeRE, AfterRE, NotBeforeRE, NotAfterRE *LazyRE
	ExtendRE                                   *LazyRE
	AmbiguousSet                               *wordset.Set // the ordinary words of Ambiguous.List
	AmbBefore, AmbAfter                        *LazyRE
	Excluded                                   *phrase.Excluded // what Exclude and ExcludeList rule out
	Ranks                                      *Ranks           // the pack's word ranks, for RarerThan
	Exact                                      map[string]bool  // terms as written, for case "exact"
	Acronyms                                   map[string]bool  // lower-cased acronyms among the terms
	Typo                                       *TypoIndex       // misspellings of the list's entries (package match)
	// SameSearch is the index of the first earlier pattern rule whose
	// search is this one's (the same expression behind the same gate), or
	// -1: matching runs that search once and checks its matches for each
	// (age rules that read one number in different contexts). Searched
	// says that a later rule reuses this one's search, and Groups that
	// the search asks for submatches: this rule's group or a later one's.
	SameSearch int
	Searched   bool
	Groups     bool
}

// Intent is an intent of the pack: its prior, cues and platform weights.
type Intent struct {
	Name      string
	Prior     float64
	Cues      []Cue
	Platforms map[string]float64
}

// Cue is a pattern that counts Weight towards its intent.
type Cue struct {
	GatedRE
	Weight float64
}

// TypoIndex is a rule's index of misspellings (package match, typo.go), built the first
// time a post needs it.
type TypoIndex struct {
	once sync.Once
	idx  *fuzzy.Index
}

// Get returns the index, built by build on first use.
func (t *TypoIndex) Get(build func() *fuzzy.Index) *fuzzy.Index {
	t.once.Do(func() { t.idx = build() })
	return t.idx
}

// Compile makes p ready to run.
func Compile(p *rules.Pack) (*Compiled, error) {
	c := &Compiled{Pack: p, Phrases: phrase.Build(p), Bad: &BadPatterns{}, gatesPool: &sync.Pool{}, tokensPool: &sync.Pool{}, mapsPool: &sync.Pool{}}
	sets := map[string]phrase.WordSet{} // each named list becomes a set once
	// Patterns compile on first use: keyword gating means most rules never
	// run on a given post, and compiling ~150 expressions up front was a
	// large part of a cold start in WebAssembly (parsing them alone adds a
	// third to compile). The validator compiles them with the same
	// compiler, so one fails only in a pack that skipped validation; it
	// then fails the analyses (see badPatterns).
	rule := ""
	lazy := func(field, pat string, anchor int) *LazyRE {
		if pat == "" {
			return nil
		}
		switch anchor {
		case -1:
			pat = "(?:" + pat + ")$"
		case 1:
			pat = "^(?:" + pat + ")"
		}
		return &LazyRE{Src: pat, at: &rules.Error{File: p.File, Rule: rule, Field: field}, bad: c.Bad}
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
	// index is set(name) as a hash set, made once per list: the
	// lists asked of every word a rule matches (exclusions, ambiguous
	// words, the common words), where a bisection compares a dozen or
	// more strings scattered over the heap.
	indexes := map[string]*wordset.Set{}
	index := func(name string) *wordset.Set {
		if s, ok := indexes[name]; ok {
			return s
		}
		s := words(set(name))
		indexes[name] = s
		return s
	}

	kwIndex := map[string]int{}
	var kwList []string
	// Patterns with the same keywords share one gate: the keyword pass
	// then records their hits once, and their windows are made once
	// (seven English rules are gated on the digits alone).
	gateOf := map[string]int{}
	// newGate registers keywords and returns the gate they open (-1: none).
	// declared says the pack names them (see Compiled.declared).
	newGate := func(kws []string, declared bool) int {
		if len(kws) == 0 {
			return -1
		}
		key := strings.Join(slices.Sorted(slices.Values(kws)), "\x00")
		if g, ok := gateOf[key]; ok {
			return g
		}
		g := c.nGates
		c.nGates++
		gateOf[key] = g
		for _, kw := range kws {
			c.MaxKeyword = max(c.MaxKeyword, len(kw))
			k, ok := kwIndex[kw]
			if !ok {
				k = len(kwList)
				kwIndex[kw] = k
				kwList = append(kwList, kw)
				c.keywordGates = append(c.keywordGates, nil)
				c.declared = append(c.declared, false)
			}
			c.declared[k] = c.declared[k] || declared
			c.keywordGates[k] = append(c.keywordGates[k], g)
		}
		return g
	}
	// The gates of the patterns without keywords are derived after every
	// gate the pack names, so that those keep their numbers.
	type needOf struct {
		src  string
		gate *int
	}
	var needs []needOf
	needGate := func(re *LazyRE, gate int, need *int) {
		*need = -1
		if re != nil && gate < 0 {
			needs = append(needs, needOf{re.Src, need})
		}
	}
	type searchKey struct {
		pattern string
		gate    int
	}
	searchOf := map[searchKey]int{} // the first rule of each search
	for i := range p.Rules {
		r := &p.Rules[i]
		cr := &Rule{Rule: r, Name: p.Lang + "/" + r.ID, Index: i, Gate: -1, Need: -1, SameSearch: -1, Groups: r.Group > 0}
		rule = r.ID
		// A rule's contexts are cues, like the context patterns: they read
		// text typed without accents ("pres de", "originaria de leon") as
		// they read it with them.
		cr.BeforeRE = lazy("before", lenient.Pattern(r.Before), -1)
		cr.AfterRE = lazy("after", lenient.Pattern(r.After), 1)
		cr.NotBeforeRE = lazy("not_before", lenient.Pattern(r.NotBefore), -1)
		cr.NotAfterRE = lazy("not_after", lenient.Pattern(r.NotAfter), 1)
		cr.ExtendRE = lazy("extend", r.Extend, 1)
		if r.Ambiguous != nil {
			cr.AmbiguousSet = index(r.Ambiguous.List)
			cr.AmbBefore = lazy("ambiguous.before", lenient.Pattern(r.Ambiguous.Before), -1)
			cr.AmbAfter = lazy("ambiguous.after", lenient.Pattern(r.Ambiguous.After), 1)
		}
		if len(r.Exclude) > 0 || r.ExcludeList != "" {
			cr.Excluded = phrase.NewExcluded(r.Exclude, index(r.ExcludeList), r.Plurals)
		}
		switch r.Kind {
		case rules.KindPattern:
			cr.RE = lazy("pattern", r.Pattern, 0)
			cr.Gate = newGate(r.Keywords, true)
			needGate(cr.RE, cr.Gate, &cr.Need)
			key := searchKey{r.Pattern, cr.Gate}
			if j, ok := searchOf[key]; ok {
				cr.SameSearch = j
				c.Rules[j].Searched = true
				c.Rules[j].Groups = c.Rules[j].Groups || cr.Groups
			} else {
				searchOf[key] = i
			}
		case rules.KindTerms:
			if r.Case == "title" && r.List != "" && cr.AmbiguousSet != nil {
				cr.Typo = &TypoIndex{}
			}
			if r.Case == "exact" {
				cr.Exact = map[string]bool{}
				for _, t := range append(slices.Clone(r.Terms), list(r.List)...) {
					for _, e := range phrase.Expand(t) {
						cr.Exact[e] = true
					}
				}
			}
			// Acronyms among the terms, and for a title-case list the list's
			// own acronyms ("RCMP", "IMSS"), match only in capitals; a
			// title-case list's acronym matches in them (caseOK).
			for _, t := range r.Terms {
				for _, e := range phrase.Expand(t) {
					if phrase.IsAcronym(e) {
						if cr.Acronyms == nil {
							cr.Acronyms = map[string]bool{}
						}
						cr.Acronyms[strings.ToLower(e)] = true
					}
				}
			}
			if r.Case == "title" && r.List != "" {
				for a := range listAcronyms(r.List) {
					if cr.Acronyms == nil {
						cr.Acronyms = map[string]bool{}
					}
					cr.Acronyms[a] = true
				}
			}
		}
		c.Rules = append(c.Rules, cr)
	}
	rule = ""
	// Who a post is about and what it asks for are read from cues written
	// with accents and apostrophes; posts typed without them ("nos
	// seances", "m avoir") say the same, so these cues tolerate both.
	compileAll := func(field string, pats []rules.Gated) []GatedRE {
		out := make([]GatedRE, len(pats))
		for i, g := range pats {
			re := lazy(fmt.Sprintf("%s[%d].pattern", field, i), lenient.Pattern(g.Pattern), 0)
			out[i] = GatedRE{RE: re, Gate: newGate(lenient.Keywords(g.Keywords), true)}
			needGate(re, out[i].Gate, &out[i].Need)
		}
		return out
	}
	c.Person = compileAll("context.person", p.Context.Person)
	c.Addressee = compileAll("context.addressee", p.Context.Addressee)
	c.Generic = compileAll("context.generic", p.Context.Generic)
	c.Self = compileAll("context.self", p.Context.Self)
	c.NotSpecific = compileAll("context.not_specific", p.Context.NotSpecific)
	c.Ignore = compileAll("context.ignore", p.Context.Ignore)
	c.Client = compileAll("context.client", p.Context.Client)
	c.Describes = compileAll("context.describes", p.Context.Describes)
	c.Audience = compileAll("context.audience", p.Context.Audience)
	c.Confirms = compileAll("context.confirms", p.Context.Confirms)
	c.Declines = compileAll("context.declines", p.Context.Declines)
	c.Addressed = compileAll("context.addressed", p.Context.Addressed)
	c.Relates = compileAll("context.relates", p.Context.Relates)
	c.Public = compileAll("context.public", p.Context.Public)
	c.Announce = compileAll("context.announce", p.Context.Announce)
	c.OwnLife = compileAll("context.own_life", p.Context.OwnLife)
	for i, in := range p.Intents {
		ci := Intent{Name: in.Intent, Prior: in.Prior, Platforms: in.Platforms}
		for j, cue := range in.Cues {
			re := lazy(fmt.Sprintf("intents[%d].cues[%d].pattern", i, j), lenient.Pattern(cue.Pattern), 0)
			ci.Cues = append(ci.Cues, Cue{GatedRE{RE: re, Gate: newGate(lenient.Keywords(cue.Keywords), true)}, cue.Weight})
		}
		c.Intents = append(c.Intents, ci)
	}
	for i := range c.Intents {
		for j := range c.Intents[i].Cues {
			cue := &c.Intents[i].Cues[j]
			needGate(cue.RE, cue.Gate, &cue.Need)
		}
	}
	c.Concepts = map[string]string{}
	for name, words := range p.IntentWords {
		for _, w := range words {
			c.Concepts[postclass.Fold(w)] = name // as the intent model reads words
		}
	}
	c.Vocab = map[string][]VocabTerm{}
	rw := p.Rewrite
	for name, terms := range map[string][]string{
		"providers": rw.Providers, "populations": rw.Populations, "approaches": rw.Approaches,
		"needs": rw.Needs, "topics": rw.Topics, "regions": p.Vocab["regions"],
	} {
		var vt []VocabTerm
		for _, t := range terms {
			if lt := phrase.Lower(t); lt != "" {
				vt = append(vt, VocabTerm{t, len(lt), newGate([]string{lt}, true)})
			}
		}
		sortLongestFirst(vt) // a longer entry wins the words it shares with a shorter
		c.Vocab[name] = vt
	}
	for _, n := range needs {
		*n.gate = newGate(NeedOf(n.src), false)
	}
	// A keyword of one or two bytes ("a", ",", a digit, "in") is found
	// with a table: such keywords are half of a post's hits, and the
	// automaton returns its hits in a slice it allocates anew for each text.
	var multi []string
	for k, kw := range kwList {
		switch {
		case len(kw) == 1:
			c.byteKeyword[kw[0]] = int32(k) + 1
		case len(kw) == 2 && (c.pairRow[kw[0]] != 0 || len(c.pairKeyword) < 255):
			if c.pairRow[kw[0]] == 0 {
				c.pairKeyword = append(c.pairKeyword, [256]int32{})
				c.pairRow[kw[0]] = uint8(len(c.pairKeyword))
			}
			c.pairKeyword[c.pairRow[kw[0]]-1][kw[1]] = int32(k) + 1
		default:
			c.keywordIDs = append(c.keywordIDs, int32(k))
			multi = append(multi, kw)
		}
	}
	if len(multi) > 0 {
		ac, e := ahocorasick.NewBuilder().AddStrings(multi).Build()
		if e != nil {
			return nil, fmt.Errorf("analyzer: %s: keywords: %w", p.File, e)
		}
		c.Keywords = ac
	}
	c.Abbrev = map[string]bool{}
	for _, a := range set("abbreviations") {
		c.Abbrev[a] = true
	}
	// The word sets below are read for every token of a post: hash
	// tables (wordset), which WebAssembly reads several times faster
	// than Go maps of strings.
	capitalized := set("capitalized")
	c.Capitalized = words(capitalized)
	var short []string
	for a := range c.Abbrev {
		for _, w := range capitalized {
			if len(a) >= 3 && len(a) < len(w) && strings.HasPrefix(w, a) && !strings.ContainsAny(a, ". ") {
				short = append(short, a)
				break
			}
		}
	}
	c.ShortCapitalized = words(short)
	honorifics := set("honorifics")
	c.Honorifics = words(honorifics)
	c.ClauseSubjects, c.ClauseJoins = words(set("clause_subjects")), words(set("clause_joins"))
	c.PosterSubjects, c.Subordinators, c.ThirdPerson = words(set("poster_subjects")), words(set("story_subordinators")), words(set("third_person"))
	c.RunOns, c.Relatives, c.Indef = words(set("run_ons")), words(set("other_relatives")), words(set("indefinite"))
	function := make([]string, len(p.Stopwords))
	for i, w := range p.Stopwords {
		function[i] = strings.ToLower(w)
	}
	c.Function = words(function)
	titled := maps.Clone(c.Abbrev)
	for _, h := range honorifics {
		titled[h] = true
	}
	c.Shorthand = normalize.NewShorthand(list("shorthand"), titled)
	if _, ok := p.Lists["common_words"]; ok {
		c.Common = set("common_words")
		c.CommonIndex = index("common_words")
		c.Speller = normalize.NewSpeller(c.Common, c.CommonIndex, list("elisions"), func(w string) bool {
			return c.Phrases.Has(w) || c.Abbrev[w] || c.Honorifics.Has(w) || c.Capitalized.Has(w)
		}, func(w string) bool {
			// English writes a possessive with "'s"; French and Spanish
			// names ending in "s" ("Carlos") are not one.
			return p.Lang == "en" && slices.ContainsFunc(c.Phrases.RulesOf(w), func(ri int) bool {
				r := &p.Rules[ri]
				return r.Case == "title" && r.List != "" && (r.Category == "name" || r.Category == "location" || r.Category == "organization")
			})
		}, c.heldKeywords).WithClosedClass(set("date_words"))
		c.Speller = withStory(c.Speller, p)
	}
	c.RarePlaces = words(set("rare_place_words"))
	if err := c.setRanks(list("common_words"), list("word_ranks")); err != nil {
		return nil, fmt.Errorf("analyzer: %s: %w", p.File, err)
	}
	c.PlacePreps = set("place_preps")
	c.HomeSlots = set("home_slots")
	c.StoryWords = list("story_words")
	c.FirstNames = sync.OnceValue(func() phrase.WordSet { return phrase.NewWordSet(phrase.List(p, "first_names")) })
	return c, nil
}

// heldKeywords returns the keywords the pack names of four letters or
// more that the lower-case word w holds ("cuarentona" holds "cuarent"):
// what a rule looks for, which the speller's correction of w must keep
// ("todayy" → "today", never to another word). The keywords derived
// from patterns (NeedOf) only speed their searches up, so they leave
// the speller as it was.
func (c *Compiled) heldKeywords(w string) []string {
	if c.Keywords == nil {
		return nil
	}
	var out []string
	for _, m := range c.Keywords.FindAllOverlapping([]byte(w)) {
		if !c.declared[c.keywordIDs[m.PatternID]] {
			continue
		}
		if k := w[m.Start:m.End]; utf8.RuneCountInString(k) >= 4 && strings.IndexFunc(k, unicode.IsSpace) < 0 {
			out = append(out, k)
		}
	}
	return out
}

// words returns a hash set of list, or nil (which holds nothing) for an
// empty list.
func words(list []string) *wordset.Set {
	if len(list) == 0 {
		return nil
	}
	return wordset.New(list)
}
