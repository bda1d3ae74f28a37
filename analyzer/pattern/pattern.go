package pattern

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// pattern is a regular expression with a start-byte prefilter. Go's
// regexp, searching without an anchor, tries a match at every byte of its
// input; most of our patterns can only start with a few letters or digits
// ("\b(?:she|he|client)\s+…"), so pattern looks for those bytes first and
// runs the expression, anchored, only where one is. The answers are those
// of regexp (TestPatternMatchesRegexp checks it): every empty-width
// assertion sees the same neighbours, because the anchored expression is
// given the rune before the candidate start as context and the rune after
// the longest possible match.
type pattern struct {
	re onceRE // as written: for what the prefilter does not serve

	// first holds the bytes a match can start with; nil for an expression
	// that can match the empty string, which is left to regexp.
	first *byteSet
	// fb is *first by value, which the search loops read without
	// following the pointer; empty when first is nil.
	fb byteSet
	// scan: first is every byte a rune can start with, because the
	// expression can start with almost anything; its tries only pay on
	// short inputs.
	scan bool
	// rev, for a pattern that must match at the end of its input, matches
	// the reversed input from its start: one anchored try, where regexp
	// would try every position.
	rev  onceRE
	head onceRE // ^(R): a match at the start of the input
	next onceRE // ^(?s:.)(R): a match after one rune of context
	// auto and revAuto are the automata of R and of rev, which answer
	// the tries; head and next then only find submatches.
	auto, revAuto onceDFA
	// seek is the automaton of (?s:.)*?(R) (unanchored), which says in one
	// pass whether an input holds any match; a search that would find
	// nothing stops there (seek.go). Unset for what needs no search loop
	// (anchored at the start, or matching the empty string).
	seek onceDFA
	// firstTab, seekShort and seekSecond are what seek's jumps read
	// (prepareSeek).
	firstTab   *[256]bool
	seekShort  byteSet
	seekSecond *[256]*byteSet
	// laterTab, when set, is firstTab for the positions after the input's
	// first, where a branch that needs ^ cannot start (prepareLater).
	laterTab *[256]bool
	// later, when set, is laterTab for the search loops, which visit
	// every byte: the bytes a match that starts after the input's first
	// position can start with, a subset of fb.
	later *byteSet
	// jumpByte is the one byte the jumps' table lets through (laterTab
	// when set, else firstTab), which they find with strings.IndexByte;
	// -1 when the table has more.
	jumpByte int
	// jumpRare, when set, are the few bytes the jumps' table lets
	// through, all rare in prose (no ASCII letter, digit or space): the
	// jumps find each with strings.IndexByte (starts.nextRare).
	jumpRare []byte
	// fffd: some class of the pattern matches U+FFFD, which regexp reads
	// for a byte that is not UTF-8 (invalid.go).
	fffd  bool
	caps  bool // R has capture groups
	start bool // every match begins at the start of the input (^)
	// alts, when set, are the alternatives of a split alternation, tried
	// in order at each position (see splitInto).
	alts []*pattern
	// altsAt lists, for each byte, the alternatives (in order) that can
	// start with it: byFirst[altsAt[b]:altsAt[b+1]]. A position is then
	// tried against the few alternatives its byte allows, not all of them.
	altsAt  *[257]uint32
	byFirst []*pattern
	// short holds the bytes that can be a whole match on their own; for
	// any other first byte b, second[b] holds the bytes that can follow.
	short  byteSet
	second *[256]*byteSet
	// boundary: every match starts with \b, so a candidate start inside a
	// word (or between two non-word bytes) is skipped without a try.
	boundary bool
	// wordStart: every match starts with \b (every alternative's, for a
	// split alternation), so a position between two ASCII word bytes is
	// passed over before any other question (see startsWord).
	wordStart bool
	// wordFirst: wordStart, and no first byte is an ASCII non-word byte,
	// so a match starts at one of the text's edges (AppendEdges).
	wordFirst bool
	// stops are the ASCII bytes no part of the pattern can match (often
	// the sentence ends): a match never crosses one, so a try sees the
	// input up to the next one.
	stops   byteSet
	bounded bool // maxLen >= 0 or some stop byte: tries see bounded input
	// maxLen is the longest match in bytes, or -1 when unbounded; the
	// anchored expressions see only that much input (plus one rune), which
	// keeps Go's backtracker, whose cost grows with the input, cheap.
	maxLen int
	// cost is the pattern's row of the cost table (cost.go), set only in
	// a build that counts; an alternative shares its pattern's.
	cost *Cost
}

// maxPrefilterBytes: a first-byte set wider than this filters too little
// to beat regexp's own loop.
const maxPrefilterBytes = 120

// maxUnboundedInput: a pattern whose matches are unbounded, and can hold
// any ASCII byte, gives each anchored try the rest of the input, so past
// this length regexp's own search, linear in the input, is the cheaper one.
const maxUnboundedInput = 320

// fast reports whether the prefilter serves a search of s. A pattern whose
// matches are bounded only by its stop bytes gives each try the input up
// to the next one, so a long run without any (a pasted wall of text) goes
// to regexp's own search, which stays linear.
func (p *pattern) fast(s string) bool {
	switch {
	case p.first == nil:
		return false
	case p.maxLen >= 0 || len(s) <= maxUnboundedInput:
		return true
	case p.scan:
		// A try at every rune start, each up to the next stop byte, is
		// too many on a long input.
		return false
	case !p.bounded:
		return true
	}
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf && p.stops.has(s[i]) {
			run = 0
		} else if run++; run > maxUnboundedInput {
			return false
		}
	}
	return true
}

// source is an expression's text, written out of its syntax tree only
// when something asks for it: the automata work from the tree, and regexp,
// which needs the text, is asked about few patterns. Writing every split
// alternative and reversed pattern back out up front (big classes such as
// \p{L} rune by rune) was a sixth of a first analysis in WebAssembly.
type source struct {
	once sync.Once
	text string
	tree *syntax.Regexp // to write, reversed if rev; nil for a text given
	rev  bool
}

func (s *source) String() string {
	s.once.Do(func() {
		if s.tree != nil {
			var b strings.Builder
			writeRE(&b, s.tree, s.rev)
			s.text, s.tree = b.String(), nil
		}
	})
	return s.text
}

// onceRE is a regular expression compiled on first use: of a pattern's
// three forms, a search usually needs one. It is src between the two
// parts of wrap.
type onceRE struct {
	src  *source
	wrap [2]string
	once sync.Once
	re   *regexp.Regexp
}

func (o *onceRE) get() *regexp.Regexp {
	o.once.Do(func() { o.re = regexp.MustCompile(o.wrap[0] + o.src.String() + o.wrap[1]) })
	return o.re
}

// onceDFA is an automaton built on first use, from tree or, without one,
// from src. After ForgetStates it hands out a new one for the same
// program; runs already under way finish on the old one.
type onceDFA struct {
	src  *source        // nil: the pattern has no use for one
	tree *syntax.Regexp // src parsed, when the pattern had it at hand
	once sync.Once
	d    atomic.Pointer[dfa]
}

func (o *onceDFA) get() *dfa {
	if o.src == nil {
		return nil
	}
	o.once.Do(func() {
		text := ""
		if o.tree == nil {
			text = o.src.String()
		}
		o.d.Store(compileDFA(text, o.tree))
		o.tree = nil
	})
	d := o.d.Load()
	if d != nil && d.gen != statesGen.Load() {
		o.d.CompareAndSwap(d, d.renew())
		d = o.d.Load()
	}
	return d
}

// fromTree prepares the pattern src, parsed and simplified as tree.
func fromTree(src *source, tree *syntax.Regexp, split bool) *pattern {
	p := &pattern{re: onceRE{src: src}}
	if anchoredEnd(tree) {
		rev := &source{tree: tree, rev: true}
		p.rev.src, p.revAuto.src = rev, rev
	}
	if split && !anchoredStart(tree) && !nullable(tree) {
		p.seek.src, p.seek.tree = src, unanchored(tree)
	}
	if split && tree.MaxCap() == 0 {
		if alts := splitAlternation(tree); len(alts) >= minSplit {
			if p.splitInto(alts) {
				return p
			}
		}
	}
	if anchoredStart(tree) {
		// One try, at the start of the input: the automaton's job alone.
		p.start, p.auto.src, p.auto.tree, p.caps = true, src, tree, tree.MaxCap() > 0
		return p
	}
	if nullable(tree) {
		return p // empty matches: regexp's rules for them are its own
	}
	p.maxLen = maxBytes(tree)
	p.stops = stopBytes(tree)
	p.bounded = p.maxLen >= 0 || p.stops != byteSet{}
	var set byteSet
	if !firstBytes(tree, &set) || set.len() > maxPrefilterBytes {
		// No useful first bytes ("(?:^|[.!?]\s+)…", "[^.]{2}"): the
		// automaton tries every rune start instead, which on short inputs
		// still beats regexp's search (see fast).
		p.scan = true
		for b := 0; b < 256; b++ {
			if utf8.RuneStart(byte(b)) {
				set.add(byte(b))
			}
		}
		p.first, p.short = &set, set
	} else {
		p.first = &set
		p.boundary = startsWithBoundary(tree)
		p.wordStart = p.boundary
		p.wordFirst = p.boundary && !set.meets(&asciiNonWordBytes)
		pr := pairsOf(tree)
		p.short, p.second = pr.one, pr.table()
	}
	// Flags set inside src, like a leading (?i), end with the group that
	// wraps it, so the wrapped source is the same expression.
	p.fb = *p.first
	p.head.src, p.head.wrap = src, [2]string{`^(`, `)`}
	p.next.src, p.next.wrap = src, [2]string{`^(?s:.)(`, `)`}
	p.auto.src, p.auto.tree = src, tree
	p.caps = tree.MaxCap() > 0
	return p
}

// want is what a try must find out about a match.
type want uint8

const (
	wantAny    want = iota // whether there is one: a non-nil, empty result
	wantSpan               // where it is: {start, end}
	wantGroups             // and where its submatches are, as regexp gives them
)

// try returns the match that starts at s[i], or nil, and adds to *read
// the bytes the automata read. A span it finds goes at the end of *arena,
// when arena is set, instead of in a slice of its own: a search that keeps
// many matches then allocates a few times, not once a match.
func (p *pattern) try(s string, i int, w want, arena *[]int, read *int) []int {
	if p.alts == nil {
		if !p.candidate(s, i) {
			return nil
		}
		return p.at(s, i, w, arena, read)
	}
	for _, a := range p.byFirst[p.altsAt[s[i]]:p.altsAt[int(s[i])+1]] {
		if a.candidate(s, i) {
			if m := a.at(s, i, w, arena, read); m != nil {
				return m
			}
		}
	}
	return nil
}

// Tries of a pattern without a longest match can each read to the end of
// the input. The automata of one search may read tryBudget bytes per byte
// of input, plus tryBase; past that, the search starts again as regexp's
// own, which is linear in the input. The packs' patterns read about one
// byte per byte (see TestWorkIsLinear), so only a text built to make
// tries long gets there, and the work stays linear whatever the pattern.
const (
	tryBudget = 16
	tryBase   = 4096
)

// overBudget reports whether the tries of a search of s have read too
// much (see tryBudget).
func (p *pattern) overBudget(s string, read int) bool {
	return p.maxLen < 0 && read > tryBudget*len(s)+tryBase
}

// spanIn returns {start, end}, at the end of *arena when arena is set.
func spanIn(arena *[]int, start, end int) []int {
	if arena == nil {
		return []int{start, end}
	}
	*arena = append(*arena, start, end)
	n := len(*arena)
	return (*arena)[n-2 : n : n]
}

// at runs the anchored expression for a match starting at i in s and
// returns what w asks (offsets in s), or nil. The automaton says whether
// there is a match and where it ends; regexp is asked only for the
// submatches of one it found.
func (p *pattern) at(s string, i int, w want, arena *[]int, read *int) []int {
	if d := p.auto.get(); d != nil {
		end, stop := d.run(s, i, w == wantAny)
		if stop >= 0 {
			*read += stop - i
		}
		if costOn {
			p.cost.Tries++
			p.cost.TryBytes += max(stop-i, 0)
		}
		switch {
		case end == noMatch:
			return nil
		case end >= 0 && w == wantAny:
			return []int{}
		case end >= 0 && (w == wantSpan || !p.caps):
			return spanIn(arena, i, end)
		case end >= 0:
			// No match from i reaches past stop, and the rune there is
			// kept for the assertions: regexp, asked for the submatches,
			// reads no more than the automaton did, where it once read
			// up to the next stop byte of a pattern without a longest
			// match (the rest of the text, for some).
			s = s[:stop]
		}
	}
	return p.atRE(s, i, w != wantAny)
}

// atStart runs the automaton of a pattern anchored at the start of its
// input (see at), returning the match's end, noMatch or dfaFull.
func (p *pattern) atStart(s string, earliest bool) int {
	if d := p.auto.get(); d != nil {
		return d.match(s, 0, earliest)
	}
	return dfaFull
}

// atRE is at with regexp alone.
func (p *pattern) atRE(s string, i int, captures bool) []int {
	end := len(s)
	if p.maxLen >= 0 && i+p.maxLen < len(s) {
		end = i + p.maxLen
	}
	if p.stops != (byteSet{}) {
		for k := i; k < end; k++ {
			if s[k] < utf8.RuneSelf && p.stops.has(s[k]) {
				end = k
				break
			}
		}
	}
	if end < len(s) { // one more rune, for the assertions at the match's end
		for end < len(s) && !utf8.RuneStart(s[end]) {
			end++
		}
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	re, from := &p.head, i
	if i > 0 {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		re, from = &p.next, i-size
	}
	addWork(end - from)
	if costOn {
		p.cost.Regexp += end - from
	}
	if !captures {
		if re.get().MatchString(s[from:end]) {
			return []int{}
		}
		return nil
	}
	m := re.get().FindStringSubmatchIndex(s[from:end])
	if m == nil {
		return nil
	}
	out := m[2:] // group 1 is R as a whole; R's own groups follow
	for k, o := range out {
		if o >= 0 {
			out[k] = o + from
		}
	}
	return out
}

// MatchString reports whether s contains a match.
func (p *pattern) MatchString(s string) bool {
	if p.invalid(s, nil) {
		return p.whole(len(s)).MatchString(s)
	}
	if p.rev.src != nil {
		if d := p.revAuto.get(); d != nil {
			if m := d.matchReverse(s); m != dfaFull {
				return m == 1
			}
		}
		addWork(len(s))
		buf := reverseBufs.Get().(*[]byte)
		*buf = reverseRunes((*buf)[:0], s)
		ok := p.rev.get().Match(*buf)
		reverseBufs.Put(buf)
		return ok
	}
	if p.start {
		if end := p.atStart(s, true); end != dfaFull {
			return end >= 0
		}
	}
	if d := p.seek.get(); d != nil {
		if m := d.seek(s, 0, len(s), &starts{p: p}); m != dfaFull {
			return m == 1
		}
	}
	addWork(len(s))
	if !p.fast(s) {
		return p.whole(len(s)).MatchString(s)
	}
	read := 0
	for i := 0; i < len(s); i++ {
		if p.fb.has(s[i]) && p.try(s, i, wantAny, nil, &read) != nil {
			return true
		}
		if p.overBudget(s, read) {
			addWork(len(s))
			return p.whole(len(s)).MatchString(s)
		}
	}
	return false
}

var reverseBufs = sync.Pool{New: func() any { b := make([]byte, 0, 256); return &b }}

// FindStringIndex returns the leftmost match in s, as regexp does.
func (p *pattern) FindStringIndex(s string) []int {
	if p.invalid(s, nil) {
		return p.whole(len(s)).FindStringIndex(s)
	}
	if p.start {
		switch end := p.atStart(s, false); {
		case end == noMatch:
			return nil
		case end >= 0:
			return []int{0, end}
		}
	}
	if !p.anyIn(s, nil) {
		return nil
	}
	addWork(len(s))
	if !p.fast(s) {
		return p.whole(len(s)).FindStringIndex(s)
	}
	read := 0
	for i := 0; i < len(s); i++ {
		if p.fb.has(s[i]) {
			if m := p.try(s, i, wantSpan, nil, &read); m != nil {
				return m[:2]
			}
			if p.overBudget(s, read) {
				addWork(len(s))
				return p.whole(len(s)).FindStringIndex(s)
			}
		}
	}
	return nil
}

// FindAllStringSubmatchIndex returns every successive match in s, as
// regexp's method of that name does with n = -1.
func (p *pattern) FindAllStringSubmatchIndex(s string) [][]int {
	return p.findAll(nil, s, wantGroups, nil)
}

// findAll returns every successive match in s, with what w asks of each
// (wantSpan or wantGroups). With hits (Ungated), it visits the text's
// edges when the pattern allows it.
func (p *pattern) findAll(b *matchBuf, s string, w want, hits *Near) [][]int {
	if p.invalid(s, hits) {
		return p.whole(len(s)).FindAllStringSubmatchIndex(s, -1)
	}
	if p.start && !p.caps {
		switch end := p.atStart(s, false); {
		case end == noMatch:
			return nil
		case end >= 0:
			return [][]int{{0, end}}
		}
	}
	if !p.anyIn(s, hits) {
		return nil
	}
	addWork(len(s))
	if !hits.fast(p, s) {
		return p.whole(len(s)).FindAllStringSubmatchIndex(s, -1)
	}
	out, arena := b.take()
	defer func() { b.keep(out, arena) }()
	read := 0
	walk := newEdgeWalk(p, hits, 0)
	for i := 0; i < len(s); i++ {
		if i = walk.next(i, len(s)); i == len(s) {
			break
		}
		if costOn {
			p.cost.Visits++
		}
		if !p.fb.has(s[i]) || !p.startsWord(s, i) || !p.laterStart(s, i) {
			continue
		}
		if m := p.try(s, i, w, &arena, &read); m != nil {
			out = append(out, m)
			i = m[1] - 1 // matches are never empty (nullable patterns take the fallback)
		}
		if p.overBudget(s, read) {
			addWork(len(s))
			return p.whole(len(s)).FindAllStringSubmatchIndex(s, -1)
		}
	}
	return out
}

// candidate reports whether a match can start at s[i].
func (p *pattern) candidate(s string, i int) bool {
	if !p.fb.has(s[i]) {
		return false
	}
	if !p.short.has(s[i]) {
		if i+1 == len(s) {
			return false
		}
		if t := p.second[s[i]]; t == nil || !t.has(s[i+1]) {
			return false
		}
	}
	if p.boundary {
		// Go's \b is ASCII: a word byte on exactly one side.
		return isASCIIWord(s[i]) != (i > 0 && isASCIIWord(s[i-1]))
	}
	return true
}

// startsWord reports whether a match may start at s[i] as far as
// wordStart goes: for such a pattern, not inside an ASCII word, where Go's
// \b (ASCII only) does not hold.
func (p *pattern) startsWord(s string, i int) bool {
	return !p.wordStart || i == 0 || !isASCIIWord(s[i-1]) || !isASCIIWord(s[i])
}

// reverseRunes appends the runes of s to dst in reverse order.
func reverseRunes(dst []byte, s string) []byte {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[i]) // an invalid byte stays one invalid byte
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}
