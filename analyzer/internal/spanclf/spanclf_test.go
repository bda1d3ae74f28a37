package spanclf

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/tagger"
)

const (
	mOpener  = 1 << 0
	mSubject = 1 << 1
	mKin     = 1 << 2
)

var cues = Cues{Opener: mOpener, Subject: mSubject, Kin: mKin}

// sentence makes tagger tokens of the words of s; "|" after a word ends
// its clause. Marks come from a small hand list.
func sentence(s string) ([]tagger.Token, []bool) {
	marks := map[string]uint64{"since": mOpener, "when": mOpener, "she": mSubject, "her": mSubject, "uncle": mKin}
	var toks []tagger.Token
	var brk []bool
	for _, w := range strings.Fields(s) {
		end := strings.HasSuffix(w, "|")
		w = strings.TrimSuffix(w, "|")
		toks = append(toks, tagger.Token{Word: w, Lower: w, Marks: marks[w], Zone: 1})
		brk = append(brk, end)
	}
	brk[len(brk)-1] = true
	return toks, brk
}

func TestPropose(t *testing.T) {
	toks, brk := sentence("since the flood| she sleeps in the car with her uncle")
	got := Propose(nil, toks, brk, cues)
	want := []Candidate{
		{1, 3, KindClause},    // the flood
		{4, 11, KindSubject},  // sleeps ... uncle
		{10, 11, KindSubject}, // after "her"
		{9, 11, KindKin},      // her uncle
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("proposal %d: got %v, want %v", i, got[i], want[i])
		}
	}
}

// TestProposeBounded: a clause with no break stops at MaxLen words.
func TestProposeBounded(t *testing.T) {
	toks, brk := sentence("when " + strings.Repeat("word ", 50))
	got := Propose(nil, toks, brk, cues)
	if len(got) != 1 || got[0].End-got[0].Start != MaxLen {
		t.Fatalf("got %v, want one proposal of %d words", got, MaxLen)
	}
}

func examples() []Example {
	var out []Example
	for i, s := range []string{"since the flood", "since the fire", "when the storm came", "since that day", "when I said"} {
		toks, brk := sentence(s)
		for _, c := range Propose(nil, toks, brk, cues) {
			class := 0
			if i < 3 {
				class = 1
			}
			out = append(out, Example{Feats: Features(nil, toks, nil, c), Class: class})
		}
	}
	return out
}

func TestTrainLearnsAndRoundTrips(t *testing.T) {
	cfg := Config{Classes: 2, Epochs: 10, MinCount: 1, Seed: 1}
	m, err := Train(examples(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	toks, brk := sentence("since the flood")
	c := Propose(nil, toks, brk, cues)[0]
	scores := make([]int32, m.Classes())
	if cls, lead := m.Score(Features(nil, toks, nil, c), scores); cls != 1 || lead <= 0 {
		t.Errorf("a training positive scores class %d, lead %d", cls, lead)
	}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Train(examples(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if b2, _ := m2.MarshalBinary(); !bytes.Equal(b, b2) {
		t.Error("two trainings gave different bytes")
	}
	back, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	if b3, _ := back.MarshalBinary(); !bytes.Equal(b, b3) {
		t.Error("Load then MarshalBinary changed the bytes")
	}
	b[len(b)-5] ^= 1
	if _, err := Load(b); !errors.Is(err, ErrFormat) {
		t.Errorf("an altered file: got %v, want ErrFormat", err)
	}
	if _, err := Load(b[:5]); !errors.Is(err, ErrFormat) {
		t.Errorf("a truncated file: got %v, want ErrFormat", err)
	}
}
