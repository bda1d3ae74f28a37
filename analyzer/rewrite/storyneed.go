// A need listed from a story span speaks the pack's clinical vocabulary.

package rewrite

import (
	"strings"
	"sync"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/rules"
)

// clinicalSets holds each pack's clinical words (*rules.Pack →
// map[string]bool), built on the first post that lists a story need.
var clinicalSets sync.Map

// clinicalVocab returns the words of p's clinical vocabulary, lower case:
// the terms and list entries of its clinical rules (conditions,
// medications, symptoms and states), and the approaches and topics of its
// rewrite section. Practical needs (payers, formats) and populations are
// not in it: the post's ask already lists them. Nor are the specialties:
// their keys are the events and stays a need is made from ("car
// accident", "sortie d'hôpital"), and their words ("after", "loss",
// "care") name no condition by themselves.
func clinicalVocab(p *rules.Pack) map[string]bool {
	if s, ok := clinicalSets.Load(p); ok {
		return s.(map[string]bool)
	}
	set := map[string]bool{}
	add := func(t string) {
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
			add(t)
		}
		if r.List != "" {
			for _, t := range phrase.List(p, r.List) {
				add(t)
			}
		}
	}
	rw := &p.Rewrite
	for _, l := range [][]string{rw.Approaches, rw.Topics} {
		for _, t := range l {
			add(t)
		}
	}
	s, _ := clinicalSets.LoadOrStore(p, set)
	return s.(map[string]bool)
}

// minClinicalWord is the fewest bytes a lower-case word must have to
// make a story span a need: "off", "on", "de" are parts of terms ("off
// meds"), not what they name. An acronym ("ED", "SI") counts at any
// length.
const minClinicalWord = 4

// namesClinical reports whether the story span t (a low-severity clinical
// finding the rewrite would list as a need in the post's own words) holds
// a word of the pack's clinical vocabulary that is no stopword: "intrusive
// images", "not eating", "keeps vaping" do; "armed robbery", "parking
// lot", "overnight" or a word no list holds do not, whatever the tagger
// read them as. A need clause keeps only need words (h-leak11).
func (c *run) namesClinical(t string) bool {
	set := clinicalVocab(c.pack)
	var buf [16]span
	for _, w := range appendWords(buf[:0], t) {
		word := t[w.start:w.end]
		lw := strings.ToLower(word)
		if c.gr.stop[lw] || len(lw) < minClinicalWord && !isAcronym(word) {
			continue
		}
		if set[lw] {
			return true
		}
	}
	return false
}
