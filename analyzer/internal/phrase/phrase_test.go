package phrase

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

func TestExpandTerm(t *testing.T) {
	got := Expand("{was|got} {shot|laid off} {today|}")
	want := []string{"was shot today", "was shot", "was laid off today", "was laid off", "got shot today", "got shot", "got laid off today", "got laid off"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Expand = %q; want %q", got, want)
	}
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{"nurse": "nurses", "secretary": "secretaries", "boss": "bosses",
		"fireman": "firemen", "bus driver": "bus drivers", "attorney": "attorneys", "coach": "coaches"} {
		if got := Plural(in); got != want {
			t.Errorf("Plural(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestPhraseKeyMatchesTokenizer checks list keys are built as post text is
// tokenized, so the two meet in the phrase index.
func TestPhraseKeyMatchesTokenizer(t *testing.T) {
	for _, e := range []string{"Red Deer", "Kitchener-Waterloo", "nurse", "bus driver", "St John", "A1", "Winston-Salem"} {
		key, first, n := phraseKey(e)
		toks := Tokenize(Lower(e))
		var words []string
		for _, tk := range toks {
			words = append(words, Lower(e)[tk.Start:tk.End])
		}
		if want := strings.Join(words, " "); key != want || first != words[0] || n != len(words) {
			t.Errorf("phraseKey(%q) = %q, %q, %d; want %q, %q, %d", e, key, first, n, want, words[0], len(words))
		}
	}
}

// TestPhraseHashMatchesKey checks that hashing an entry as it is read gives
// the hash of its key, so list entries and post text meet.
func TestPhraseHashMatchesKey(t *testing.T) {
	entries := []string{"Red Deer", "Kitchener-Waterloo", "nurse", "Trois-Rivières", "St. John's", "Coeur d'Alene", "A1",
		"ÉCOLE", "Peñasco", "İzmir", "Ærøskøbing", "Łódź", "a--b", "-x", "x-", "Dziękuję", "Straße"}
	packs, err := rules.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range packs {
		for _, l := range p.Lists {
			entries = append(entries, l...)
		}
	}
	for _, e := range entries {
		h, first, n := phraseHash(e)
		key, f, n2 := phraseKey(e)
		if n == 0 && n2 == 0 {
			continue // nothing to index
		}
		if h != hashString(fnvOffset, key) || first != hashString(fnvOffset, f) || n != n2 {
			t.Errorf("phraseHash(%q) does not match phraseKey = %q, %q, %d", e, key, f, n2)
		}
	}
}

// TestHas: an entry, or the first word of a longer one, in any case and
// with or without its accents, is known; a later word alone is not.
func TestHas(t *testing.T) {
	p := &rules.Pack{Rules: []rules.Rule{{Kind: rules.KindTerms, Terms: []string{"Saskatoon", "Tim Hortons", "Trois-Rivières"}}}}
	x := Build(p)
	for w, want := range map[string]bool{
		"saskatoon": true, "SASKATOON": true, "tim": true, "hortons": false,
		"trois": true, "rivieres": false, "saskatoom": false, "tim hortons": true, "hortons tim": false,
	} {
		if got := x.Has(w); got != want {
			t.Errorf("Has(%q) = %v; want %v", w, got, want)
		}
	}
}

func TestIsPlural(t *testing.T) {
	words := []string{"", "a", "s", "bus", "box", "church", "dish", "city", "day", "y", "man", "fireman", "cat", "men", "mies"}
	for _, t1 := range words {
		for _, w := range append(slices.Clone(words), Plural(t1), t1+"s", t1+"es", t1+"ies") {
			if got, want := IsPlural(t1, w), Plural(t1) == w; got != want {
				t.Errorf("IsPlural(%q, %q) = %v; Plural gives %q", t1, w, got, Plural(t1))
			}
		}
	}
}
