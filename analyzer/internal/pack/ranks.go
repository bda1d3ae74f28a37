package pack

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/internal/wordset"
)

// Ranks tells how frequent an ordinary word of the language is: the
// pack's word_ranks list holds one mark for each word of its
// common_words, in the list's order ("0"-"9", "a"-"j": the thousand of
// the language's most frequent words the word's rank falls in; "-":
// rarer). A word common_words lacks (a proper noun, a word no dictionary
// knows) is rarer than any rank. Rules ask it through rarer_than: a
// shop or school named in lower case before its kind ("the blue heron
// diner") is told from a description ("the local diner") by words an
// ordinary description does not use.
type Ranks struct {
	words    []string     // common_words, sorted
	marks    string       // one mark a word of words
	function *wordset.Set // the pack's function words (stopwords)
}

// rankDigits are the marks in rank order: "0" for the 1,000 most
// frequent words, "j" for ranks 19,000-19,999.
const rankDigits = "0123456789abcdefghij"

// NewRanks reads the marks of list (lines of marks, one a word of
// common, in order); nil and no error when the pack has no ranks.
func NewRanks(common, list []string) (*Ranks, error) {
	if len(list) == 0 {
		return nil, nil
	}
	if !slices.IsSorted(common) {
		return nil, fmt.Errorf("word_ranks: common_words is not in byte order")
	}
	marks := strings.Join(list, "")
	if len(marks) != len(common) {
		return nil, fmt.Errorf("word_ranks holds %d marks for %d common words: regenerate it (scripts/gen-lists/ranks.mjs)", len(marks), len(common))
	}
	for i := range len(marks) {
		if marks[i] != '-' && strings.IndexByte(rankDigits, marks[i]) < 0 {
			return nil, fmt.Errorf("word_ranks: mark %q of word %d is not one of %q or -", marks[i], i+1, rankDigits)
		}
	}
	return &Ranks{words: common, marks: marks}, nil
}

// setRanks reads the pack's ranks (NewRanks) and gives them to c and
// its rules.
func (c *Compiled) setRanks(common, list []string) error {
	ranks, err := NewRanks(common, list)
	if err != nil {
		return err
	}
	if ranks != nil {
		ranks.function = c.Function
	}
	c.Ranks = ranks
	for _, r := range c.Rules {
		r.Ranks = ranks
	}
	return nil
}

// Rank returns the lower-case word w's rank, to the thousand below it
// (0 for the most frequent), or -1 for a word rarer than every rank
// the list knows.
func (r *Ranks) Rank(w string) int {
	if r == nil {
		return -1
	}
	i, ok := slices.BinarySearch(r.words, w)
	if !ok || r.marks[i] == '-' {
		return -1
	}
	return strings.IndexByte(rankDigits, r.marks[i]) * 1000
}

// Rarer reports whether the lower-case word w is rarer than rank n.
func (r *Ranks) Rarer(w string, n int) bool {
	k := r.Rank(w)
	return k < 0 || k >= n
}

// HasRare reports whether a word of the lower-case text s is rarer than
// rank n: a word of two letters or more, read without a possessive's
// "'s" ("novak's" is "novak"), that skip (when not nil) does not rule
// out; numbers never are. A text holding a function word of the pack
// has none: a name does not run across "from" or "her" ("graduating
// from lambton", "her dad's").
func (r *Ranks) HasRare(s string, n int, skip func(string) bool) bool {
	var buf [8]phrase.Token
	found := false
	for _, t := range phrase.AppendTokens(buf[:0], s) {
		w := s[t.Start:t.End]
		if c, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(c) || utf8.RuneCountInString(w) < 2 {
			continue
		}
		if r != nil && r.function.Has(w) {
			return false
		}
		if found {
			continue
		}
		if k := strings.LastIndexAny(w, "'’"); k > 0 && (w[k:] == "'s" || w[k:] == "’s") {
			w = w[:k]
		}
		found = r.Rarer(w, n) && (skip == nil || !skip(w))
	}
	return found
}
