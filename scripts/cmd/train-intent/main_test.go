package main

import (
	"bytes"
	"slices"
	"strings"
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

// TestFoldsSplitEvenlyAndRepeatably checks the cross-validation splits:
// repeat 0 is the split reported so far (post i in fold i%k); a later
// repeat shuffles the posts but keeps every fold's size, and gives the
// same split each time.
func TestFoldsSplitEvenlyAndRepeatably(t *testing.T) {
	const n, k = 23, 5
	for i, f := range folds(n, k, 0) {
		if f != i%k {
			t.Fatalf("repeat 0: post %d in fold %d, want %d", i, f, i%k)
		}
	}
	a, b := folds(n, k, 3), folds(n, k, 3)
	size := make([]int, k)
	moved := false
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("repeat 3 gave two different splits at post %d", i)
		}
		size[a[i]]++
		moved = moved || a[i] != i%k
	}
	for f, got := range size {
		if want := n/k + min(1, max(0, n%k-f)); got != want {
			t.Errorf("repeat 3: fold %d holds %d posts, want %d", f, got, want)
		}
	}
	if !moved {
		t.Error("repeat 3 did not shuffle the posts")
	}
}

// TestWrittenPostsAreUsable checks the written posts --extra reads
// (analyzer/testdata/intent-written-es.jsonl): each parses with one of
// the model's intents, and none shares a run of six words with the
// corpora, since they were written apart from them.
func TestWrittenPostsAreUsable(t *testing.T) {
	written, err := read("../../../analyzer/testdata/intent-written-es.jsonl", 0)
	if err != nil {
		t.Fatal(err)
	}
	runs := map[string]bool{}
	for _, name := range []string{"train.jsonl", "dev.jsonl"} {
		posts, err := read("../../../analyzer/testdata/corpus/"+name, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, ex := range posts {
			ws := postclass.Words(ex.Post.Text)
			for i := 0; i+6 <= len(ws); i++ {
				runs[strings.Join(ws[i:i+6], " ")] = true
			}
		}
	}
	for n, ex := range written {
		if !slices.Contains(postclass.Intents, ex.Class) {
			t.Errorf("post %d: intent %q is not one of the model's", n+1, ex.Class)
		}
		ws := postclass.Words(ex.Post.Text)
		for i := 0; i+6 <= len(ws); i++ {
			if run := strings.Join(ws[i:i+6], " "); runs[run] {
				t.Errorf("post %d shares %q with the corpora", n+1, run)
			}
		}
	}
}
