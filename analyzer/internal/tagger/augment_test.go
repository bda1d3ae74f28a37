package tagger

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// sentenceOf makes an example from words, with the span tags given.
func sentenceOf(words []string, tags []int, zone uint8, foreign bool) Example {
	ex := Example{Tags: tags, Foreign: foreign}
	for _, w := range words {
		ex.Tokens = append(ex.Tokens, Token{Word: w, Lower: w, Zone: zone})
	}
	return ex
}

func augmentCorpus() []Example {
	return []Example{
		// category 0 spans: "stopped eating", "lost her job"; category 1: "weekly"
		sentenceOf([]string{"she", "stopped", "eating", "in", "may"}, []int{0, 1, 2, 0, 0}, 1, false),
		sentenceOf([]string{"he", "lost", "her", "job", "and", "we", "meet", "weekly"}, []int{0, 1, 2, 2, 0, 0, 0, 3}, 2, false),
		sentenceOf([]string{"nothing", "here"}, []int{0, 0}, 1, false),
		sentenceOf([]string{"elle", "a", "perdu", "son", "emploi"}, []int{0, 0, 1, 2, 2}, 1, true),
	}
}

func TestAugmentSwapsSpansOfTheSameCategory(t *testing.T) {
	ex := augmentCorpus()
	out := Augment(ex, 3, 7)
	if !reflect.DeepEqual(out[:len(ex)], ex) {
		t.Fatal("the examples themselves must come first, unchanged")
	}
	// Two examples hold spans and are not foreign: three copies of each.
	if got := len(out) - len(ex); got != 6 {
		t.Fatalf("%d copies, want 6", got)
	}
	pieces := map[int][]string{0: {"stopped eating", "lost her job"}, 1: {"weekly"}}
	for _, c := range out[len(ex):] {
		if len(c.Tags) != len(c.Tokens) || c.Foreign {
			t.Fatalf("malformed copy %+v", c)
		}
		for _, sp := range spans(c.Tags) {
			var words []string
			for _, tok := range c.Tokens[sp.Start:sp.End] {
				words = append(words, tok.Word)
				if tok.Zone != c.Tokens[0].Zone {
					t.Errorf("a substituted token keeps zone %d in a sentence of zone %d", tok.Zone, c.Tokens[0].Zone)
				}
			}
			got := strings.Join(words, " ")
			if !slices.Contains(pieces[sp.Cat], got) {
				t.Errorf("span %q of category %d is no span of that category in the corpus", got, sp.Cat)
			}
		}
	}
}

func TestAugmentIsReproducible(t *testing.T) {
	a, b := Augment(augmentCorpus(), 2, 3), Augment(augmentCorpus(), 2, 3)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same examples and seed gave two augmentations")
	}
	if got := Augment(augmentCorpus(), 0, 3); len(got) != len(augmentCorpus()) {
		t.Fatalf("n = 0 added %d examples", len(got)-len(augmentCorpus()))
	}
}
