package analyzer

import (
	"encoding/binary"
	hexenc "encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dchest/siphash"
	"golang.org/x/text/unicode/norm"

	"github.com/discreet-app/discreet/rules"
)

// MaxWatchEntries bounds a watch-list, so that a request stays small and
// building the set stays cheap.
const MaxWatchEntries = 2000

// watchMaxWords is the most space-separated names in an entry: a first
// name, a nickname, or a first and last name ("Mary-Jane O'Neil").
const watchMaxWords = 2

// watchMaxGap is the longest run of spaces, hyphens, apostrophes or full
// stops allowed between two words of an entry in the text (no line break).
const watchMaxGap = 3

// Watchlist is a user's list of client names, known only as salted hashes
// (WatchHash): SipHash-2-4 keyed with the install's salt, the 16 random
// bytes the extension keeps as 32 hex digits (the same salt as its ignore
// list). A keyed hash is as good as a salted SHA-256 here (without the salt
// the hashes say nothing; with it, names can be guessed either way) and
// several times cheaper per word, which matters since every word of every
// post is hashed.
type Watchlist struct {
	k0, k1 uint64
	set    map[uint64]struct{}
	// filter has the bit (hash & mask) set for every hash of set: most
	// words of a post miss it, and skip the map lookup.
	filter []uint64
	mask   uint64
}

// NewWatchlist returns the watch-list of the given hashes (16 hex digits
// each) under salt (32 hex digits). A bad salt or hash, or more than
// MaxWatchEntries hashes, is an error naming the entry.
func NewWatchlist(salt string, hashes []string) (*Watchlist, error) {
	k0, k1, err := watchKeys(salt)
	if err != nil {
		return nil, err
	}
	if len(hashes) > MaxWatchEntries {
		return nil, fmt.Errorf("watchlist: hashes: more than %d entries", MaxWatchEntries)
	}
	bits := uint64(4096) // at least 64 bits per entry: ~1.5% of misses reach the map
	for bits < 64*uint64(len(hashes)) {
		bits *= 2
	}
	w := &Watchlist{k0: k0, k1: k1, set: make(map[uint64]struct{}, len(hashes)), filter: make([]uint64, bits/64), mask: bits - 1}
	for i, h := range hashes {
		v, err := strconv.ParseUint(h, 16, 64)
		if len(h) != 16 || err != nil {
			return nil, fmt.Errorf("watchlist: hashes[%d]: want 16 hex digits", i)
		}
		w.set[v] = struct{}{}
		b := v & w.mask
		w.filter[b/64] |= 1 << (b % 64)
	}
	return w, nil
}

// has reports whether hash h is on the list.
func (w *Watchlist) has(h uint64) bool {
	b := h & w.mask
	if w.filter[b/64]&(1<<(b%64)) == 0 {
		return false
	}
	_, ok := w.set[h]
	return ok
}

// watchKeys reads the SipHash key from the salt's 32 hex digits.
func watchKeys(salt string) (k0, k1 uint64, err error) {
	var key [16]byte
	if len(salt) != 32 {
		return 0, 0, fmt.Errorf("watchlist: salt: want 32 hex digits")
	}
	if _, err := hexenc.Decode(key[:], []byte(salt)); err != nil {
		return 0, 0, fmt.Errorf("watchlist: salt: want 32 hex digits")
	}
	return binary.LittleEndian.Uint64(key[:8]), binary.LittleEndian.Uint64(key[8:]), nil
}

// Len returns the number of distinct hashes.
func (w *Watchlist) Len() int {
	if w == nil {
		return 0
	}
	return len(w.set)
}

// WatchKey is the form of a name that is hashed: compatibility-decomposed
// (NFKD), without combining marks, lower-cased, its words (runs of letters
// and digits) joined by one space. "  Zoë O’Brien " → "zoe o brien". The
// extension computes the same in JavaScript before hashing an entry.
func WatchKey(name string) string {
	var b []byte
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !isWatchRune(r) }) {
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = appendFolded(b, w)
	}
	return string(b)
}

// WatchHash returns the hash of name under salt as the extension stores
// it, 16 hex digits: each word of WatchKey(name) is hashed with SipHash-2-4
// keyed by the salt, and a name of several words combines its words'
// hashes in order, rotating the hash so far left by one byte and
// exclusive-or-ing the next word's. A post's words are thus hashed once
// each, whatever runs of them are tried. It returns "" for a bad salt.
func WatchHash(salt, name string) string {
	k0, k1, err := watchKeys(salt)
	if err != nil {
		return ""
	}
	var sum uint64
	for i, word := range strings.Fields(WatchKey(name)) {
		h := siphash.Hash(k0, k1, []byte(word))
		if i == 0 {
			sum = h
		} else {
			sum = watchCombine(sum, h)
		}
	}
	return fmt.Sprintf("%016x", sum)
}

func isWatchRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.M, r)
}

// appendFolded appends word decomposed, without marks, lower-cased. Plain
// ASCII, the usual case, takes the short way.
func appendFolded(b []byte, word string) []byte {
	if isPlainASCII(word) {
		for i := 0; i < len(word); i++ {
			c := word[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		return b
	}
	var it norm.Iter
	it.InitString(norm.NFKD, word)
	for !it.Done() {
		for seg := it.Next(); len(seg) > 0; {
			r, size := utf8.DecodeRune(seg)
			seg = seg[size:]
			if !unicode.Is(unicode.M, r) {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
		}
	}
	return b
}

// watchWord is one word of the post: its span in the view and the
// SipHash of its folded form.
type watchWord struct {
	start, end int32 // view bytes (MaxTextBytes fits)
	sum        uint64
}

// find returns the spans (view bytes) of the post's names that are on the
// list: from each word, the longest run of words whose combined hash is in
// the set, trying every run of up to watchMaxParts words joined by a
// hyphen, an apostrophe or a short space, of at most watchMaxWords
// space-separated names ("Mary-Jane O'Neil" is two). Each word is hashed
// once and a run's hash is combined from its words' (see WatchHash), so
// the work is one SipHash per word: linear in the text.
func (w *Watchlist) find(v *view) []span {
	if w.Len() == 0 {
		return nil
	}
	words := w.words(v.s)
	var out []span
	for i := 0; i < len(words); {
		n := watchRun(v.s, words[i:])
		hit := -1
		var sum uint64
		for j := i; j < i+n; j++ {
			if j == i {
				sum = words[i].sum
				if words[i].end-words[i].start < 2 {
					continue // a lone letter is an initial, not a name
				}
			} else {
				sum = watchCombine(sum, words[j].sum)
			}
			if w.has(sum) {
				hit = j // keep going: the longest run wins
			}
		}
		if hit < 0 {
			i++
			continue
		}
		out = append(out, span{int(words[i].start), int(words[hit].end)})
		i = hit + 1
	}
	return out
}

// watchRun returns how many of words, from the first, may form one entry:
// at most watchMaxParts, joined by short gaps of spaces, hyphens,
// apostrophes or full stops, with at most watchMaxWords-1 spaced gaps.
func watchRun(s string, words []watchWord) int {
	n, spaces := 1, 0
	for ; n < watchMaxParts && n < len(words); n++ {
		gap := s[words[n-1].end:words[n].start]
		if len(gap) > watchMaxGap || strings.Trim(gap, " -'.") != "" {
			break
		}
		if strings.Contains(gap, " ") {
			if spaces++; spaces == watchMaxWords {
				break
			}
		}
	}
	return n
}

// watchCombine folds the hash of a run's next word into the run's hash:
// the run's hash rotated left by one byte, exclusive-or the word's.
func watchCombine(sum, next uint64) uint64 {
	return (sum<<8 | sum>>56) ^ next
}

// watchMaxParts bounds the words of one entry ("Mary-Jane O'Neil" has four).
const watchMaxParts = 4

// words splits s into runs of letters and digits, each with the hash of
// its folded form.
func (w *Watchlist) words(s string) []watchWord {
	var scratch [64]byte
	words := make([]watchWord, 0, len(s)/4+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWatchRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size = utf8.DecodeRuneInString(s[j:])
			if !isWatchRune(r) {
				break
			}
			j += size
		}
		folded := appendFolded(scratch[:0], s[i:j])
		words = append(words, watchWord{start: int32(i), end: int32(j), sum: siphash.Hash(w.k0, w.k1, folded)})
		i = j
	}
	return words
}

// watchMessages is the finding's message per pack language; English
// stands in for a language without one.
var watchMessages = map[string]string{
	"en": "A name on your watch-list.",
	"fr": "Un nom de votre liste de surveillance.",
	"es": "Un nombre de su lista de vigilancia.",
}

// watchRule is the rule a watch-list match is reported under: a high
// severity name, with the replacement of the pack's first-name rule.
func watchRule(c *compiled) *crule {
	msg, ok := watchMessages[c.pack.Lang]
	if !ok {
		msg = watchMessages["en"]
	}
	r := &rules.Rule{ID: "watch-list", Category: "name", Severity: "high", Message: msg}
	for _, cr := range c.rules {
		if cr.ID == "name-first" {
			r.Replacement = cr.Replacement
		}
	}
	// index -1: on equal spans, the watch-list wins over any pack rule.
	return &crule{Rule: r, index: -1}
}

// watchCandidates returns w's matches in v as candidates.
func watchCandidates(c *compiled, v *view, w *Watchlist) []candidate {
	spans := w.find(v)
	if len(spans) == 0 {
		return nil
	}
	r := watchRule(c)
	out := make([]candidate, len(spans))
	for i, sp := range spans {
		out[i] = candidate{span: sp, base: sp, rule: r, why: "you put this name on your watch-list"}
	}
	return out
}

// withWatched adds the watch-list matches to cands, dropping the candidates
// they overlap: the user's own list outranks any rule, even a longer span.
// n is the length of the view.
func withWatched(cands, watched []candidate, n int) []candidate {
	if len(watched) == 0 {
		return cands
	}
	taken := make([]bool, n+1)
	for _, w := range watched {
		for i := w.start; i < w.end; i++ {
			taken[i] = true
		}
	}
	kept := cands[:0]
	for _, cd := range cands {
		if !slices.Contains(taken[cd.start:cd.end], true) {
			kept = append(kept, cd)
		}
	}
	return append(kept, watched...)
}
