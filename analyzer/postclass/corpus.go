package postclass

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// Intents are the classes of the intent models, in the order of docs/api.md; the
// first wins a tie.
var Intents = []string{"referral_request", "consultation", "resource_request", "marketing",
	"testimonial_request", "review_response", "other"}

// ReadCorpus reads labelled posts (the corpus format of
// analyzer/testdata/corpus: one JSON object a line with text, lang,
// platform and intent) as intent examples.
func ReadCorpus(r io.Reader) ([]Example, error) {
	var out []Example
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var rec struct {
			Text, Lang, Platform, Intent string
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		out = append(out, Example{Post{Text: rec.Text, Lang: rec.Lang, Platform: rec.Platform}, rec.Intent})
	}
	return out, sc.Err()
}

// TrainIntent trains the intent model from the examples: one model for
// every language, with the language as a feature, since French and
// Spanish have few posts and share the shape of each intent, and the
// intent concepts, with English (cross-validation says so: see
// rules/README.md). A logistic regression: on these few hundred posts it
// cross-validated better than the averaged perceptron it replaced; with
// a naive-Bayes term added to its weights (addNB), better again.
func TrainIntent(examples []Example) *Model {
	return TrainLogistic(examples, Intents, DefaultLogistic)
}
