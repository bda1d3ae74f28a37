// Package wordset answers whether a word is one of a fixed list's, by
// hash. The speller asks it of every word of a post against a dictionary
// of 20,000–30,000 words, and the story tagger of every token against the
// pack's common words: a binary search compares a dozen or more strings
// scattered over the heap for each word, while the table touches one or
// two slots and, for a word it holds, that word.
package wordset

import "unsafe"

// Set is an open-addressing table of the words' positions, each slot
// tagged with bits of the hash so that most probes need no string
// comparison. The answer is exact and the same on every platform.
type Set struct {
	words []string
	slots []uint32 // tag<<indexBits | position+1; 0 is empty
	mask  uint32
}

// indexBits is how many bits of a slot hold a position: a list may have
// up to 2^indexBits - 1 words (New returns nil for more).
const indexBits = 20

// New indexes words, or returns nil when they are too many for a slot to
// name. The set keeps words (it does not copy them); a word listed twice
// is simply held twice.
func New(words []string) *Set {
	if len(words) >= 1<<indexBits-1 {
		return nil
	}
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	s := &Set{words: words, slots: make([]uint32, size), mask: uint32(size - 1)}
	for i, w := range words {
		h := hash(w)
		for j := uint32(h) & s.mask; ; j = (j + 1) & s.mask {
			if s.slots[j] == 0 {
				s.slots[j] = tagOf(h)<<indexBits | uint32(i+1)
				break
			}
		}
	}
	return s
}

// Has reports whether w is one of the words; a nil set holds none.
func (s *Set) Has(w string) bool { return s.Index(w) >= 0 }

// Index returns the position of w in the words given to New (the first,
// for a word listed twice), or -1 when w is not one of them or s is nil.
func (s *Set) Index(w string) int { return index(s, w) }

// HasBytes is Has for a word held in a byte slice, which it neither
// copies nor keeps: the speller asks it of the edits of a word, built in
// one buffer.
func (s *Set) HasBytes(b []byte) bool {
	return s.Index(unsafe.String(unsafe.SliceData(b), len(b))) >= 0
}

// index is Index.
func index(s *Set, w string) int {
	if s == nil {
		return -1
	}
	h := hash(w)
	tag := tagOf(h)
	for j := uint32(h) & s.mask; ; j = (j + 1) & s.mask {
		slot := s.slots[j]
		if slot == 0 {
			return -1
		}
		if k := int(slot&(1<<indexBits-1)) - 1; slot>>indexBits == tag && s.words[k] == w {
			return k
		}
	}
}

// tagOf is the bits of h a slot keeps beside the position.
func tagOf(h uint64) uint32 { return uint32(h>>(64-(32-indexBits))) & (1<<(32-indexBits) - 1) }

// hash mixes the bytes of w eight or four at a time, as wyhash reads a
// short input: two loads that may overlap cover a word of 4 to 16 bytes,
// three bytes one of 1 to 3. Only 64-bit multiplies, which WebAssembly
// has. A word of a post is 5 to 8 bytes: this costs a third of what
// FNV-1a's multiply per byte did. The value depends on the platform's
// byte order, the answers of a Set do not.
func hash(w string) uint64 {
	n := len(w)
	var a, b uint64
	switch {
	case n == 0:
	case n < 4:
		a = uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	case n <= 8:
		a, b = uint64(load32(w, 0)), uint64(load32(w, n-4))
	default:
		h := uint64(n) * prime1
		for ; n > 16; n -= 16 {
			h = mix(h^load64(w, len(w)-n), load64(w, len(w)-n+8))
		}
		a, b = load64(w, len(w)-16+max(0, 16-len(w)))^h, load64(w, len(w)-8)
	}
	return mix(a^uint64(len(w))*prime1, b^prime2)
}

// mix combines a and b into 64 bits, every bit of the result depending
// on every bit of both.
func mix(a, b uint64) uint64 {
	h := (a ^ b>>29 ^ b<<35) * prime3
	h ^= (h >> 32) ^ b
	h *= prime2
	return h ^ h>>29
}

const (
	prime1 = 0x9e3779b97f4a7c15
	prime2 = 0xbf58476d1ce4e5b9
	prime3 = 0x94d049bb133111eb
)

// load64 is the 8 bytes of w from i on as one number (i+8 <= len(w)).
func load64(w string, i int) uint64 {
	_ = w[i+7]
	return *(*uint64)(unsafe.Pointer(unsafe.StringData(w[i:])))
}

// load32 is the 4 bytes of w from i on as one number (i+4 <= len(w)).
func load32(w string, i int) uint32 {
	_ = w[i+3]
	return *(*uint32)(unsafe.Pointer(unsafe.StringData(w[i:])))
}
