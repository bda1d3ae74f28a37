package rules

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestSortedDeltaRoundTrip(t *testing.T) {
	base := "# base header\n# second line\nAda\nBram\nCleo\nDrew\n"
	for _, c := range []struct {
		text   string
		sorted bool // whether a sorted delta can stand for it
	}{
		{"# own header\nAda\nBea\nCleo\nZed\n", true},
		{"# base header\nAda\nDrew\n", true}, // a shared comment is stored as the list's own
		{"Ada\nBram\nCleo\nDrew\n", true},
		{"Abe\nAda\nAda2\nEve", true}, // no newline at the end
		{"Cleo\nAda\n", false},        // not sorted: the bitmap is needed
		{"Ada\n# late comment\nBram\n", false},
		{"\n", true},
	} {
		d := encodeSortedDelta([]byte(c.text), []byte(base), "en/lists/base.txt")
		if (d != nil) != c.sorted {
			t.Errorf("%q: sorted delta %v, want %v", c.text, d != nil, c.sorted)
		}
		if d == nil {
			continue
		}
		if !IsListDelta(d) {
			t.Errorf("%q: not a list delta", c.text)
		}
		if p, err := listDeltaBase(d); err != nil || p != "en/lists/base.txt" {
			t.Errorf("%q: base %q, %v", c.text, p, err)
		}
		back, err := decodeListDelta(d, []byte(base))
		if err != nil || string(back) != c.text {
			t.Errorf("%q: decoded %q, %v", c.text, back, err)
		}
	}
}

func TestSortedDeltaRoundTripRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	words := []string{"# note", "Ada", "Bram", "Cleo", "Drew", "Eve", "Finn", "Gus", ""}
	pick := func() []byte {
		var lines []string
		for i, w := range words {
			if r.IntN(2) == 0 || i == len(words)-1 && r.IntN(2) == 0 {
				lines = append(lines, w)
			}
		}
		return []byte(strings.Join(lines, "\n"))
	}
	for range 2000 {
		text, base := pick(), pick()
		if len(text) == 0 {
			continue
		}
		if d := encodeSortedDelta(text, base, "b.txt"); d != nil {
			back, err := decodeListDelta(d, base)
			if err != nil || !bytes.Equal(back, text) {
				t.Fatalf("%q from %q: decoded %q, %v", text, base, back, err)
			}
		}
	}
}

func TestSortedDeltaRefusesDamage(t *testing.T) {
	base := []byte("Ada\nBram\nCleo\n")
	good := encodeSortedDelta([]byte("Ada\nBea\nCleo\n"), base, "b.txt")
	if good == nil {
		t.Fatal("no sorted delta")
	}
	for name, data := range map[string][]byte{
		"magic only":    []byte(sortedDeltaMagic),
		"no counts":     append([]byte(sortedDeltaMagic), "b.txt\n"...),
		"wrong base":    append(append([]byte(sortedDeltaMagic), "b.txt\n"...), 9, 4, 0xff, 0xff),
		"truncated":     good[:len(good)-3],
		"text appended": append(bytes.Clone(good), "more\n"...),
	} {
		if _, err := decodeListDelta(data, base); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
	r := rand.New(rand.NewPCG(9, 10))
	for range 2000 { // random damage: an error or some text, never a panic
		b := bytes.Clone(good)
		b[len(sortedDeltaMagic)+r.IntN(len(b)-len(sortedDeltaMagic))] = byte(r.IntN(256))
		decodeListDelta(b, base)
	}
}
