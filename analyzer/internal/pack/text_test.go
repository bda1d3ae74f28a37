package pack

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
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

// TestViewTokensReused: a view of the pack tokenizes as Tokenize does,
// and after ReleaseView the next view reuses the array for its own text,
// whose tokens are its own.
func TestViewTokensReused(t *testing.T) {
	c := compiledPack(t, "en")
	texts := []string{"My client Dana, 34, moved to Ohio.", "", "a b", strings.Repeat("word ", 300), "x"}
	for _, text := range texts {
		v := c.View(text)
		want := phrase.Tokenize(v.Text)
		if got := v.Tokens(); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("Tokens(%q) = %v; want %v", text, got, want)
		}
		c.ReleaseView(v)
	}
	// A view released twice, or of no pack, gives nothing to the pool twice.
	v := NewView("plain view")
	if !slices.Equal(v.Tokens(), phrase.Tokenize("plain view")) {
		t.Fatal("a view of no pack tokenizes otherwise")
	}
	c.ReleaseView(v)
	c.ReleaseView(v)
}

// TestViewMapsReused: views made one after another, each handed back
// (ReleaseView) so that the next writes into its arrays, have the text
// and map to the original of views made from fresh arrays, whichever of
// ASCII, typographic quotes, emoji, short forms and misspellings came
// before: the short forms and the speller write their maps into the
// view's spare pair, each reading the other.
func TestViewMapsReused(t *testing.T) {
	c := compiledPack(t, "en")
	texts := []string{"my cl’s mom, 34 y/o, w/ her “pt” 😔 in Ohio", "Plain ASCII, no map.", "", "é",
		strings.Repeat("she’s ok w/ it 🤷 ", 40), "J.e.n.n.a said hi", "tia ’n’ bc",
		"my cl w/ a new thearpist, 😔 b/c of the move", "the thearpist w/ the docter", "the thearpist and the docter said so",
		strings.Repeat("w/ the docter ", 60), "pt ok"}
	type seen struct {
		text, lower string
		origins     [][2]int
	}
	look := func(v *View) seen {
		s := seen{text: v.Text, lower: v.Lower}
		for i := range len(v.Text) {
			a, b := v.Origin(i, i+1)
			s.origins = append(s.origins, [2]int{a, b})
		}
		return s
	}
	var want []seen
	for _, text := range texts {
		want = append(want, look(c.View(text))) // not handed back: fresh arrays each
	}
	for round := range 3 {
		for i, text := range texts {
			v := c.View(text)
			if got := look(v); !reflect.DeepEqual(got, want[i]) {
				t.Fatalf("round %d: view of %q differs from a fresh one", round, text)
			}
			c.ReleaseView(v)
		}
	}
}
