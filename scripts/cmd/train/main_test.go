package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// root is the repository, from this package's folder.
const root = "../../.."

// train runs the command's training, as scripts/train does, into a new
// rules folder holding a copy of each language's tagger.json, and returns
// that folder.
func train(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, lang := range rules.Languages() {
		spec, err := os.ReadFile(filepath.Join(root, "rules", lang, "_tagger", "tagger.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dir, lang, "_tagger"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, lang, "_tagger", "tagger.json"), spec, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := run(filepath.Join(root, "analyzer", "testdata", "corpus", "train.jsonl"), rules.Languages(), dir, 0); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestRetrainingGivesTheShippedWeights retrains every built-in tagger the
// way scripts/train does and expects the very bytes that ship: the weights
// are reproducible from the corpus, tagger.json and the packs. The packs'
// rule matches are features, so when a pack has changed since the weights
// were made (trained.json records its hash) the comparison is skipped with
// a reminder to run scripts/train, and the test checks instead that two
// trainings agree.
func TestRetrainingGivesTheShippedWeights(t *testing.T) {
	dir := train(t)
	var again string // a second training, made once if a language needs it
	for _, lang := range rules.Languages() {
		t.Run(lang, func(t *testing.T) {
			got, err := os.ReadFile(filepath.Join(dir, lang, "_tagger", "weights.bin"))
			if err != nil {
				t.Fatal(err)
			}
			if stale := stalePacks(t, lang); stale != "" {
				if again == "" {
					again = train(t)
				}
				second, err := os.ReadFile(filepath.Join(again, lang, "_tagger", "weights.bin"))
				if err != nil || !bytes.Equal(got, second) {
					t.Fatalf("two trainings on the same posts gave different bytes (%v)", err)
				}
				t.Skipf("the %s pack changed since %s's weights were trained: run scripts/train", stale, lang)
			}
			_, shipped, err := rules.EmbeddedTagger(lang)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, shipped) {
				t.Fatalf("retraining %s gave %d bytes that differ from the %d shipped: run scripts/train", lang, len(got), len(shipped))
			}
		})
	}
}

// stalePacks returns the first pack whose hash differs from the one
// lang's trained.json records, or "".
func stalePacks(t *testing.T, lang string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, "rules", lang, "_tagger", "trained.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Packs map[string]string `json:"packs_sha256"`
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	for _, l := range slices.Sorted(maps.Keys(rec.Packs)) {
		doc, err := rules.EmbeddedDocument(l)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprintf("%x", sha256.Sum256(doc)) != rec.Packs[l] {
			return l
		}
	}
	return ""
}
