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
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text returns text normalized, and for each byte i of s the original
// byte range [start[i], end[i]) of the normalization segment it came
// from. start and end are nil when s is text itself.
func Text(text string) (s string, start, end []int32) {
	if isPlainASCII(text) {
		return collapseSpelled(text, nil, nil)
	}
	var b strings.Builder
	b.Grow(len(text))
	// The maps hold a byte of the result each, about as many as text has:
	// sized once instead of grown by doubling, whose garbage WebAssembly's
	// single-threaded collector pays for inside the analyses.
	start, end = make([]int32, 0, len(text)), make([]int32, 0, len(text))
	var it norm.Iter
	it.InitString(norm.NFKC, text)
	afterEmoji := false // the last rune kept was a letter-like emoji
	skipSpace := false  // a pictograph between spaces was dropped
	for !it.Done() {
		p0 := it.Pos()
		seg := it.Next()
		p1 := it.Pos()
		for len(seg) > 0 {
			r, size := utf8.DecodeRune(seg)
			seg = seg[size:]
			if dropRune(r) || dropInvisible(r) {
				continue
			}
			if isPictograph(r) {
				// "dr. 😔 amara", "Iowa🤷 City": the rules see "dr. amara",
				// "Iowa City".
				skipSpace = skipSpace || b.Len() == 0 || strings.HasSuffix(b.String(), " ")
				continue
			}
			if skipSpace && r == ' ' {
				skipSpace = false
				continue
			}
			skipSpace = false
			emoji := isEmojiLetter(r)
			r = mapRune(foldLetter(r, afterEmoji))
			afterEmoji = emoji
			n := b.Len()
			b.WriteRune(r)
			for i := n; i < b.Len(); i++ {
				start = append(start, int32(p0))
				end = append(end, int32(p1))
			}
		}
	}
	if len(start) == 0 {
		start, end = nil, nil // as before the maps were sized: nothing kept
	}
	return collapseSpelled(b.String(), start, end)
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
