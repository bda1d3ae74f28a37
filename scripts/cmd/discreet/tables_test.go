package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/rules"
)

// TestWriteTables checks that `discreet tables` writes one file per
// built-in language and that each is what the analyzer takes for it.
func TestWriteTables(t *testing.T) {
	dir := t.TempDir()
	if code := runTables([]string{"--out", dir}); code != 0 {
		t.Fatalf("discreet tables exited %d", code)
	}
	a, err := analyzer.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range rules.Languages() {
		data, err := os.ReadFile(filepath.Join(dir, lang+".bin"))
		if err != nil {
			t.Fatal(err)
		}
		if err := a.SetTables(lang, data); err != nil {
			t.Errorf("%s: %v", lang, err)
		}
	}
	if code := runTables(nil); code != 2 {
		t.Errorf("without --out: exit %d, want 2", code)
	}
}
