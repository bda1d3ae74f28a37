package pattern

// The byte sets the prefilters are made of.

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

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

// meets reports whether s and t have a byte in common.
// within reports whether every byte of s is in t.
func (s *byteSet) within(t *byteSet) bool {
	return s[0]&^t[0] == 0 && s[1]&^t[1] == 0 && s[2]&^t[2] == 0 && s[3]&^t[3] == 0
}

func (s *byteSet) meets(t *byteSet) bool {
	return s[0]&t[0] != 0 || s[1]&t[1] != 0 || s[2]&t[2] != 0 || s[3]&t[3] != 0
}

func (s *byteSet) len() int {
	return bits.OnesCount64(s[0]) + bits.OnesCount64(s[1]) + bits.OnesCount64(s[2]) + bits.OnesCount64(s[3])
}

// addRunes adds the first bytes of the runes lo..hi: the ASCII ones
// exactly, the others by their UTF-8 lead bytes (which rise with the rune).
func (s *byteSet) addRunes(lo, hi rune) {
	for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
		s.add(byte(r))
	}
	if hi < utf8.RuneSelf {
		return
	}
	var a, b [utf8.UTFMax]byte
	utf8.EncodeRune(a[:], max(lo, utf8.RuneSelf))
	utf8.EncodeRune(b[:], min(hi, unicode.MaxRune))
	s.addRange(int(a[0]), int(b[0]))
}

// allBytes holds every byte.
var allBytes = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

// asciiNonWordBytes holds the ASCII bytes Go's \b does not count as word
// characters.
var asciiNonWordBytes = func() (set byteSet) {
	for b := 0; b < utf8.RuneSelf; b++ {
		if !isASCIIWord(byte(b)) {
			set.add(byte(b))
		}
	}
	return set
}()

// isASCIIWord reports whether Go's \b counts b as a word byte.
func isASCIIWord(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}
