// Package normalize turns a post into the text the rules see, with the map
// back to what was typed: NFKC, without zero-width and other format
// characters, typographic apostrophes, quotes and dashes made plain,
// evasive spellings undone (evasion.go) and short forms spelled out
// (shorthand.go). Every byte of the result keeps the byte range of the
// original it came from, so a finding maps back to the whole form typed.
//
// Go works in bytes and the DOM in UTF-16 code units; utf16.go converts
// between them, once, at the edges.
package normalize

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Text returns text normalized, and for each byte i of s the original
// byte range [start[i], end[i]) of the normalization segment it came
// from. start and end are nil when s is text itself.
func Text(text string) (s string, start, end []int32) { return TextInto(text, nil, nil) }

// TextInto is Text writing the maps into the arrays of startBuf and
// endBuf when they have room for len(text) entries: a caller that
// analyzes one post after another hands back the last post's maps
// instead of allocating two new ones for each.
func TextInto(text string, startBuf, endBuf []int32) (s string, start, end []int32) {
	if isPlainASCII(text) {
		return collapseSpelled(text, nil, nil)
	}
	// The maps hold a byte of the result each, about as many as text has:
	// sized once instead of grown by doubling, whose garbage WebAssembly's
	// single-threaded collector pays for inside the analyses.
	t := textBuilder{b: make([]byte, 0, len(text)), start: buffer(startBuf, len(text)), end: buffer(endBuf, len(text))}
	for p := 0; p < len(text); {
		if c := text[p]; c < utf8.RuneSelf && (p+1 == len(text) || text[p+1] < utf8.RuneSelf) {
			// An ASCII character that another follows is a segment of
			// its own, which NFKC leaves as it is: most of a post, read
			// without the iterator below.
			t.ascii(c, p)
			p++
			if !t.skipSpace {
				p = t.asciiRun(text, p)
			}
			continue
		}
		// NFKC's segments never cross an ASCII character (none composes
		// with what precedes it), so the iterator reads the text up to the
		// next one as it would have read it within the whole text.
		q := p + 1
		for q < len(text) && text[q] >= utf8.RuneSelf {
			q++
		}
		var it norm.Iter
		it.InitString(norm.NFKC, text[p:q])
		for !it.Done() {
			p0 := p + it.Pos()
			seg := it.Next()
			t.segment(seg, p0, p+it.Pos())
		}
		p = q
	}
	start, end = t.start, t.end
	if len(start) == 0 {
		start, end = nil, nil // as before the maps were sized: nothing kept
	}
	// The bytes as a string without a copy, as strings.Builder makes
	// one (whose WriteByte would check for a copied Builder at every
	// byte): t.b is not written again.
	return collapseSpelled(unsafe.String(unsafe.SliceData(t.b), len(t.b)), start, end)
}

// buffer returns buf emptied if it has room for n entries, or a new
// array that has.
func buffer(buf []int32, n int) []int32 {
	if cap(buf) >= n {
		return buf[:0]
	}
	return make([]int32, 0, n)
}

// textBuilder is the text Text builds, with its map to the original.
type textBuilder struct {
	b          []byte
	start, end []int32
	afterEmoji bool // the last rune kept was a letter-like emoji
	skipSpace  bool // a pictograph between spaces was dropped
}

// ascii is segment for an ASCII character c at p of the original: what
// segment does for such a segment, without decoding it.
func (t *textBuilder) ascii(c byte, p int) {
	switch {
	case c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f: // dropRune
		return
	case t.skipSpace && c == ' ':
		t.skipSpace = false
		return
	case c == '`':
		c = '\''
	}
	t.skipSpace, t.afterEmoji = false, false
	t.b = append(t.b, c)
	t.start = append(t.start, int32(p))
	t.end = append(t.end, int32(p+1))
}

// asciiRun adds the run of plain ASCII characters of text from p on
// that another ASCII character follows (see plainASCII), as ascii would
// add them one by one once skipSpace is false, and returns where the run
// ends: most of a post is copied this way, its map written in one loop.
func (t *textBuilder) asciiRun(text string, p int) int {
	q := p
	for q+1 < len(text) && plainASCII[text[q]] && text[q+1] < utf8.RuneSelf {
		q++
	}
	if q+1 == len(text) && plainASCII[text[q]] {
		q++
	}
	if q == p {
		return p
	}
	t.afterEmoji = false
	t.b = append(t.b, text[p:q]...)
	n := len(t.start)
	t.start = append(t.start, make([]int32, q-p)...)
	t.end = append(t.end, make([]int32, q-p)...)
	start, end := t.start[n:], t.end[n:len(t.start)]
	for i := range start {
		start[i] = int32(p + i)
		end[i] = int32(p + i + 1)
	}
	return q
}

// plainASCII holds the ASCII characters ascii keeps as they are when no
// pictograph came before: printable ones but '`', and line breaks and
// tabs.
var plainASCII = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = c != '`'
	}
	t['\n'], t['\t'], t['\r'] = true, true, true
	return t
}()

// segment adds the runes of seg, a normalization segment of the original
// range [p0, p1), less the invisible ones and pictographs, with
// look-alike letters folded.
func (t *textBuilder) segment(seg []byte, p0, p1 int) {
	for len(seg) > 0 {
		r, size := utf8.DecodeRune(seg)
		seg = seg[size:]
		if dropRune(r) || dropInvisible(r) {
			continue
		}
		if isPictograph(r) {
			// "dr. 😔 amara", "Iowa🤷 City": the rules see "dr. amara",
			// "Iowa City".
			t.skipSpace = t.skipSpace || len(t.b) == 0 || t.b[len(t.b)-1] == ' '
			continue
		}
		if t.skipSpace && r == ' ' {
			t.skipSpace = false
			continue
		}
		t.skipSpace = false
		emoji := isEmojiLetter(r)
		r = mapRune(foldLetter(r, t.afterEmoji))
		t.afterEmoji = emoji
		n := len(t.b)
		t.b = utf8.AppendRune(t.b, r)
		for range len(t.b) - n {
			t.start = append(t.start, int32(p0))
			t.end = append(t.end, int32(p1))
		}
	}
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f {
			return false
		}
	}
	return true
}

// dropRune reports whether r is invisible formatting (zero-width space and
// joiners, soft hyphen, bidi controls, BOM) or a control character.
func dropRune(r rune) bool {
	if r == '\n' || r == '\t' || r == '\r' {
		return false
	}
	return unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || r == utf8.RuneError
}

func mapRune(r rune) rune {
	switch r {
	case '\u2019', '\u2018', '\u02bc', '`':
		return '\''
	case '\u201c', '\u201d':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013':
		return '-'
	case '\u00a0', '\u2007', '\u202f':
		return ' '
	}
	return r
}
