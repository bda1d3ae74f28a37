package rewrite

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// aboutSomeoneEvery is aboutSomeone looking after an apostrophe in every
// word, as it did before it first asked whether s holds one.
func aboutSomeoneEvery(g *grammar, s string) bool {
	if len(g.third) == 0 {
		return false
	}
	curly := strings.IndexByte(s, "’"[0]) >= 0
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		w := s[start:end]
		if curly && strings.Contains(w, "’") {
			w = strings.ReplaceAll(w, "’", "'")
		}
		if lowerHas(g.third, g.thirdF, w) {
			return true
		}
		if i := strings.LastIndexByte(w, '\''); i > 0 && i < len(w)-1 && lowerHas(g.third, g.thirdF, w[i+1:]) {
			return true
		}
	}
	return false
}

// TestAboutSomeoneApostrophes holds aboutSomeone to aboutSomeoneEvery in
// en, fr and es on 20,000 random texts each: pronouns alone, after a
// straight or curly elision, inside words, in either case.
func TestAboutSomeoneApostrophes(t *testing.T) {
	for _, lang := range []string{"en", "fr", "es"} {
		p, err := rules.EmbeddedPack(lang)
		if err != nil {
			t.Fatal(err)
		}
		g := grammarOf(p)
		parts := []string{" ", "'", "’", "qu", "lorsqu", "l", "d", "x", "É", "ſ", ".", ",", "my client ", "we ", "they"}
		for _, w := range slices.Sorted(maps.Keys(g.third)) { // in one order, for the seed
			parts = append(parts, w, strings.ToUpper(w))
		}
		rnd := rand.New(rand.NewPCG(13, 7))
		found := 0
		for range 20000 {
			s := randomText(rnd, parts, 6)
			if got, want := g.aboutSomeone(s), aboutSomeoneEvery(g, s); got != want {
				t.Fatalf("%s: aboutSomeone(%q) = %v; want %v", lang, s, got, want)
			} else if got {
				found++
			}
		}
		if found == 0 {
			t.Errorf("%s: no random text spoke of someone: the test tests nothing", lang)
		}
	}
}
