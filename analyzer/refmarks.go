package analyzer

import (
	"slices"

	"github.com/discreet-app/discreet/analyzer/internal/tagger"
	"github.com/discreet-app/discreet/rules"
)

// The tagger marks of where a token stands against the people its
// sentence names, set by refMarks in bits the categories' marks leave
// free (below classShift): the details of a client's story follow the
// words that name the client ("she has been skipping meals", "his
// brother was arrested"), and the window of ±2 words the tagger reads
// sees the name or pronoun only when the detail is short and close.
const (
	// refCloseBit: a client reference among the three tokens before.
	refCloseBit = 1 << 29
	// refEarlierBit: a client reference earlier in the sentence, further
	// back than three tokens.
	refEarlierBit = 1 << 30
	// selfLastBit: of the pronouns before the token, the last is the
	// poster's (I, we, my): the clause is the poster's own.
	selfLastBit = 1 << 31
)

// refBits are the marks of a token that refers to a person the post may
// be about: a third-person pronoun, a kin word, a "you", a name, or the
// relationship's words (my client, a patient).
var refBits = func() uint64 {
	class := func(name string) uint64 { return 1 << (classShift + slices.Index(rules.TaggerClasses, name)) }
	cat := func(name string) uint64 { return 1 << slices.Index(rules.Categories, name) }
	return class("third") | class("kin") | class("you") | cat("name") | cat("relationship")
}()

// selfBits are the marks of the poster's own pronouns.
var selfBits = uint64(1) << (classShift + slices.Index(rules.TaggerClasses, "self"))

// refMarks adds to the marks of the tokens of one sentence where each
// stands against the references before it (refCloseBit, refEarlierBit,
// selfLastBit). It is linear in the sentence's length.
func refMarks(tt []tagger.Token) {
	last, self := -1, false // the last client reference; whether the last pronoun was the poster's
	for i := range tt {
		m := tt[i].Marks
		switch {
		case last >= 0 && i-last <= 3:
			tt[i].Marks |= refCloseBit
		case last >= 0:
			tt[i].Marks |= refEarlierBit
		}
		if self {
			tt[i].Marks |= selfLastBit
		}
		switch {
		case m&refBits != 0:
			last, self = i, false
		case m&selfBits != 0:
			self = true
		}
	}
}
