package analyzer

import (
	"testing"
)

// TestIntentModelParses: the embedded intent model is one the analyzer
// reads (scripts/cmd/train-intent's test checks it is what retraining
// makes).
func TestIntentModelParses(t *testing.T) {
	if intentModel() == nil {
		t.Fatal("the embedded intent model does not parse")
	}
}
