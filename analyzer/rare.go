package analyzer

import (
	"strings"
	"unicode"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// rareBit is the tagger mark of a word of letters that the pack's common
// words do not hold: a rarer word, as the details of a story often are
// ("hoards", "eviction"), whatever the language.
const rareBit = 1 << 62

// conditionBit is the tagger mark of a word of the pack's conditions list
// (rules/README.md): a condition, symptom or circumstance word of
// ICD-10-CM ("insomnia", "hallucinations", "homelessness") or a DSM
// abbreviation, which the model then weighs in posts no training post
// resembled.
const conditionBit = 1 << 61

// commonWords answers whether a word is one of a pack's common words in a
// probe or two of a table of hashes: the tagger asks it of every token,
// and bisecting 30,000 strings cost 3% of an analysis. Each slot holds
// the high 32 bits of a word's 64-bit FNV-1a hash (0: empty), at the
// index its low bits give, so two words are confused only when their
// whole hash nearly agrees; the answer is the same on every platform.
type commonWords struct {
	slots []uint32
	mask  uint64
}

// newCommonWords builds the table of words (nil for none).
func newCommonWords(words phrase.WordSet) *commonWords {
	if len(words) == 0 {
		return nil
	}
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	c := &commonWords{slots: make([]uint32, size), mask: uint64(size - 1)}
	for _, w := range words {
		h := fnv64(w)
		fp := fingerprint(h)
		for j := h & c.mask; ; j = (j + 1) & c.mask {
			if c.slots[j] == 0 || c.slots[j] == fp {
				c.slots[j] = fp
				break
			}
		}
	}
	return c
}

// has reports whether w is (as far as its hash tells) one of the words.
func (c *commonWords) has(w string) bool { return c.hasHash(fnv64(w)) }

// hasHash reports whether a word whose fnv64 hash is h is one of the words.
func (c *commonWords) hasHash(h uint64) bool {
	fp := fingerprint(h)
	for j := h & c.mask; ; j = (j + 1) & c.mask {
		switch c.slots[j] {
		case 0:
			return false
		case fp:
			return true
		}
	}
}

// fingerprint is the non-zero slot value of hash h.
func fingerprint(h uint64) uint32 { return uint32(h>>32) | 1 }

// fnv64 is the 64-bit FNV-1a hash of s.
func fnv64(s string) uint64 { return fnvMore(14695981039346656037, s) }

// fnvMore extends the FNV-1a hash h of a string with the bytes of s: the
// hash of their concatenation, without building it.
func fnvMore(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// rareWord reports whether w is a word of three letters or more that
// common does not hold.
func rareWord(w string, common *commonWords) bool {
	if len(w) < 3 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return !common.has(w)
}

// conditionEndings are the endings conditionWord takes off a word, each
// with what it puts back, to find the list's form: the list holds lemmas
// ("nightmare", "binge"), posts inflect them ("nightmares", "binged").
// "-ies" and "-ied" to "y" ("worries") lost CV recall (en 0.836 -> 0.832).
var conditionEndings = [][2]string{{"s", ""}, {"es", ""}, {"ing", ""}, {"ing", "e"}, {"ed", ""}, {"ed", "e"}}

// conditionWord reports whether w, or w with an ending of
// conditionEndings replaced (leaving a stem of three letters or more), is
// one of conditions. It allocates nothing: the stem's hash is extended
// with what is put back.
func conditionWord(w string, conditions *commonWords) bool {
	if len(w) < 3 {
		return false
	}
	if conditions.has(w) {
		return true
	}
	for _, e := range conditionEndings {
		if len(w)-len(e[0]) < 3 || !strings.HasSuffix(w, e[0]) {
			continue
		}
		if conditions.hasHash(fnvMore(fnv64(w[:len(w)-len(e[0])]), e[1])) {
			return true
		}
	}
	return false
}
