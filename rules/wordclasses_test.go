package rules

import (
	"slices"
	"strings"
	"testing"
)

func TestSlips(t *testing.T) {
	for _, tc := range []struct {
		word string
		want []string
	}{
		// dropped: ben, bee; doubled: beeen, beenn; swapped: bene
		{"been", []string{"bee", "beeen", "beenn", "ben", "bene"}},
		{"año", []string{"ao", "añ", "añño", "añoo", "aoñ", "ano"}}, // runes, not bytes; accents left out
	} {
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if got := Slips(tc.word); !slices.Equal(got, want) {
			t.Errorf("Slips(%q) = %q; want %q", tc.word, got, want)
		}
	}
	for _, w := range []string{"session", "caseload", "depuis", "semaines"} {
		for _, s := range Slips(w) {
			if s == w || s[0] != w[0] {
				t.Errorf("Slips(%q) holds %q: not a slip after the first letter", w, s)
			}
		}
	}
}

// TestExpandWordClasses checks what references are written out as, and
// that RE2's own braces are left alone.
func TestExpandWordClasses(t *testing.T) {
	p := &Pack{
		File: "pack.json",
		WordClasses: map[string][]string{
			"unit":     {"{weeks~}", "wks?"},
			"duration": {`\d+\s*{unit}`},
		},
		Rules: []Rule{{ID: "r", Pattern: `(?i)\bfor\s+{duration}\b`, Before: `x{2,3}\{unit\}[{a}]\p{L}`,
			Keywords: []string{"for ", "{séance~}s"}}},
	}
	if errs := p.expandWordClasses(); len(errs) > 0 {
		t.Fatal(errs)
	}
	want := `(?i)\bfor\s+(?:\d+\s*(?:(?:weeks|weeeks|week|weekks|weekss|wees|weesk|wekes|weks)|wks?))\b`
	if got := p.Rules[0].Pattern; got != want {
		t.Errorf("pattern = %s\nwant %s", got, want)
	}
	// One keyword per form of séance, the suffix kept on each.
	kws := p.Rules[0].Keywords
	if len(kws) != 2+len(Slips("séance")) || kws[0] != "for " || kws[1] != "séances" ||
		!slices.Contains(kws, "seances") || !slices.Contains(kws, "sénace"+"s") {
		t.Errorf("keywords = %q; want \"for \", \"séances\", then the slips of séance + s", kws)
	}
	if got, want := p.Rules[0].Before, `x{2,3}\{unit\}[{a}]\p{L}`; got != want {
		t.Errorf("before = %s; want it as written, %s", got, want)
	}
}

// TestWordClassErrors checks that every bad reference or class is
// reported with its file, rule and field, all in one load.
func TestWordClassErrors(t *testing.T) {
	p := &Pack{
		File: "pack.json",
		WordClasses: map[string][]string{
			"loop":   {"a{loop}"},
			"unused": {"b"},
			"Bad":    {"c"},
			"empty":  {},
		},
		Rules: []Rule{{ID: "r", File: "rules/event.json", Pattern: `{nope}|{met~}|{Week~}|{loop}|{x-y}|{Bad}|{empty}`,
			Keywords: []string{"{loop}", "{met~}"}}},
	}
	got := p.expandWordClasses().Error()
	for _, want := range []string{
		`rules/event.json: rule "r": field "pattern": no word class named "nope"`,
		`rule "r": field "pattern": {met~}: a word of 3 letters takes no slips`,
		`rule "r": field "pattern": {Week~}: only a lower-case word takes slips`,
		`rule "r": field "pattern": {x-y} is neither a word class name`,
		`rule "r": field "pattern": {Bad} is neither`,
		`pack.json: field "word_classes.loop": the word class refers to itself`,
		`rule "r": field "keywords": keyword "{loop}": a keyword takes {word~}, not a word class`,
		`rule "r": field "keywords": keyword "{met~}": {met~} needs a lower-case word of 4 letters`,
		`pack.json: field "word_classes.unused": no pattern uses this word class`,
		`pack.json: field "word_classes": "Bad" is not a lower-case name`,
		`pack.json: field "word_classes.empty": a word class needs at least one alternative`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("errors = %s\nwant one to read %s", got, want)
		}
	}
}
