package rewrite

import (
	"math/rand/v2"
	"testing"
)

// fillsOf returns fills holding what m holds.
func fillsOf(m map[string]string) *fills {
	f := &fills{}
	for k, v := range m {
		f.set(k, v)
	}
	return f
}

// TestFillsIsAMap holds fills to the map it replaced: 2,000 random
// sequences of sets and look-ups, over more names than its arrays hold.
func TestFillsIsAMap(t *testing.T) {
	names := []string{"needs", "provider", "populations", "approaches", "practical", "topics", "region", "story",
		"sanitized", "ask", "also", "more_practical", "who", "where", "", "a", "b", "c", "d", "e"}
	r := rand.New(rand.NewPCG(14, 16))
	for range 2000 {
		var f fills
		m := map[string]string{}
		for range r.IntN(60) {
			name := names[r.IntN(len(names))]
			if r.IntN(2) == 0 {
				v := names[r.IntN(len(names))] + "!"
				f.set(name, v)
				m[name] = v
			}
			for _, n := range names {
				got, gotOK := f.lookup(n)
				want, wantOK := m[n]
				if got != want || gotOK != wantOK || f.get(n) != want {
					t.Fatalf("lookup(%q) = %q, %v; want %q, %v", n, got, gotOK, want, wantOK)
				}
			}
		}
	}
}
