package analyzer

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestByteSet checks the set resolveOverlaps marks taken bytes in against
// a bool a byte, over random ranges that cross and fill 64-bit words.
func TestByteSet(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		n := 1 + r.IntN(300)
		set, want := newByteSet(n), make([]bool, n)
		for range 20 {
			a := r.IntN(n + 1)
			b := a + r.IntN(n+1-a)
			if got, exp := set.any(a, b), slices.Contains(want[a:b], true); got != exp {
				t.Fatalf("round %d: any(%d, %d) = %v; want %v", round, a, b, got, exp)
			}
			if r.IntN(2) == 0 {
				set.add(a, b)
				for i := a; i < b; i++ {
					want[i] = true
				}
			}
		}
	}
}
