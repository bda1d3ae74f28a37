package analyzer

import (
	"slices"
	"strings"
	"testing"
)

// TestSetTablesCompilesThePack checks that a pack given tables compiles
// from them, and finds list entries through the loaded index (the whole
// development corpus gives the same results either way: package phrase's
// TestLoadedTablesGiveTheSameResults).
func TestSetTablesCompilesThePack(t *testing.T) {
	packs := mustEmbedded(t)
	a, err := New(packs)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.SetTables("en", BuildTables(packs["en"])); err != nil {
		t.Fatal(err)
	}
	if a.packs["en"].c == nil {
		t.Fatal("SetTables did not compile the pack")
	}
	if res := a.Analyze(Input{Text: "My client lives in Edmonton.", Lang: "en"}); !hasCategory(res, "location") {
		t.Errorf("with loaded tables: %v; want the city found", summarize(res))
	}
}

// entriesAt is where the entries table starts in English tables: after
// the magic (see package phrase), the language, the version, the size and the longest entry.
func entriesAt(version string) int {
	return len("DSCTBL2\n") + 1 + len("en") + 1 + len(version) + 8
}

// TestSetTablesRefuses checks that tables of another pack, or damaged
// ones, are refused with a reason, and that the pack then still works.
func TestSetTablesRefuses(t *testing.T) {
	packs := mustEmbedded(t)
	a, err := New(packs)
	if err != nil {
		t.Fatal(err)
	}
	fr := BuildTables(packs["fr"])
	if err := a.SetTables("en", fr); err == nil || !strings.Contains(err.Error(), "tables for fr") {
		t.Errorf("French tables for English: %v; want a refusal naming both", err)
	}
	en := BuildTables(packs["en"])
	damaged := map[string][]byte{
		"empty":              nil,
		"another format":     append([]byte("DSCTBL9\n"), en[8:]...),
		"cut in the header":  en[:12],
		"cut in the entries": en[:len(en)/2],
		"cut at the end":     en[:len(en)-1],
		"trailing bytes":     append(slices.Clone(en), 0),
		"a huge count": func() []byte {
			b := slices.Clone(en)
			copy(b[entriesAt(packs["en"].Version)+1:], []byte{0xff, 0xff, 0xff, 0x7f})
			return b
		}(),
		"a slot out of range": func() []byte {
			b := slices.Clone(en)
			copy(b[entriesAt(packs["en"].Version)+5:], []byte{0xff, 0xff, 0xff, 0x7f})
			return b
		}(),
		"a slot taken twice": func() []byte {
			b := slices.Clone(en)
			at := entriesAt(packs["en"].Version) + 5
			copy(b[at+16:at+20], b[at:at+4])
			return b
		}(),
	}
	for name, data := range damaged {
		if err := a.SetTables("en", data); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := a.SetTables("xx", en); err == nil {
		t.Error("tables for a language without a pack: accepted")
	}
	if res := a.Analyze(Input{Text: "My client lives in Edmonton.", Lang: "en"}); len(res.Findings) == 0 {
		t.Error("after refused tables the English pack finds nothing")
	}
}
