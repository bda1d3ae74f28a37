package pack

import (
	"math/rand/v2"
	"sort"
	"testing"
)

// TestZonesFind: find answers as sort.Search does, for zones of every
// count from 0 to 40 and every position around them, and Overlaps and
// Covers follow.
func TestZonesFind(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 41 {
		var spans []Span
		for range n {
			a := rng.IntN(500)
			spans = append(spans, Span{a, a + 1 + rng.IntN(20)})
		}
		z := NewZones(spans)
		for pos := -1; pos < 525; pos++ {
			want := sort.Search(len(z), func(i int) bool { return z[i].End > pos })
			if got := z.find(pos); got != want {
				t.Fatalf("%d zones: find(%d) = %d; want %d", len(z), pos, got, want)
			}
			s := Span{pos, pos + 3}
			overlaps, covers := false, false
			for _, zz := range z {
				overlaps = overlaps || s.Overlaps(zz)
				covers = covers || (zz.Start <= s.Start && s.End <= zz.End)
			}
			if z.Overlaps(s) != overlaps || z.Covers(s) != covers {
				t.Fatalf("%v: Overlaps(%v) = %v, Covers = %v; want %v, %v", z, s, z.Overlaps(s), z.Covers(s), overlaps, covers)
			}
		}
	}
}
