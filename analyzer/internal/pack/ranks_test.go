package pack

import (
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/wordset"
)

func TestRanks(t *testing.T) {
	common := []string{"bakery", "corner", "heron", "local", "the"}
	r, err := NewRanks(common, []string{"8", "1-", "10"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		w    string
		n    int
		want bool
	}{
		{"the", 1000, false},
		{"local", 1000, true},
		{"local", 2000, false},
		{"heron", 20000, true}, // marked rarer than every rank
		{"novak", 1, true},     // in no list
		{"bakery", 5000, true},
		{"bakery", 9000, false},
	} {
		if got := r.Rarer(tt.w, tt.n); got != tt.want {
			t.Errorf("Rarer(%q, %d) = %v; want %v", tt.w, tt.n, got, tt.want)
		}
	}
	if r.HasRare("the local", 5000, nil) || !r.HasRare("the heron", 5000, nil) || !r.HasRare("novak's", 5000, nil) || r.HasRare("corner 5", 5000, nil) {
		t.Error("HasRare: want a rare word found only in \"the heron\" and \"novak's\"")
	}
	r.function = wordset.New([]string{"from", "her"})
	if r.HasRare("graduating from heron", 5000, nil) || r.HasRare("her novak's", 5000, nil) || !r.HasRare("st heron x", 5000, nil) {
		t.Error("HasRare: want no rare word in a text with a function word, and one-letter words skipped")
	}
	if r.HasRare("the heron", 5000, func(w string) bool { return w == "heron" }) {
		t.Error("HasRare: a word skip rules out counted")
	}
	if _, err := NewRanks(common, []string{"81"}); err == nil || !strings.Contains(err.Error(), "regenerate") {
		t.Errorf("NewRanks with too few marks: err = %v", err)
	}
	if r, err := NewRanks(common, nil); r != nil || err != nil {
		t.Errorf("NewRanks without a list = %v, %v; want nil, nil", r, err)
	}
}

// The real packs' marks cover their common words: a rank a rule may ask
// of "the" or "bakery" is there.
func TestPackRanks(t *testing.T) {
	for lang, article := range map[string]string{"en": "the", "fr": "le", "es": "el"} {
		c := compiledPack(t, lang)
		if c.Ranks == nil {
			t.Errorf("%s: no word ranks", lang)
			continue
		}
		if c.Ranks.Rank(article) != 0 || c.Ranks.Rarer(article, 1000) {
			t.Errorf("%s: %q is not among the 1,000 most frequent words", lang, article)
		}
	}
}
