package phrase

import (
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// TestTableFitKeepsEveryKey fills a table sized far too large, fits it and
// checks that it shrank to at most half full and still answers every key
// it holds, and none it does not.
func TestTableFitKeepsEveryKey(t *testing.T) {
	tb := newTable(1 << 16)
	for i := uint64(0); i < 1000; i++ {
		tb.put(i*7919, int32(i)) // 0 included: stored as 1
	}
	tb.fit()
	if len(tb.keys) != 2048 || tb.n != 1000 {
		t.Fatalf("fit: %d slots for %d keys, want 2048 for 1000", len(tb.keys), tb.n)
	}
	for i := uint64(0); i < 1000; i++ {
		if v, ok := tb.get(i * 7919); !ok || v != int32(i) {
			t.Fatalf("key %d: got %d, %v", i*7919, v, ok)
		}
		if _, ok := tb.get(i*7919 + 3); ok {
			t.Fatalf("key %d found, never put", i*7919+3)
		}
	}
	tb.put(1<<40, 5) // still grows past half full
	for i := 0; i < 2000; i++ {
		tb.put(uint64(i)<<32|1, 1)
	}
	if 2*tb.n > len(tb.keys) {
		t.Fatalf("%d keys in %d slots", tb.n, len(tb.keys))
	}
}

// TestBuildFitsIndex checks that a built pack's index holds its keys at
// most half full and at least a quarter full: the tables are the bulk of
// a compiled pack's memory.
func TestBuildFitsIndex(t *testing.T) {
	for _, lang := range rules.Languages() {
		p, err := rules.EmbeddedPack(lang)
		if err != nil {
			t.Fatal(err)
		}
		x := Build(p)
		for name, tb := range map[string]table{"entries": x.entries, "prefixes": x.prefixes} {
			if len(tb.keys) > 16 && (4*tb.n < len(tb.keys) || 2*tb.n > len(tb.keys)) {
				t.Errorf("%s %s: %d keys in %d slots", lang, name, tb.n, len(tb.keys))
			}
		}
	}
}
