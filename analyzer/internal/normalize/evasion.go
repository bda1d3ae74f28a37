package normalize

import (
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// Evasion: people who know a post will be screened, or who simply want to
// keep a name out of search, write it in ways that still read as the name
// to a person: "J.e.n.n.a", "J e n n a", "J-e-n-n-a", Cyrillic or Greek
// look-alike letters ("Jеnna" with a Cyrillic е), fullwidth or
// mathematical letters ("Ｊｅｎｎａ", "𝐉𝐞𝐧𝐧𝐚") and letter-like emoji
// ("🅹🅴🅽🅽🅰"; not flags' regional indicators, whose pairs are
// countries). The view undoes them so the rules see "Jenna";
// every byte of the view keeps the original range it came from, so a
// finding maps back to the whole spelled-out form.
//
// NFKC (Text) already folds fullwidth, mathematical, circled and
// squared letters. homoglyph and emojiLetter fold the rest; collapseSpelled
// joins spelled-out letters.

// homoglyphs maps Cyrillic and Greek letters that look like a Latin letter
// in common fonts to that letter. The packs are English, French and
// Spanish, so a Cyrillic or Greek letter in a post is far more often a
// look-alike than a word of another script.
var homoglyphs = map[rune]rune{
	// Cyrillic
	'а': 'a', 'в': 'b', 'е': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't',
	'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'i', 'ј': 'j', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h', 'ӏ': 'l',
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T',
	'У': 'Y', 'Х': 'X', 'Ѕ': 'S', 'І': 'I', 'Ј': 'J', 'Ԁ': 'D', 'Ԛ': 'Q', 'Ԝ': 'W', 'Һ': 'H', 'Ӏ': 'I',
	// Greek
	'α': 'a', 'ε': 'e', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O',
	'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
}

// isEmojiLetter reports whether r is a letter-like emoji (🅐, 🅰) that
// NFKC leaves as it is.
func isEmojiLetter(r rune) bool {
	return (r >= 0x1F130 && r <= 0x1F189)
}

// foldLetter maps a look-alike or letter-like emoji to its Latin letter,
// and any other rune to itself. Letter-like emoji have capitals only, so
// a run of them is written in title case ("🅹🅴🅽🅽🅰" reads "Jenna"):
// after is true when r follows another emoji letter.
func foldLetter(r rune, after bool) rune {
	if after && isEmojiLetter(r) {
		return unicode.ToLower(foldLetter(r, false))
	}
	switch {
	case r < 0x370:
		return r
	case r >= 0x1F130 && r <= 0x1F149: // squared 🄰..🅉 (when NFKC left them)
		return 'A' + (r - 0x1F130)
	case r >= 0x1F150 && r <= 0x1F169: // negative circled 🅐..🅩
		return 'A' + (r - 0x1F150)
	case r >= 0x1F170 && r <= 0x1F189: // negative squared 🅰..🆉
		return 'A' + (r - 0x1F170)
	}
	if l, ok := homoglyphs[r]; ok {
		return l
	}
	return r
}

// isPictograph reports whether r is an emoji or pictograph (faces,
// hands, hearts, flags, dingbats, skin tones) other than a letter-like
// one: people sprinkle them through a post ("dr. 😔 amara", "Iowa🤷
// City"), and the view leaves them out so that the words around them read
// as they would without them.
func isPictograph(r rune) bool {
	switch {
	case isEmojiLetter(r):
		return false
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF, r >= 0x2B00 && r <= 0x2BFF,
		r >= 0x1F3FB && r <= 0x1F3FF:
		return true
	}
	return false
}

// dropInvisible reports whether r is a variation selector (the U+FE0F
// that turns 🅰 into an emoji) or a tag: marks with no letter of their own.
func dropInvisible(r rune) bool {
	return (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0xE0000 && r <= 0xE007F)
}

// spelledSeparator reports whether c may stand between spelled-out
// letters.
func spelledSeparator(c byte) bool {
	switch c {
	case '.', ' ', '-', '_', '*':
		return true
	}
	return false
}

// spelledRun reports the end of a run of single letters separated by one
// repeated separator that starts at i in s ("J.e.n.n.a"), and how many
// letters it has; n is 0 when no run starts at i. A run needs 3 letters
// with a lower-case one after the first (so "U.S.A." and "J.R.R." stay
// initials), or 4 when the separator is a space ("il y a à" is French).
func spelledRun(s string, i int) (end, n int) {
	if !phrase.BoundaryBefore(s, i) {
		return 0, 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsLetter(r) || !phrase.BoundaryAfter(s, i+size) || i+size >= len(s) {
		return 0, 0
	}
	sep := s[i+size]
	if !spelledSeparator(sep) {
		return 0, 0
	}
	lower := false
	j := i
	for {
		r, size = utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) || !phrase.BoundaryAfter(s, j+size) {
			break
		}
		if n > 0 && unicode.IsLower(r) {
			lower = true
		}
		n++
		end = j + size
		if end+1 >= len(s) || s[end] != sep {
			break
		}
		j = end + 1
	}
	need := 3
	if sep == ' ' {
		need = 4
	}
	if n < need || (!lower && sep != ' ' && sep != '-' && sep != '_' && sep != '*') {
		return 0, 0
	}
	// All capitals spaced out ("J E N N A") reads as a name too, but
	// dotted capitals are initials or an acronym.
	return end, n
}

// collapseSpelled removes the separators of every spelled-out run of s.
// start and end give the original range of each byte of s (nil: s is the
// original). It returns s unchanged when there is no run.
func collapseSpelled(s string, start, end []int32) (string, []int32, []int32) {
	var b []byte
	var ns, ne []int32
	last := 0       // bytes of s before last are in b
	inWord := false // s[i-1] is an ASCII letter or digit
	for i := 0; i < len(s); {
		if i, inWord = skipPlain(s, i, inWord); i == len(s) {
			break
		}
		runEnd, n := spelledRun(s, i)
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			inWord = wordByte(s[i-1])
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s))
			ns = make([]int32, 0, len(s))
			ne = make([]int32, 0, len(s))
		}
		b, ns, ne = appendMapped(b, ns, ne, s, start, end, last, i)
		for j := i; j < runEnd; {
			_, size := utf8.DecodeRuneInString(s[j:])
			b, ns, ne = appendMapped(b, ns, ne, s, start, end, j, j+size)
			j += size + 1 // the separator
		}
		i, last = runEnd, runEnd
		inWord = wordByte(s[i-1])
	}
	if b == nil {
		return s, start, end
	}
	b, ns, ne = appendMapped(b, ns, ne, s, start, end, last, len(s))
	return string(b), ns, ne
}

// skipPlain returns the first position from i on where a spelled-out run
// may start: a byte outside ASCII, or an ASCII letter that starts a word
// and that a separator follows (spelledRun's first tests, for ASCII); or
// len(s). inWord says whether s[i-1] is an ASCII letter or digit, and
// the inWord returned the same of the position returned.
//
// Not inlined: a loop of its own keeps its few variables in registers,
// where inside its caller's every byte reloaded the caller's (measured:
// about 60 instructions a byte inlined, 10 apart).
//
//go:noinline
func skipPlain(s string, i int, inWord bool) (int, bool) {
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			break
		}
		class := asciiClass[c]
		if class == classLetter && !inWord && i+1 < len(s) && spelledSeparator(s[i+1]) {
			break
		}
		inWord = class != 0
	}
	return i, inWord
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// asciiClass tells the ASCII letters (classLetter) and digits (classDigit)
// from the other characters (0).
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case asciiLetter(byte(c)):
			t[c] = classLetter
		case '0' <= c && c <= '9':
			t[c] = classDigit
		}
	}
	return t
}()

const (
	classLetter = 1 + iota
	classDigit
)

// wordByte reports whether c is an ASCII letter or digit.
func wordByte(c byte) bool { return c < utf8.RuneSelf && asciiClass[c] != 0 }

// appendMapped appends s[from:to] to b with the original range of each
// byte.
func appendMapped(b []byte, ns, ne []int32, s string, start, end []int32, from, to int) ([]byte, []int32, []int32) {
	b = append(b, s[from:to]...)
	for k := from; k < to; k++ {
		if start == nil {
			ns = append(ns, int32(k))
			ne = append(ne, int32(k+1))
		} else {
			ns = append(ns, start[k])
			ne = append(ne, end[k])
		}
	}
	return b, ns, ne
}

// appendReplaced appends repl in place of s[from:to] (to > from), every
// byte of it mapped to the original range of the whole run it replaces,
// so a finding in repl maps back to what was typed.
func appendReplaced(b []byte, ns, ne []int32, start, end []int32, from, to int, repl string) ([]byte, []int32, []int32) {
	os, oe := int32(from), int32(to)
	if start != nil {
		os, oe = start[from], end[to-1]
	}
	b = append(b, repl...)
	for range len(repl) {
		ns = append(ns, os)
		ne = append(ne, oe)
	}
	return b, ns, ne
}
