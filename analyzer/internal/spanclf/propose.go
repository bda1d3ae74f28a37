// Package spanclf proposes candidate spans of a client's story from the
// structure of a clause (the clause after "since / after / when", the
// verb phrase after "she / he / they", a noun phrase headed by a kin
// word) and scores each with a small span-level classifier: an averaged
// perceptron over hashed features of the span, trained by Train from a
// seed and stored compactly by Model.MarshalBinary. The token-level
// tagger proposes nothing where a detail's words are unlike any it has
// seen; a span's clause says there may be one.
package spanclf

import "github.com/discreet-app/discreet/analyzer/internal/tagger"

// Kinds of proposal.
const (
	// KindClause is the clause after an opener ("since", "after",
	// "when"): from the word after it to the clause's end.
	KindClause uint8 = iota + 1
	// KindSubject is the verb phrase after a third-person subject
	// ("she", "he", "they"), to the clause's end.
	KindSubject
	// KindKin is a noun phrase headed by a kin word, with the
	// possessive or determiner before it ("his stepmum").
	KindKin
	// KindTagged is a span the token tagger found, scored again as a
	// whole: a second opinion that may drop it.
	KindTagged
)

// MaxLen bounds a proposal's tokens: a clause runs to its end or to
// MaxLen words, whichever comes first, so proposing is linear in the
// sentence.
const MaxLen = 10

// Cues are the token marks (tagger.Token.Marks) that open a proposal,
// and the kinds of proposal to make.
type Cues struct {
	Opener, Subject, Kin uint64
	// Kinds has bit 1<<Kind set for each kind to propose; 0 proposes
	// every kind.
	Kinds uint8
}

// KindNames names the kinds of proposal, by Kind.
var KindNames = map[string]uint8{"clause": KindClause, "subject": KindSubject, "kin": KindKin}

// wants reports whether c proposes spans of kind k.
func (c Cues) wants(k uint8) bool { return c.Kinds == 0 || c.Kinds&(1<<k) != 0 }

// Candidate is a proposal: the tokens [Start, End) of a sentence.
type Candidate struct {
	Start, End int
	Kind       uint8
}

// Propose appends to out the proposals of the sentence toks; brk[i] says
// that a clause ends after token i (a comma, a semicolon, a colon...).
// Each token opens at most one proposal of each kind.
func Propose(out []Candidate, toks []tagger.Token, brk []bool, c Cues) []Candidate {
	clauseEnd := func(from int) int {
		end := from
		for end < len(toks) && end-from < MaxLen {
			end++
			if brk[end-1] {
				break
			}
		}
		return end
	}
	for i, t := range toks {
		switch {
		case t.Marks&c.Opener != 0 && i+1 < len(toks) && !brk[i]:
			if c.wants(KindClause) {
				out = append(out, Candidate{i + 1, clauseEnd(i + 1), KindClause})
			}
		case t.Marks&c.Subject != 0 && i+1 < len(toks) && !brk[i]:
			if c.wants(KindSubject) {
				out = append(out, Candidate{i + 1, clauseEnd(i + 1), KindSubject})
			}
		}
		if t.Marks&c.Kin != 0 && c.wants(KindKin) {
			start := i
			for start > 0 && i-start < 2 && !brk[start-1] {
				start--
				if toks[start].Marks&(c.Subject|c.Kin) != 0 {
					break
				}
			}
			end := i + 1
			if end < len(toks) && !brk[i] && toks[end].Marks&c.Opener == 0 {
				end++
			}
			out = append(out, Candidate{start, end, KindKin})
		}
	}
	return out
}
