package pattern

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestReadsRune(t *testing.T) {
	for src, want := range map[string]bool{
		`[^\p{L}]in`: true, `a.b`: true, `\W`: true, `[^.!?]{0,5}`: true, `\x{FFFD}`: true,
		`\bin\b`: false, `\p{L}+\s`: false, `(?s:x)`: false, `[a-zé]+\d`: false,
	} {
		re, err := syntax.Parse(src, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := readsRune(re.Simplify(), utf8.RuneError); got != want {
			t.Errorf("readsRune(%q, U+FFFD) = %v; want %v", src, got, want)
		}
	}
}

// TestInvalidUTF8MatchesRegexp: on inputs with bytes that are not UTF-8
// (stray continuation bytes, cut runes, bytes no rune begins with) every
// search gives regexp's answers, which read each such byte as U+FFFD: a
// class that holds U+FFFD matches there, though no first-byte table
// names the byte. Random inputs, ungated and gated, with a text known
// valid or not, and windows of it cut inside a rune.
func TestInvalidUTF8MatchesRegexp(t *testing.T) {
	pats := []string{
		`(?:^|[^\p{L}])(?:[Ii]n|[Nn]ear)\s+(\p{Lu}\p{Ll}+)(?:[^\p{L}\p{N}]|$)`,
		`(?:^|[^\p{L}])(?i:dr|me)\.?\s+\p{Lu}\p{L}+`,
		`[^a-z]in`, `.é`, `a[^x]b`, `\W\w`, `\bin\b`, `(?i)\b(?:my|our)\s+\w+`,
	}
	pieces := []string{"in", "In", "near", "Oslo", "Rome", " ", "\n", ".", "(", "Dr", "me", "my", "a", "b",
		"é", "É", "—", "’", "x", "_", "2", "\xff", "\x80", "\xe2\x80", "\xc3", "🙂", "Zoë"}
	rng := rand.New(rand.NewPCG(7, 11))
	var inputs []string
	for range 500 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		inputs = append(inputs, b.String())
	}
	for _, src := range pats {
		want := regexp.MustCompile(src)
		p, err := compilePattern(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range inputs {
			if g, w := p.FindAllStringSubmatchIndex(s), want.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(g, w) {
				t.Fatalf("%q on %q: FindAllStringSubmatchIndex = %v; regexp gives %v", src, s, g, w)
			}
			if g, w := p.MatchString(s), want.MatchString(s); g != w {
				t.Fatalf("%q on %q: MatchString = %v; regexp gives %v", src, s, g, w)
			}
			if g, w := p.FindStringIndex(s), want.FindStringIndex(s); !reflect.DeepEqual(g, w) {
				t.Fatalf("%q on %q: FindStringIndex = %v; regexp gives %v", src, s, g, w)
			}
			// A window of the text, cut anywhere, searched with the text's
			// Valid flag as the analyzer sets it.
			a, b := rng.IntN(len(s)+1), rng.IntN(len(s)+1)
			a, b = min(a, b), max(a, b)
			txt := &Text{MaxKeyword: len(s), Edges: AppendEdges(nil, s), Valid: utf8.ValidString(s)}
			for _, near := range []*Near{NewNear([]Span{{0, len(s)}}, 0, txt), Ungated(0, txt), NewNear([]Span{{a, b}}, a, txt), Ungated(a, txt)} {
				in := s
				if near.off > 0 || len(near.hits) == 1 && near.hits[0].End == b && b != len(s) {
					in = s[a:b]
				}
				var got, wantM [][]int
				p.EachNear(in, near, true, func(m []int) { got = append(got, slices.Clone(m)) })
				for _, m := range want.FindAllStringSubmatchIndex(in, -1) {
					if near.all || near.Holds(m[0], m[1]) {
						wantM = append(wantM, m)
					}
				}
				if !reflect.DeepEqual(got, wantM) {
					t.Fatalf("%q on %q: EachNear gives %v; regexp %v", src, in, got, wantM)
				}
			}
		}
	}
}
