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
		_, pre, _ := phraseHashes(e, nil)
		var want []uint64 // the hash of the key up to each space
		for i := 0; i < len(key); i++ {
			if key[i] == ' ' {
				want = append(want, hashString(fnvOffset, key[:i]))
			}
		}
		if !slices.Equal(pre, want) {
			t.Errorf("phraseHashes(%q) prefixes = %x; want %x (key %q)", e, pre, want, key)
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

// TestFindPrefixes: a phrase is extended while its words begin some entry,
// so a long entry is found past a shorter one, and entries that share
// their first words are all found.
func TestFindPrefixes(t *testing.T) {
	p := &rules.Pack{Rules: []rules.Rule{
		{Kind: rules.KindTerms, Terms: []string{"blue lake", "blue lake road north", "blue sky"}},
		{Kind: rules.KindTerms, Terms: []string{"lake road"}},
	}}
	x := Build(p)
	lower := "the blue lake road north, blue sky, blue lake road south"
	var got []string
	for _, m := range x.Find(lower, Tokenize(lower)) {
		got = append(got, fmt.Sprint(lower[m.Start:m.End], " ", m.Rules))
	}
	want := []string{"blue lake [0]", "blue lake road north [0]", "lake road [1]", "blue sky [0]", "blue lake [0]", "lake road [1]"}
	if !slices.Equal(got, want) {
		t.Errorf("Find = %q; want %q", got, want)
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
