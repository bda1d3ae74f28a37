// Package tagger is a small sequence tagger for the details of a client's
// story that no word list can enumerate (symptoms in plain words, incidents,
// family situations, how long the poster has seen the client). It tags the
// tokens of a sentence with BIO labels shared by every category, left to
// right (greedy), then gives each span the category its tokens' scores
// favour, over hashed features and an averaged-perceptron weight table,
// trained by Train (with feature dropout, drawn from a seed) and stored
// compactly (int8 weights, pruned) by Model.MarshalBinary.
package tagger

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a sentence as the tagger sees it.
type Token struct {
	// Word is the token as written; Lower is it lower-cased.
	Word, Lower string
	// Marks is a set of bits the caller sets from what it already knows
	// of the token (the categories of rule matches that overlap it, the
	// zone it sits in); each set bit is a feature of the token and of its
	// neighbours.
	Marks uint64
	// Zone says who the token's sentence is about, in the caller's
	// numbering (the analyzer's Referent: client, poster, public figure,
	// group...); 0 says nothing. It is a feature alone and joined with
	// the word, so "weekly" said of a client and of the poster's own
	// week can weigh differently.
	Zone uint8
}

// Feature templates: each feature hash mixes one of these with the hash of
// what the template looks at, so the same word in two roles never collides.
const (
	tBias uint64 = iota + 1
	tWord
	tPrev
	tNext
	tPrev2
	tNext2
	tBigramL
	tBigramR
	tPre3
	tSuf3
	tSuf2
	tPre4
	tShape
	tMark
	tMarkL
	tMarkR
	tSentMark
	tPos
	tFirst
	tZone
	tZoneWord
	tZoneSuf3
	tZonePrev
	tPrevPre4
	tNextPre4
	tPrevSuf3
	tNextSuf3
)

// Sentinel hashes for the positions before the first and after the last token.
const (
	hBOS = 0x9e3779b97f4a7c15
	hEOS = 0xc2b2ae3d27d4eb4f
)

// FNV-1a's 64-bit offset basis and prime.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnv hashes s with 64-bit FNV-1a, folding accented letters to their
// base letter first (Fold), so that a word typed without its accents, as
// people often do, has the features of the word with them.
func fnv(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		}
		h, i = fnvRune(h, s, i)
	}
	return h
}

// fnvRune hashes into h the rune of s that starts at i, not ASCII (its
// base letter, or its bytes), and returns the index after it.
func fnvRune(h uint64, s string, i int) (uint64, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	if b := foldRune(r); b != 0 {
		return (h ^ uint64(b)) * fnvPrime, i + size
	}
	for k := range size {
		h = (h ^ uint64(s[i+k])) * fnvPrime
	}
	return h, i + size
}

// fnvPrefixes returns fnv of s and of its first 3 and 4 runes, in one
// pass: FNV-1a of a prefix is the hash's state after the prefix.
func fnvPrefixes(s string) (whole, pre3, pre4 uint64) {
	h, i := uint64(fnvOffset), 0
	pre3, pre4 = h, h
	for runes := 1; runes <= 4 && i < len(s); runes++ {
		if c := s[i]; c < utf8.RuneSelf {
			h = (h ^ uint64(c)) * fnvPrime
			i++
		} else {
			h, i = fnvRune(h, s, i)
		}
		if runes <= 3 {
			pre3 = h
		}
		pre4 = h
	}
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		}
		h, i = fnvRune(h, s, i)
	}
	return h, pre3, pre4
}

// suffixHashes returns fnv of the last 3 and the last 2 runes of w; for
// a word shorter than 3 bytes or that ends in three ASCII bytes, without
// looking for where its runes start.
func suffixHashes(w string) (suf3, suf2 uint64) {
	n := len(w)
	switch {
	case n < 3: // two runes at most: both suffixes are the word
		h := fnv(w)
		return h, h
	case w[n-1]|w[n-2]|w[n-3] >= utf8.RuneSelf:
		return fnv(suffix(w, 3)), fnv(suffix(w, 2))
	}
	step := func(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }
	return step(step(step(fnvOffset, w[n-3]), w[n-2]), w[n-1]), step(step(fnvOffset, w[n-2]), w[n-1])
}

// foldTable maps the letters U+00E0 to U+00FF to their base letter:
// the accented lower-case letters of French and Spanish and their
// neighbours in Latin-1 (0 for the others: ÷, þ, æ...).
var foldTable = func() (t [32]byte) {
	plain := "aaaaaaceeeeiiiinooooouuuuyy"
	for k, r := range []rune("àáâãäåçèéêëìíîïñòóôõöùúûüýÿ") {
		t[r-0xe0] = plain[k]
	}
	return t
}()

// foldRune returns the base letter of an accented lower-case letter, or 0.
func foldRune(r rune) byte {
	if r < 0xe0 || r > 0xff {
		return 0
	}
	return foldTable[r-0xe0]
}

// Fold returns s with its accented lower-case letters replaced by their
// base letter ("séance" → "seance"): the form under which the tagger
// hashes words, for callers that look words up the same way.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if c := foldRune(r); c != 0 {
			b.WriteByte(c)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mix combines a template with a value hash into a non-zero 32-bit
// feature key (zero marks an empty slot of the weight table).
func mix(t, h uint64) uint32 {
	x := h ^ (t * 0x9e3779b97f4a7c15)
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	k := uint32(x) ^ uint32(x>>32)
	if k == 0 {
		k = 1
	}
	return k
}

// suffix returns the last n runes of s (all of s if shorter).
func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		if s[i-1] < utf8.RuneSelf { // an ASCII byte is a rune of its own
			i--
			continue
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// shape is a coarse spelling class: capitalized, all capitals, lower
// case, digits, mixed letters and digits.
func shape(w string) uint64 {
	var upper, lower, digit int
	firstUpper := false
	for i := 0; i < len(w); {
		// ASCII first: unicode's tables give the same answers there.
		if c := w[i]; c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				upper++
				firstUpper = firstUpper || i == 0
			case '0' <= c && c <= '9':
				digit++
			default:
				lower++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		switch {
		case unicode.IsUpper(r):
			upper++
			firstUpper = firstUpper || i == 0
		case unicode.IsDigit(r):
			digit++
		default:
			lower++
		}
		i += size
	}
	return shapeOf(upper, lower, digit, firstUpper)
}

// shapeOf is the shape of a word of the given counts of upper-case
// letters, other runes and digits, whose first rune is upper case or not.
func shapeOf(upper, lower, digit int, firstUpper bool) uint64 {
	switch {
	case digit > 0 && upper+lower == 0:
		return 1
	case digit > 0:
		return 2
	case upper > 1 && lower == 0:
		return 3
	case firstUpper:
		return 4
	default:
		return 5
	}
}

// sentence holds the per-token hashes that features combine, computed once.
type sentence struct {
	word, pre3, suf3, suf2, pre4, shp []uint64
	marks                             []uint64
	zone                              []uint8
	sentMarks                         uint64
	first                             uint64
}

func (s *sentence) reset(toks []Token) {
	n := len(toks)
	grow := func(b []uint64) []uint64 {
		if cap(b) < n {
			return make([]uint64, n)
		}
		return b[:n]
	}
	s.word, s.pre3, s.suf3, s.suf2 = grow(s.word), grow(s.pre3), grow(s.suf3), grow(s.suf2)
	s.pre4, s.shp, s.marks = grow(s.pre4), grow(s.shp), grow(s.marks)
	if cap(s.zone) < n {
		s.zone = make([]uint8, n)
	}
	s.zone = s.zone[:n]
	s.sentMarks = 0
	for i, t := range toks {
		s.word[i], s.pre3[i], s.pre4[i] = fnvPrefixes(t.Lower)
		s.suf3[i], s.suf2[i] = suffixHashes(t.Lower)
		s.shp[i] = shape(t.Word)
		s.marks[i] = t.Marks
		s.zone[i] = t.Zone
		s.sentMarks |= t.Marks
	}
	s.first = hBOS
	if n > 0 {
		s.first = s.word[0]
	}
}

// features appends every feature key of token i to out: its own and
// those of its sentence.
func (s *sentence) features(out []uint32, i int) []uint32 {
	return s.sentenceFeatures(s.tokenFeatures(out, i))
}

// sentenceFeatures appends the keys that every token of the sentence
// shares (the bias, the first word, the marks anywhere in it), so that
// decoding can score them once per sentence.
func (s *sentence) sentenceFeatures(out []uint32) []uint32 {
	out = append(out, mix(tBias, 0), mix(tFirst, s.first))
	return appendBits(out, tSentMark, s.sentMarks)
}

// tokenFeatures appends the keys of token i's own features.
func (s *sentence) tokenFeatures(out []uint32, i int) []uint32 {
	return s.appendTokenFeatures(out, i, true)
}

// appendTokenFeatures is tokenFeatures, leaving out the features of the
// token's position and zone unless all: decoding adds those from the
// model's fixed rows (Model.fixedRow), the order of the others kept.
func (s *sentence) appendTokenFeatures(out []uint32, i int, all bool) []uint32 {
	n := len(s.word)
	at := func(k int) uint64 {
		switch {
		case k < 0:
			return hBOS
		case k >= n:
			return hEOS
		}
		return s.word[k]
	}
	w, p, nx := s.word[i], at(i-1), at(i+1)
	out = append(out,
		mix(tWord, w), mix(tPrev, p), mix(tNext, nx),
		mix(tPrev2, at(i-2)), mix(tNext2, at(i+2)),
		mix(tBigramL, p*31+w), mix(tBigramR, w*31+nx),
		mix(tPre3, s.pre3[i]), mix(tSuf3, s.suf3[i]), mix(tSuf2, s.suf2[i]), mix(tPre4, s.pre4[i]),
		mix(tShape, s.shp[i]),
	)
	if all {
		out = append(out, mix(tPos, position(i, n)))
	}
	if i > 0 {
		out = append(out, mix(tPrevPre4, s.pre4[i-1]), mix(tPrevSuf3, s.suf3[i-1]))
	}
	if i+1 < n {
		out = append(out, mix(tNextPre4, s.pre4[i+1]), mix(tNextSuf3, s.suf3[i+1]))
	}
	z := uint64(s.zone[i])
	if all {
		out = append(out, mix(tZone, z))
	}
	out = append(out, mix(tZoneWord, w^z*0x9e3779b97f4a7c15))
	out = appendBits(out, tMark, s.marks[i])
	if i > 0 {
		out = appendBits(out, tMarkL, s.marks[i-1])
	}
	if i+1 < n {
		out = appendBits(out, tMarkR, s.marks[i+1])
	}
	return out
}

// nLex is the number of token i's features that name its word itself
// (lexical).
const nLex = 4

// lexical returns the keys of token i's features that name its word: the
// word, the bigrams with its neighbours and the word in its zone, as
// appendTokenFeatures computes them. Training leaves them out of some
// tokens (Config.WordDropout), to stand for words it never saw.
func (s *sentence) lexical(i int) [nLex]uint32 {
	n := len(s.word)
	p, nx := uint64(hBOS), uint64(hEOS)
	if i > 0 {
		p = s.word[i-1]
	}
	if i+1 < n {
		nx = s.word[i+1]
	}
	w, z := s.word[i], uint64(s.zone[i])
	return [nLex]uint32{mix(tWord, w), mix(tBigramL, p*31+w), mix(tBigramR, w*31+nx), mix(tZoneWord, w^z*0x9e3779b97f4a7c15)}
}

// position is the value of token i's position feature in a sentence of n
// tokens: the first, among the first three, the last, or elsewhere.
func position(i, n int) uint64 {
	switch {
	case i == 0:
		return 0
	case i < 3:
		return 1
	case i == n-1:
		return 2
	}
	return 3
}

// Fixed rows: a position feature's for each position value, then a zone
// feature's for each Zone (Model.fixed).
const (
	nPositions = 4
	nFixed     = nPositions + 256
)

// appendBits appends one feature per set bit of m.
func appendBits(out []uint32, t uint64, m uint64) []uint32 {
	for ; m != 0; m &= m - 1 { // the lowest set bit first, as counting up
		out = append(out, mix(t, uint64(bits.TrailingZeros64(m))+1))
	}
	return out
}
