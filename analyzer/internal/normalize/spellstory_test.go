package normalize

import (
	"slices"
	"strings"
	"testing"
)

// storySpeller is a small dictionary and story vocabulary written for
// these tests.
func storySpeller(variants bool) *Speller {
	words := []string{"bother", "brother", "count", "court", "desalojaron", "diet", "dies", "fille", "mother", "mothers",
		"remarked", "remarried", "hospitalizada", "soltera", "suicidal", "suicided", "controlar", "controlaba"}
	slices.Sort(words)
	sp := NewSpeller(words, nil, nil, func(w string) bool { return w == "sertra" }, nil, nil)
	if variants {
		sp = sp.WithVariants()
	}
	return sp.WithStory([]string{"remarried", "suicidal", "sertraline", "clonazepam", "somali", "brother", "mother", "contrataron", "adderall"})
}

// TestSpellerStoryWords: a story word misspelled is mended when the
// dictionary has two words for it, or none; ordinary words one edit from a
// story word, and words of the lists, stay as typed.
func TestSpellerStoryWords(t *testing.T) {
	sp := storySpeller(true)
	for _, tc := range []struct{ in, want string }{
		{"recently remaried", "recently remarried"},                     // "remarked" or "remarried": the story word
		{"she is suicidel", "she is suicidal"},                          // "suicided" or "suicidal"
		{"on sertaline and clonazepan", "on sertraline and clonazepam"}, // no dictionary word: the story word
		{"a somalli refugee", "a somali refugee"},
		{"on adderal now", "on adderall now"},          // a doubled last letter typed once
		{"sorry to bother you", "sorry to bother you"}, // a word of the dictionary
		{"how to count, mothers and dies", "how to count, mothers and dies"},
		{"sertra", "sertra"},             // a word the pack knows
		{"Sertaline", "Sertaline"},       // capitalized: perhaps a name
		{"his brothers", "his brothers"}, // an ending: an inflection
		// A form of a dictionary word the dictionary lacks ("controlar",
		// "controlaba") is spelled right, though a story word is two edits
		// from it.
		{"la controlaron", "la controlaron"},
	} {
		got, _, _, _ := sp.Correct(tc.in, strings.ToLower(tc.in), nil, nil)
		if got != tc.want {
			t.Errorf("Correct(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestSpellerVariantsEnglishOnly: "tre" for "ter" and "is" for "iz" are
// English spellings; elsewhere they are slips, as is a tripled letter.
// An accent the dictionary word lacks comes off.
func TestSpellerVariantsEnglishOnly(t *testing.T) {
	for _, tc := range []struct {
		variants bool
		in, want string
	}{
		{false, "madre soltrea", "madre soltera"},
		{false, "fue hospitalisada", "fue hospitalizada"},
		{true, "hospitalisada", "hospitalisada"},
		{true, "sa fillle", "sa fille"},
		{false, "lo desalojarón", "lo desalojaron"},
	} {
		sp := storySpeller(tc.variants)
		if got, _, _, _ := sp.Correct(tc.in, strings.ToLower(tc.in), nil, nil); got != tc.want {
			t.Errorf("variants %v: Correct(%q) = %q; want %q", tc.variants, tc.in, got, tc.want)
		}
	}
}

// TestSpellerStoryKeywords: a keyword met inside a word by chance does
// not hold a story word's correction back, but one still holds back a
// correction to another word; an accent on a verb's last letter stays.
func TestSpellerStoryKeywords(t *testing.T) {
	words := []string{"boyfriend", "dorlant", "desalojo"}
	slices.Sort(words)
	holds := func(w string) []string {
		var out []string
		for _, k := range []string{"fire", "olan"} {
			if strings.Contains(w, k) {
				out = append(out, k)
			}
		}
		return out
	}
	sp := NewSpeller(words, nil, nil, nil, nil, holds).WithStory([]string{"boyfriend"})
	for _, tc := range []struct{ in, want string }{
		{"her boyfirend", "her boyfriend"},
		{"a drolant", "a drolant"}, // "olan" held: "dorlant" lacks it
		{"lo desalojó", "lo desalojó"},
	} {
		if got, _, _, _ := sp.Correct(tc.in, strings.ToLower(tc.in), nil, nil); got != tc.want {
			t.Errorf("Correct(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}
