package tagger

import (
	"bytes"
	"testing"
)

// partial returns ex with every O tag made Unknown: a sentence that
// names its spans and says nothing of the other words.
func partial(exs []Example) []Example {
	out := make([]Example, len(exs))
	for i, ex := range exs {
		tags := make([]int, len(ex.Tags))
		for j, t := range ex.Tags {
			tags[j] = t
			if t == 0 {
				tags[j] = Unknown
			}
		}
		out[i] = Example{Tokens: ex.Tokens, Tags: tags}
	}
	return out
}

func TestUnknownMovesNothing(t *testing.T) {
	exs := synthetic(50, 3)
	for i := range exs {
		for j := range exs[i].Tags {
			exs[i].Tags[j] = Unknown
		}
	}
	m, err := Train(exs, testConfig)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.keys) != 0 {
		t.Errorf("a model trained on unknown tags only kept %d features", len(m.keys))
	}
}

// TestPartialLabels: sentences that mark only their spans, beside a few
// fully labelled ones, still teach the spans' words and where they end.
func TestPartialLabels(t *testing.T) {
	exs := append(synthetic(20, 1), partial(synthetic(300, 4))...)
	m, err := Train(exs, testConfig)
	if err != nil {
		t.Fatal(err)
	}
	wrong, total := 0, 0
	for _, ex := range synthetic(100, 2) {
		want := spans(ex.Tags)
		total += len(want)
		got := m.Tag(ex.Tokens)
		for _, w := range want {
			found := false
			for _, g := range got {
				found = found || g.Start == w.Start && g.End == w.End && g.Cat == w.Cat
			}
			if !found {
				wrong++
			}
		}
	}
	if wrong*10 > total {
		t.Errorf("%d of %d spans missed", wrong, total)
	}
}

// TestWeightScales: a weight of 1 is the default, and another weight
// gives another model.
func TestWeightScales(t *testing.T) {
	one := synthetic(100, 5)
	m0, err := Train(one, testConfig)
	if err != nil {
		t.Fatal(err)
	}
	for i := range one {
		one[i].Weight = 1
	}
	m1, err := Train(one, testConfig)
	if err != nil {
		t.Fatal(err)
	}
	b0, _ := m0.MarshalBinary()
	b1, _ := m1.MarshalBinary()
	if !bytes.Equal(b0, b1) {
		t.Error("weight 1 and weight 0 (the default) give different models")
	}
}
