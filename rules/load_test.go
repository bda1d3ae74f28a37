package rules

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestInvalidPacks loads every pack under testdata/invalid and checks the
// error names the file, the rule and the field at fault.
func TestInvalidPacks(t *testing.T) {
	tests := []struct {
		dir  string
		want []string // substrings of the error, in any order
		n    int      // how many errors (0: do not check)
	}{
		{"unknown-kind", []string{"pack.json", `rule "age-numeric"`, `field "kind"`, `unknown kind "fuzzy"`}, 1},
		{"unknown-field", []string{"pack.json", `unknown field "severty"`}, 1},
		{"bad-pattern", []string{`rule "age-numeric"`, `field "pattern"`, "missing closing )"}, 1},
		{"unknown-category", []string{`rule "age-numeric"`, `field "category"`, `"secret"`}, 1},
		{"missing-examples", []string{`field "examples.flag"`, `field "examples.pass"`}, 2},
		{"missing-list", []string{`field "list"`, `no list or vocab named "places"`}, 1},
		{"rarer-than-no-ranks", []string{`rule "age-numeric"`, `field "rarer_than"`, "word_ranks"}, 1},
		{"duplicate-id", []string{`rule "age-numeric"`, "duplicate rule id"}, 1},
		{"bad-attribution", []string{`field "attribution"`, `"sometimes"`}, 1},
		{"uppercase-keyword", []string{`field "keywords"`, `"Year"`}, 1},
		{"not-json", []string{"pack.json", "line 2"}, 1},
		{"list-control-char", []string{"lists/names.txt", "line 3", "control character"}, 1},
		// A pattern that names a word class the pack lacks (a typo, "years_word"
		// for "year_words"), which then no pattern uses.
		{"unknown-word-class", []string{"pack.json", `rule "age-numeric"`, `field "pattern"`, `no word class named "years_word"`, `field "word_classes.year_words"`}, 2},
		// {yrs~}: too short a word for slips; a class no pattern uses.
		{"unused-word-class", []string{`rule "age-numeric": field "pattern": {yrs~}`, `field "word_classes.month_words": no pattern uses`}, 2},
		{"two-bad-rules", []string{`rule "age-numeric": field "severity"`, `rule "second": field "pattern"`}, 2},
	}
	src := os.DirFS("testdata/invalid").(Source)
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			_, err := Load(src, tt.dir)
			if err == nil {
				t.Fatalf("Load(%s) succeeded; want an error", tt.dir)
			}
			msg := err.Error()
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("Load(%s) error = %q; want it to mention %q", tt.dir, msg, w)
				}
			}
			var list ErrorList
			if tt.n > 0 && errors.As(err, &list) && len(list) != tt.n {
				t.Errorf("Load(%s) gave %d errors; want %d:\n%s", tt.dir, len(list), tt.n, msg)
			}
		})
	}
}

func TestValidPackLoads(t *testing.T) {
	p, err := Load(os.DirFS("testdata").(Source), "valid")
	if err != nil {
		t.Fatalf("Load(valid) = %v", err)
	}
	if p.Lang != "xx" || len(p.Rules) != 1 {
		t.Errorf("Load(valid) = %s with %d rules; want xx with 1", p.Lang, len(p.Rules))
	}
}

func TestEmbeddedPacksLoad(t *testing.T) {
	packs, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range Languages() {
		doc, err := EmbeddedDocument(lang)
		if err != nil {
			t.Fatalf("EmbeddedDocument(%s) = %v", lang, err)
		}
		p, err := ParseDocument(doc)
		if err != nil {
			t.Fatalf("ParseDocument(EmbeddedDocument(%s)) = %v", lang, err)
		}
		if p.Version != packs[lang].Version || len(p.Rules) != len(packs[lang].Rules) {
			t.Errorf("%s: document round trip changed the pack", lang)
		}
	}
}

// TestTrustedLoadMatchesValidated checks that the fast path the built-in
// packs take at run time (no validation, lists split in one pass) reads
// the same lists as the validating loader, and that the splitter trims and
// skips what ParseList does.
func TestTrustedLoadMatchesValidated(t *testing.T) {
	for _, lang := range Languages() {
		fast, err := EmbeddedPack(lang)
		if err != nil {
			t.Fatal(err)
		}
		slow, err := Load(embedded, lang)
		if err != nil {
			t.Fatal(err)
		}
		for name, want := range slow.Lists {
			if got := fast.Lists[name]; !slices.Equal(got, want) {
				t.Errorf("%s list %s: trusted load read %d entries, validated %d", lang, name, len(got), len(want))
			}
		}
	}
	in := "# comment\nRed Deer\n\n  Banff \r\n\u00a0Jasper\u00a0\nLast"
	want := []string{"Red Deer", "Banff", "Jasper", "Last"}
	if got := splitList([]byte(in)); !slices.Equal(got, want) {
		t.Errorf("splitList = %q; want %q", got, want)
	}
}

// TestTaggerSpecWordClasses checks that a tagger.json's word classes are
// checked: a class outside TaggerClasses, an empty one, or an entry that
// is not one lower-case word is an error naming the class.
func TestTaggerSpecWordClasses(t *testing.T) {
	base := `{"categories": {"event": {"severity": "low", "message": "m", "replacement": ""}},
		"classes": %s, "train": {"epochs": 1, "seed": 1, "min_count": 1, "o_bias": 0, "min_margin": 0}}`
	if _, err := ParseTaggerSpec("t.json", []byte(fmt.Sprintf(base, `{"span": ["since", "ago"]}`))); err != nil {
		t.Fatalf("valid classes: %v", err)
	}
	for _, bad := range []string{`{"colours": ["red"]}`, `{"span": []}`, `{"span": ["Since"]}`, `{"span": ["a while"]}`} {
		_, err := ParseTaggerSpec("t.json", []byte(fmt.Sprintf(base, bad)))
		if err == nil || !strings.Contains(err.Error(), "classes") {
			t.Errorf("ParseTaggerSpec(classes %s) = %v; want an error about the classes", bad, err)
		}
	}
}

// TestIntentWordsAreChecked checks a pack's intent_words: a concept
// outside IntentConcepts, a word of two concepts, or an entry that is not
// one lower-case word is an error.
func TestIntentWordsAreChecked(t *testing.T) {
	p, err := EmbeddedPack("en")
	if err != nil {
		t.Fatal(err)
	}
	for name, words := range map[string]map[string][]string{
		"unknown concept": {"colours": {"red"}},
		"two concepts":    {"provider": {"therapist"}, "resource": {"therapist"}},
		"capitals":        {"provider": {"Therapist"}},
		"two words":       {"provider": {"social worker"}},
	} {
		q := *p
		q.IntentWords = words
		if err := q.Validate(); err == nil || !strings.Contains(err.Error(), "intent_words") {
			t.Errorf("%s: Validate() = %v; want an error about intent_words", name, err)
		}
	}
}

// The Worker's built-in packs travel as documents (static assets): read
// back, each must be the pack the plain build embeds, and a document
// that is not one is still refused.
func TestParseBuiltInDocument(t *testing.T) {
	for _, lang := range Languages() {
		doc, err := EmbeddedDocument(lang)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ParseBuiltInDocument(doc)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		want, err := ParseDocument(doc)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the built-in document reads differently without validation", lang)
		}
	}
	for _, bad := range []string{`{"lang":"en"`, `{"lang":"en","version":"1","files":{},"extra":1}`, `{"lang":"en","version":"1","files":{}}`} {
		if _, err := ParseBuiltInDocument([]byte(bad)); err == nil {
			t.Errorf("%s: read", bad)
		}
	}
}

// TestPracticalNeedsNameNoService checks that no practical need of a
// pack's rewrite vocabulary is a health or social service its rules flag
// as an organization once tied to a person (lists/services.txt, rule
// org-service): "afiliada al ISSSTE" says where the client works, so the
// rewrite must not list it as a need.
func TestPracticalNeedsNameNoService(t *testing.T) {
	packs, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for lang, p := range packs {
		services := map[string]bool{}
		for _, s := range p.Lists["services"] {
			services[strings.ToLower(s)] = true
		}
		for _, n := range p.Rewrite.Needs {
			if services[strings.ToLower(n)] {
				t.Errorf("%s: practical need %q is a service the rules flag (lists/services.txt)", lang, n)
			}
		}
	}
}
