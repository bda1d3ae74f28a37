package rules

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"
)

func TestListDeltaRoundTrip(t *testing.T) {
	for _, c := range []struct{ text, base string }{
		{"alpha\nbeta\ngamma\n", "alpha\nbeta\ngamma\n"},                  // the same
		{"# mine\nalpha\nbeta\nzeta\n", "# theirs\nalpha\nbeta\ngamma\n"}, // overlapping, sorted
		{"beta\n", "alpha\nbeta\ngamma\n"},                                // a subset
		{"alpha\nalpha\nbeta\nbeta\nbeta", "alpha\nbeta\nbeta\n"},         // repeated lines
		{"gamma\nalpha\nbeta\nalpha", "alpha\nbeta\ngamma"},               // out of order
		{"", "alpha\n"},
		{"\n", ""},
		{"only mine\n", "nothing in common\n"},
		{"a\n\n\nb\n\n", "\n\na\n\n"},
	} {
		enc := EncodeListDelta([]byte(c.text), []byte(c.base), "xx/lists/base.txt")
		if p, err := listDeltaBase(enc); err != nil || p != "xx/lists/base.txt" {
			t.Errorf("base path of %q: %q, %v", c.text, p, err)
		}
		dec, err := decodeListDelta(enc, []byte(c.base))
		if err != nil || string(dec) != c.text {
			t.Errorf("round trip of %q from %q: got %q, %v", c.text, c.base, dec, err)
		}
	}
}

func TestListDeltaRoundTripRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	words := []string{"", "a", "b", "ab", "abc", "b c", "é", "#x"}
	list := func() []byte {
		var b []string
		for range r.IntN(40) {
			b = append(b, words[r.IntN(len(words))])
		}
		return []byte(strings.Join(b, "\n"))
	}
	for i := 0; i < 3000; i++ {
		text, base := list(), list()
		dec, err := decodeListDelta(EncodeListDelta(text, base, "b.txt"), base)
		if err != nil || !bytes.Equal(dec, text) {
			t.Fatalf("round trip of %q from %q: got %q, %v", text, base, dec, err)
		}
	}
}

func TestListDeltaRefusesDamage(t *testing.T) {
	base := []byte("alpha\nbeta\ngamma\n")
	good := EncodeListDelta([]byte("alpha\ndelta\ngamma\n"), base, "b.txt")
	head := len(listDeltaMagic) + len("b.txt\n")
	for name, data := range map[string][]byte{
		"plain list":         EncodeList(base),
		"no base path":       []byte(listDeltaMagic),
		"another base":       good,
		"truncated":          good[:len(good)-3],
		"bitmaps cut":        good[:head+4],
		"base count differs": append(append(bytes.Clone(good[:head]), 5, 4), good[head+2:]...),
		"list count differs": append(append(bytes.Clone(good[:head]), 4, 5), good[head+2:]...),
		"padding bit set":    append(append(bytes.Clone(good[:head+2]), 0xff), good[head+3:]...),
	} {
		b := base
		if name == "another base" {
			b = []byte("alpha\nbeta\n")
		}
		if _, err := decodeListDelta(data, b); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
	r := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 3000; i++ { // random damage: an error or some text, never a panic
		d := bytes.Clone(good)
		d[r.IntN(len(d))] = byte(r.IntN(256))
		decodeListDelta(d, base)
	}
}

// A packed tree reads a delta through its base; a base that is missing,
// a delta itself, or no list is refused with the name of the list read.
func TestPackedTreeReadsDeltas(t *testing.T) {
	base := []byte("Ana\nBeatriz\nCarmen\n")
	text := []byte("# French\nAna\nCarmen\nZoé\n")
	m := fstest.MapFS{
		"packed/en/lists/names.txt":  &fstest.MapFile{Data: EncodeList(base)},
		"packed/fr/lists/names.txt":  &fstest.MapFile{Data: EncodeListDelta(text, base, "en/lists/names.txt")},
		"packed/fr/lists/chain.txt":  &fstest.MapFile{Data: EncodeListDelta(text, text, "fr/lists/names.txt")},
		"packed/fr/lists/gone.txt":   &fstest.MapFile{Data: EncodeListDelta(text, base, "es/lists/names.txt")},
		"packed/fr/lists/json.txt":   &fstest.MapFile{Data: EncodeListDelta(text, base, "en/pack.json")},
		"packed/fr/lists/escape.txt": &fstest.MapFile{Data: EncodeListDelta(text, base, "../en/lists/names.txt")},
		"packed/en/pack.json":        &fstest.MapFile{Data: EncodeList(base)},
	}
	tree := packedTree(m)
	if got, err := tree.ReadFile("fr/lists/names.txt"); err != nil || !bytes.Equal(got, text) {
		t.Errorf("fr/lists/names.txt: got %q, %v", got, err)
	}
	for _, p := range []string{"fr/lists/chain.txt", "fr/lists/gone.txt", "fr/lists/json.txt", "fr/lists/escape.txt"} {
		if _, err := tree.ReadFile(p); err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: got %v, want an error naming it", p, err)
		}
	}
}
