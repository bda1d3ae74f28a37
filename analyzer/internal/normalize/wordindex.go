package normalize

// wordIndex answers whether a word is one of a sorted list's, by hash:
// an open-addressing table of the words' positions, each slot tagged with
// bits of the hash so that most probes need no string comparison. A
// binary search of a 30,000-word dictionary compares a dozen or more
// strings scattered over the heap for each word of a post; the table
// touches one or two slots and, for a word it holds, that word.
type wordIndex struct {
	words []string
	slots []uint32 // tag<<indexBits | position+1; 0 is empty
	mask  uint32
}

// indexBits is how many bits of a slot hold a position: a list may have
// up to 2^indexBits - 1 words (newWordIndex returns nil for more).
const indexBits = 20

// newWordIndex indexes words (distinct), or returns nil when they are
// too many for a slot to name.
func newWordIndex(words []string) *wordIndex {
	if len(words) >= 1<<indexBits-1 {
		return nil
	}
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	ix := &wordIndex{words: words, slots: make([]uint32, size), mask: uint32(size - 1)}
	for i, w := range words {
		h := wordHash(w)
		for j := uint32(h) & ix.mask; ; j = (j + 1) & ix.mask {
			if ix.slots[j] == 0 {
				ix.slots[j] = tagOf(h)<<indexBits | uint32(i+1)
				break
			}
		}
	}
	return ix
}

// has reports whether w is one of the words.
func (ix *wordIndex) has(w string) bool {
	h := wordHash(w)
	tag := tagOf(h)
	for j := uint32(h) & ix.mask; ; j = (j + 1) & ix.mask {
		s := ix.slots[j]
		if s == 0 {
			return false
		}
		if s>>indexBits == tag && ix.words[s&(1<<indexBits-1)-1] == w {
			return true
		}
	}
}

// tagOf is the bits of h a slot keeps beside the position.
func tagOf(h uint64) uint32 { return uint32(h>>(64-(32-indexBits))) & (1<<(32-indexBits) - 1) }

// wordHash is 64-bit FNV-1a of w.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}
