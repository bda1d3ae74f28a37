package analyzer

import (
	"slices"
	"testing"
)

// TestNoteStyleSentencesGoOn checks that a sentence written like a case
// note, with nothing of its own that says who it is about, is read as the
// client's story going on (context.storyGoesOn), two sentences or more
// after the client was last referred to; and that a question to the
// readers is not.
func TestNoteStyleSentencesGoOn(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	const story = "My client is a 40-year-old teacher in Red Deer. She lost her job in May and has been drinking every night since. Barely sleeping. "
	for _, tt := range []struct {
		text, detail string
		want         bool
	}{
		{story + "Passive SI, no intent voiced.", "Passive SI", true},
		{story + "Is passive SI something you would report?", "passive SI", false},
		{story + "#grief #selfharm", "grief", false},
	} {
		res := a.Analyze(Input{Text: tt.text, Lang: "en"})
		var found []string
		for _, f := range res.Findings {
			found = append(found, f.Text)
		}
		if got := slices.Contains(found, tt.detail); got != tt.want {
			t.Errorf("%q: finds %q = %v, want %v (findings %q)", tt.text, tt.detail, got, tt.want, found)
		}
	}
}
