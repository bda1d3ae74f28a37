package rules

import _ "embed"

// intentModel is the post-intent classifier (analyzer/postclass), one
// model for every language with the language as a feature. It is made
// by `scripts/train-intent` from analyzer/testdata/corpus/train.jsonl;
// see README.md, "Intent model".
//
//go:embed intent.model
var intentModel []byte

// IntentModel returns the built-in intent model in its text form.
func IntentModel() []byte { return intentModel }
