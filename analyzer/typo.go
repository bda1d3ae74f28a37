package analyzer

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// Misspelled names, places and employers ("Saskatoom", "Walmrat",
// "Brianan"): a word of a title-case list rule that is one edit (a letter
// added, dropped, changed, or two neighbours swapped) from a long entry,
// or two edits from an entry of ten letters or more ("Lethbirdge"), is
// that entry, when the words around it say a name or place stands there
// (the rule's ambiguous context), as for an ordinary word. The word must
// be capitalized: in lower case, too many words are one edit from a name.
//
// The index is a deletion neighbourhood (SymSpell): every entry of
// typoMinRunes or more letters is stored under itself and each form with
// one letter deleted; a word of the post is looked up the same way. Two
// strings share such a key exactly when they are within one edit, give or
// take a swap, which damerau1 then confirms. The cost per word is bounded:
// its length plus one lookups, each a binary search. Only single-word entries
// are indexed, and only words that are not ordinary words, not already an
// entry, and start with the same letter as the entry are taken, so common
// words never fire.

// typoMinRunes is the shortest entry (and word) matched with a typo.
const typoMinRunes = 6

// typo2MinRunes is the shortest entry (and word) matched with two edits
// ("Lethbirdge", "Albuquerqe"): in ten letters two slips are common, and
// two words of ten or more letters two edits apart are rare enough that
// the rule's context still decides. Entries this long are also stored with
// every pair of letters deleted (keys2), so two substitutions, two
// deletions or any mix meet under one key.
const typo2MinRunes = 10

// typoMaxRunes is the longest word looked up with a typo: a word's
// deletions cost its length squared, and no name or place in the lists is
// one word of more than 30 letters, so a longer run of letters (a pasted
// token, a "word" of thousands of letters) is not a misspelling of one.
const typoMaxRunes = 32

// typoIndex holds, sorted, one uint64 per entry and per one-deletion form
// of it: the form's 40-bit hash above the entry's 24-bit number. Eight
// bytes a key keeps the English names and places (about 240,000 keys) near
// 2 MB; a hash collision only costs a damerau1 check.
type typoIndex struct {
	keys    []uint64
	keys2   []uint64 // two-deletion forms of entries of typo2MinRunes or more
	entries []string
}

// typoState is a rule's index, built the first time a post needs it.
type typoState struct {
	once sync.Once
	idx  *typoIndex
}

const typoIDBits = 24

func newTypoIndex(words []string) *typoIndex {
	x := &typoIndex{}
	for _, w := range words {
		w = strings.ToLower(w)
		if strings.ContainsAny(w, " -'.") || utf8.RuneCountInString(w) < typoMinRunes || len(x.entries) >= 1<<typoIDBits {
			continue
		}
		id := uint64(len(x.entries))
		x.entries = append(x.entries, w)
		eachDeletion(w, func(h uint64) { x.keys = append(x.keys, h>>typoIDBits<<typoIDBits|id) })
		if utf8.RuneCountInString(w) >= typo2MinRunes {
			eachDeletion2(w, func(h uint64) { x.keys2 = append(x.keys2, h>>typoIDBits<<typoIDBits|id) })
		}
	}
	slices.Sort(x.keys)
	x.keys = slices.Compact(x.keys)
	slices.Sort(x.keys2)
	x.keys2 = slices.Compact(x.keys2)
	return x
}

// eachDeletion2 calls f with the FNV-1a hash of every form of w with two
// runes deleted: n(n-1)/2 forms for n runes, which typoMaxRunes bounds.
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

// near returns an entry within one edit of w (lower case) that starts with
// the same rune, or "" for none; exact is true when w is itself an entry.
func (x *typoIndex) near(w string) (entry string, exact bool) {
	first, _ := utf8.DecodeRuneInString(w)
	eachDeletion(w, func(h uint64) {
		if exact {
			return
		}
		lo := h >> typoIDBits << typoIDBits
		i, _ := slices.BinarySearch(x.keys, lo)
		for ; i < len(x.keys) && x.keys[i]>>typoIDBits == h>>typoIDBits; i++ {
			e := x.entries[x.keys[i]&(1<<typoIDBits-1)]
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

// near2 returns an entry of typo2MinRunes or more runes within two edits
// of w (lower case, itself that long) that starts with the same rune, or
// "". Keys: w and its one- and two-deletion forms, against the entries,
// their one-deletion forms (keys) and, for long entries, their
// two-deletion forms (keys2); any two edits leave a common form.
func (x *typoIndex) near2(w string) string {
	if utf8.RuneCountInString(w) < typo2MinRunes {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(w)
	found := ""
	try := func(keys []uint64, h uint64) {
		if found != "" {
			return
		}
		i, _ := slices.BinarySearch(keys, h>>typoIDBits<<typoIDBits)
		for ; i < len(keys) && keys[i]>>typoIDBits == h>>typoIDBits; i++ {
			e := x.entries[keys[i]&(1<<typoIDBits-1)]
			if r, _ := utf8.DecodeRuneInString(e); r == first && utf8.RuneCountInString(e) >= typo2MinRunes && osa2(w, e) {
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
// typoMaxRunes bounds.
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
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if i == len(ra) {
		return true // equal, or one rune added at the end
	}
	if len(ra) == len(rb) {
		if string(ra[i+1:]) == string(rb[i+1:]) {
			return true // one substitution
		}
		return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
	}
	return string(ra[i:]) == string(rb[i+1:]) // one insertion
}

// matchTypos appends the misspelled entries of c's title-case list rules
// found among toks: capitalized words that no list or term of the pack
// holds as they are (phrases are the pack's exact matches).
// typoLength reports whether word is long enough to be matched with a
// typo and short enough to be looked up in bounded time.
func typoLength(word string) bool {
	if len(word) > 4*typoMaxRunes {
		return false
	}
	n := utf8.RuneCountInString(word)
	return n >= typoMinRunes && n <= typoMaxRunes
}

func matchTypos(out []candidate, c *compiled, v *view, toks []phrase.Token, phrases []phrase.Match) []candidate {
	// known[i]: byte i of the view lies in an exact match. Phrases are a
	// few words each, so marking them is linear in the text.
	var known []bool
	for _, r := range c.rules {
		if r.typo != nil {
			known = make([]bool, len(v.s))
			break
		}
	}
	if known == nil {
		return out
	}
	for _, pm := range phrases {
		for i := pm.Start; i < pm.End; i++ {
			known[i] = true
		}
	}
	for _, r := range c.rules {
		if r.typo == nil {
			continue
		}
		for _, t := range toks {
			word := v.lower[t.Start:t.End]
			if known[t.Start] || !isUpperWord(v.s[t.Start:t.End]) || !typoLength(word) || r.ambiguous.Has(word) {
				continue
			}
			r.typo.once.Do(func() { r.typo.idx = newTypoIndex(phrase.List(c.pack, r.List)) })
			entry, exact := r.typo.idx.near(word)
			if exact {
				continue
			}
			if entry == "" {
				entry = r.typo.idx.near2(word)
			}
			if entry == "" {
				continue
			}
			if r.exclude.has(entry) || (!r.ambBefore.match(before(v, t.Start)) && !r.ambAfter.match(after(v, t.End))) {
				continue
			}
			cand, ok := check(r, v, t.Start, t.End)
			if !ok {
				continue
			}
			cand.why = "a misspelling, it seems, of " + entry
			out = append(out, cand)
		}
	}
	return out
}
