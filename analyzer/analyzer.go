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
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/match"
	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/pattern"
	"github.com/discreet-app/discreet/rules"
)

// Analyzer runs the rule packs of several languages. It is safe for
// concurrent use; SetPack may swap a language's pack while it runs.
type Analyzer struct {
	mu    sync.RWMutex
	packs map[string]*lazyPack
	langs []string
	// fields keeps the last analyses of the fields being typed in
	// (Input.Field).
	fields fieldCache
}

// lazyPack compiles a validated pack the first time its language is
// used, so a process (or a Worker instance started for one request) pays
// only for the languages it analyzes.
type lazyPack struct {
	load func() (*rules.Pack, error)
	once sync.Once
	pack *rules.Pack
	c    *pack.Compiled
	// story is the learned tagger of the pack's language, if it has one.
	story *story
	err   error
	// stopwords, for guessing the language, are read on first use.
	stopOnce  sync.Once
	stopwords map[string]bool
}

func newLazyPack(p *rules.Pack) *lazyPack {
	return &lazyPack{load: func() (*rules.Pack, error) { return p, nil }}
}

func (lp *lazyPack) compiled() (*pack.Compiled, error) {
	lp.once.Do(func() {
		if lp.pack, lp.err = lp.load(); lp.err == nil {
			if lp.c, lp.err = pack.Compile(lp.pack); lp.err == nil {
				lp.story, lp.err = embeddedStory(lp.pack.Lang)
			}
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

// ForgetStates makes every pattern automaton start again without states
// when next used, as if new. The extension's warm-up uses it so that the
// code that builds states runs often enough for V8 to optimize it (see
// package pattern's ForgetStates).
func ForgetStates() { pattern.ForgetStates() }

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
	for i, r := range c.Pack.Rules {
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
	var fs *fieldState
	if in.Field != "" && len(in.Text) <= maxReuseBytes {
		fs = a.fields.take(in.Field)
	}
	ok := run(c, lp.story, in.Text, platform, in.Watch, !in.SkipRewrite, &res, done, fs)
	if fs != nil {
		if ok {
			a.fields.put(fs)
		} else {
			fs.forget() // stopped between stages: its logs are partial
		}
	}
	res.capFindings()
	return res, ok
}

// run fills res; it checks done between stages and returns false when it
// stopped early. watch, when set, is the user's watch-list; without
// rewrite, res gets no intent, rewrite or advice (Input.SkipRewrite).
// fs, when set, is the field's last analysis to reuse (Input.Field).
func run(c *pack.Compiled, story *story, text, platform string, watch *Watchlist, rewrite bool, res *Result, done <-chan struct{}, fs *fieldState) bool {
	v := c.View(text)
	defer c.ReleaseView(v)
	defer failOnBadPatterns(c, res)
	// The rewrite reads the post by whole sentences, the other stages
	// by clauses: the text is split once for both.
	whole := pack.SplitSentences(v.Text, c.Abbrev)
	sents := c.Clauses(v.Text, whole)
	g := c.ScanKeywords(v.Lower)
	defer c.ReleaseGates(g)
	if stopped(done) {
		return false
	}
	var mr *match.Reuse
	var tr *tagReuse
	keep := false
	if fs != nil {
		mr, tr = &fs.match, &fs.tag
		keep = match.Continues(fs.post, text)
		fs.post = strings.Clone(text)
		defer mr.End() // begun by FindReusing; the context searches through it too
	}
	var doubt []pack.Span // the tokens the tagger came near tagging (tagDoubting)
	cands, ctx := propose(c, story, v, sents, g, mr, tr, keep, doubtOf(rewrite, &doubt))
	if stopped(done) {
		return false
	}
	kept := ctx.attribute(cands)
	kept = resolveOverlaps(v.Text, withWatched(kept, watchCandidates(c, v, watch), len(v.Text)))
	res.Findings = toFindings(c, v, text, kept)
	res.Risk = scoreRisk(c, res.Findings, platform, ctx.post)
	if !rewrite {
		return true
	}
	res.Intent = classifyIntent(c, text, v, sents, platform, g, ctx.post)
	if stopped(done) {
		return false
	}
	// A post in which nothing was found may still be about a client
	// ("one of mine now sleeps in her car"): its rewrite
	// keeps the ask without the clauses that describe anyone.
	// So may a referral for someone it calls "she" or "he", and an
	// advertisement that quotes someone speaking of themself, or tells
	// what someone told the poster (even in the announcement of the
	// poster's own group, unless of a public figure or a made-up case).
	aboutClient := len(res.Findings) == 0 && ((ctx.post.refersToClient() || seeksForSomeone(c, res.Intent, text) || quotesSomeone(c, res.Intent, text)) && !ctx.post.aboutOthers() ||
		reportsSomeone(c, res.Intent, text) && !ctx.post.publicOrMadeUp())
	res.Rewrite, res.Advice = rewriteStageDoubting(c, v, g, whole, text, res, kept, aboutClient, doubt)
	return true
}

// propose finds a post's candidates — the rules' matches, then the story
// tagger's around them — and the context that attributes them: run and
// Trace share it. mr, tr and keep replay a field's last analysis (nil,
// nil, false: none); doubt, when not nil, gets the tokens the tagger came
// near tagging (tagDoubting).
func propose(c *pack.Compiled, story *story, v *pack.View, sents []pack.Span, g *pack.Gates, mr *match.Reuse, tr *tagReuse, keep bool, doubt *[]pack.Span) ([]pack.Candidate, *context) {
	cands := match.FindReusing(c, v, sents, g, mr, keep)
	if story == nil {
		return cands, newContext(c, v, sents, g, cands, mr)
	}
	// The tagger reads who each sentence is about: the context is found
	// for the whole post, before the tagger's candidates.
	ctx := newWholeContext(c, v, sents, g, mr)
	return story.tagDoubting(v, c, sents, ctx.earlyReferents(cands), cands, tr, keep, doubt), ctx
}

// failOnBadPatterns makes res an error naming the pack's patterns found
// bad so far, if any: run defers it, so that it sees the patterns the
// analysis compiled.
func failOnBadPatterns(c *pack.Compiled, res *Result) {
	if err := c.Bad.Err(); err != nil {
		*res = Result{ID: res.ID, Error: err.Error()}
	}
}
