package analyzer

import (
	"bytes"
	"os"
	"testing"

	"github.com/discreet-app/discreet/analyzer/postclass"
	"github.com/discreet-app/discreet/rules"
)

// TestIntentModelIsRetrainable retrains the intent model from the corpus
// with the shipped recipe and expects the embedded bytes: the model in
// rules/ is exactly what `scripts/train-intent` makes.
func TestIntentModelIsRetrainable(t *testing.T) {
	f, err := os.Open("testdata/corpus/train.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	examples, err := postclass.ReadCorpus(f)
	if err != nil {
		t.Fatal(err)
	}
	m, err := TrainIntent(defaultAnalyzer(t), examples)
	if err != nil {
		t.Fatal(err)
	}
	got, err := m.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, rules.IntentModel()) {
		t.Fatal("retraining gives other weights than rules/intent.model: run scripts/train-intent")
	}
	if intentModel() == nil {
		t.Fatal("the embedded intent model does not parse")
	}
}
