package pattern

// What pattern.go needs to know about an expression before running it,
// read off its syntax tree: where its matches can begin and end, which
// bytes they can start with (one and two deep), how long they can be,
// which bytes they can never hold, and the expression printed again
// (forwards or reversed) for regexp to compile.

import (
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

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
func nullable(re *syntax.Regexp) bool { return nullableAt(re, false) }

// nullableAt is nullable, or with later, nullable away from the input's
// first position, where ^ (syntax.OpBeginText) matches nothing.
func nullableAt(re *syntax.Regexp, later bool) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return !later
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpStar, syntax.OpQuest:
		return true
	case syntax.OpLiteral:
		return len(re.Rune) == 0
	case syntax.OpCapture, syntax.OpPlus:
		return nullableAt(re.Sub[0], later)
	case syntax.OpRepeat:
		return re.Min == 0 || nullableAt(re.Sub[0], later)
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !nullableAt(s, later) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if nullableAt(s, later) {
				return true
			}
		}
		return false
	}
	return false // OpNoMatch, OpAnyChar, OpAnyCharNotNL, OpCharClass
}

// firstBytes adds to set every byte a non-empty match of re can start
// with, and reports false when it cannot tell.
func firstBytes(re *syntax.Regexp, set *byteSet) bool { return firstBytesAt(re, set, false) }

// firstBytesAt is firstBytes, or with later, for the matches that start
// after the input's first position, where a branch that needs ^ cannot
// hold: it adds nothing, and the bytes after it do not count as first
// ones. "(?:^|\n)\s*(?:to|dear)" can start only with "\n" there.
func firstBytesAt(re *syntax.Regexp, set *byteSet, later bool) bool {
	switch re.Op {
	case syntax.OpNoMatch, syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		r := re.Rune[0]
		set.addRunes(r, r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				set.addRunes(f, f)
			}
		}
		return true
	case syntax.OpCharClass:
		for k := 0; k+1 < len(re.Rune); k += 2 {
			set.addRunes(re.Rune[k], re.Rune[k+1])
		}
		return true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return false
	case syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		return firstBytesAt(re.Sub[0], set, later)
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !firstBytesAt(s, set, later) {
				return false
			}
			if !nullableAt(s, later) {
				return true
			}
		}
		return true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !firstBytesAt(s, set, later) {
				return false
			}
		}
		return true
	}
	return false
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
					if !firstBytes(t, &f) {
						f = allBytes
						break
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
