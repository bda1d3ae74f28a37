package pack

import (
	"strings"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// Run-on text ("she moved back home in june and shes not sleeping, i
// think her brother is using again - my own kid starts school monday")
// has no sentence ends to separate who each part is about, so a long
// sentence is cut into clauses where one plainly starts: at a spaced dash,
// and before a subject pronoun that follows a comma or a joining word
// ("and she", ", i", "donc il", "y ella"). The pronouns and joining words
// are the pack's vocabularies "clause_subjects" and "clause_joins".
// Attribution, the tagger and intent then work clause by clause, as they
// work sentence by sentence in tidy text.

// runOnMin is the shortest sentence, in bytes, cut into clauses: tidy
// sentences rarely run this long.
const runOnMin = 160

// clauseMin is the shortest clause, in bytes, cut off a sentence.
const clauseMin = 24

// Sentences splits the view's text s into sentences, and long run-on
// sentences into clauses.
func (c *Compiled) Sentences(s string) []Span {
	return c.Clauses(s, SplitSentences(s, c.Abbrev))
}

// Clauses cuts the long run-on sentences of sents, the sentences of s as
// SplitSentences found them, into clauses: Sentences for a caller that
// also needs the sentences whole (the rewrite). sents is not changed; it
// is returned as it is when the pack cuts no clauses.
func (c *Compiled) Clauses(s string, sents []Span) []Span {
	if c.ClauseSubjects == nil {
		return sents
	}
	out := make([]Span, 0, len(sents)+len(sents)/2)
	for _, sent := range sents {
		if sent.End-sent.Start < runOnMin {
			out = append(out, sent)
			continue
		}
		out = c.appendClauses(out, s, sent)
	}
	return out
}

// appendClauses appends the clauses of sent to out.
func (c *Compiled) appendClauses(out []Span, s string, sent Span) []Span {
	lower := strings.ToLower(s[sent.Start:sent.End])
	toks := phrase.Tokenize(lower)
	begin := 0 // of the current clause, in lower
	cut := func(at int) {
		if at-begin >= clauseMin && len(lower)-at >= clauseMin {
			out = append(out, Span{sent.Start + begin, sent.Start + at})
			begin = at
		}
	}
	for i, t := range toks {
		if i == 0 {
			continue
		}
		gap := lower[toks[i-1].End:t.Start]
		switch {
		case gap == " - " || gap == " – " || gap == " — ":
			cut(t.Start)
		case !c.ClauseSubjects.Has(lower[t.Start:t.End]):
		case gap == ", " || gap == "; ":
			cut(toks[i-1].End + len(gap))
		case gap == " " && c.ClauseJoins.Has(lower[toks[i-1].Start:toks[i-1].End]) && i > 1:
			cut(toks[i-1].Start)
		}
	}
	return append(out, Span{sent.Start + begin, sent.End})
}
