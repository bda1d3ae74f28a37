package pack

import (
	"slices"
	"testing"
)

// TestSplitSentencesLowerInitial: an initial typed in lower case does not
// end a sentence when the text goes on in lower case; a dotted run
// ("p.m.") and a letter before a capital still do.
func TestSplitSentencesLowerInitial(t *testing.T) {
	for text, want := range map[string][]string{
		"last session k. told me about it":     {"last session k. told me about it"},
		"we talked abt j. from the shelter":    {"we talked abt j. from the shelter"},
		"Our group ends at 5 p.m. then we eat": {"Our group ends at 5 p.m.", " then we eat"},
		"He got a b. Then he quit.":            {"He got a b.", " Then he quit."},
		"Client K. said no. We stopped.":       {"Client K. said no.", " We stopped."},
	} {
		var got []string
		for _, sp := range SplitSentences(text, map[string]bool{}) {
			got = append(got, text[sp.Start:sp.End])
		}
		if !slices.Equal(got, want) {
			t.Errorf("SplitSentences(%q) = %q; want %q", text, got, want)
		}
	}
}
