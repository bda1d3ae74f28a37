package rules

import (
	"os"
	"strings"
	"testing"
)

// splitPack is the valid test pack in parts: its pack.json without the
// sections, which stand in files of their own.
func splitPack(t *testing.T) Files {
	t.Helper()
	whole, err := os.ReadFile("testdata/valid/pack.json")
	if err != nil {
		t.Fatal(err)
	}
	p, perr := readPart("pack.json", whole)
	if perr != nil {
		t.Fatal(perr)
	}
	obj := func(keys ...string) string {
		var b strings.Builder
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`"` + k + `":` + string(p.fields[k]))
		}
		return b.String() + "}"
	}
	return Files{
		"pack.json":    obj("lang", "version", "name", "lists", "vocab"),
		"context.json": obj("context"),
		"intents.json": obj("intents"),
		"risk.json":    obj("risk"),
		"rewrite.json": obj("rewrite"),
		"rules/age.json": `{"rules": [{"id": "age-numeric", "kind": "pattern", "category": "age",
			"severity": "medium", "attribution": "always", "message": "An exact age.",
			"pattern": ["\\b\\d+-year-old\\b", "(?i)\\baged\\s+\\d+"],
			"examples": {"flag": ["a 40-year-old", "Aged 40"], "pass": ["forty years"]}}]}`,
		"rules/name.json": `{"rules": [{"id": "name-titled", "kind": "pattern", "category": "name",
			"severity": "high", "attribution": "always", "message": "A name.",
			"pattern": "\\bMrs\\.? [A-Z]\\w+", "examples": {"flag": ["Mrs. Dalloway"], "pass": ["Mrs"]}}]}`,
	}
}

func TestSplitPackLoads(t *testing.T) {
	p, err := Load(splitPack(t), ".")
	if err != nil {
		t.Fatalf("Load(split pack) = %v", err)
	}
	if p.Lang != "xx" || len(p.Rules) != 2 {
		t.Fatalf("Load(split pack) = %s with %d rules; want xx with 2", p.Lang, len(p.Rules))
	}
	// Rule files load in the order of Categories: name before age.
	if p.Rules[0].ID != "name-titled" || p.Rules[0].File != "rules/name.json" || p.Rules[1].File != "rules/age.json" {
		t.Errorf("rules loaded as %s (%s), %s (%s); want name-titled from rules/name.json first",
			p.Rules[0].ID, p.Rules[0].File, p.Rules[1].ID, p.Rules[1].File)
	}
	if want := `(?:\b\d+-year-old\b)|(?:(?i)\baged\s+\d+)`; p.Rules[1].Pattern != want {
		t.Errorf("a pattern list joined to %q; want %q", p.Rules[1].Pattern, want)
	}
	if p.Risk.Levels["high"] != 0.7 {
		t.Errorf("risk.json was not read: levels %v", p.Risk.Levels)
	}
}

func TestSplitPackErrorsNameTheFile(t *testing.T) {
	tests := []struct {
		name string
		edit func(Files)
		want []string
	}{
		{"bad pattern in a rule file", func(f Files) {
			f["rules/age.json"] = strings.Replace(f["rules/age.json"], `"(?i)\\baged\\s+\\d+"`, `"(unclosed"`, 1)
		}, []string{"rules/age.json", `rule "age-numeric"`, `field "pattern"`}},
		{"unknown field in a rule file", func(f Files) {
			f["rules/name.json"] = strings.Replace(f["rules/name.json"], `"severity"`, `"severty"`, 1)
		}, []string{"rules/name.json", `unknown field "severty"`}},
		{"a section set twice", func(f Files) {
			f["more.json"] = f["risk.json"]
		}, []string{"risk.json", `field "risk"`, "already set in more.json"}},
		{"a part that is not an object", func(f Files) {
			f["rules/date.json"] = `["x"]`
		}, []string{"rules/date.json", "one JSON object"}},
		{"bad context pattern", func(f Files) {
			f["context.json"] = `{"context": {"person": [{"pattern": ["ok", "(bad"]}]}}`
		}, []string{"context.json", `field "context.person[0].pattern"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := splitPack(t)
			tt.edit(files)
			_, err := Load(files, ".")
			if err == nil {
				t.Fatal("Load succeeded; want an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

// TestPackFilesAreSmall keeps the built-in packs in files a maintainer
// can read: no part over 800 lines.
func TestPackFilesAreSmall(t *testing.T) {
	for _, lang := range Languages() {
		names, err := partFiles(embedded, lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range append(names, "pack.json") {
			b, err := embedded.ReadFile(lang + "/" + name)
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(string(b), "\n"); n > 800 {
				t.Errorf("%s/%s has %d lines; split it (at most 800)", lang, name, n)
			}
		}
	}
}
