package analyzer

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/coregx/ahocorasick"

	"github.com/discreet-app/discreet/rules"
)

// compiled is a pack made ready to run: regular expressions compiled once,
// keywords in one Aho-Corasick automaton, word lists in a phrase index.
type compiled struct {
	pack  *rules.Pack
	rules []*crule

	// keywords finds every rule keyword in one pass over the lower-cased
	// text; keywordRules[i] lists the rules keyword i enables.
	keywords     *ahocorasick.Automaton
	keywordRules [][]int
	// always lists the pattern rules without keywords.
	always []int

	phrases *phraseIndex

	person, generic, self, notSpecific, ignore []*regexp.Regexp
	intents                                    []cintent
	abbrev                                     map[string]bool
	stopwords                                  map[string]bool
	sets                                       map[string]map[string]bool
}

type crule struct {
	*rules.Rule
	index                              int
	re                                 *regexp.Regexp
	before, after, notBefore, notAfter *regexp.Regexp
	extend                             *regexp.Regexp
	ambiguous                          map[string]bool
	ambBefore, ambAfter                *regexp.Regexp
	exclude                            map[string]bool
	exact                              map[string]bool // terms as written, for case "exact"
}

type cintent struct {
	name  string
	prior float64
	cues  []ccue
	plat  map[string]float64
}

type ccue struct {
	re     *regexp.Regexp
	weight float64
}

func compile(p *rules.Pack) (*compiled, error) {
	c := &compiled{pack: p, sets: map[string]map[string]bool{}}
	var err error
	must := func(what, pat string, anchor int) *regexp.Regexp {
		if pat == "" || err != nil {
			return nil
		}
		switch anchor {
		case -1:
			pat = "(?:" + pat + ")$"
		case 1:
			pat = "^(?:" + pat + ")"
		}
		re, e := regexp.Compile(pat)
		if e != nil {
			err = fmt.Errorf("analyzer: %s: %s: %w", p.File, what, e)
		}
		return re
	}
	list := func(name string) []string {
		if l, ok := p.Lists[name]; ok {
			return l
		}
		return p.Vocab[name]
	}
	set := func(name string) map[string]bool {
		if s, ok := c.sets[name]; ok {
			return s
		}
		entries := list(name)
		s := make(map[string]bool, len(entries))
		for _, e := range entries {
			s[strings.ToLower(e)] = true
		}
		c.sets[name] = s
		return s
	}

	c.phrases = newPhraseIndex()
	kwIndex := map[string]int{}
	var kwList []string
	for i := range p.Rules {
		r := &p.Rules[i]
		cr := &crule{Rule: r, index: i}
		cr.before = must(r.ID+" before", r.Before, -1)
		cr.after = must(r.ID+" after", r.After, 1)
		cr.notBefore = must(r.ID+" not_before", r.NotBefore, -1)
		cr.notAfter = must(r.ID+" not_after", r.NotAfter, 1)
		cr.extend = must(r.ID+" extend", r.Extend, 1)
		if r.Ambiguous != nil {
			cr.ambiguous = set(r.Ambiguous.List)
			cr.ambBefore = must(r.ID+" ambiguous.before", r.Ambiguous.Before, -1)
			cr.ambAfter = must(r.ID+" ambiguous.after", r.Ambiguous.After, 1)
		}
		if len(r.Exclude) > 0 || r.ExcludeList != "" {
			cr.exclude = make(map[string]bool, len(r.Exclude))
			for _, e := range r.Exclude {
				cr.exclude[strings.ToLower(e)] = true
			}
			for e := range set(r.ExcludeList) {
				cr.exclude[e] = true
			}
		}
		switch r.Kind {
		case rules.KindPattern:
			cr.re = must(r.ID+" pattern", r.Pattern, 0)
			if len(r.Keywords) == 0 {
				c.always = append(c.always, i)
			}
			for _, kw := range r.Keywords {
				kw = strings.ToLower(kw)
				k, ok := kwIndex[kw]
				if !ok {
					k = len(kwList)
					kwIndex[kw] = k
					kwList = append(kwList, kw)
					c.keywordRules = append(c.keywordRules, nil)
				}
				c.keywordRules[k] = append(c.keywordRules[k], i)
			}
		case rules.KindTerms:
			if r.Case == "exact" {
				cr.exact = map[string]bool{}
				for _, t := range append(slices.Clone(r.Terms), list(r.List)...) {
					cr.exact[t] = true
				}
			}
			for _, t := range r.Terms {
				c.phrases.add(t, i)
			}
			if r.List != "" {
				for _, t := range list(r.List) {
					c.phrases.add(t, i)
				}
			}
		}
		c.rules = append(c.rules, cr)
	}
	if len(kwList) > 0 {
		ac, e := ahocorasick.NewBuilder().AddStrings(kwList).Build()
		if e != nil {
			return nil, fmt.Errorf("analyzer: %s: keywords: %w", p.File, e)
		}
		c.keywords = ac
	}
	compileAll := func(what string, pats []string) []*regexp.Regexp {
		out := make([]*regexp.Regexp, 0, len(pats))
		for i, pat := range pats {
			out = append(out, must(fmt.Sprintf("%s[%d]", what, i), pat, 0))
		}
		return out
	}
	c.person = compileAll("context.person", p.Context.Person)
	c.generic = compileAll("context.generic", p.Context.Generic)
	c.self = compileAll("context.self", p.Context.Self)
	c.notSpecific = compileAll("context.not_specific", p.Context.NotSpecific)
	c.ignore = compileAll("context.ignore", p.Context.Ignore)
	for _, in := range p.Intents {
		ci := cintent{name: in.Intent, prior: in.Prior, plat: in.Platforms}
		for j, cue := range in.Cues {
			ci.cues = append(ci.cues, ccue{re: must(fmt.Sprintf("intent %s cue %d", in.Intent, j), cue.Pattern, 0), weight: cue.Weight})
		}
		c.intents = append(c.intents, ci)
	}
	c.abbrev = set("abbreviations")
	c.stopwords = make(map[string]bool, len(p.Stopwords))
	for _, w := range p.Stopwords {
		c.stopwords[strings.ToLower(w)] = true
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

// phraseIndex finds word-list entries in text the way spaCy's PhraseMatcher
// does: entries are keyed by their lower-cased words joined with one space,
// and the text is looked up token by token. Building it is a map insert per
// entry, so a 60,000-place gazetteer loads in milliseconds; an Aho-Corasick
// automaton over the same entries took ~0.9 s to build (see BENCHMARKS.md),
// too slow for a Worker that starts fresh on every request.
type phraseIndex struct {
	entries  map[string][]int // key → rule indexes
	first    map[string]bool  // first word of some key
	maxWords int
}

func newPhraseIndex() *phraseIndex {
	return &phraseIndex{entries: map[string][]int{}, first: map[string]bool{}}
}

func (x *phraseIndex) add(entry string, rule int) {
	lower := lowerSameLength(entry)
	toks := tokenize(lower)
	if len(toks) == 0 {
		return
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = lower[t.start:t.end]
	}
	key := strings.Join(words, " ")
	rs := x.entries[key]
	for _, r := range rs {
		if r == rule {
			return
		}
	}
	x.entries[key] = append(rs, rule)
	x.first[words[0]] = true
	if len(words) > x.maxWords {
		x.maxWords = len(words)
	}
}

// phraseGap reports whether the bytes between two words may sit inside one
// phrase: spaces, hyphens and the period of an abbreviation ("St. Albert").
func phraseGap(g string) bool {
	if len(g) == 0 || len(g) > 3 {
		return false
	}
	for i := 0; i < len(g); i++ {
		switch g[i] {
		case ' ', '-', '.':
		default:
			return false
		}
	}
	return true
}

// phraseMatch is one word-list entry found in the text.
type phraseMatch struct {
	start, end int
	rules      []int
}

// find returns, for each token position, the longest entries starting there
// (and every shorter one, so a rule can still match when a longer entry of
// another rule fails its context).
func (x *phraseIndex) find(lower string, toks []token) []phraseMatch {
	var out []phraseMatch
	var key strings.Builder
	for i := range toks {
		w := lower[toks[i].start:toks[i].end]
		if !x.first[w] {
			continue
		}
		key.Reset()
		key.WriteString(w)
		for n := 1; n <= x.maxWords && i+n <= len(toks); n++ {
			if n > 1 {
				prev, cur := toks[i+n-2], toks[i+n-1]
				if !phraseGap(lower[prev.end:cur.start]) {
					break
				}
				key.WriteByte(' ')
				key.WriteString(lower[cur.start:cur.end])
			}
			if rs, ok := x.entries[key.String()]; ok {
				out = append(out, phraseMatch{start: toks[i].start, end: toks[i+n-1].end, rules: rs})
			}
		}
	}
	return out
}
