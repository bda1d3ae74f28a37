package analyzer

import (
	"crypto/sha256"
	hexenc "encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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

// Watchlist is a user's list of client names, known only as salted
// SHA-256 hashes (WatchHash), where salt is the install's salt as the
// extension stores it (hex text, the same salt as its ignore list). The analyzer hashes every word and every pair
// of adjacent words of a post the same way and flags those in the set, even
// when they are ordinary words ("Hope", "Will", "June").
type Watchlist struct {
	prefix string // salt + "\x00"
	set    map[[sha256.Size]byte]struct{}
}

// NewWatchlist returns the watch-list of the given hex hashes under salt.
// An empty salt, a hash that is not 64 hex digits or more than
// MaxWatchEntries hashes is an error naming the entry.
func NewWatchlist(salt string, hashes []string) (*Watchlist, error) {
	if salt == "" || strings.ContainsRune(salt, 0) {
		return nil, fmt.Errorf("watchlist: salt: want a non-empty string")
	}
	if len(hashes) > MaxWatchEntries {
		return nil, fmt.Errorf("watchlist: hashes: more than %d entries", MaxWatchEntries)
	}
	w := &Watchlist{prefix: salt + "\x00", set: make(map[[sha256.Size]byte]struct{}, len(hashes))}
	for i, h := range hashes {
		var sum [sha256.Size]byte
		if len(h) != 2*sha256.Size {
			return nil, fmt.Errorf("watchlist: hashes[%d]: want 64 hex digits of a SHA-256", i)
		}
		if _, err := hexenc.Decode(sum[:], []byte(h)); err != nil {
			return nil, fmt.Errorf("watchlist: hashes[%d]: want 64 hex digits of a SHA-256", i)
		}
		w.set[sum] = struct{}{}
	}
	return w, nil
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
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !isWatchRune(r) }) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		appendFolded(&b, w)
	}
	return b.String()
}

// WatchHash returns the hex hash of name under salt, as the extension
// stores it: each word of WatchKey(name) is hashed as
// sha256(salt + "\x00" + word), and a name of several words combines its
// words' hashes in order, rotating the hash so far left by one byte and
// exclusive-or-ing the next word's. A post's words are thus hashed once
// each, whatever runs of them are tried.
func WatchHash(salt, name string) string {
	var sum [sha256.Size]byte
	for i, word := range strings.Fields(WatchKey(name)) {
		h := sha256.Sum256([]byte(salt + "\x00" + word))
		if i == 0 {
			sum = h
		} else {
			watchCombine(&sum, &h)
		}
	}
	return hexenc.EncodeToString(sum[:])
}

func isWatchRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.M, r)
}

// appendFolded writes word decomposed, without marks, lower-cased. Plain
// ASCII, the usual case, takes the short way.
func appendFolded(b *strings.Builder, word string) {
	if isPlainASCII(word) {
		for i := 0; i < len(word); i++ {
			c := word[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
		return
	}
	var it norm.Iter
	it.InitString(norm.NFKD, word)
	for !it.Done() {
		for seg := it.Next(); len(seg) > 0; {
			r, size := utf8.DecodeRune(seg)
			seg = seg[size:]
			if !unicode.Is(unicode.M, r) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
	}
}

// watchWord is one word of the post: its span in the view and its folded
// form in the scratch buffer.
type watchWord struct {
	start, end int // view bytes
	fold       span
	hashed     bool
	sum        [sha256.Size]byte // sha256(salt + "\x00" + fold), once hashed
}

// find returns the spans (view bytes) of the post's names that are on the
// list: from each word, the longest run of words whose combined hash is in
// the set, trying every run of up to watchMaxParts words joined by a
// hyphen, an apostrophe or a short space, of at most watchMaxWords
// space-separated names ("Mary-Jane O'Neil" is two). Each word is hashed
// once and a run's hash is combined from its words' (see WatchHash), so
// the work is one SHA-256 per word: linear in the text.
func (w *Watchlist) find(v *view) []span {
	if w.Len() == 0 {
		return nil
	}
	words, folded := watchWords(v.s)
	key := make([]byte, 0, len(w.prefix)+32)
	key = append(key, w.prefix...)
	hashOf := func(x int) *[sha256.Size]byte {
		wd := &words[x]
		if !wd.hashed {
			key = append(key[:len(w.prefix)], folded[wd.fold.start:wd.fold.end]...)
			wd.sum = sha256.Sum256(key)
			wd.hashed = true
		}
		return &wd.sum
	}
	var out []span
	for i := 0; i < len(words); {
		n := watchRun(v.s, words[i:])
		hit := -1
		var sum [sha256.Size]byte
		for j := i; j < i+n; j++ {
			if j == i {
				sum = *hashOf(i)
				if words[i].end-words[i].start < 2 {
					continue // a lone letter is an initial, not a name
				}
			} else {
				watchCombine(&sum, hashOf(j))
			}
			if _, ok := w.set[sum]; ok {
				hit = j // keep going: the longest run wins
			}
		}
		if hit < 0 {
			i++
			continue
		}
		out = append(out, span{words[i].start, words[hit].end})
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
func watchCombine(sum, next *[sha256.Size]byte) {
	first := sum[0]
	copy(sum[:], sum[1:])
	sum[sha256.Size-1] = first
	for k := range sum {
		sum[k] ^= next[k]
	}
}

// watchMaxParts bounds the words of one entry ("Mary-Jane O'Neil" has four).
const watchMaxParts = 4

// watchWords splits s into runs of letters and digits, folded into one
// string.
func watchWords(s string) ([]watchWord, string) {
	var buf strings.Builder
	buf.Grow(len(s))
	words := make([]watchWord, 0, len(s)/5+1)
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
		f0 := buf.Len()
		appendFolded(&buf, s[i:j])
		words = append(words, watchWord{start: i, end: j, fold: span{f0, buf.Len()}})
		i = j
	}
	return words, buf.String()
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
