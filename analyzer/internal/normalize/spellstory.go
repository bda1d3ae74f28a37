package normalize

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/fuzzy"
	"github.com/discreet-app/discreet/analyzer/internal/wordset"
)

// Story words: the words that carry a client's story (a family word, a
// people or faith, a condition or a medication, an incident, a level of
// care) are what a hurried post misspells and what the rules and the
// story tagger look for ("daugther", "boyfirend", "sertaline",
// "somalli", "desalojarón"). The dictionary alone leaves three kinds of
// them as typed, and the story words mend each:
//
//   - a word one edit from two dictionary words ("remaried": "remarked"
//     or "remarried"?) is the one of them that is a story word;
//   - a word one edit from no dictionary word is the story word one edit
//     from it (two for ten letters or more: "clonazepan", "sertaline"):
//     the medications, peoples and terms of the pack's lists are mostly
//     not ordinary words. A fuzzy.Index of the story words of
//     SpellEditMinRunes letters or more, built the first time a post
//     needs it, finds them in a bounded number of look-ups;
//   - a word with an accent its dictionary word lacks ("desalojarón",
//     "anorexía") is that word, as a word without its accent is the
//     accented one.
//
// The guards of the dictionary's corrections hold for these too: the
// word is typed in lower case, is not a word of the dictionary or of the
// pack's lists (the frequency guard: "bother" is never "brother",
// "mothers" never "mother"), starts with the same letter as the story
// word and differs from it in more than its ending.

// maxStoryCands is how many dictionary words one edit from a word are
// weighed for the one story word among them: more means a short, common
// shape ("caree": "care", "career", "cared"...), left as typed.
const maxStoryCands = 4

// WithStory makes the speller mend misspelled story words (lower case),
// and returns sp. Call it before the speller is used.
func (sp *Speller) WithStory(words []string) *Speller {
	if sp == nil || len(words) == 0 {
		return sp
	}
	lower := make([]string, 0, len(words))
	for _, w := range words {
		lower = append(lower, strings.ToLower(w))
	}
	sp.storyWords = lower
	sp.story = wordset.New(lower)
	return sp
}

// WithVariants makes the speller leave another standard spelling of a
// dictionary word as typed (British and American English: variant), and
// returns sp. Other languages have no such pairs: in Spanish and French,
// "tre" for "ter" or "is" for "iz" is a slip ("soltrea", "hospitalisada").
func (sp *Speller) WithVariants() *Speller {
	if sp != nil {
		sp.variants = true
	}
	return sp
}

// storyIndex returns the fuzzy index of the story words, built once.
func (sp *Speller) storyIndex() *fuzzy.Index {
	sp.storyOnce.Do(func() { sp.storyIdx = fuzzy.New(sp.storyWords) })
	return sp.storyIdx
}

// storyEdit returns the story word w (lower case, of SpellEditMinRunes
// letters or more, no dictionary word) is a slip of, given cands, the
// dictionary words one edit from it (edits): the one story word among
// them, or, when there are none, the one story word one edit (two for
// fuzzy.Min2Runes letters or more) away. "" for none.
func (sp *Speller) storyEdit(w string, cands []string) string {
	if sp.story == nil || len(cands) > maxStoryCands {
		return ""
	}
	if len(cands) > 0 {
		found := ""
		for _, e := range cands {
			if sp.story.Has(e) {
				if found != "" {
					return ""
				}
				found = e
			}
		}
		return found
	}
	if utf8.RuneCountInString(w) < fuzzy.MinRunes {
		return ""
	}
	x := sp.storyIndex()
	e, exact := x.Near(w)
	if e == "" || exact {
		e = x.Near2(w)
	}
	if stem := sp.inflected(w); stem != "" && !strings.HasPrefix(e, stem) {
		return "" // another form of a dictionary word, not a slip of e
	}
	return e
}

// inflectStem is how many letters a word and a dictionary word must
// share from the start for the word to read as another form of it: a
// verb's or a noun's ending the dictionary lacks.
const inflectStem = 6

// inflected returns the stem w shares with a dictionary word that holds
// all of w but its last three letters, at least inflectStem of them
// ("controla" of "controlaron", beside "controlar" and "controlaba"), or
// "": w reads as a form of that word the dictionary does not list. A story
// word that keeps the stem may still be what w was meant to be (a slip in
// the ending: "malentendent"); one that changes it ("contrataron") is
// another word. Dictionary words are sorted: one binary search.
func (sp *Speller) inflected(w string) string {
	r := []rune(w)
	if len(r)-3 < inflectStem {
		return ""
	}
	stem := string(r[:len(r)-3])
	if i, _ := slices.BinarySearch(sp.words, stem); i < len(sp.words) && strings.HasPrefix(sp.words[i], stem) {
		return stem
	}
	return ""
}

// extraAccent returns the dictionary word w is with its accents taken
// off ("desalojarón" → "desalojaron"), when w has accents, not on its
// last letter, and that word is one; "" otherwise.
func (sp *Speller) extraAccent(w string) string {
	// An accent on the last letter is a verb's ("desalojó"),
	// whose form the dictionary may lack.
	if last, _ := utf8.DecodeLastRuneInString(w); last >= utf8.RuneSelf {
		return ""
	}
	if f := foldAccents(w); f != w && sp.has(f) {
		return f
	}
	return ""
}

// tripled reports whether w has a letter three times in a row ("fillle"):
// a slip, never another standard spelling.
func tripled(w string) bool {
	for i := 2; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] == w[i-2] {
			return true
		}
	}
	return false
}

// lastLetterSlip reports whether w and e, of eight letters or more, differ
// in their last letter alone ("clonazepan", "clonazepam"): in a long
// name of a list, not an inflection the dictionary lacks.
func lastLetterSlip(w, e string) bool {
	rw, re := []rune(w), []rune(e)
	return len(rw) == len(re) && len(rw) >= 8 && string(rw[:len(rw)-1]) == string(re[:len(re)-1])
}

// startsWith returns the keywords of keep that w starts with.
func startsWith(w string, keep []string) []string {
	out := keep[:0:0]
	for _, k := range keep {
		if strings.HasPrefix(w, k) {
			out = append(out, k)
		}
	}
	return out
}
