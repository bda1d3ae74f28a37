package main

import (
	"bytes"
	"testing"

	"github.com/discreet-app/discreet/analyzer/postclass"
	"github.com/discreet-app/discreet/rules"
)

// TestIntentModelIsRetrainable retrains the intent model from the corpus
// with the shipped recipe and expects the embedded bytes: the model in
// rules/ is exactly what this command makes.
func TestIntentModelIsRetrainable(t *testing.T) {
	examples, err := read("../../../analyzer/testdata/corpus/train.jsonl", 0)
	if err != nil {
		t.Fatal(err)
	}
	got, err := postclass.TrainIntent(examples).MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, rules.IntentModel()) {
		t.Fatal("retraining gives other weights than rules/intent.model: run scripts/train-intent")
	}
}
