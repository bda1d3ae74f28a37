package analyzer

import (
	"fmt"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

func TestCommonWordsAgreesWithTheList(t *testing.T) {
	var words []string
	for i := range 5000 {
		words = append(words, fmt.Sprintf("w%dx", i*2)) // the even ones
	}
	set := phrase.NewWordSet(words)
	c := newCommonWords(set)
	for i := range 10000 {
		w := fmt.Sprintf("w%dx", i)
		if got, want := c.has(w), set.Has(w); got != want {
			t.Fatalf("has(%q) = %v; the list says %v", w, got, want)
		}
	}
	if newCommonWords(nil) != nil {
		t.Error("no words: want no table")
	}
}
