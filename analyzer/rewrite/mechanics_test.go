package rewrite

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// TestLowerOfIsLowerSame holds lowerOf to lowerSame on random texts of
// ASCII and wide letters, against their true lower case and near misses
// (one byte changed, one byte short): where lowerOf accepts a copy, that
// copy is what lowerSame would have made, and it accepts every true
// lower case of an ASCII text.
func TestLowerOfIsLowerSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 16))
	alphabet := []string{"a", "Z", "m", "Q", " ", ".", "'", "-", "7", "é", "É", "İ", "K", "\xff", "@", "[", "`", "{"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(40); k > 0; k-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		want, ok := lowerSame(s)
		tries := []string{strings.ToLower(s), s, ""}
		if l := strings.ToLower(s); len(l) > 0 {
			i := rng.IntN(len(l))
			tries = append(tries, l[:i]+string(l[i]^0x20)+l[i+1:], l[:len(l)-1])
		}
		for _, lower := range tries {
			got := lowerOf(s, lower)
			if got && (!ok || lower != want) {
				t.Fatalf("lowerOf(%q, %q) = true; lowerSame gives %q, %v", s, lower, want, ok)
			}
			if !got && isASCII(s) && lower == strings.ToLower(s) {
				t.Fatalf("lowerOf(%q, %q) = false for the lower case of an ASCII text", s, lower)
			}
		}
	}
}

// TestJoinListIsJoin holds joinList to the strings.Join it builds in one
// buffer, for lists of none to five items, with and without the joiner
// inside an item.
func TestJoinListIsJoin(t *testing.T) {
	p, err := rules.EmbeddedPack("en")
	if err != nil {
		t.Fatal(err)
	}
	c := &run{pack: p}
	words := []string{"grief", "sleep and mood", "", "ADHD", "panic"}
	for n := 0; n <= len(words); n++ {
		items := words[:n]
		want := ""
		switch {
		case n == 1:
			want = items[0]
		case n > 1 && strings.Contains(strings.Join(items, "|"), " and "):
			want = strings.Join(items, ", ")
		case n > 1:
			want = strings.Join(items[:n-1], ", ") + " and " + items[n-1]
		}
		if got := c.joinList(items); got != want {
			t.Errorf("joinList(%q) = %q, want %q", items, got, want)
		}
	}
}
