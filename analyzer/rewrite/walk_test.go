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
	texts := trainLines(t)
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
			if got, want := g.specialtyIndex.inWords(nil, ls, words), g.specialtyIndex.in(ls); !slices.Equal(got, want) {
				t.Errorf("%s: inWords(%q) = %q; want %q", lang, ls, got, want)
			}
		}
	}
}

// TestLowerHas checks the filtered look-ups against the sets' own, for
// every word of the training corpus as written and each word of the sets
// in upper case, with a rune outside ASCII inside, and with a Kelvin sign.
func TestLowerHas(t *testing.T) {
	texts := trainRaw(t)
	for _, lang := range []string{"en", "fr", "es"} {
		p, err := rules.EmbeddedPack(lang)
		if err != nil {
			t.Fatal(err)
		}
		g := grammarOf(p)
		sets := []struct {
			m map[string]bool
			f *smallFilter
		}{{g.third, g.thirdF}, {g.breaks, g.breaksF}, {g.known, g.knownF}, {g.preps, g.prepsF}, {g.conj, g.conjF}, {g.ties, g.tiesF}}
		for i, set := range sets {
			var words []string
			for w := range set.m {
				// and with a rune outside ASCII between ASCII ends
				words = append(words, w, strings.ToUpper(w), w[:len(w)/2]+"É"+w[len(w)/2:], "K"+w[1:]+"\u212A")
			}
			for _, text := range texts[lang] {
				for _, w := range wordSpans(text) {
					words = append(words, text[w.start:w.end])
				}
			}
			for _, w := range words {
				if got, want := lowerHas(set.m, set.f, w), set.m[strings.ToLower(w)]; got != want {
					t.Errorf("%s: set %d: lowerHas(%q) = %v; want %v", lang, i, w, got, want)
				}
			}
		}
	}
}

// trainLines returns the lower-cased lines (split at full stops) of the
// training corpus by language.
func trainLines(t *testing.T) map[string][]string {
	out := map[string][]string{}
	for lang, texts := range trainRaw(t) {
		for _, text := range texts {
			out[lang] = append(out[lang], strings.Split(strings.ToLower(text), ".")...)
		}
	}
	return out
}

// trainRaw returns the posts of the training corpus by language.
func trainRaw(t *testing.T) map[string][]string {
	t.Helper()
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
		texts[r.Lang] = append(texts[r.Lang], r.Text)
	}
	return texts
}

// TestMayStateNeed checks the cheap look before statedNeeds' walk: a
// text it rules out has no word that states a need, over every line of
// the training corpus as written and each suffix after a word in any case.
func TestMayStateNeed(t *testing.T) {
	texts := trainRaw(t)
	for _, lang := range []string{"en", "fr", "es"} {
		g := grammarFor(t, lang)
		if g.lowerSuffixes == nil {
			t.Fatalf("%s: the suffixes are ASCII, yet not looked for", lang)
		}
		lines := texts[lang]
		for _, suf := range g.needSuffixes {
			lines = append(lines, "Greek"+suf, "GREEK"+strings.ToUpper(suf)+" x", "x greek"+suf+".")
		}
		ruledOut := 0
		for _, s := range lines {
			if g.mayStateNeed(s, strings.ToLower(s)) {
				continue
			}
			ruledOut++
			for _, w := range wordSpans(s) {
				if g.statesNeed(s[w.start:w.end]) {
					t.Errorf("%s: mayStateNeed(%q) = false, yet %q states a need", lang, s, s[w.start:w.end])
				}
			}
		}
		if ruledOut == 0 {
			t.Errorf("%s: no line ruled out", lang)
		}
	}
}

// grammarFor returns the grammar of the embedded pack of lang.
func grammarFor(t *testing.T, lang string) *grammar {
	t.Helper()
	p, err := rules.EmbeddedPack(lang)
	if err != nil {
		t.Fatal(err)
	}
	return grammarOf(p)
}
