// A need listed from a story span speaks the pack's clinical vocabulary.

package rewrite

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/rules"
)

// storyVocab holds a pack's words that tell a need from a story, lower
// case; the pack's grammar builds it on the first post that lists a story
// need (grammar.story).
type storyVocab struct {
	// clinical holds the words of the terms and list entries of the
	// pack's clinical rules (conditions, medications, symptoms and
	// states), and of the approaches and topics of its rewrite section.
	// Practical needs (payers, formats) and populations are not in it:
	// the post's ask already lists them. Nor are the specialties: their
	// keys are the events and stays a need is made from ("car accident",
	// "sortie d'hôpital"), and their words ("after", "loss", "care") name
	// no condition by themselves.
	clinical map[string]bool
	// identifying holds the words of the terms of the pack's rules of the
	// identifying categories, less the clinical words ("sleeping" is
	// both).
	identifying map[string]bool
}

// identifyingCategories are the categories whose rules' terms name what
// identifies rather than what is treated: an event, a family fact, a
// job, a place, a date or an age.
var identifyingCategories = map[string]bool{"event": true, "family": true, "occupation": true,
	"location": true, "organization": true, "date": true, "age": true}

func newStoryVocab(p *rules.Pack) storyVocab {
	v := storyVocab{clinical: map[string]bool{}, identifying: map[string]bool{}}
	addWords := func(set map[string]bool, t string) {
		lt := strings.ToLower(t)
		for _, w := range wordSpans(lt) {
			set[lt[w.start:w.end]] = true
		}
	}
	for _, r := range p.Rules {
		if r.Category != "clinical" {
			continue
		}
		for _, t := range r.Terms {
			addWords(v.clinical, t)
		}
		if r.List != "" {
			for _, t := range phrase.List(p, r.List) {
				addWords(v.clinical, t)
			}
		}
	}
	rw := &p.Rewrite
	for _, l := range [][]string{rw.Approaches, rw.Topics} {
		for _, t := range l {
			addWords(v.clinical, t)
		}
	}
	for _, r := range p.Rules {
		if !identifyingCategories[r.Category] {
			continue
		}
		for _, t := range r.Terms {
			addWords(v.identifying, t)
		}
	}
	for w := range v.identifying {
		if v.clinical[w] {
			delete(v.identifying, w)
		}
	}
	return v
}

// minVocabWord is the fewest bytes a lower-case word must have to tell
// what a story span is: "off", "on", "de" are parts of terms ("off
// meds"), not what they name. An acronym ("ED", "SI") counts at any
// length.
const minVocabWord = 4

// namesStory reports whether the story span t (a low-severity clinical
// finding the rewrite would list as a need in the post's own words) tells
// the client's story rather than a need: it holds none of the pack's
// clinical vocabulary ("not sleeping well" stays) and a word of its
// identifying rules ("armed", "pharmacy", "sortie de route") or a name
// of its lists of names, places and employers. A need clause keeps
// only need words (h-leak11).
func (c *run) namesStory(t string) bool {
	v := c.gr.story()
	clin, ident := v.clinical, v.identifying
	story := false
	var buf [16]span
	for _, w := range appendWords(buf[:0], t) {
		word := t[w.start:w.end]
		lw := strings.ToLower(word)
		if c.gr.stop[lw] || len(lw) < minVocabWord && !isAcronym(word) {
			continue
		}
		if clin[lw] {
			return false
		}
		// A word that a list of names, places or employers holds and no
		// list of ordinary words does is a name typed in lower case
		// ("back in rehab at wexford"); a word of no list at all is as
		// often the need itself ("benzodiazepines") and stays.
		story = story || ident[lw] || !c.gr.common[lw] && namedInLists(c.pack, word)
	}
	return story
}

// nameLists are the lists of a pack whose entries are names: of people,
// places and employers, each sorted.
var nameLists = []string{"first_names", "surnames", "places", "employers"}

// namedInLists reports whether word, capitalized, is an entry of one of
// p's name lists: a binary search of each sorted list.
func namedInLists(p *rules.Pack, word string) bool {
	r, size := utf8.DecodeRuneInString(word)
	if r == utf8.RuneError {
		return false
	}
	title := string(unicode.ToUpper(r)) + strings.ToLower(word[size:])
	for _, name := range nameLists {
		if _, ok := slices.BinarySearch(phrase.List(p, name), title); ok {
			return true
		}
	}
	return false
}
