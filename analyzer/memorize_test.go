package analyzer

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestExamplesAreNotCorpusPhrases keeps the labelled corpora out of the
// packs: a rule's examples are sentences written for the kind of detail it
// finds, never a sentence of the posts that measure it (a rule that fits
// one post does not generalize). It fails on any example of 20 or more
// characters that stands, whole, in a post of train.jsonl or dev.jsonl.
func TestExamplesAreNotCorpusPhrases(t *testing.T) {
	var posts []string
	for _, set := range []string{"train", "dev"} {
		data, err := os.ReadFile("testdata/corpus/" + set + ".jsonl")
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var rec struct{ Text string }
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatal(err)
			}
			posts = append(posts, strings.ToLower(rec.Text))
		}
	}
	for lang, p := range mustEmbedded(t) {
		for _, r := range p.Rules {
			for _, ex := range append(append([]string{}, r.Examples.Flag...), r.Examples.Pass...) {
				e := strings.ToLower(strings.Trim(ex, " .!?"))
				if len([]rune(e)) < 20 {
					continue
				}
				for _, post := range posts {
					if strings.Contains(post, e) {
						t.Errorf("%s/%s: example %q is copied from a corpus post; write one of your own", lang, r.ID, ex)
						break
					}
				}
			}
		}
	}
}
