package analyzer

import (
	"strings"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/postclass"
)

// Reference chains (issue 15, h-they10): a post refers to its client once
// and goes on with pronouns, possessives or no subject at all. Who each
// sentence is about (referents) follows that chain until something else
// takes over; see rules/README.md, "Reference chains".

// chain fills in the sentences that say nothing of who they are about
// (RefNobody) from the ones before: a sentence with a third-person word
// of the pack ("they", "their", "ils", "leur", "su") goes on with the
// last sentence about someone other than the poster (the client, a
// public figure, a group), even across the poster's own words between
// ("My client is 30. I work nights at a clinic. They were fired."); any
// other sentence (no subject, "Barely sleeping.") continues the one just
// before. What ends a chain is a sentence that says who it is about (a
// public figure, a generic group that is not the poster's own work: "I
// work mostly with adults" does not take "they" away from the client),
// not a sentence boundary. One pass; each sentence's first words and
// words are read at most once or twice.
func (x *context) chain(out []Referent) {
	last := RefNobody // the last referent other than the poster's
	for k := range out {
		if out[k] == RefNobody && k > 0 {
			out[k] = out[k-1]
			if last != RefNobody && out[k] != last && x.thirdIn(k) {
				out[k] = last
			}
		}
		switch out[k] {
		case RefClient, RefPublic:
			last = out[k]
		case RefGeneric:
			if !x.posterSubject(k) { // "I work mostly with adults" is the poster's
				last = RefGeneric
			}
		}
	}
}

// thirdIn reports whether sentence k holds a word of the pack's
// third_person list, contracted or not ("they've").
func (x *context) thirdIn(k int) bool {
	if x.c.ThirdPerson == nil {
		return false
	}
	s := x.sents[k]
	lower := x.v.Lower[s.Start:s.End]
	for _, t := range phrase.Tokenize(lower) {
		if x.third(lower[t.Start:t.End]) {
			return true
		}
	}
	return false
}

// third reports whether w, or w before an apostrophe ("they've",
// "they're"), is a word of the pack's third_person list.
func (x *context) third(w string) bool {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i]
	}
	return x.c.ThirdPerson.Has(w)
}

// thirdSubject reports whether the subject of clause k is a third-person
// pronoun: among its first words, before any punctuation, the first
// word of the pack's clause_subjects is of the third_person list ("They
// were assaulted at work", "then she left", "il a perdu"), not the
// poster's "I" or "we" (posterSubject reads the same words).
func (x *context) thirdSubject(k int) bool {
	if x.c.ThirdPerson == nil || x.c.ClauseSubjects == nil {
		return false
	}
	w := x.leadSubject(k)
	return w != "" && x.third(w)
}

// genericAsk reports whether sentence k is a question put to the readers
// about people in general ("How do they usually respond to DBT?",
// "Comment les gens réagissent-ils à la TCC ?"): it ends with a question
// mark, opens with a word the pack's intent_words call "howto" ("how",
// "comment", "cómo"), and neither refers to a person (no person zone:
// "how do I help her" stays hers) nor has the poster in it ("how do I
// calm the nightmares" asks about the client's). Such a question does
// not go on with the client's story, next to a client sentence or not.
func (x *context) genericAsk(k int) bool {
	s := x.sents[k]
	t := strings.TrimRight(x.v.Text[s.Start:s.End], " \t\r\n\"'»”)")
	if !strings.HasSuffix(t, "?") || x.person.Overlaps(s) {
		return false
	}
	lower := x.v.Lower[s.Start:s.End]
	toks := phrase.Tokenize(lower)
	if len(toks) == 0 || x.c.Concepts[postclass.Fold(lower[toks[0].Start:toks[0].End])] != "howto" {
		return false
	}
	for _, t := range toks {
		if x.c.PosterSubjects != nil && x.c.PosterSubjects.Has(lower[t.Start:t.End]) {
			return false
		}
	}
	return true
}
