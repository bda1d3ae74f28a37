package pattern

import (
	"bytes"
	"math/rand/v2"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// compilePattern parses src and prepares it for searching, for the tests
// that look at what was prepared.
func compilePattern(src string) (*pattern, error) {
	x, err := Compile(src)
	if err != nil {
		return nil, err
	}
	return x.get(), nil
}

// corpusTexts returns the texts of the development corpus.
func corpusTexts(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile("../testdata/corpus/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) > 0 {
			out = append(out, gjson.GetBytes(line, "text").String())
		}
	}
	return out
}

// samples cuts the corpus and some hard cases into inputs of the sizes the
// analyzer searches: keyword windows, context before and after a span, and
// whole posts.
func samples(t *testing.T) []string {
	t.Helper()
	out := []string{
		"", "a", "é", "K", "\u212a", "ſ", "42", "x\u00a0y", "Kelvin \u212aate", "ß ẞ ss",
		"\xe2\x80", // a cut rune, as a window edge never makes it but a caller might
		"She is 16. He's 42-year-old... 555-123-4567 at St. Mary's High School",
		"mañana à l'école, 3 de marzo, 12 mars, ٣ أيام, 🙂 client J.M. 🙂",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	texts := corpusTexts(t)
	for k := 0; k+5 <= len(texts); k += 20 { // longer than a keyword window
		var b strings.Builder
		for _, text := range texts[k : k+5] {
			b.WriteString(text)
			b.WriteString("\n")
		}
		out = append(out, b.String())
	}
	for k, s := range texts {
		if k%4 == 0 {
			out = append(out, s)
		}
		for range 2 {
			i, j := rng.IntN(len(s)+1), rng.IntN(len(s)+1)
			if i > j {
				i, j = j, i
			}
			j = min(j, i+280)
			for i > 0 && !utf8.RuneStart(s[i]) {
				i--
			}
			for j < len(s) && !utf8.RuneStart(s[j]) {
				j++
			}
			out = append(out, s[i:j])
		}
	}
	return out
}

// TestPatternMatchesRegexp checks that the prefiltered search gives exactly
// regexp's answers for patterns that exercise assertions, case folding and
// multi-byte runes at the edges; TestPackPatternsMatchRegexp does the same
// for every pattern of the packs.
func TestPatternMatchesRegexp(t *testing.T) {
	pats := []string{
		`\bfoo`, `(?i)k\w*`, `é+\b`, `(?m)^a\w*`, `an?$`, `\d{3}\b`, `x[^.]{0,5}`,
		`\Bss`, `(?i)ß`, `(?:^|, )(\w+)`, `(\d)(\d)?-(\d)`, `[^\x00-\x{10FFFF}]|q`,
		`(?:a|ab)$`, `(?m)x$`, `(?:\bfoo\s+)$`, `(?i:ǅ|st)$`, `(?:^|\s)(?:é{2,3}?\s*)$`, `\b[A-Z][\p{L}'’-]+,\s*$|@$`,
		`\b(?:alpha|beta|gamma)\b`}
	fast, rev, split := checkMatchesRegexp(t, pats, samples(t))
	if fast == 0 || rev == 0 || split == 0 {
		t.Errorf("%d prefiltered, %d reversed, %d split; the cases should cover each", fast, rev, split)
	}
}

// checkMatchesRegexp compares every search of every pattern of pats with
// regexp's on every input, and counts the patterns that use the
// prefilter, are matched in reverse, or are split into alternatives.
func checkMatchesRegexp(t *testing.T, pats, inputs []string) (fast, rev, split int) {
	t.Helper()
	for _, src := range pats {
		want := regexp.MustCompile(src)
		got, err := compilePattern(src)
		if err != nil {
			t.Fatalf("compilePattern(%q): %v", src, err)
		}
		if got.first != nil && !got.scan {
			fast++
		}
		if got.rev.src != nil {
			rev++
		}
		if got.alts != nil {
			split++
		}
		for _, s := range inputs {
			if g, w := got.FindAllStringSubmatchIndex(s), want.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(g, w) {
				t.Fatalf("%q on %q:\nFindAllStringSubmatchIndex = %v\nregexp gives %v", src, s, g, w)
			}
			// EachNear, ungated (nil, or with the input's edges) and with
			// one keyword hit over the whole input (with its edges or
			// without), gives the same (but empty matches, which hold no
			// keyword), though its buffers serve one input after another.
			all := &Near{hits: []Span{{0, len(s)}}, t: &Text{MaxKeyword: len(s)}}
			edged := &Near{hits: all.hits, t: &Text{MaxKeyword: len(s), Edges: AppendEdges(nil, s)}}
			ungated := Ungated(0, &Text{Edges: AppendEdges(nil, s)})
			for _, hits := range []*Near{nil, all, edged, ungated} {
				var each [][]int
				got.EachNear(s, hits, true, func(m []int) { each = append(each, slices.Clone(m)) })
				var w [][]int // an empty match holds no keyword
				for _, m := range want.FindAllStringSubmatchIndex(s, -1) {
					if hits == nil || hits.all || hits.Holds(m[0], m[1]) {
						w = append(w, m)
					}
				}
				if !reflect.DeepEqual(each, w) {
					t.Fatalf("%q on %q: EachNear (hits %v) gives %v; regexp gives %v", src, s, hits != nil, each, w)
				}
			}
			if g, w := got.FindStringIndex(s), want.FindStringIndex(s); !reflect.DeepEqual(g, w) {
				t.Fatalf("%q on %q: FindStringIndex = %v; regexp gives %v", src, s, g, w)
			}
			if g, w := got.MatchString(s), want.MatchString(s); g != w {
				t.Fatalf("%q on %q: MatchString = %v; regexp gives %v", src, s, g, w)
			}
		}
	}
	t.Logf("%d patterns, %d prefiltered (%d split), %d reversed, %d inputs", len(pats), fast, split, rev, len(inputs))
	return fast, rev, split
}

func TestPatternFirstBytes(t *testing.T) {
	for _, tc := range []struct {
		src, want string // want: the ASCII bytes of the first set, sorted
		ok        bool
	}{
		{`\b(?:she|he)\b`, "hs", true},
		{`(?i)\b(?:she|he)\b`, "HShs", true},
		{`(?i)k`, "Kk", true}, // and the Kelvin sign's lead byte
		{`\d+`, "0123456789", true},
		{`a*`, "", false},      // can match the empty string
		{`^abc`, "", false},    // regexp tries one position anyway
		{`.x`, "", false},      // starts with anything
		{`[^.]{2}`, "", false}, // too wide to filter
	} {
		p, err := compilePattern(tc.src)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.first != nil && !p.scan; got != tc.ok {
			t.Errorf("%q: prefilter = %v; want %v", tc.src, got, tc.ok)
			continue
		}
		if !tc.ok {
			continue
		}
		var b strings.Builder
		for c := 0; c < utf8.RuneSelf; c++ {
			if p.first.has(byte(c)) {
				b.WriteByte(byte(c))
			}
		}
		want := []byte(tc.want)
		slices.Sort(want)
		if b.String() != string(want) {
			t.Errorf("%q: first bytes %q; want %q", tc.src, b.String(), want)
		}
	}
}

func TestPatternPairs(t *testing.T) {
	p, err := compilePattern(`(?i)\b(?:last|this|a)\s+week`)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"last", true}, {"LAst", true}, {"lost", false}, {"this", true}, {"thus", true}, // "th" is all it sees
		{"tx", false}, {"a ", true}, {"ab", false}, {"l", false},
	} {
		if got := p.candidate(tc.s, 0); got != tc.want {
			t.Errorf("candidate(%q) = %v; want %v", tc.s, got, tc.want)
		}
	}
	// A one-byte match needs no second byte; a multi-byte rune is checked
	// on its first two bytes.
	p, _ = compilePattern(`x|é\d`)
	for _, tc := range []struct {
		s    string
		want bool
	}{{"x", true}, {"é1", true}, {"è1", false}, {"\xc3", false}} {
		if got := p.candidate(tc.s, 0); got != tc.want {
			t.Errorf("candidate(%q) = %v; want %v", tc.s, got, tc.want)
		}
	}
}

// TestPatternWordStart: a pattern whose matches all begin with \b is never
// tried inside an ASCII word; one whose matches may not is.
func TestPatternWordStart(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{`\bfoo`, true},
		{`(?i)\b(?:she|he|client)\s+said`, true},
		{`\b(?:alpha|beta|gamma|delta)\b`, true}, // split into alternatives
		{`\b(?:alpha|beta|gamma)|#x`, false},
		{`\d{3}\b`, false},
		{`(?:^|\s)(\w+)`, false},
	} {
		p, err := compilePattern(tc.src)
		if err != nil {
			t.Fatal(err)
		}
		if p.wordStart != tc.want {
			t.Errorf("%q: wordStart = %v; want %v", tc.src, p.wordStart, tc.want)
		}
		if p.wordStart && (p.startsWord("xfoo", 1) || !p.startsWord(" foo", 1) || !p.startsWord("foo", 0) || !p.startsWord("x#", 1)) {
			t.Errorf("%q: startsWord passes a byte inside a word, or not one at a word's edge", tc.src)
		}
	}
}

// TestTextIndex: Index makes the edges AppendEdges makes, and firstEdge
// answers at every position what a binary search over them answers, also
// for a Text reused for a shorter text and one whose edges were set by
// hand.
func TestTextIndex(t *testing.T) {
	var txt Text
	for _, s := range []string{"", "ab cd, é_9! x", "  a", "é", "a\xffb c", "ab cd"} {
		txt.Index(s)
		if want := AppendEdges(nil, s); !slices.Equal(txt.Edges, want) {
			t.Errorf("Index(%q): edges %v; want %v", s, txt.Edges, want)
		}
		if txt.Valid != utf8.ValidString(s) {
			t.Errorf("Index(%q): Valid = %v", s, txt.Valid)
		}
		hand := &Text{Edges: txt.Edges}
		for i := 0; i <= len(s)+2; i++ {
			want, _ := slices.BinarySearch(txt.Edges, int32(i))
			if got := txt.firstEdge(i); got != want {
				t.Errorf("Index(%q): firstEdge(%d) = %d; want %d", s, i, got, want)
			}
			if got := hand.firstEdge(i); got != want {
				t.Errorf("edges %v by hand: firstEdge(%d) = %d; want %d", txt.Edges, i, got, want)
			}
		}
	}
}

func TestAppendEdges(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want []int32
	}{
		{"", nil},
		{"ab cd", []int32{0, 3}},
		{" ab, é_9!", []int32{1, 7}},
		{"aé b", []int32{0, 1, 4}}, // "(?i)\bs" matches the "ſ" of "aſ"
		{"é", nil},
	} {
		if got := AppendEdges(nil, tc.s); !slices.Equal(got, tc.want) {
			t.Errorf("AppendEdges(%q) = %v; want %v", tc.s, got, tc.want)
		}
	}
}

// TestEachNearNested: a search run from inside another's callback, on the
// same Text, does not disturb the matches the outer one is reading.
func TestEachNearNested(t *testing.T) {
	p, err := Compile(`\b(?:ab|cd)\b`)
	if err != nil {
		t.Fatal(err)
	}
	s := "ab cd ab cd"
	txt := &Text{MaxKeyword: len(s), Edges: AppendEdges(nil, s)}
	near := NewNear([]Span{{0, len(s)}}, 0, txt)
	want := p.FindAllNear(s, near, false)
	var outer, inner [][]int
	p.EachNear(s, near, false, func(m []int) {
		outer = append(outer, slices.Clone(m))
		inner = inner[:0]
		p.EachNear(s, near, false, func(m []int) { inner = append(inner, slices.Clone(m)) })
		if !reflect.DeepEqual(inner, want) {
			t.Errorf("inner EachNear = %v; want %v", inner, want)
		}
	})
	if !reflect.DeepEqual(outer, want) || len(want) != 4 {
		t.Errorf("outer EachNear = %v; want %v (4 matches)", outer, want)
	}
}
