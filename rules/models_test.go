package rules

import (
	"bytes"
	"testing"
)

// The model files a build without models is given are the embedded ones:
// each language's tagger spec and weights, and the intent model.
func TestBuiltInModelFiles(t *testing.T) {
	files, err := BuiltInModelFiles(Languages())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(files["intent.model"], IntentModel()) || len(IntentModel()) == 0 {
		t.Error("intent.model is not the embedded intent model")
	}
	for _, lang := range Languages() {
		spec, weights, err := EmbeddedTagger(lang)
		if err != nil || spec == nil {
			t.Fatalf("%s: no embedded tagger (%v)", lang, err)
		}
		if files[lang+"/_tagger/tagger.json"] == nil {
			t.Errorf("%s: no tagger.json", lang)
		}
		found := false
		for p, b := range files {
			found = found || (bytes.Equal(b, weights) && len(p) > 0)
		}
		if !found {
			t.Errorf("%s: its weights are not among the files", lang)
		}
	}
	if _, err := BuiltInModelFiles([]string{"xx"}); err == nil {
		t.Error("no error for a language without a tagger")
	}
	if err := UseBuiltInModels(files); err == nil {
		t.Error("a build with embedded models accepts others")
	}
}
