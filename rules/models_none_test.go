//go:build rules_no_packs

package rules

import (
	"os"
	"testing"
)

// Run with: go test -tags rules_no_packs -run UseBuiltInModels ./rules
func TestUseBuiltInModels(t *testing.T) {
	if spec, w, err := EmbeddedTagger("en"); spec != nil || w != nil || err != nil || len(IntentModel()) != 0 {
		t.Fatal("a build without models has some before it is given any")
	}
	spec, err := os.ReadFile("en/_tagger/tagger.json")
	if err != nil {
		t.Fatal(err)
	}
	err = UseBuiltInModels(map[string][]byte{
		"en/_tagger/tagger.json": spec,
		"en/_tagger/weights.bin": []byte("weights"),
		"intent.model":           []byte("model"),
	})
	if err != nil {
		t.Fatal(err)
	}
	s, w, err := EmbeddedTagger("en")
	if err != nil || s == nil || string(w) != "weights" || string(IntentModel()) != "model" {
		t.Errorf("got %v, %q, %v, intent %q", s, w, err, IntentModel())
	}
	if s, _, _ := EmbeddedTagger("fr"); s != nil {
		t.Error("fr has a tagger it was not given")
	}
	for _, bad := range []string{"../intent.model", "en/weights.bin", "en/_tagger/x/y", "pack.json"} {
		if err := UseBuiltInModels(map[string][]byte{bad: nil}); err == nil {
			t.Errorf("%q: accepted", bad)
		}
	}
}
