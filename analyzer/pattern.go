package analyzer

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
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

	// first[b] is true for the bytes a match can start with; nil when the
	// prefilter would not pay (an expression that can match the empty
	// string, or start with almost anything).
	first *[256]bool
	// rev, for a pattern that must match at the end of its input, matches
	// the reversed input from its start: one anchored try, where regexp
	// would try every position.
	rev  onceRE
	head onceRE // ^(R): a match at the start of the input
	next onceRE // ^(?s:.)(R): a match after one rune of context
	// alts, when set, are the alternatives of a split alternation, tried
	// in order at each position (see splitInto).
	alts []*pattern
	// short holds the bytes that can be a whole match on their own; for
	// any other first byte b, second[b] holds the bytes that can follow.
	short  byteSet
	second *[256]*byteSet
	// boundary: every match starts with \b, so a candidate start inside a
	// word (or between two non-word bytes) is skipped without a try.
	boundary bool
	// stops are the ASCII bytes no part of the pattern can match (often
	// the sentence ends): a match never crosses one, so a try sees the
	// input up to the next one.
	stops   byteSet
	bounded bool // maxLen >= 0 or some stop byte: tries see bounded input
	// maxLen is the longest match in bytes, or -1 when unbounded; the
	// anchored expressions see only that much input (plus one rune), which
	// keeps Go's backtracker, whose cost grows with the input, cheap.
	maxLen int
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
	case !p.bounded:
		return false
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

// onceRE is a regular expression compiled on first use: of a pattern's
// three forms, a search usually needs one.
type onceRE struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

func (o *onceRE) get() *regexp.Regexp {
	o.once.Do(func() { o.re = regexp.MustCompile(o.src) })
	return o.re
}

// compilePattern parses src, which must be a valid expression (packs are
// validated when loaded), and prepares its prefilter.
func compilePattern(src string) (*pattern, error) {
	tree, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil, err
	}
	return fromTree(src, tree.Simplify(), true), nil
}

// minSplit is the fewest alternatives worth splitting a pattern into.
const minSplit = 3

// fromTree prepares the pattern src, parsed and simplified as tree.
func fromTree(src string, tree *syntax.Regexp, split bool) *pattern {
	p := &pattern{re: onceRE{src: src}}
	if anchoredEnd(tree) {
		var b strings.Builder
		writeRE(&b, tree, true)
		p.rev.src = b.String()
	}
	if split && tree.MaxCap() == 0 {
		if alts := splitAlternation(tree); len(alts) >= minSplit {
			if p.splitInto(alts) {
				return p
			}
		}
	}
	var set [256]bool
	if anchoredStart(tree) || nullable(tree) || !firstBytes(tree, &set) {
		return p
	}
	n := 0
	for _, b := range set {
		if b {
			n++
		}
	}
	if n > maxPrefilterBytes {
		return p
	}
	p.maxLen = maxBytes(tree)
	p.boundary = startsWithBoundary(tree)
	p.stops = stopBytes(tree)
	p.bounded = p.maxLen >= 0 || p.stops != byteSet{}
	// Flags set inside src, like a leading (?i), end with the group that
	// wraps it, so the wrapped source is the same expression.
	p.first = &set
	pr := pairsOf(tree)
	p.short, p.second = pr.one, pr.table()
	p.head.src = `^(` + src + `)`
	p.next.src = `^(?s:.)(` + src + `)`
	return p
}

// splitAlternation returns the alternatives of a pattern that is one
// alternation, possibly between empty-width assertions ("\b(?:a|b)\b"),
// each with those assertions; or nil.
func splitAlternation(re *syntax.Regexp) []*syntax.Regexp {
	if re.Op == syntax.OpAlternate {
		return re.Sub
	}
	if re.Op != syntax.OpConcat {
		return nil
	}
	k := -1
	for i, s := range re.Sub {
		switch s.Op {
		case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginLine, syntax.OpEndLine,
			syntax.OpBeginText, syntax.OpEndText:
		case syntax.OpAlternate:
			if k >= 0 {
				return nil
			}
			k = i
		default:
			return nil
		}
	}
	if k < 0 {
		return nil
	}
	out := make([]*syntax.Regexp, len(re.Sub[k].Sub))
	for j, alt := range re.Sub[k].Sub {
		subs := append(append(append([]*syntax.Regexp{}, re.Sub[:k]...), alt), re.Sub[k+1:]...)
		out[j] = &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: subs}
	}
	return out
}

// splitInto makes p the union of the alternatives, each with a prefilter
// of its own: a big alternation ("\b(?:\d+ ER visits|on lithium|…)") has
// first bytes so varied that its own prefilter lets most words through,
// and is too big for regexp's backtracker. At each position the
// alternatives are tried in order and the first that matches wins, which
// is what the alternation means. It reports false, leaving p as it was,
// if an alternative has no prefilter.
func (p *pattern) splitInto(alts []*syntax.Regexp) bool {
	var set [256]bool
	out := make([]*pattern, len(alts))
	maxLen := 0
	for i, alt := range alts {
		var b strings.Builder
		writeRE(&b, alt, false)
		a := fromTree(b.String(), alt, false)
		if a.first == nil {
			return false
		}
		for c, ok := range a.first {
			set[c] = set[c] || ok
		}
		if a.maxLen < 0 || maxLen < 0 {
			maxLen = -1
		} else {
			maxLen = max(maxLen, a.maxLen)
		}
		out[i] = a
	}
	p.alts, p.first, p.maxLen = out, &set, maxLen
	p.bounded = true
	p.stops = out[0].stops // a stop for every alternative is one for the whole
	for _, a := range out {
		p.bounded = p.bounded && a.bounded
		for k := range p.stops {
			p.stops[k] &= a.stops[k]
		}
	}
	return true
}

// try returns the match that starts at s[i], or nil.
func (p *pattern) try(s string, i int, captures bool) []int {
	if p.alts == nil {
		if !p.candidate(s, i) {
			return nil
		}
		return p.at(s, i, captures)
	}
	for _, a := range p.alts {
		if a.candidate(s, i) {
			if m := a.at(s, i, captures); m != nil {
				return m
			}
		}
	}
	return nil
}

// at runs the anchored expression for a match starting at i in s and
// returns its submatch offsets (in s), or nil.
func (p *pattern) at(s string, i int, captures bool) []int {
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
	if p.rev.src != "" {
		buf := reverseBufs.Get().(*[]byte)
		*buf = reverseRunes((*buf)[:0], s)
		ok := p.rev.get().Match(*buf)
		reverseBufs.Put(buf)
		return ok
	}
	if !p.fast(s) {
		return p.re.get().MatchString(s)
	}
	for i := 0; i < len(s); i++ {
		if p.first[s[i]] && p.try(s, i, false) != nil {
			return true
		}
	}
	return false
}

var reverseBufs = sync.Pool{New: func() any { b := make([]byte, 0, 256); return &b }}

// FindStringIndex returns the leftmost match in s, as regexp does.
func (p *pattern) FindStringIndex(s string) []int {
	if !p.fast(s) {
		return p.re.get().FindStringIndex(s)
	}
	for i := 0; i < len(s); i++ {
		if p.first[s[i]] {
			if m := p.try(s, i, true); m != nil {
				return m[:2]
			}
		}
	}
	return nil
}

// near is what a keyword-gated search knows of the text around its input:
// the gate's keyword hits (in text offsets, ordered by start), where the
// input starts in the text, and the longest keyword.
type near struct {
	hits  []span
	off   int
	maxKw int
}

// holds reports whether a keyword hit overlaps [a, b) of the input.
func (n *near) holds(a, b int) bool {
	a, b = a+n.off, b+n.off
	k := sort.Search(len(n.hits), func(k int) bool { return n.hits[k].start > a-n.maxKw })
	for ; k < len(n.hits) && n.hits[k].start < b; k++ {
		if n.hits[k].end > a {
			return true
		}
	}
	return false
}

// FindAllNear is FindAllStringSubmatchIndex for a keyword-gated pattern:
// with hits, only the matches that overlap one of the gate's keywords
// count, and a start is not tried unless a keyword lies within reach of
// it; a match without one does not hide the matches it overlaps. Keywords
// are what every match of a gated pattern holds (pack authors give them
// so); most of a window's words are not within reach of one.
func (p *pattern) FindAllNear(s string, hits *near) [][]int {
	return p.findNear(s, hits, -1)
}

// FindNear returns the first match FindAllNear would, or nil.
func (p *pattern) FindNear(s string, hits *near) []int {
	if m := p.findNear(s, hits, 1); len(m) > 0 {
		return m[0]
	}
	return nil
}

// findNear returns up to n matches (all when n < 0).
func (p *pattern) findNear(s string, hits *near, n int) [][]int {
	if hits == nil {
		if n == 1 {
			if m := p.FindStringIndex(s); m != nil {
				return [][]int{m}
			}
			return nil
		}
		return p.FindAllStringSubmatchIndex(s)
	}
	if !p.fast(s) {
		var out [][]int
		for _, m := range p.re.get().FindAllStringSubmatchIndex(s, -1) {
			if hits.holds(m[0], m[1]) {
				out = append(out, m)
				if len(out) == n {
					break
				}
			}
		}
		return out
	}
	var out [][]int
	stop := -1 // the next stop byte at or after i, once looked for
	for i := 0; i < len(s); i++ {
		if !p.first[s[i]] {
			continue
		}
		reach := len(s)
		if p.maxLen >= 0 {
			reach = min(reach, i+p.maxLen)
		}
		if p.stops != (byteSet{}) {
			if stop < i {
				stop = i
				for stop < len(s) && !(s[stop] < utf8.RuneSelf && p.stops.has(s[stop])) {
					stop++
				}
			}
			reach = min(reach, stop)
		}
		if !hits.holds(i, max(reach, i+1)) {
			continue
		}
		if m := p.try(s, i, true); m != nil && hits.holds(m[0], m[1]) {
			out = append(out, m)
			if len(out) == n {
				break
			}
			i = m[1] - 1
		}
	}
	return out
}

// FindAllStringSubmatchIndex returns every successive match in s, as
// regexp's method of that name does with n = -1.
func (p *pattern) FindAllStringSubmatchIndex(s string) [][]int {
	if !p.fast(s) {
		return p.re.get().FindAllStringSubmatchIndex(s, -1)
	}
	var out [][]int
	for i := 0; i < len(s); i++ {
		if !p.first[s[i]] {
			continue
		}
		if m := p.try(s, i, true); m != nil {
			out = append(out, m)
			i = m[1] - 1 // matches are never empty (nullable patterns take the fallback)
		}
	}
	return out
}

// candidate reports whether a match can start at s[i].
func (p *pattern) candidate(s string, i int) bool {
	if !p.first[s[i]] {
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

func isASCIIWord(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// startsWithBoundary reports whether every match of re begins with \b.
func startsWithBoundary(re *syntax.Regexp) bool { return edgeIs(re, syntax.OpWordBoundary, false) }

// anchoredStart reports whether every match must begin at the start of the
// text: regexp then tries one position only, and needs no prefilter.
func anchoredStart(re *syntax.Regexp) bool { return edgeIs(re, syntax.OpBeginText, false) }

// anchoredEnd reports whether every match of re must end at the end of the
// text, as the "before" context patterns do ("(?:my|our)\s+$").
func anchoredEnd(re *syntax.Regexp) bool { return edgeIs(re, syntax.OpEndText, true) }

// edgeIs reports whether every match of re begins (or, with end, ends)
// with the empty-width operator op.
func edgeIs(re *syntax.Regexp, op syntax.Op, end bool) bool {
	switch re.Op {
	case op:
		return true
	case syntax.OpCapture:
		return edgeIs(re.Sub[0], op, end)
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return false
		}
		if end {
			return edgeIs(re.Sub[len(re.Sub)-1], op, end)
		}
		return edgeIs(re.Sub[0], op, end)
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !edgeIs(sub, op, end) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// nullable reports whether re can match the empty string.
func nullable(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpStar, syntax.OpQuest:
		return true
	case syntax.OpLiteral:
		return len(re.Rune) == 0
	case syntax.OpCapture, syntax.OpPlus:
		return nullable(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min == 0 || nullable(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !nullable(s) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if nullable(s) {
				return true
			}
		}
		return false
	}
	return false // OpNoMatch, OpAnyChar, OpAnyCharNotNL, OpCharClass
}

// firstBytes adds to set every byte a non-empty match of re can start
// with, and reports false when it cannot tell.
func firstBytes(re *syntax.Regexp, set *[256]bool) bool {
	switch re.Op {
	case syntax.OpNoMatch, syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		r := re.Rune[0]
		addRune(set, r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				addRune(set, f)
			}
		}
		return true
	case syntax.OpCharClass:
		for k := 0; k+1 < len(re.Rune); k += 2 {
			addRange(set, re.Rune[k], re.Rune[k+1])
		}
		return true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return false
	case syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		return firstBytes(re.Sub[0], set)
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !firstBytes(s, set) {
				return false
			}
			if !nullable(s) {
				return true
			}
		}
		return true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !firstBytes(s, set) {
				return false
			}
		}
		return true
	}
	return false
}

func addRune(set *[256]bool, r rune) {
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], r)
	set[buf[0]] = true
}

// addRange marks the first bytes of the runes lo..hi: the ASCII ones
// exactly, the others by their UTF-8 lead bytes (which rise with the rune).
func addRange(set *[256]bool, lo, hi rune) {
	for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
		set[r] = true
	}
	if hi < utf8.RuneSelf {
		return
	}
	lo = max(lo, utf8.RuneSelf)
	var a, b [utf8.UTFMax]byte
	utf8.EncodeRune(a[:], lo)
	utf8.EncodeRune(b[:], min(hi, unicode.MaxRune))
	for c := int(a[0]); c <= int(b[0]); c++ {
		set[c] = true
	}
}

// maxBytes returns the longest match of re in bytes, or -1 if unbounded.
func maxBytes(re *syntax.Regexp) int {
	const limit = 1 << 12
	n := maxBytesOf(re)
	if n > limit {
		return -1
	}
	return n
}

func maxBytesOf(re *syntax.Regexp) int {
	const inf = 1 << 20
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += runeBytes(r, re.Flags&syntax.FoldCase != 0)
		}
		return n
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		return utf8.RuneLen(min(re.Rune[len(re.Rune)-1], unicode.MaxRune))
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxBytesOf(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		return inf
	case syntax.OpRepeat:
		if re.Max < 0 {
			return inf
		}
		return min(inf, re.Max*maxBytesOf(re.Sub[0]))
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			n = min(inf, n+maxBytesOf(s))
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, s := range re.Sub {
			n = max(n, maxBytesOf(s))
		}
		return n
	}
	return 0 // empty-width operators
}

// runeBytes is the longest UTF-8 encoding of r, or of any rune it folds to.
func runeBytes(r rune, fold bool) int {
	n := utf8.RuneLen(r)
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			n = max(n, utf8.RuneLen(f))
		}
	}
	return max(n, 1)
}

// stopBytes returns the ASCII bytes that no literal or class of re can
// match.
func stopBytes(re *syntax.Regexp) byteSet {
	var can byteSet
	var walk func(*syntax.Regexp) bool
	walk = func(re *syntax.Regexp) bool {
		switch re.Op {
		case syntax.OpLiteral:
			for _, r := range re.Rune {
				if r < utf8.RuneSelf {
					can.add(byte(r))
				}
				if re.Flags&syntax.FoldCase != 0 {
					for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
						if f < utf8.RuneSelf {
							can.add(byte(f))
						}
					}
				}
			}
		case syntax.OpCharClass:
			for k := 0; k+1 < len(re.Rune); k += 2 {
				for r := re.Rune[k]; r <= re.Rune[k+1] && r < utf8.RuneSelf; r++ {
					can.add(byte(r))
				}
			}
		case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
			return false
		}
		for _, sub := range re.Sub {
			if !walk(sub) {
				return false
			}
		}
		return true
	}
	if !walk(re) {
		return byteSet{}
	}
	var stops byteSet
	for b := 0; b < utf8.RuneSelf; b++ {
		if !can.has(byte(b)) {
			stops.add(byte(b))
		}
	}
	return stops
}

// writeRE writes re in regexp syntax, or, with rev, the expression that
// matches the reverse of what re matches. Captures become plain groups
// (callers split or reverse only patterns whose groups they do not read),
// a fold-case literal becomes (?i:...), and a class is written as its
// ranges, already folded by the parser. syntax.Regexp.String would do the
// printing, but spends milliseconds per pattern on the flags of big
// classes such as \p{L}.
func writeRE(b *strings.Builder, re *syntax.Regexp, rev bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		b.WriteString(`[^\x00-\x{10FFFF}]`)
	case syntax.OpEmptyMatch:
		b.WriteString(`(?:)`)
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			b.WriteString(`(?i:`)
		} else {
			b.WriteString(`(?:`)
		}
		for k := range re.Rune {
			if rev {
				k = len(re.Rune) - 1 - k
			}
			writeRune(b, re.Rune[k])
		}
		b.WriteString(`)`)
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			b.WriteString(`[^\x00-\x{10FFFF}]`)
			return
		}
		b.WriteString(`[`)
		for k := 0; k+1 < len(re.Rune); k += 2 {
			writeRune(b, re.Rune[k])
			if re.Rune[k+1] != re.Rune[k] {
				b.WriteString(`-`)
				writeRune(b, re.Rune[k+1])
			}
		}
		b.WriteString(`]`)
	case syntax.OpAnyCharNotNL:
		b.WriteString(`(?-s:.)`)
	case syntax.OpAnyChar:
		b.WriteString(`(?s:.)`)
	case syntax.OpBeginLine, syntax.OpEndLine:
		if (re.Op == syntax.OpBeginLine) != rev {
			b.WriteString(`(?m:^)`)
		} else {
			b.WriteString(`(?m:$)`)
		}
	case syntax.OpBeginText, syntax.OpEndText:
		if (re.Op == syntax.OpBeginText) != rev {
			b.WriteString(`\A`)
		} else {
			b.WriteString(`\z`)
		}
	case syntax.OpWordBoundary:
		b.WriteString(`\b`)
	case syntax.OpNoWordBoundary:
		b.WriteString(`\B`)
	case syntax.OpCapture:
		b.WriteString(`(?:`)
		writeRE(b, re.Sub[0], rev)
		b.WriteString(`)`)
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		b.WriteString(`(?:`)
		writeRE(b, re.Sub[0], rev)
		b.WriteString(`)`)
		switch re.Op {
		case syntax.OpStar:
			b.WriteString(`*`)
		case syntax.OpPlus:
			b.WriteString(`+`)
		case syntax.OpQuest:
			b.WriteString(`?`)
		default:
			b.WriteString(`{` + strconv.Itoa(re.Min))
			if re.Max != re.Min {
				b.WriteString(`,`)
				if re.Max >= 0 {
					b.WriteString(strconv.Itoa(re.Max))
				}
			}
			b.WriteString(`}`)
		}
		if re.Flags&syntax.NonGreedy != 0 {
			b.WriteString(`?`)
		}
	case syntax.OpConcat:
		b.WriteString(`(?:`)
		for k := range re.Sub {
			if rev {
				k = len(re.Sub) - 1 - k
			}
			writeRE(b, re.Sub[k], rev)
		}
		b.WriteString(`)`)
	case syntax.OpAlternate:
		b.WriteString(`(?:`)
		for k, s := range re.Sub {
			if k > 0 {
				b.WriteString(`|`)
			}
			writeRE(b, s, rev)
		}
		b.WriteString(`)`)
	}
}

// writeRune writes r for a class or literal: letters and digits as they
// are, anything else as \x{hex}, which needs no escaping rules.
func writeRune(b *strings.Builder, r rune) {
	if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
		b.WriteByte(byte(r))
		return
	}
	var buf [16]byte
	out := append(buf[:0], `\x{`...)
	out = strconv.AppendInt(out, int64(r), 16)
	b.Write(append(out, '}'))
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

// byteSet is a set of bytes as a bitmap.
type byteSet [4]uint64

func (s *byteSet) add(b byte)      { s[b>>6] |= 1 << (b & 63) }
func (s *byteSet) has(b byte) bool { return s[b>>6]&(1<<(b&63)) != 0 }
func (s *byteSet) union(t *byteSet) {
	s[0], s[1], s[2], s[3] = s[0]|t[0], s[1]|t[1], s[2]|t[2], s[3]|t[3]
}
func (s *byteSet) addRange(lo, hi int) {
	for b := lo; b <= hi; b++ {
		s.add(byte(b))
	}
}

// pairs describes how matches of an expression begin, two bytes deep:
// which bytes can be a whole match of one byte (one), which second bytes
// can follow each first byte (two), and whether the empty string matches.
// Every set may hold more than is possible, never less.
type pairs struct {
	one   byteSet
	two   []pair     // by first byte, each first byte once
	idx   [256]uint8 // 1 + the index in two of each first byte, or 0
	empty bool
}

type pair struct {
	b0   byte
	next byteSet
}

func (p *pairs) firsts() byteSet {
	f := p.one
	for _, t := range p.two {
		f.add(t.b0)
	}
	return f
}

func (p *pairs) addPair(b0 byte, b1 *byteSet) {
	if k := p.idx[b0]; k > 0 {
		p.two[k-1].next.union(b1)
		return
	}
	p.two = append(p.two, pair{b0, *b1})
	p.idx[b0] = uint8(len(p.two)) // at most 256 first bytes, and byte 0 is never a lead
}

// table returns the second bytes by first byte, for lookups.
func (p *pairs) table() *[256]*byteSet {
	var t [256]*byteSet
	for k := range p.two {
		t[p.two[k].b0] = &p.two[k].next
	}
	return &t
}

func (p *pairs) merge(q *pairs) {
	p.one.union(&q.one)
	for k := range q.two {
		p.addPair(q.two[k].b0, &q.two[k].next)
	}
	p.empty = p.empty || q.empty
}

// then returns p followed by q.
func (p *pairs) then(q *pairs) *pairs {
	out := &pairs{empty: p.empty && q.empty}
	for k := range p.two {
		out.addPair(p.two[k].b0, &p.two[k].next)
	}
	qf := q.firsts()
	for b := 0; b < 256; b++ {
		if p.one.has(byte(b)) {
			out.addPair(byte(b), &qf)
			if q.empty {
				out.one.add(byte(b))
			}
		}
	}
	if p.empty {
		out.merge(q)
		out.empty = p.empty && q.empty
	}
	return out
}

var continuation = func() (s byteSet) { s.addRange(0x80, 0xbf); return }()

// addRunes adds the runes lo..hi, each a match of its own.
func (p *pairs) addRunes(lo, hi rune) {
	for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
		p.one.add(byte(r))
	}
	if hi < utf8.RuneSelf {
		return
	}
	lo = max(lo, utf8.RuneSelf)
	hi = min(hi, unicode.MaxRune)
	if hi-lo < 64 { // exact second bytes for small ranges (accented letters)
		var buf [utf8.UTFMax]byte
		for r := lo; r <= hi; r++ {
			utf8.EncodeRune(buf[:], r)
			var t byteSet
			t.add(buf[1])
			p.addPair(buf[0], &t)
		}
		return
	}
	var a, b [utf8.UTFMax]byte
	utf8.EncodeRune(a[:], lo)
	utf8.EncodeRune(b[:], hi)
	for c := int(a[0]); c <= int(b[0]); c++ {
		p.addPair(byte(c), &continuation)
	}
}

// pairsOf computes the pairs of re.
func pairsOf(re *syntax.Regexp) *pairs {
	p := &pairs{}
	switch re.Op {
	case syntax.OpNoMatch:
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		p.empty = true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			p.empty = true
			break
		}
		fold := re.Flags&syntax.FoldCase != 0
		p = literalPairs(re.Rune[0], fold)
		if len(re.Rune) > 1 {
			p = p.then(literalPairs(re.Rune[1], fold))
		}
	case syntax.OpCharClass:
		for k := 0; k+1 < len(re.Rune); k += 2 {
			p.addRunes(re.Rune[k], re.Rune[k+1])
		}
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		p.addRunes(0, unicode.MaxRune)
	case syntax.OpCapture:
		p = pairsOf(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		sub := pairsOf(re.Sub[0])
		p = sub.then(sub) // two copies reach two bytes deep, unless a copy is one byte
		p.merge(sub)      // ...or the last one
		if re.Op == syntax.OpStar || re.Op == syntax.OpQuest || re.Op == syntax.OpRepeat && re.Min == 0 {
			p.empty = true
		} else {
			p.empty = sub.empty
		}
	case syntax.OpConcat:
		p.empty = true
		for k, s := range re.Sub {
			if !p.empty {
				// Past the first non-empty element only first bytes matter,
				// and only after a one-byte match.
				if p.one == (byteSet{}) {
					break
				}
				var f byteSet
				for _, t := range re.Sub[k:] {
					var set [256]bool
					if !firstBytes(t, &set) {
						f = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
						break
					}
					for c, ok := range set {
						if ok {
							f.add(byte(c))
						}
					}
					if !nullable(t) {
						break
					}
				}
				q := &pairs{one: f}
				q.empty = true // what follows may also be empty; then one stays one
				for _, t := range re.Sub[k:] {
					q.empty = q.empty && nullable(t)
				}
				p = p.then(q)
				break
			}
			p = p.then(pairsOf(s))
		}
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			p.merge(pairsOf(s))
		}
	}
	return p
}

// literalPairs are the pairs of one literal rune, with its case variants.
func literalPairs(r rune, fold bool) *pairs {
	p := &pairs{}
	p.addRunes(r, r)
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			p.addRunes(f, f)
		}
	}
	return p
}
