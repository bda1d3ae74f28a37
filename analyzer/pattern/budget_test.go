package pattern

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestTriesStayLinear: a pattern with no longest match and no byte it
// cannot hold, on a text where it can start at every word and never
// match, would make each try read to the end of the text. The budget
// hands such a search to regexp, so the work per byte stays flat, and
// the answers stay regexp's.
func TestTriesStayLinear(t *testing.T) {
	for _, tc := range []struct{ src, unit string }{
		{`\bx(?s:.)*y`, "x "},
		{`(?i)\bsaid\W(?:\w+\W+)*?end\b`, "said so "},
	} {
		re := regexp.MustCompile(tc.src)
		x, err := Compile(tc.src)
		if err != nil {
			t.Fatal(err)
		}
		var perByte [2]float64
		for k, n := range []int{4_000, 64_000} {
			s := strings.Repeat(tc.unit, n/len(tc.unit))
			var all [][]int
			var first []int
			var any bool
			steps := CountWork(func() {
				all = x.FindAllStringSubmatchIndex(s)
				first = x.FindStringIndex(s)
				any = x.MatchString(s)
			})
			perByte[k] = float64(steps) / float64(len(s))
			if w := re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(all, w) {
				t.Errorf("%q: FindAllStringSubmatchIndex = %v; regexp gives %v", tc.src, all, w)
			}
			if w := re.FindStringIndex(s); !reflect.DeepEqual(first, w) {
				t.Errorf("%q: FindStringIndex = %v; regexp gives %v", tc.src, first, w)
			}
			if w := re.MatchString(s); any != w {
				t.Errorf("%q: MatchString = %v; regexp gives %v", tc.src, any, w)
			}
		}
		// Three searches, each within the budget plus a few passes over s.
		const most = 3 * (tryBudget + 4)
		if perByte[1] > 1.1*perByte[0]+1 || perByte[1] > most {
			t.Errorf("%q: %.1f steps per byte at 4 KB, %.1f at 64 KB; want the same, at most %d",
				tc.src, perByte[0], perByte[1], most)
		}
	}
}
