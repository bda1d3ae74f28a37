package rewrite

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/rules"
)

// span is a byte range of a string.
type span struct{ start, end int }

// packList returns p's word list or vocabulary called name.
func packList(p *rules.Pack, name string) []string {
	if l, ok := p.Lists[name]; ok {
		return l
	}
	return p.Vocab[name]
}

// isASCIIWord reports whether b is an ASCII letter, digit or underscore.
func isASCIIWord(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// containsWord reports whether w occurs in s as a whole word; an empty w
// never does.
func containsWord(s, w string) bool {
	if w == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		at := i + j
		if phrase.BoundaryBefore(s, at) && phrase.BoundaryAfter(s, at+len(w)) {
			return true
		}
		i = at + len(w)
	}
}

// wordCount returns the number of words of s, as wordSpans splits them.
func wordCount(s string) int {
	n := 0
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		n++
	}
	return n
}

// indexAny is strings.IndexAny for the valid UTF-8 the rewrite handles,
// in one pass that tests an ASCII byte against a bit set: IndexAny with
// a character outside ASCII in chars looks each rune of s up in chars,
// a call a character.
func indexAny(s, chars string) int {
	var set [8]uint32
	wide := false
	for i := 0; i < len(chars); i++ {
		if c := chars[i]; c < utf8.RuneSelf {
			set[c>>5] |= 1 << (c & 31)
		} else {
			wide = true
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if set[c>>5]&(1<<(c&31)) != 0 {
				return i
			}
			i++
			continue
		}
		if !wide {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError && strings.ContainsRune(chars, r) {
			return i
		}
		i += n
	}
	return -1
}

// wordFilter is a set of words that may answer "yes" for a word not in
// it, never "no" for one that is: a bit for each of 2¹⁶ hashes of a
// word's length and three of its bytes (first, middle, last),
// 8 KB in all. It rules most words
// of a post out of a map of a few thousand words in a few operations,
// where the map would hash the whole word and probe.
type wordFilter [1 << 10]uint64

// wordBit is the filter bit of w: a multiplicative hash of its length
// and four of its bytes.
func wordBit(w string) uint32 { return wordHash(w) >> 16 }

// wordHash is a multiplicative hash of w's length and three of its bytes
// (first, middle, last); 0 for an empty w.
func wordHash[T string | []byte](w T) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n) | uint32(w[0])<<8 | uint32(w[n/2])<<16 | uint32(w[n-1])<<24
	return h * 0x9e3779b1
}

func (f *wordFilter) add(w string) { b := wordBit(w); f[b>>6] |= 1 << (b & 63) }

// mayHave reports whether w may be in the set: false says it is not.
func (f *wordFilter) mayHave(w string) bool { b := wordBit(w); return f[b>>6]&(1<<(b&63)) != 0 }

// pairSet is a set of two-byte sequences, a bit each: 8 KB.
type pairSet [1 << 10]uint64

func (p *pairSet) add(a, b byte) { k := uint(a)<<8 | uint(b); p[k>>6] |= 1 << (k & 63) }

// has reports whether a followed by b is in the set.
func (p *pairSet) has(a, b byte) bool { k := uint(a)<<8 | uint(b); return p[k>>6]&(1<<(k&63)) != 0 }

// lowerGet returns m[strings.ToLower(w)]. An ASCII w of up to 64 bytes is
// lower-cased in a buffer on the stack, which the map is asked with
// without a copy: a capitalized word no longer costs an allocation, and
// a lower-case one no second scan.
func lowerGet[V any](m map[string]V, w string) V {
	var buf [64]byte
	if n, ok := lowerInto(&buf, w); ok {
		return m[string(buf[:n])]
	}
	return m[strings.ToLower(w)]
}

// lowerInto lower-cases w into buf when w is ASCII and fits, and returns
// its length; ok is false otherwise.
func lowerInto(buf *[64]byte, w string) (n int, ok bool) {
	if len(w) > len(buf) {
		return 0, false
	}
	for ; n < len(w); n++ {
		c := w[n]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
	}
	return n, true
}

// smallFilter is wordFilter for a set of a few hundred words: 4,096 bits,
// 512 bytes, of the same hash.
type smallFilter [1 << 6]uint64

// newSmallFilter returns the filter of the words of set.
func newSmallFilter(set map[string]bool) *smallFilter {
	f := &smallFilter{}
	for w := range set {
		b := wordHash(w) >> 20
		f[b>>6] |= 1 << (b & 63)
	}
	return f
}

// lowerHas returns set[strings.ToLower(w)], where f is set's filter. An
// ASCII w of up to 64 bytes is lower-cased on the stack (as lowerGet
// does) and most words are ruled out by the filter without a look-up.
func lowerHas(set map[string]bool, f *smallFilter, w string) bool {
	if n := len(w); n > 0 && n <= 64 {
		// The filter's hash reads the length and three bytes: lower-cased
		// alone, they rule most words out before the copy, once w is
		// known to be ASCII (which the copy would have checked).
		a, m, z := w[0], w[n/2], w[n-1]
		if a|m|z < utf8.RuneSelf {
			h := uint32(n) | uint32(lowerASCII(a))<<8 | uint32(lowerASCII(m))<<16 | uint32(lowerASCII(z))<<24
			b := h * 0x9e3779b1 >> 20 // wordHash of the lower-cased word
			if f[b>>6]&(1<<(b&63)) == 0 && isASCII(w) {
				return false
			}
		}
	}
	var buf [64]byte
	if n, ok := lowerInto(&buf, w); ok {
		if b := wordHash(buf[:n]) >> 20; f[b>>6]&(1<<(b&63)) == 0 {
			return false
		}
		return set[string(buf[:n])]
	}
	return set[strings.ToLower(w)]
}

// lastIndex is strings.LastIndex, searched forward: Index is vectorized
// where LastIndex hashes byte by byte, and a lead occurs once or not at
// all in most texts.
func lastIndex(s, sub string) int {
	if sub == "" {
		return len(s)
	}
	at := -1
	for i := 0; i <= len(s); {
		j := strings.Index(s[i:], sub)
		if j < 0 {
			break
		}
		at = i + j
		i = at + 1
	}
	return at
}

// isASCII reports whether s holds no byte outside ASCII.
func isASCII(s string) bool {
	var seen byte
	for i := 0; i < len(s); i++ {
		seen |= s[i]
	}
	return seen < utf8.RuneSelf
}

// lowerSame returns strings.ToLower(s) and true when lower-casing keeps
// the byte length of every rune of s, so that an offset into s is the
// same offset into the result; "" and false otherwise (an invalid byte,
// a "İ" or a Kelvin sign).
func lowerSame(s string) (string, bool) { return lowerSameIn(nil, s) }

// lowerSameIn is lowerSame writing a copy, when it needs one, into buf's
// memory if it is large enough: a caller that keeps the result no longer
// than buf (scrub, with an array on its stack) allocates nothing.
func lowerSameIn(buf []byte, s string) (string, bool) {
	// Lower-case ASCII is returned as it is; from the first capital on,
	// ASCII is lower-cased into a copy in the same pass (strings.ToLower
	// writes a capitalized text byte by byte through a Builder).
	i := 0
	for i+8 <= len(s) { // eight bytes at a time while they are lower-case ASCII
		if x := load8(s, i); x&highBits != 0 || upperBits(x) != 0 {
			break
		}
		i += 8
	}
	for i < len(s) && s[i] < utf8.RuneSelf && s[i]-'A' >= 26 { // not 'A' to 'Z', in one comparison
		i++
	}
	if i == len(s) {
		return s, true // already lower case: no copy
	}
	if s[i] < utf8.RuneSelf {
		b := buf[:0]
		if cap(b) < len(s) {
			b = make([]byte, len(s))
		}
		b = b[:len(s)]
		copy(b, s[:i])
		for i+8 <= len(s) { // eight ASCII bytes at a time, each capital's 0x20 bit set
			x := load8(s, i)
			if x&highBits != 0 {
				break // the byte loop below hands a text outside ASCII over
			}
			binary.LittleEndian.PutUint64(b[i:], x|upperBits(x)>>2)
			i += 8
		}
		for ; i < len(s); i++ {
			c := s[i]
			if c >= utf8.RuneSelf {
				return lowerWide(s)
			}
			if c-'A' < 26 {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		return unsafe.String(unsafe.SliceData(b), len(b)), true // b is not written again
	}
	return lowerWide(s)
}

// highBits holds the high bit of each byte of a uint64: a byte outside
// ASCII has it.
const highBits = 0x8080808080808080

// load8 returns the eight bytes of s from i, the first in the low byte.
func load8(s string, i int) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s), len(s))[i:]) // one load; nothing writes to it
}

// upperBits returns the high bit of each byte of x that is 'A' to 'Z',
// for an x of ASCII bytes: adding 0x3F to a byte below 0x80 sets its high
// bit from 'A' up, adding 0x25 from past 'Z' up, and neither sum carries
// into the next byte.
func upperBits(x uint64) uint64 {
	const ones = 0x0101010101010101
	return (x + ones*(0x80-'A')) &^ (x + ones*(0x80-'Z'-1)) & highBits
}

// lowerWide is lowerSame for an s with a byte outside ASCII.
func lowerWide(s string) (string, bool) {
	ls := strings.ToLower(s)
	if len(ls) != len(s) {
		return "", false
	}
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || utf8.RuneLen(unicode.ToLower(r)) != size {
			return "", false
		}
		i += size
	}
	return ls, true
}

// lowerSpan returns strings.ToLower(c.post.Text[a:b]): a slice of the
// post's text lower-cased once, where that gives the same bytes (see
// lowerSame; a and b at the start of a rune), a copy otherwise.
func (c *run) lowerSpan(a, b int) string {
	t := c.post.Text
	if !c.lowerDone {
		if lowerOf(t, c.post.Lower) {
			c.lower, c.lowerOK = c.post.Lower, true // the caller's: no copy
		} else {
			c.lower, c.lowerOK = lowerSame(t)
		}
		c.lowerDone = true
	}
	if c.lowerOK && (a == len(t) || utf8.RuneStart(t[a])) && (b == len(t) || utf8.RuneStart(t[b])) {
		return c.lower[a:b]
	}
	return strings.ToLower(t[a:b])
}

// byFirstByte returns the indexes of words by their first byte, or nil
// when there are more than 64 of them or one is empty (see firstProvider,
// lastLead).
func byFirstByte(words []string) *[256][]uint8 {
	if len(words) > 64 || slices.Contains(words, "") {
		return nil
	}
	by := &[256][]uint8{}
	for k, w := range words {
		by[w[0]] = append(by[w[0]], uint8(k))
	}
	return by
}

// wholeFirst returns the offset of the first occurrence in s, met going
// forward (or back from the end when backward is set), of one of words
// as whole words, where by (byFirstByte(words)) indexes them; a word met
// first inside a word is tried no more, as a strings.Index (or
// lastIndex) of each word would find only that occurrence. -1 when none.
func wholeFirst(s string, words []string, by *[256][]uint8, backward bool) int {
	i, step, stop := 0, 1, len(s)
	if backward {
		i, step, stop = len(s)-1, -1, -1
	}
	var out uint64 // the words met inside a word
	for ; i != stop; i += step {
		for _, k := range by[s[i]] {
			w := words[k]
			if out&(1<<k) != 0 || !strings.HasPrefix(s[i:], w) {
				continue
			}
			if phrase.BoundaryBefore(s, i) && phrase.BoundaryAfter(s, i+len(w)) {
				return i
			}
			out |= 1 << k
		}
	}
	return -1
}

// nextWord returns the bounds of the first word of s at or after i, as
// wordSpans splits words; start == end when there is none.
func nextWord(s string, i int) (int, int) {
	// Two tight loops, one to the word's first byte and one past its
	// last: most bytes are ASCII and cost one table look (wordBytes). A
	// byte outside ASCII hands over to nextWordWide, whose rune look-ups
	// would cost this loop a stack frame.
	for i < len(s) {
		k := wordBytes[s[i]]
		if k == wordStart {
			break
		}
		if k == wordWide {
			return nextWordWide(s, i)
		}
		i++
	}
	if i >= len(s) {
		return len(s), len(s)
	}
	start := i
	for i < len(s) {
		k := wordBytes[s[i]]
		if k >= wordInside { // wordInside or wordStart
			i++
			continue
		}
		if k == wordWide {
			return start, wordEndWide(s, i)
		}
		return start, i
	}
	return start, len(s)
}

// nextWordWide is nextWord, rune by rune outside ASCII.
func nextWordWide(s string, i int) (int, int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiWord[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		i += n
	}
	if i >= len(s) {
		return len(s), len(s)
	}
	return i, wordEndWide(s, i)
}

// wordEndWide returns where the word that goes on at byte i of s ends,
// rune by rune outside ASCII.
func wordEndWide(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiWord[c] && c != '-' && c != '\'' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '·' {
			return i
		}
		i += n
	}
	return len(s)
}

// The classes of bytes nextWord walks: one that starts or continues a
// word (an ASCII letter or digit), one that only continues one (- and
// '), a byte outside ASCII, whose rune must be decoded, and the others.
// wordInside and wordStart come last, so that one comparison tells a
// byte that continues a word.
const (
	wordNone uint8 = iota
	wordWide
	wordInside
	wordStart
)

// wordBytes gives each byte its class for nextWord.
var wordBytes = func() (t [256]uint8) {
	for b := range t {
		switch {
		case b >= utf8.RuneSelf:
			t[b] = wordWide
		case asciiWord[b]:
			t[b] = wordStart
		case b == '-' || b == '\'':
			t[b] = wordInside
		}
	}
	return t
}()

// addWords adds the words of a lower-case term to set, and each part of a
// hyphenated word ("spanish-speaking", "spanish", "speaking").
func addWords(set map[string]bool, term string) {
	var buf [16]span
	for _, w := range appendWords(buf[:0], term) { // on the stack for a short term
		word := term[w.start:w.end]
		set[word] = true
		// Its parts between hyphens and apostrophes (strings.FieldsFunc's
		// fields, found without a slice: both are ASCII, never inside a
		// rune's bytes).
		start := -1
		for i := 0; i <= len(word); i++ {
			if i < len(word) && word[i] != '-' && word[i] != '\'' {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				set[word[start:i]] = true
				start = -1
			}
		}
	}
}

func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
