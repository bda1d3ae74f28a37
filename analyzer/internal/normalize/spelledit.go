package normalize

// The speller's edit search: the one dictionary word an edit away from a
// misspelled word.

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/wordset"
)

// spellMaxWords is the most words of a post looked for among their edits:
// each costs about twice the alphabet's size of lookups a letter, so a
// post of thousands of unknown words stays linear and cheap.
const spellMaxWords = 48

// oneEdit returns the one dictionary word one edit from w (a rune
// dropped, added or changed, two neighbours swapped) that starts with the
// same letter; ok is false when there is none, or more than one (found
// is then one of them).
func (sp *Speller) oneEdit(w string) (found string, ok bool) {
	cands := sp.edits(w, 1)
	if len(cands) == 0 {
		return "", false
	}
	return cands[0], len(cands) == 1
}

// edits returns the dictionary words one edit from w that start with the
// same letter: all of them up to limit, or limit+1 of them when there
// are more. The edits at rune i are made only while some word shares w's
// first i runes, a range of the sorted dictionary that narrows as i grows
// and is soon empty past a slip. While the range is large each edit is
// looked up by hash; once it is small, its words are read instead and
// those that are an edit of w at i taken (editsAt): the same words, found
// with fewer look-ups.
func (sp *Speller) edits(w string, limit int) []string {
	offs := make([]int, 0, len(w)+1)
	for i := range w {
		offs = append(offs, i)
	}
	offs = append(offs, len(w))
	n := len(offs) - 1
	buf := make([]byte, 0, len(w)+utf8.UTFMax)
	var cands []string
	many := false
	words := sp.words
	index := sp.dictIndex()
	take := func(e string) {
		if many || slices.Contains(cands, e) {
			return
		}
		cands = append(cands, e)
		many = len(cands) > limit
	}
	try := func(parts ...string) {
		if many {
			return
		}
		buf = buf[:0]
		for _, p := range parts {
			buf = append(buf, p...)
		}
		if sp.holdsBytes(index, words, buf) && !slices.Contains(cands, string(buf)) {
			take(string(buf))
		}
	}
	var letter [utf8.UTFMax]byte
	for i := 0; i < n && !many; i++ {
		// The words that start with w's first i runes.
		pre := w[:offs[i]]
		lo, _ := slices.BinarySearchFunc(words, []byte(pre), compareBytes)
		hi := lo + sort.Search(len(words)-lo, func(k int) bool { return !strings.HasPrefix(words[lo+k], pre) })
		words = words[lo:hi]
		if len(words) == 0 {
			break
		}
		if i > 0 && len(words) <= scanWords*len(sp.alphabet) {
			// Every later edit is in this range too: read it once.
			sp.editsAt(w, offs, i, words, take)
			return cands
		}
		cur, next := w[offs[i]:offs[i+1]], w[offs[i+1]:]
		if i > 0 || strings.HasPrefix(next, cur) { // the first letter stays
			try(pre, next) // dropped
		}
		if i == 0 {
			continue
		}
		if i+1 < n && w[offs[i+1]:offs[i+2]] != cur { // swapped
			try(pre, w[offs[i+1]:offs[i+2]], cur, w[offs[i+2]:])
		}
		for _, l := range sp.alphabet {
			ls := string(letter[:utf8.EncodeRune(letter[:], l)])
			if ls != cur {
				try(pre, ls, next) // changed
			}
			try(pre, ls, cur, next) // added before it
		}
	}
	if len(words) > 0 && !many {
		for _, l := range sp.alphabet { // added at the end
			try(w, string(letter[:utf8.EncodeRune(letter[:], l)]))
		}
	}
	return cands
}

// scanWords is how many words a letter of the alphabet a range of the
// dictionary may hold for oneEdit to read it rather than look up each
// edit (two a letter) by hash.
const scanWords = 2

// editsAt passes to take every word of words (the dictionary's words that
// share w's first i runes, i > 0; offs are the offsets of w's runes and
// of its end) that is an edit of w at rune i or after: what oneEdit's
// look-ups from rune i on would find.
func (sp *Speller) editsAt(w string, offs []int, i int, words []string, take func(string)) {
	n := len(offs) - 1
	for _, x := range words {
		if x == w {
			continue // no edit gives w back
		}
		// The first rune where x and w differ, at i or after.
		k := i
		for k < n && strings.HasPrefix(x[offs[k]:], w[offs[k]:offs[k+1]]) {
			k++
		}
		pre, rest := offs[k], x[offs[k]:]
		l, size := utf8.DecodeRuneInString(rest)
		switch {
		case k == n: // w is a prefix of x: a letter added at the end
			if size == len(rest) && sp.inAlphabet(l) {
				take(x)
			}
			continue
		case rest == w[offs[k+1]:]: // rune k dropped
		case size > 0 && rest[size:] == w[offs[k+1]:] && sp.inAlphabet(l): // rune k changed
		case size > 0 && rest[size:] == w[pre:] && sp.inAlphabet(l): // a letter added before rune k
		case k+1 < n && rest == w[offs[k+1]:offs[k+2]]+w[pre:offs[k+1]]+w[offs[k+2]:]: // runes k and k+1 swapped
		default:
			continue
		}
		take(x)
	}
}

// inAlphabet reports whether r is a letter of the dictionary's alphabet.
func (sp *Speller) inAlphabet(r rune) bool {
	_, ok := slices.BinarySearch(sp.alphabet, r)
	return ok
}

// holdsBytes reports whether the edit b is a dictionary word: by hash
// where the dictionary has an index, else by bisection of words, the
// part of the dictionary that can hold it.
func (sp *Speller) holdsBytes(index *wordset.Set, words []string, b []byte) bool {
	if index != nil {
		return index.HasBytes(b)
	}
	_, in := slices.BinarySearchFunc(words, b, compareBytes)
	return in
}

// compareBytes orders a word and a form the way the sorted dictionary is.
func compareBytes(w string, b []byte) int {
	for k := 0; k < len(w) && k < len(b); k++ {
		if w[k] != b[k] {
			return int(w[k]) - int(b[k])
		}
	}
	return len(w) - len(b)
}
