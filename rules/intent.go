package rules

// intentModel is the post-intent classifier (analyzer/postclass), one
// model for every language with the language as a feature. It is made
// by `scripts/train-intent` from analyzer/testdata/corpus/train.jsonl;
// see README.md, "Intent model". It is embedded (intent_embed.go), or, in
// builds tagged rules_no_packs, given by UseBuiltInModels (models_none.go).

// IntentModel returns the built-in intent model in its text form.
func IntentModel() []byte { return intentModel }
