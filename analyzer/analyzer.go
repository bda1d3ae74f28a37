// Package analyzer finds the details in a clinician's post that could
// identify a client, scores how identifying the post is as a whole, and
// proposes a rewrite. It is pure Go (no I/O, no syscall/js) so the same code
// runs natively, in the browser as WebAssembly, and in a Cloudflare Worker.
//
// The pipeline is normalize → tokens → match (patterns, word lists) →
// attribute (is it about a specific person?) → resolve overlaps → risk →
// intent → rewrite; each stage is a function of its own.
package analyzer

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/pattern"
	"github.com/discreet-app/discreet/rules"
)

// Analyzer runs the rule packs of several languages. It is safe for
// concurrent use; SetPack may swap a language's pack while it runs.
type Analyzer struct {
	mu    sync.RWMutex
	packs map[string]*lazyPack
	langs []string
}

// lazyPack compiles a validated pack the first time its language is
// used, so a process (or a Worker instance started for one request) pays
// only for the languages it analyzes.
type lazyPack struct {
	load func() (*rules.Pack, error)
	once sync.Once
	pack *rules.Pack
	c    *compiled
	err  error
	// stopwords, for guessing the language, are read on first use.
	stopOnce  sync.Once
	stopwords map[string]bool
}

func newLazyPack(p *rules.Pack) *lazyPack {
	return &lazyPack{load: func() (*rules.Pack, error) { return p, nil }}
}

func (lp *lazyPack) compiled() (*compiled, error) {
	lp.once.Do(func() {
		if lp.pack, lp.err = lp.load(); lp.err == nil {
			lp.c, lp.err = compile(lp.pack)
		}
	})
	return lp.c, lp.err
}

func (lp *lazyPack) stops() map[string]bool {
	lp.stopOnce.Do(func() {
		lp.stopwords = map[string]bool{}
		if p, err := lp.load(); err == nil {
			for _, w := range p.Stopwords {
				lp.stopwords[strings.ToLower(w)] = true
			}
		}
	})
	return lp.stopwords
}

// New returns an analyzer for packs, keyed by language. The packs must be
// valid (rules.Load checks them); each is compiled on first use.
func New(packs map[string]*rules.Pack) (*Analyzer, error) {
	a := &Analyzer{packs: map[string]*lazyPack{}}
	for _, lang := range sortedLangs(packs) {
		a.packs[lang] = newLazyPack(packs[lang])
		a.langs = append(a.langs, lang)
	}
	if len(a.packs) == 0 {
		return nil, fmt.Errorf("analyzer: no rule packs")
	}
	return a, nil
}

func sortedLangs(packs map[string]*rules.Pack) []string {
	var langs []string
	for _, l := range rules.Languages() {
		if _, ok := packs[l]; ok {
			langs = append(langs, l)
		}
	}
	var rest []string
	for l := range packs {
		if !slices.Contains(langs, l) {
			rest = append(rest, l)
		}
	}
	slices.Sort(rest) // map order must not decide language guesses
	return append(langs, rest...)
}

// SetPack compiles p and makes it the pack of its language.
func (a *Analyzer) SetPack(p *rules.Pack) error {
	lp := newLazyPack(p)
	if _, err := lp.compiled(); err != nil {
		return err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.packs[p.Lang]; !ok {
		a.langs = append(a.langs, p.Lang)
	}
	a.packs[p.Lang] = lp
	return nil
}

// Languages lists the languages the analyzer has packs for.
func (a *Analyzer) Languages() []string {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return slices.Clone(a.langs)
}

// PackVersion returns the version of the pack used for lang, or "".
func (a *Analyzer) PackVersion(lang string) string {
	a.mu.RLock()
	defer a.mu.RUnlock()
	if lp, ok := a.packs[lang]; ok {
		if p, err := lp.load(); err == nil {
			return p.Version
		}
	}
	return ""
}

var (
	defaultOnce sync.Once
	defaultA    *Analyzer
	defaultErr  error
)

// Default returns the analyzer of the built-in packs. Each language's pack
// is read and compiled the first time a post in that language comes, once
// per process.
func Default() (*Analyzer, error) {
	defaultOnce.Do(func() {
		a := &Analyzer{packs: map[string]*lazyPack{}}
		for _, lang := range rules.Languages() {
			a.packs[lang] = &lazyPack{load: func() (*rules.Pack, error) { return rules.EmbeddedPack(lang) }}
			a.langs = append(a.langs, lang)
		}
		if len(a.langs) == 0 {
			defaultErr = fmt.Errorf("analyzer: no built-in rule packs")
			return
		}
		defaultA = a
	})
	return defaultA, defaultErr
}

// Prepare does the start of a warm-up in two steps short enough to be a
// task each: step 0 reads lang's pack (for a built-in one, decodes its JSON
// and word lists), any other step compiles it. Each does nothing if done
// already, and WarmUp does whatever of them is left.
func (a *Analyzer) Prepare(lang string, step int) error {
	a.mu.RLock()
	lp := a.packs[lang]
	a.mu.RUnlock()
	if lp == nil {
		return fmt.Errorf("unsupported language %q", lang)
	}
	if step == 0 {
		_, err := lp.load()
		return err
	}
	_, err := lp.compiled()
	return err
}

// WarmUp compiles lang's pack and runs part of it over the pack's own
// examples (of the rules whose index is part modulo parts), so the
// patterns those reach are compiled too: work a first real post would
// otherwise pay, done in slices while the user has not typed yet. Part 0
// also compiles the pack; WarmUp(lang, 0, 1) does everything at once.
func (a *Analyzer) WarmUp(lang string, part, parts int) error {
	ins, err := a.WarmUpInputs(lang, part, parts)
	for _, in := range ins {
		a.Analyze(in)
	}
	return err
}

// WarmUpInputs returns part of lang's examples (of the rules whose index
// is part modulo parts) as posts of about warmUpPost bytes each, for one
// platform after another: what a warm-up runs through the same path as a
// real post (protocol.WarmUpRequests), so that in WebAssembly the code a
// real post runs is the code the warm-up has run, and V8 has optimized it.
// Part 0 compiles the pack if that is not done yet.
func (a *Analyzer) WarmUpInputs(lang string, part, parts int) ([]Input, error) {
	a.mu.RLock()
	lp := a.packs[lang]
	a.mu.RUnlock()
	if lp == nil {
		return nil, fmt.Errorf("unsupported language %q", lang)
	}
	c, err := lp.compiled()
	if err != nil {
		return nil, err
	}
	var post []byte
	var ins []Input
	send := func() {
		ins = append(ins, Input{Text: string(post), Lang: lang, Platform: rules.Platforms[len(ins)%len(rules.Platforms)]})
		post = post[:0]
	}
	for i, r := range c.pack.Rules {
		if parts > 1 && i%parts != part {
			continue
		}
		// The "pass" examples too: they are what reaches the code for
		// text around the details (who a sentence is about, a request for
		// a provider), which real posts have plenty of.
		for _, ex := range slices.Concat(r.Examples.Flag, r.Examples.Pass) {
			post = append(append(post, ex...), '\n')
			if len(post) >= warmUpPost {
				send()
			}
		}
	}
	if len(post) > 0 {
		send()
	}
	return ins, nil
}

// warmUpPost is the length of the posts a warm-up makes of the examples:
// shorter than most real posts, so that the functions a request runs
// once are run often enough for V8 to optimize them.
const warmUpPost = 500

// analyze runs the pipeline; once done is closed it stops at the next
// stage boundary and returns false.
func (a *Analyzer) analyze(in Input, detect Detector, done <-chan struct{}) (Result, bool) {
	res := Result{ID: in.ID}
	switch {
	case !utf8.ValidString(in.Text):
		res.Error = "text is not valid UTF-8"
		return res, true
	case len(in.Text) > MaxTextBytes:
		res.Error = fmt.Sprintf("text is %d bytes; the limit is %d", len(in.Text), MaxTextBytes)
		return res, true
	case in.Platform != "" && !slices.Contains(rules.Platforms, in.Platform):
		res.Error = fmt.Sprintf("unknown platform %q", in.Platform)
		return res, true
	}
	a.mu.RLock()
	lang := in.Lang
	if lang == "" && detect != nil {
		if l := detect(in.Text); a.packs[l] != nil {
			lang = l
		}
	}
	if lang == "" {
		lang = a.guessLanguage(in.Text)
	}
	lp := a.packs[lang]
	a.mu.RUnlock()
	if lp == nil {
		res.Error = fmt.Sprintf("unsupported language %q", lang)
		return res, true
	}
	c, err := lp.compiled()
	if err != nil {
		res.Error = err.Error()
		return res, true
	}
	res.Language = lang
	platform := in.Platform
	if platform == "" {
		platform = "other"
	}
	ok := run(c, in.Text, platform, in.Watch, !in.SkipRewrite, &res, done)
	res.capFindings()
	return res, ok
}

// candidate is a possible finding, in view bytes.
type candidate struct {
	span
	base span // the match before Extend lengthened it
	rule *crule
	why  string
}

// run fills res; it checks done between stages and returns false when it
// stopped early. watch, when set, is the user's watch-list; without
// rewrite, res gets no intent, rewrite or advice (Input.SkipRewrite).
func run(c *compiled, text, platform string, watch *Watchlist, rewrite bool, res *Result, done <-chan struct{}) bool {
	v := c.view(text)
	defer c.bad.check(res)
	sents := c.sentences(v.s)
	g := c.scanKeywords(v.lower)
	defer c.releaseGates(g)
	if stopped(done) {
		return false
	}
	cands := match(c, v, sents, g)
	var ctx *context
	if c.story != nil {
		// The tagger reads who each sentence is about: the context is
		// found for the whole post, before the tagger's candidates.
		ctx = newWholeContext(c, v, sents, g)
		cands = c.story.tag(v, sents, ctx.earlyReferents(cands), cands)
	} else {
		ctx = newContext(c, v, sents, g, cands)
	}
	if stopped(done) {
		return false
	}
	kept := ctx.attribute(cands)
	kept = resolveOverlaps(withWatched(kept, watchCandidates(c, v, watch), len(v.s)))
	res.Findings = toFindings(c, v, text, kept)
	res.Risk = scoreRisk(c, res.Findings, platform, ctx.post)
	if !rewrite {
		return true
	}
	res.Intent = classifyIntent(c, text, v, sents, platform, g, ctx.post)
	if stopped(done) {
		return false
	}
	res.Rewrite, res.Advice = rewriteStage(c, v, g, text, res, kept)
	return true
}

// match runs every rule the text can trigger and returns raw candidates.
// A pattern rule with keywords runs only on the sentences where one of its
// keywords occurs, so the cost of big patterns stays local.
func match(c *compiled, v *view, sents []span, g *gates) []candidate {
	toks := v.tokens()
	phrases := c.phrases.Find(v.lower, toks)
	out := make([]candidate, 0, len(phrases)+16)
	recase(c, v, sents, toks, phrases)
	for _, r := range c.rules {
		if r.re == nil || !g.allows(r.gate) {
			continue
		}
		if r.gate < 0 {
			out = matchIn(out, r, v, span{0, len(v.s)}, g.all(span{0, len(v.s)}))
			continue
		}
		for _, w := range g.windows(v.s, sents, r.gate) {
			out = matchIn(out, r, v, w, g.hitsIn(r.gate, w))
		}
	}
	// Word-list rules.
	for _, pm := range phrases {
		for _, ri := range pm.Rules {
			r := c.rules[ri]
			if !caseOK(r, v.s[pm.Start:pm.End]) {
				if cand, ok := checkUncased(r, v, pm.Start, pm.End, c.function); ok {
					out = append(out, cand)
				}
				continue
			}
			if cand, ok := check(r, v, pm.Start, pm.End); ok {
				out = append(out, cand)
			}
		}
	}
	return matchTypos(out, c, v, toks, phrases)
}

// matchIn appends the matches of r inside w; with gated hits, only the
// matches that hold one of the rule's keywords (gates.hitsIn), else all
// (gates.all).
func matchIn(out []candidate, r *crule, v *view, w span, hits *pattern.Near) []candidate {
	re := r.re.get()
	if re == nil {
		return out
	}
	re.EachNear(v.s[w.start:w.end], hits, r.Group > 0, func(m []int) {
		s, e := m[2*r.Group], m[2*r.Group+1]
		if s < 0 || e <= s {
			return
		}
		if cand, ok := check(r, v, s+w.start, e+w.start); ok {
			out = append(out, cand)
		}
	})
	return out
}

// A keyword-gated pattern sees the text from windowBefore bytes before each
// of its keywords to windowAfter bytes after, within the keyword's sentence:
// enough for any rule's match, and small enough that Go's backtracking
// matcher, fast on short inputs, does the work.
const (
	windowBefore = 80
	windowAfter  = 200
)

// windows returns the merged windows around the keyword hits at, in order.
func windows(s string, sents []span, at []span) []span {
	return appendWindows(make([]span, 0, len(at)), s, sents, at)
}

// appendWindows is windows appending to out, so that one buffer serves
// every gate of an analysis. The hits are ordered by start, so the
// sentence of each is found walking forward from the last one's.
func appendWindows(out []span, s string, sents []span, at []span) []span {
	n := len(out)
	k := 0
	for _, hit := range at {
		p := hit.start
		for k < len(sents) && sents[k].end <= p {
			k++
		}
		sent := span{0, len(s)}
		if k < len(sents) {
			sent = sents[k]
		}
		lo, hi := max(sent.start, p-windowBefore), min(sent.end, p+windowAfter)
		for lo > sent.start && !utf8.RuneStart(s[lo]) {
			lo--
		}
		for hi < sent.end && !utf8.RuneStart(s[hi]) {
			hi++
		}
		out = append(out, span{lo, hi})
	}
	return out[:n+len(newZones(out[n:]))]
}

const contextWindow = 80

func before(v *view, s int) string {
	b := max(0, s-contextWindow)
	for b > 0 && !utf8.RuneStart(v.s[b]) {
		b--
	}
	return v.s[b:s]
}

func after(v *view, e int) string {
	end := min(len(v.s), e+contextWindow)
	for end < len(v.s) && !utf8.RuneStart(v.s[end]) {
		end++
	}
	return v.s[e:end]
}

// check applies a rule's context conditions to the span [s, e).
func check(r *crule, v *view, s, e int) (candidate, bool) {
	if !phrase.BoundaryBefore(v.s, s) && startsWithWord(v.s[s:e]) {
		return candidate{}, false
	}
	if !phrase.BoundaryAfter(v.s, e) && endsWithWord(v.s[s:e]) {
		// A bounded tail ("[^.]{0,25}") may stop inside a word: end the span
		// at the last whole word instead; a single partial word never counts.
		cut := strings.LastIndexFunc(v.s[s:e], func(r rune) bool { return !phrase.IsWordRune(r) })
		if cut <= 0 {
			return candidate{}, false
		}
		e = s + len(strings.TrimRightFunc(v.s[s:s+cut], func(r rune) bool { return !phrase.IsWordRune(r) }))
		if e <= s {
			return candidate{}, false
		}
	}
	txt := v.lower[s:e]
	if r.exclude.Has(txt) {
		return candidate{}, false
	}
	b, a := before(v, s), after(v, e)
	if r.before != nil && !r.before.match(b) {
		return candidate{}, false
	}
	if r.after != nil && !r.after.match(a) {
		return candidate{}, false
	}
	if r.notBefore.match(b) || r.notAfter.match(a) {
		return candidate{}, false
	}
	why := ""
	if r.ambiguous != nil && r.ambiguous.Has(txt) {
		okB := r.ambBefore.match(b)
		okA := r.ambAfter.match(a)
		if !okB && !okA {
			return candidate{}, false
		}
		why = "an ordinary word, but used here as a name or place"
	}
	base := span{s, e}
	if ext := r.extend.get(); ext != nil {
		if loc := ext.FindStringIndex(a); loc != nil {
			e += loc[1]
		}
	}
	return candidate{span: span{s, e}, base: base, rule: r, why: why}, true
}

func startsWithWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return phrase.IsWordRune(r)
}

func endsWithWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return phrase.IsWordRune(r)
}

// caseOK checks a word-list match against the rule's case mode.
func caseOK(r *crule, matched string) bool {
	if r.acronyms != nil && r.acronyms[strings.ToLower(matched)] && strings.ToUpper(matched) != matched {
		return false
	}
	switch r.Case {
	case "exact":
		return r.exact[matched]
	case "title":
		var buf [8]phrase.Token // a list entry is a few words: no allocation
		words := phrase.AppendTokens(buf[:0], matched)
		for i, w := range words {
			word := matched[w.Start:w.End]
			r, _ := utf8.DecodeRuneInString(word)
			if i == 0 || utf8.RuneCountInString(word) > 3 {
				if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
					return false
				}
			}
		}
		// An all-capitals word is an acronym ("SI", "ICE") or shouting, not a
		// name, unless the list holds it as an acronym ("RCMP").
		if len(words) == 1 && utf8.RuneCountInString(matched) > 1 && strings.ToUpper(matched) == matched {
			return r.acronyms != nil && r.acronyms[strings.ToLower(matched)]
		}
	}
	return true
}
