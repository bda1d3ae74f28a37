package rewrite

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// TestSharedWordWalk checks that the look-ups reading a sentence's words
// (needTermsWords, termIndex.inWords) find what the ones walking the text
// themselves find, over every line of the training corpus and over each
// specialty term followed by a hyphen, where a term ends inside a word.
func TestSharedWordWalk(t *testing.T) {
	f, err := os.Open("../testdata/corpus/train.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	texts := map[string][]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r struct{ Lang, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		texts[r.Lang] = append(texts[r.Lang], strings.Split(strings.ToLower(r.Text), ".")...)
	}
	for _, lang := range []string{"en", "fr", "es"} {
		p, err := rules.EmbeddedPack(lang)
		if err != nil {
			t.Fatal(err)
		}
		g := grammarOf(p)
		lines := texts[lang]
		for first, terms := range g.specialtyIndex.byFirst {
			for _, term := range terms {
				lines = append(lines, term+"-"+first+" "+term+", "+term)
			}
		}
		for _, ls := range lines {
			words := appendWords(nil, ls)
			if got, want := g.needTermsWords(ls, words), g.needTermsLower(ls); !slices.Equal(got, want) {
				t.Errorf("%s: needTermsWords(%q) = %q; want %q", lang, ls, got, want)
			}
			if got, want := g.specialtyIndex.inWords(ls, words), g.specialtyIndex.in(ls); !slices.Equal(got, want) {
				t.Errorf("%s: inWords(%q) = %q; want %q", lang, ls, got, want)
			}
		}
	}
}
