// Package fuzzy finds the entry of a word list that a misspelled word was
// meant to be: one edit (a letter added, dropped, changed, or two
// neighbours swapped) from an entry of MinRunes letters or more, or two
// edits from one of Min2Runes or more.
//
// The index is a deletion neighbourhood (SymSpell): every entry of
// MinRunes or more letters is stored under itself and each form with
// one letter deleted; a word of the post is looked up the same way. Two
// strings share such a key exactly when they are within one edit, give or
// take a swap, which damerau1 then confirms. The cost per word is bounded:
// its length plus one lookups, each a binary search. Only single-word entries
// are indexed, and an entry is found only for a word that starts with the
// same letter.
package fuzzy

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// MinRunes is the shortest entry (and word) matched with a typo.
const MinRunes = 6

// Min2Runes is the shortest entry (and word) matched with two edits
// ("Lethbirdge", "Albuquerqe"): in ten letters two slips are common, and
// two words of ten or more letters two edits apart are rare enough that
// the rule's context still decides. Entries this long are also stored with
// every pair of letters deleted (keys2), so two substitutions, two
// deletions or any mix meet under one key.
const Min2Runes = 10

// MaxRunes is the longest word looked up with a typo: a word's
// deletions cost its length squared, and no name or place in the lists is
// one word of more than 30 letters, so a longer run of letters (a pasted
// token, a "word" of thousands of letters) is not a misspelling of one.
const MaxRunes = 32

// Index holds, sorted, one uint64 per entry and per one-deletion form
// of it: the form's 40-bit hash above the entry's 24-bit number. Eight
// bytes a key keeps the English names and places (about 240,000 keys) near
// 2 MB; a hash collision only costs a damerau1 check.
type Index struct {
	keys    []uint64
	keys2   []uint64 // two-deletion forms of entries of Min2Runes or more
	entries []string
}

const idBits = 24

// New indexes the entries of words of MinRunes or more runes that are one
// word (no space, hyphen, apostrophe or period), lower-cased.
//
// The keys are counted before they are made, so that each array is
// allocated once at its size: grown by appending, the English lists' keys
// left ~6 MB of arrays behind them and kept up to a quarter more capacity
// than they use, in a WebAssembly heap that never shrinks.
func New(words []string) *Index {
	x := &Index{}
	n1, n2 := 0, 0
	for _, w := range words {
		w = strings.ToLower(w)
		if strings.ContainsAny(w, " -'.") || utf8.RuneCountInString(w) < MinRunes || len(x.entries) >= 1<<idBits {
			continue
		}
		x.entries = append(x.entries, w)
		n := utf8.RuneCountInString(w)
		n1 += n + 1
		if n >= Min2Runes {
			n2 += n * (n - 1) / 2
		}
	}
	x.entries = slices.Clip(x.entries)
	x.keys, x.keys2 = make([]uint64, 0, n1), make([]uint64, 0, n2)
	for i, w := range x.entries {
		id := uint64(i)
		eachDeletion(w, func(h uint64) { x.keys = append(x.keys, h>>idBits<<idBits|id) })
		if utf8.RuneCountInString(w) >= Min2Runes {
			eachDeletion2(w, func(h uint64) { x.keys2 = append(x.keys2, h>>idBits<<idBits|id) })
		}
	}
	slices.Sort(x.keys)
	x.keys = slices.Compact(x.keys)
	slices.Sort(x.keys2)
	x.keys2 = slices.Compact(x.keys2)
	return x
}

// eachDeletion2 calls f with the FNV-1a hash of every form of w with two
// runes deleted: n(n-1)/2 forms for n runes, which MaxRunes bounds.
func eachDeletion2(w string, f func(uint64)) {
	for i, r := range w {
		j0 := i + utf8.RuneLen(r)
		for j, r2 := range w[j0:] {
			f(fnvSkip2(w, i, j0, j0+j, j0+j+utf8.RuneLen(r2)))
		}
	}
}

// fnvSkip2 hashes w without its bytes [i, j) and [k, l), i < j <= k < l.
// fnvSkip2(w, i, j, j, j) equals fnvSkip(w, i, j).
func fnvSkip2(w string, i, j, k, l int) uint64 {
	h := uint64(14695981039346656037)
	for _, part := range [3]string{w[:i], w[j:k], w[l:]} {
		for m := 0; m < len(part); m++ {
			h ^= uint64(part[m])
			h *= 1099511628211
		}
	}
	return h
}

// eachDeletion calls f with the FNV-1a hash of w and of every form of w
// with one rune deleted, without building those strings.
func eachDeletion(w string, f func(uint64)) {
	f(fnvSkip(w, 0, 0))
	for i, r := range w {
		f(fnvSkip(w, i, i+utf8.RuneLen(r)))
	}
}

// fnvSkip hashes w without its bytes [i, j).
func fnvSkip(w string, i, j int) uint64 {
	h := uint64(14695981039346656037)
	for _, part := range [2]string{w[:i], w[j:]} {
		for k := 0; k < len(part); k++ {
			h ^= uint64(part[k])
			h *= 1099511628211
		}
	}
	return h
}

// Near returns an entry within one edit of w (lower case) that starts with
// the same rune, or "" for none; exact is true when w is itself an entry.
func (x *Index) Near(w string) (entry string, exact bool) {
	first, _ := utf8.DecodeRuneInString(w)
	eachDeletion(w, func(h uint64) {
		if exact {
			return
		}
		lo := h >> idBits << idBits
		i, _ := slices.BinarySearch(x.keys, lo)
		for ; i < len(x.keys) && x.keys[i]>>idBits == h>>idBits; i++ {
			e := x.entries[x.keys[i]&(1<<idBits-1)]
			if e == w {
				exact, entry = true, e
				return
			}
			if r, _ := utf8.DecodeRuneInString(e); r == first && entry == "" && damerau1(w, e) {
				entry = e
			}
		}
	})
	return entry, exact
}

// Near2 returns an entry of Min2Runes or more runes within two edits
// of w (lower case, itself that long) that starts with the same rune, or
// "". Keys: w and its one- and two-deletion forms, against the entries,
// their one-deletion forms (keys) and, for long entries, their
// two-deletion forms (keys2); any two edits leave a common form.
func (x *Index) Near2(w string) string {
	if utf8.RuneCountInString(w) < Min2Runes {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(w)
	found := ""
	try := func(keys []uint64, h uint64) {
		if found != "" {
			return
		}
		i, _ := slices.BinarySearch(keys, h>>idBits<<idBits)
		for ; i < len(keys) && keys[i]>>idBits == h>>idBits; i++ {
			e := x.entries[keys[i]&(1<<idBits-1)]
			if r, _ := utf8.DecodeRuneInString(e); r == first && utf8.RuneCountInString(e) >= Min2Runes && osa2(w, e) {
				found = e
				return
			}
		}
	}
	both := func(h uint64) { try(x.keys, h); try(x.keys2, h) }
	eachDeletion(w, both)
	eachDeletion2(w, both)
	return found
}

// osa2 reports whether a and b are at most two edits apart (insertions,
// deletions, substitutions, swaps of neighbours; optimal string alignment),
// by dynamic programming over a band of width two: O(len) for words that
// MaxRunes bounds.
func osa2(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > 2 || d < -2 {
		return false
	}
	const inf = 1 << 20
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			if j < i-2 || j > i+2 {
				cur[j] = inf
				continue
			}
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > 2 {
			return false
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)] <= 2
}

// damerau1 reports whether a and b differ by at most one insertion,
// deletion, substitution or swap of neighbouring runes.
func damerau1(a, b string) bool {
	return a == b || OneEdit(a, b)
}

// OneEdit reports whether a and b differ by exactly one edit: a rune
// dropped, added or changed, or two neighbouring runes swapped. ASCII
// words are compared as bytes, without allocating.
func OneEdit(a, b string) bool {
	if isASCII(a) && isASCII(b) {
		return oneEditOf([]byte(a), []byte(b))
	}
	return oneEditOf([]rune(a), []rune(b))
}

// oneEditOf is OneEdit over bytes (the conversion of a string that does
// not escape is free) or runes.
func oneEditOf[T byte | rune](a, b []T) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	switch len(a) - len(b) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if i == len(a) {
			return false
		}
		if slices.Equal(a[i+1:], b[i+1:]) {
			return true // changed
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && slices.Equal(a[i+2:], b[i+2:])
	case 1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		return slices.Equal(a[i+1:], b[i:])
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// matchTypos appends the misspelled entries of c's title-case list rules
// found among toks: capitalized words that no list or term of the pack
// holds as they are (phrases are the pack's exact matches).
