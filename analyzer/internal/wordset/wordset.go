// Package wordset answers whether a word is one of a fixed list's, by
// hash. The speller asks it of every word of a post against a dictionary
// of 20,000–30,000 words, and the story tagger of every token against the
// pack's common words: a binary search compares a dozen or more strings
// scattered over the heap for each word, while the table touches one or
// two slots and, for a word it holds, that word.
package wordset

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
func (s *Set) HasBytes(b []byte) bool { return index(s, b) >= 0 }

// index is Index for a word as a string or as bytes.
func index[W string | []byte](s *Set, w W) int {
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
		if k := int(slot&(1<<indexBits-1)) - 1; slot>>indexBits == tag && s.words[k] == string(w) {
			return k
		}
	}
}

// tagOf is the bits of h a slot keeps beside the position.
func tagOf(h uint64) uint32 { return uint32(h>>(64-(32-indexBits))) & (1<<(32-indexBits) - 1) }

// hash is 64-bit FNV-1a of w.
func hash[W string | []byte](w W) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}
