package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/discreet-app/discreet/rules"
)

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRunWritesPackedPacks(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "xx/pack.json"), `{"lang":"xx"}`)
	write(t, filepath.Join(dir, "xx/lists/places.txt"), "# a list\nAlpha\nAlphaville\n")
	write(t, filepath.Join(dir, "xx/_tagger/weights.bin"), "weights")
	write(t, filepath.Join(dir, "notapack/lists/x.txt"), "x\n")
	write(t, filepath.Join(dir, "packed/xx/lists/gone.txt"), "stale")
	if err := run(dir); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "packed")
	if b, _ := os.ReadFile(filepath.Join(out, "xx/pack.json")); string(b) != `{"lang":"xx"}` {
		t.Errorf("pack.json: %q, want it as it is", b)
	}
	list := filepath.Join(out, "xx/lists/places.txt")
	b, err := os.ReadFile(list)
	if err != nil {
		t.Fatal(err)
	}
	if text, err := rules.DecodeList(b); err != nil || string(text) != "# a list\nAlpha\nAlphaville\n" {
		t.Errorf("places.txt decodes to %q, %v", text, err)
	}
	for _, gone := range []string{"xx/_tagger/weights.bin", "notapack/lists/x.txt", "xx/lists/gone.txt"} {
		if _, err := os.Stat(filepath.Join(out, gone)); err == nil {
			t.Errorf("%s is in the packed tree", gone)
		}
	}
	// A second run leaves unchanged files alone.
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(list, old, old); err != nil {
		t.Fatal(err)
	}
	if err := run(dir); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(list); !fi.ModTime().Equal(old) {
		t.Error("an unchanged list was written again")
	}
}

func TestRunWantsPacks(t *testing.T) {
	if err := run(t.TempDir()); err == nil {
		t.Error("no error for a folder without packs")
	}
}

func TestWriteDocuments(t *testing.T) {
	dir := t.TempDir()
	if err := writeDocuments(dir, []string{"en"}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "index.json")); string(b) != `["en"]` {
		t.Errorf("index.json: %q", b)
	}
	doc, err := os.ReadFile(filepath.Join(dir, "en.json"))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := rules.EmbeddedDocument("en")
	if !bytes.Equal(doc, want) {
		t.Error("en.json is not the embedded English document")
	}
	if err := writeDocuments(dir, []string{"xx"}); err == nil {
		t.Error("no error for a language without a pack")
	}
}

func TestWriteModels(t *testing.T) {
	dir := t.TempDir()
	if err := writeModels(dir, []string{"en"}); err != nil {
		t.Fatal(err)
	}
	want := `{"en/_tagger/tagger.json":"en-tagger-tagger.json","en/_tagger/weights.bin":"en-tagger-weights.bin","intent.model":"intent.model"}`
	if b, _ := os.ReadFile(filepath.Join(dir, "index.json")); string(b) != want {
		t.Errorf("index.json: %s, want %s", b, want)
	}
	files, err := rules.BuiltInModelFiles([]string{"en"})
	if err != nil {
		t.Fatal(err)
	}
	var index map[string]string
	if b, _ := os.ReadFile(filepath.Join(dir, "index.json")); json.Unmarshal(b, &index) != nil || len(index) != len(files) {
		t.Fatalf("index.json lists %d files, want %d", len(index), len(files))
	}
	for p, b := range files {
		if got, err := os.ReadFile(filepath.Join(dir, index[p])); err != nil || !bytes.Equal(got, b) {
			t.Errorf("%s: not the built-in file (%v)", p, err)
		}
	}
	if err := writeModels(t.TempDir(), []string{"xx"}); err == nil {
		t.Error("no error for a language without a tagger")
	}
}

// run writes the real models packed into packedmodels/, as the extension
// embeds them (rules/models_packed.go), and they unpack to the files.
func TestRunWritesPackedModels(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "xx/pack.json"), `{"lang":"xx"}`)
	write(t, filepath.Join(dir, "xx/_tagger/tagger.json"), `{}`)
	weights, err := os.ReadFile("../../../rules/en/_tagger/weights.bin")
	if err != nil {
		t.Fatal(err)
	}
	intent, err := os.ReadFile("../../../rules/intent.model")
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "xx/_tagger/weights.bin"), string(weights))
	write(t, filepath.Join(dir, "intent.model"), string(intent))
	write(t, filepath.Join(dir, "packedmodels/gone/tagger/weights.bin"), "stale")
	if err := run(dir); err != nil {
		t.Fatal(err)
	}
	for rel, orig := range map[string][]byte{"xx/tagger/weights.bin": weights, "intent.model": intent, "xx/tagger/tagger.json": []byte(`{}`)} {
		b, err := os.ReadFile(filepath.Join(dir, "packedmodels", rel))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := rules.UnpackModel(b); err != nil || !bytes.Equal(got, orig) {
			t.Errorf("%s: unpacks to other bytes (%v)", rel, err)
		}
		if rel != "xx/tagger/tagger.json" && bytes.Equal(b, orig) {
			t.Errorf("%s: not packed", rel)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "packedmodels/gone/tagger/weights.bin")); err == nil {
		t.Error("a stale model is left in packedmodels/")
	}
}
