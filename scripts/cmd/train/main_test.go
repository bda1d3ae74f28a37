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

	"github.com/discreet-app/discreet/analyzer"
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
	if err := run(filepath.Join(root, "analyzer", "testdata", "corpus", "train.jsonl"), rules.Languages(), dir, 0,
		options{augment: augmented(t), writtenDir: filepath.Join(root, "analyzer")}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestRetrainingGivesTheShippedWeights retrains every built-in model (a
// language sharing another's has none of its own) the
// way scripts/train does and expects the very bytes that ship: the weights
// are reproducible from the corpus, tagger.json and the packs. The packs'
// rule matches are features, so when a pack has changed since the weights
// were made (trained.json records its hash) the comparison is skipped with
// a reminder to run scripts/train, and the test checks instead that two
// trainings agree.
func TestRetrainingGivesTheShippedWeights(t *testing.T) {
	dir := train(t)
	parent := t      // a subtest's TempDir is removed when the subtest ends
	var again string // a second training, made once if a language needs it
	specs, err := readSpecs(filepath.Join(root, "rules"))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range owners(specs, rules.Languages()) {
		t.Run(lang, func(t *testing.T) {
			got, err := os.ReadFile(filepath.Join(dir, lang, "_tagger", "weights.bin"))
			if err != nil {
				t.Fatal(err)
			}
			if stale := stalePacks(t, lang); stale != "" {
				if again == "" {
					again = train(parent)
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

// augmented reports whether the shipped weights were trained on messy
// copies too (-augment: trained.json has "augment").
func augmented(t *testing.T) bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, "rules", "en", "_tagger", "trained.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Augment string `json:"augment"`
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	return rec.Augment != ""
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

// TestSharedModel checks that a language that shares another's model gets
// those very weights, and that a spec sharing the model of a language
// that does not train on its posts is refused.
func TestSharedModel(t *testing.T) {
	specs, err := readSpecs(filepath.Join(root, "rules"))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range rules.Languages() {
		sh := specs[lang].Train.Shares
		if sh == "" {
			continue
		}
		_, got, err := rules.EmbeddedTagger(lang)
		_, want, err2 := rules.EmbeddedTagger(sh)
		if err != nil || err2 != nil || !bytes.Equal(got, want) || got == nil {
			t.Errorf("EmbeddedTagger(%s): %d bytes (%v); want the %d bytes of %s's model", lang, len(got), err, len(want), sh)
		}
	}
	dir := t.TempDir()
	for lang, body := range map[string]string{
		"en": `{"epochs": 5, "seed": 1, "min_count": 1, "o_bias": 0, "min_margin": 0}`,
		"fr": `{"shares": "en", "min_margin": 0}`,
	} {
		if err := os.MkdirAll(filepath.Join(dir, lang, "_tagger"), 0o755); err != nil {
			t.Fatal(err)
		}
		spec := `{"categories": {"event": {"severity": "low", "message": "m", "replacement": ""}}, "train": ` + body + `}`
		if err := os.WriteFile(filepath.Join(dir, lang, "_tagger", "tagger.json"), []byte(spec), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := readSpecs(dir); err == nil {
		t.Error("readSpecs accepted fr sharing the model of en, which does not train on fr's posts")
	}
}

// TestSpanClassifierIsReproducible trains the English model with the
// span classifier on (tagger.json's train.spans, here -spans) twice: the
// weights files must be the same bytes, hold both models, and load into
// an analyzer that answers a post written for this test.
func TestSpanClassifierIsReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains four taggers twice")
	}
	var got [2][]byte
	for i := range got {
		dir := t.TempDir()
		b, err := os.ReadFile(filepath.Join(root, "rules", "en", "_tagger", "tagger.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dir, "en", "_tagger"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "en", "_tagger", "tagger.json"), b, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := run(filepath.Join(root, "analyzer", "testdata", "corpus", "train.jsonl"), []string{"en"}, dir, 0,
			options{spans: "5,2,0,50"}); err != nil {
			t.Fatal(err)
		}
		if got[i], err = os.ReadFile(filepath.Join(dir, "en", "_tagger", "weights.bin")); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(got[0], got[1]) {
		t.Fatal("two trainings with the span classifier gave different weights")
	}
	if !bytes.HasPrefix(got[0], []byte("DSCSTY")) {
		t.Fatal("the weights hold no span model")
	}
	spec, err := rules.EmbeddedTaggerSpec("en")
	if err != nil {
		t.Fatal(err)
	}
	on := *spec
	on.Train.Spans = &rules.SpanTraining{Epochs: 5, MinCount: 2, Rescore: true, DropLead: 50}
	a, err := analyzer.Default()
	if err != nil {
		t.Fatal(err)
	}
	if err := a.SetTagger("en", &on, got[0]); err != nil {
		t.Fatal(err)
	}
	in := analyzer.Input{Lang: "en", Text: "My client, 40, has not slept since the warehouse fire, and she now lives with her uncle in a van."}
	first, second := a.Analyze(in), a.Analyze(in)
	if fmt.Sprint(first.Findings) != fmt.Sprint(second.Findings) || len(first.Findings) == 0 {
		t.Errorf("two analyses differ or find nothing: %v / %v", first.Findings, second.Findings)
	}
}
