package rules

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestTwinsRoundTrip(t *testing.T) {
	for _, c := range []struct {
		text    string
		reduced string // "" when ReduceTwins must refuse
	}{
		{"# header\nBeaupre\nBeaupré\nLevis\nLévis\n", "# header\nBeaupré\nLévis\n"},
		{"Aurele\nAurèle\nZoë\n", "Aurèle\nZoë\n"},               // a line without its twin keeps its bit clear
		{"Beaupre\nBeaupré", "Beaupré"},                          // no newline at the end
		{"Andree\nAndrèe\nAndrée\n", "Andrèe\nAndrée\n"},         // two lines with one twin
		{"Ca\nSaint-Eloi\nSaint-Éloi\nÇà\n", "Saint-Éloi\nÇà\n"}, // the twin sorts far from its line
		{"plain\nascii\n", ""},                                   // nothing to leave out
		{"Beaupre\nBeaupre\nBeaupré\n", ""},                      // a twin twice: not given back
		{"zeta\nLevis\nLévis\nalpha\n", ""},                      // not sorted: the merge would move it
	} {
		reduced, bitmap, ok := ReduceTwins([]byte(c.text))
		if c.reduced == "" {
			if ok {
				t.Errorf("%q: reduced to %q", c.text, reduced)
			}
			continue
		}
		if !ok || string(reduced) != c.reduced {
			t.Errorf("%q: reduced to %q (%v), want %q", c.text, reduced, ok, c.reduced)
			continue
		}
		back, err := expandTwins(reduced, bitmap)
		if err != nil || string(back) != c.text {
			t.Errorf("%q: expanded to %q, %v", c.text, back, err)
		}
	}
}

func TestTwinsRoundTripRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	words := []string{"Lévis", "Levis", "Ålesund", "Alesund", "Nîmes", "Nimes", "Oslo", "Zürich", "Zurich", "Ærø", "Aero", ""}
	for i := 0; i < 2000; i++ {
		var lines []string
		for j := r.IntN(8); j > 0; j-- {
			lines = append(lines, words[r.IntN(len(words))])
		}
		text := []byte(strings.Join(lines, "\n"))
		reduced, bitmap, ok := ReduceTwins(text)
		if !ok {
			continue
		}
		back, err := expandTwins(reduced, bitmap)
		if err != nil || !bytes.Equal(back, text) {
			t.Fatalf("round trip of %q: got %q, %v", text, back, err)
		}
	}
}

func TestExpandTwinsRefusesDamage(t *testing.T) {
	reduced, bitmap, ok := ReduceTwins([]byte("Levis\nLévis\nNimes\nNîmes\n"))
	if !ok {
		t.Fatal("not reduced")
	}
	for name, bm := range map[string][]byte{
		"no bitmap":       nil,
		"a byte too many": append(bytes.Clone(bitmap), 0),
		"padding bit set": {bitmap[0] | 0x80},
	} {
		if _, err := expandTwins(reduced, bm); err == nil {
			t.Errorf("%s: expanded", name)
		}
	}
	for _, data := range [][]byte{[]byte(twinMagic), append([]byte(twinMagic), 9, 1)} {
		if _, _, _, err := cutTwinPrefix(data); err == nil {
			t.Errorf("%q: cut", data)
		}
	}
}

// The place lists are where most of the twins are (GeoNames' ASCII
// names): if they stopped being reduced the .wasm would grow ~20 KB.
func TestPackedPlaceListsLeaveOutTwins(t *testing.T) {
	m := packedCopy(t)
	for _, lang := range []string{"en", "fr", "es"} {
		if f := m["packed/"+lang+"/lists/places.txt"]; f == nil || !IsTwinReduced(f.Data) {
			t.Errorf("%s places: stored with their accent twins", lang)
		}
	}
}
