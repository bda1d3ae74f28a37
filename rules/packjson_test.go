package rules

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// The packed builds embed every JSON file through PackJSON (packembed):
// each built-in pack must load from such a tree, validated, to the very
// pack the files as written give, but for each rule's examples cut to
// its first flag and pass sentence. The analysis reads nothing else of
// the files, so it finds the same.
func TestPackedJSONLoadsTheSamePacks(t *testing.T) {
	m := packedCopy(t)
	saved := 0
	for p, f := range m {
		name := strings.TrimPrefix(p, "packed/")
		if !strings.HasSuffix(name, ".json") {
			continue
		}
		b := PackJSON(name, f.Data)
		if len(b) > len(f.Data) {
			t.Errorf("%s: packed %d bytes, more than the %d written", name, len(b), len(f.Data))
		}
		saved += len(f.Data) - len(b)
		f.Data = b
	}
	if saved == 0 {
		t.Fatal("PackJSON made no file smaller")
	}
	packed := packedTree(m)
	for _, lang := range Languages() {
		want, got := loadBoth(t, packed, lang)
		cut := 0
		for i := range want.Rules {
			ex := &want.Rules[i].Examples
			if len(ex.Flag) > 1 || len(ex.Pass) > 1 {
				cut++
			}
			ex.Flag, ex.Pass = firstOnly(ex.Flag), firstOnly(ex.Pass)
		}
		if cut == 0 {
			t.Errorf("%s: no rule has more than one example of a kind", lang)
		}
		if !reflect.DeepEqual(got, want) {
			for i := range want.Rules {
				if i < len(got.Rules) && !reflect.DeepEqual(got.Rules[i], want.Rules[i]) {
					t.Errorf("%s: rule %s differs:\n got %+v\nwant %+v", lang, want.Rules[i].ID, got.Rules[i], want.Rules[i])
					break
				}
			}
			t.Errorf("%s: the pack read with packed JSON differs beyond its examples", lang)
		}
	}
}

func TestPackJSON(t *testing.T) {
	part := `{
  "rules": [
    {"id": "a-b", "pattern": "x<y & z>w", "examples": {"flag": ["one", "two"], "pass": ["three", "four", "five"]}},
    {"id": "c-d", "examples": {"flag": ["six"], "pass": []}}
  ],
  "other": {"k": [1, 2.50, "\u00e9"]}
}
`
	want := `{"rules":[{"examples":{"flag":["one"],"pass":["three"]},"id":"a-b","pattern":"x<y & z>w"},` +
		`{"examples":{"flag":["six"],"pass":[]},"id":"c-d"}],"other":{"k":[1,2.50,"\u00e9"]}}`
	if got := PackJSON("xx/rules/name.json", []byte(part)); string(got) != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// A file that is not a pack part is only compacted; one that is not
	// JSON, or not a .json file, is left as it is.
	for _, c := range []struct{ path, in, want string }{
		{"xx/risk.json", "[1, 2]\n", "[1,2]"},
		{"xx/risk.json", "{not json", "{not json"},
		{"xx/lists/a.txt", "[1, 2]\n", "[1, 2]\n"},
	} {
		if got := PackJSON(c.path, []byte(c.in)); !bytes.Equal(got, []byte(c.want)) {
			t.Errorf("PackJSON(%s, %q) = %q, want %q", c.path, c.in, got, c.want)
		}
	}
}
