package analyzer

import (
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/tagger"
)

// TestRefMarks: each token is marked by where the last client reference
// before it stands, and by whether the last pronoun before it was the
// poster's.
func TestRefMarks(t *testing.T) {
	third := uint64(1) << (classShift + 2) // rules.TaggerClasses[2]
	cases := []struct {
		words string
		marks map[int]uint64 // the input marks by token
		want  []uint64       // the marks refMarks adds, by token
	}{
		{"lately he keeps losing his keys at the bus stop", map[int]uint64{1: third, 4: third},
			[]uint64{0, 0, refCloseBit, refCloseBit, refCloseBit, refCloseBit, refCloseBit, refCloseBit, refEarlierBit, refEarlierBit}},
		{"i told him we would meet on friday", map[int]uint64{0: selfBits, 2: third, 3: selfBits},
			[]uint64{0, selfLastBit, selfLastBit, refCloseBit, refCloseBit | selfLastBit, refCloseBit | selfLastBit, refEarlierBit | selfLastBit, refEarlierBit | selfLastBit}},
		{"nothing here names anyone", nil, []uint64{0, 0, 0, 0}},
	}
	for _, c := range cases {
		words := strings.Fields(c.words)
		tt := make([]tagger.Token, len(words))
		for i, w := range words {
			tt[i] = tagger.Token{Word: w, Lower: w, Marks: c.marks[i]}
		}
		refMarks(tt)
		for i := range tt {
			if got := tt[i].Marks &^ c.marks[i]; got != c.want[i] {
				t.Errorf("%q: token %d (%s) got marks %#x; want %#x", c.words, i, words[i], got, c.want[i])
			}
		}
	}
}
