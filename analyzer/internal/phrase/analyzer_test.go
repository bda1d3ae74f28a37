package phrase_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/rules"
)

// TestLoadedTablesGiveTheSameResults runs the development corpus through
// an analyzer whose packs loaded their phrase index from tables and one
// whose packs built their own.
func TestLoadedTablesGiveTheSameResults(t *testing.T) {
	packs, err := rules.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	built, err := analyzer.New(packs)
	if err != nil {
		t.Fatal(err)
	}
	loaded, _ := analyzer.New(packs)
	for lang, p := range packs {
		if err := loaded.SetTables(lang, phrase.Tables(p)); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Open("../../testdata/corpus/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		var in analyzer.Input
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			t.Fatal(err)
		}
		a, b := built.Analyze(in), loaded.Analyze(in)
		if x, y := a.AppendJSON(nil), b.AppendJSON(nil); !bytes.Equal(x, y) {
			t.Fatalf("%s: results differ with tables:\n%s\n%s", in.ID, x, y)
		}
		n++
	}
	if n < 100 {
		t.Fatalf("read %d posts of the development corpus; want it all", n)
	}
}
