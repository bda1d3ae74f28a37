package spanclf

import (
	"math"
	"math/bits"

	"github.com/discreet-app/discreet/analyzer/internal/tagger"
)

// Feature templates: each feature hash mixes one of these with what the
// template looks at, so the same word in two roles never collides.
const (
	fBias uint32 = iota + 1
	fKind
	fWord
	fSuf3
	fFirst
	fLast
	fPrev
	fNext
	fLen
	fZone
	fKindZone
	fMark
	fMarkFirst
	fCue
	fCueZone
	fNearMax
	fNearMean
	fNearKind
)

// hash is 32-bit FNV-1a of template t and s.
func hash(t uint32, s string) uint32 {
	h := uint32(2166136261) ^ t
	h *= 16777619
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	if h == 0 {
		h = 1
	}
	return h
}

// num is the hash of template t and the small number n.
func num(t uint32, n uint64) uint32 {
	var b [8]byte
	for i := range b {
		b[i] = byte(n >> (8 * i))
	}
	return hash(t, string(b[:]))
}

// suffix returns the last three bytes of w (all of it if shorter).
func suffix(w string) string {
	if len(w) > 3 {
		return w[len(w)-3:]
	}
	return w
}

// nearBucket puts a tagger's Near score on a log scale of the model's
// unit: its sign and how many halvings below a unit it is.
func nearBucket(x int64) uint64 {
	sign := uint64(0)
	if x < 0 {
		sign, x = 1, -x
	}
	return sign<<8 | uint64(bits.Len64(uint64(x)*64/tagger.Unit))
}

// Features appends to out the features of proposal c of the sentence
// toks: its kind, its words and their endings, its first and last words,
// the words around it (the one before is the cue that opened it), its
// length, the zone (who the sentence is about), the marks of its tokens
// (rule matches, word classes) and, if near is not nil, how close the
// tagger came to tagging its tokens (tagger.Tagger.Near, by token of
// toks).
func Features(out []uint32, toks []tagger.Token, near []int32, c Candidate) []uint32 {
	if near != nil {
		best, sum := int64(math.MinInt64), int64(0)
		for _, x := range near[c.Start:c.End] {
			best, sum = max(best, int64(x)), sum+int64(x)
		}
		out = append(out, num(fNearMax, nearBucket(best)), num(fNearMean, nearBucket(sum/int64(c.End-c.Start))),
			num(fNearKind, nearBucket(best)<<8|uint64(c.Kind)))
	}
	zone := uint64(toks[c.Start].Zone)
	out = append(out, fBias, num(fKind, uint64(c.Kind)), num(fZone, zone), num(fKindZone, uint64(c.Kind)<<8|zone),
		num(fLen, uint64(min(c.End-c.Start, 6))<<8|uint64(c.Kind)))
	var marks uint64
	for _, t := range toks[c.Start:c.End] {
		out = append(out, hash(fWord, t.Lower), hash(fSuf3, suffix(t.Lower)))
		marks |= t.Marks
	}
	for m := marks; m != 0; m &= m - 1 {
		out = append(out, num(fMark, uint64(bits.TrailingZeros64(m))))
	}
	for m := toks[c.Start].Marks; m != 0; m &= m - 1 {
		out = append(out, num(fMarkFirst, uint64(bits.TrailingZeros64(m))))
	}
	out = append(out, hash(fFirst, toks[c.Start].Lower), hash(fLast, toks[c.End-1].Lower))
	if c.Start > 0 {
		cue := toks[c.Start-1].Lower
		out = append(out, hash(fPrev, cue), hash(fCue, string(rune('0'+c.Kind))+cue), hash(fCueZone, string(rune('0'+zone))+cue))
	}
	if c.End < len(toks) {
		out = append(out, hash(fNext, toks[c.End].Lower))
	}
	return out
}
