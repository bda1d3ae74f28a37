// Package watchlist finds, in a post, the names a user put on a watch-list,
// knowing them only as salted hashes: each word of the post is folded and
// hashed once (SipHash-2-4 keyed by the install's salt), and runs of up to
// four words are tried by combining their words' hashes. The extension
// hashes its entries the same way (extension/src/watchlist.js), held equal
// by testdata/watch-vectors.json.
package watchlist

import (
	"encoding/binary"
	hexenc "encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dchest/siphash"
	"golang.org/x/text/unicode/norm"
)

// MaxEntries bounds a watch-list, so that a request stays small and
// building the set stays cheap.
const MaxEntries = 2000

// maxWords is the most space-separated names in an entry: a first
// name, a nickname, or a first and last name ("Mary-Jane O'Neil").
const maxWords = 2

// maxGap is the longest run of spaces, hyphens, apostrophes or full
// stops allowed between two words of an entry in the text (no line break).
const maxGap = 3

// List is a user's list of client names, known only as salted hashes
// (Hash): SipHash-2-4 keyed with the install's salt, the 16 random
// bytes the extension keeps as 32 hex digits (the same salt as its ignore
// list). A keyed hash is as good as a salted SHA-256 here (without the salt
// the hashes say nothing; with it, names can be guessed either way) and
// several times cheaper per word, which matters since every word of every
// post is hashed.
type List struct {
	k0, k1 uint64
	set    map[uint64]struct{}
	// filter has the bit (hash & mask) set for every hash of set: most
	// words of a post miss it, and skip the map lookup.
	filter []uint64
	mask   uint64
}

// New returns the watch-list of the given hashes (16 hex digits
// each) under salt (32 hex digits). A bad salt or hash, or more than
// MaxEntries hashes, is an error naming the entry.
func New(salt string, hashes []string) (*List, error) {
	k0, k1, err := keys(salt)
	if err != nil {
		return nil, err
	}
	if len(hashes) > MaxEntries {
		return nil, fmt.Errorf("watchlist: hashes: more than %d entries", MaxEntries)
	}
	bits := uint64(4096) // at least 64 bits per entry: ~1.5% of misses reach the map
	for bits < 64*uint64(len(hashes)) {
		bits *= 2
	}
	w := &List{k0: k0, k1: k1, set: make(map[uint64]struct{}, len(hashes)), filter: make([]uint64, bits/64), mask: bits - 1}
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
func (w *List) has(h uint64) bool {
	b := h & w.mask
	if w.filter[b/64]&(1<<(b%64)) == 0 {
		return false
	}
	_, ok := w.set[h]
	return ok
}

// keys reads the SipHash key from the salt's 32 hex digits.
func keys(salt string) (k0, k1 uint64, err error) {
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
func (w *List) Len() int {
	if w == nil {
		return 0
	}
	return len(w.set)
}

// Key is the form of a name that is hashed: compatibility-decomposed
// (NFKD), without combining marks, lower-cased, its words (runs of letters
// and digits) joined by one space. "  Zoë O’Brien " → "zoe o brien". The
// extension computes the same in JavaScript before hashing an entry.
func Key(name string) string {
	var b []byte
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !isNameRune(r) }) {
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = appendFolded(b, w)
	}
	return string(b)
}

// Hash returns the hash of name under salt as the extension stores
// it, 16 hex digits: each word of Key(name) is hashed with SipHash-2-4
// keyed by the salt, and a name of several words combines its words'
// hashes in order, rotating the hash so far left by one byte and
// exclusive-or-ing the next word's. A post's words are thus hashed once
// each, whatever runs of them are tried. It returns "" for a bad salt.
func Hash(salt, name string) string {
	k0, k1, err := keys(salt)
	if err != nil {
		return ""
	}
	var sum uint64
	for i, word := range strings.Fields(Key(name)) {
		h := siphash.Hash(k0, k1, []byte(word))
		if i == 0 {
			sum = h
		} else {
			sum = combine(sum, h)
		}
	}
	return fmt.Sprintf("%016x", sum)
}

func isNameRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.M, r)
}

// appendFolded appends word decomposed, without marks, lower-cased. Plain
// ASCII, the usual case, takes the short way.
func appendFolded(b []byte, word string) []byte {
	if plainASCII(word) {
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

// word is one word of the post: its span in the view and the
// SipHash of its folded form.
type word struct {
	start, end int32 // view bytes (MaxTextBytes fits)
	sum        uint64
}

// Find returns the spans (byte offsets into s) of the post's names that are on the
// list: from each word, the longest run of words whose combined hash is in
// the set, trying every run of up to maxParts words joined by a
// hyphen, an apostrophe or a short space, of at most maxWords
// space-separated names ("Mary-Jane O'Neil" is two). Each word is hashed
// once and a run's hash is combined from its words' (see Hash), so
// the work is one SipHash per word: linear in the text.
// s is expected with typographic apostrophes already made plain, as the
// analyzer's normalized view has them ("O’Neil" is "O'Neil").
func (w *List) Find(s string) []Span {
	if w.Len() == 0 {
		return nil
	}
	words := w.words(s)
	var out []Span
	for i := 0; i < len(words); {
		n := run(s, words[i:])
		hit := -1
		var sum uint64
		for j := i; j < i+n; j++ {
			if j == i {
				sum = words[i].sum
				if words[i].end-words[i].start < 2 {
					continue // a lone letter is an initial, not a name
				}
			} else {
				sum = combine(sum, words[j].sum)
			}
			if w.has(sum) {
				hit = j // keep going: the longest run wins
			}
		}
		if hit < 0 {
			i++
			continue
		}
		out = append(out, Span{int(words[i].start), int(words[hit].end)})
		i = hit + 1
	}
	return out
}

// run returns how many of words, from the first, may form one entry:
// at most maxParts, joined by short gaps of spaces, hyphens,
// apostrophes or full stops, with at most maxWords-1 spaced gaps.
func run(s string, words []word) int {
	n, spaces := 1, 0
	for ; n < maxParts && n < len(words); n++ {
		gap := s[words[n-1].end:words[n].start]
		if len(gap) > maxGap || strings.Trim(gap, " -'.") != "" {
			break
		}
		if strings.Contains(gap, " ") {
			if spaces++; spaces == maxWords {
				break
			}
		}
	}
	return n
}

// combine folds the hash of a run's next word into the run's hash:
// the run's hash rotated left by one byte, exclusive-or the word's.
func combine(sum, next uint64) uint64 {
	return (sum<<8 | sum>>56) ^ next
}

// maxParts bounds the words of one entry ("Mary-Jane O'Neil" has four).
const maxParts = 4

// words splits s into runs of letters and digits, each with the hash of
// its folded form.
func (w *List) words(s string) []word {
	var scratch [64]byte
	words := make([]word, 0, len(s)/4+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isNameRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size = utf8.DecodeRuneInString(s[j:])
			if !isNameRune(r) {
				break
			}
			j += size
		}
		folded := appendFolded(scratch[:0], s[i:j])
		words = append(words, word{start: int32(i), end: int32(j), sum: siphash.Hash(w.k0, w.k1, folded)})
		i = j
	}
	return words
}

// Span is a name found in a text: byte offsets [Start, End).
type Span struct{ Start, End int }

// plainASCII reports whether s is all ASCII.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
