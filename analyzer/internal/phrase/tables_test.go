package phrase

import (
	"maps"
	"slices"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// entriesOf lists a table's (hash, value) pairs, whatever slots they sit in.
func entriesOf(t table) map[uint64]int32 {
	out := map[uint64]int32{}
	for i, k := range t.keys {
		if k != 0 {
			out[k] = t.vals[i]
		}
	}
	return out
}

// TestTablesLoadTheBuiltIndex checks that every built-in pack's phrase
// index, written by Tables and read back by Load, is the index Build builds.
func TestTablesLoadTheBuiltIndex(t *testing.T) {
	packs, err := rules.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for lang, p := range packs {
		want := Build(p)
		got, err := Load(Tables(p), p)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if !maps.Equal(entriesOf(got.entries), entriesOf(want.entries)) || got.entries.n != want.entries.n {
			t.Errorf("%s: entries differ (%d loaded, %d built)", lang, got.entries.n, want.entries.n)
		}
		if !maps.Equal(entriesOf(got.first), entriesOf(want.first)) {
			t.Errorf("%s: first words differ", lang)
		}
		if !slices.EqualFunc(got.shared, want.shared, slices.Equal) || got.maxWords != want.maxWords {
			t.Errorf("%s: shared rule sets or longest entry differ", lang)
		}
		if want.entries.n < 1000 {
			t.Errorf("%s: only %d entries: the lists did not reach the index", lang, want.entries.n)
		}
	}
}
