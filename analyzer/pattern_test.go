package analyzer

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/discreet-app/discreet/rules"
)

// packPatterns returns every regular expression of the built-in packs, as
// compile prepared it (anchors added), once each.
func packPatterns(t *testing.T) []string {
	t.Helper()
	packs, err := rules.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var out []string
	add := func(l *lazyRE) {
		if l != nil && !seen[l.src] {
			seen[l.src] = true
			out = append(out, l.src)
		}
	}
	for _, lang := range rules.Languages() {
		c, err := compile(packs[lang], nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range c.rules {
			for _, l := range []*lazyRE{r.re, r.before, r.after, r.notBefore, r.notAfter, r.extend, r.ambBefore, r.ambAfter} {
				add(l)
			}
		}
		for _, gs := range [][]gatedRE{c.person, c.addressee, c.generic, c.self, c.notSpecific, c.ignore} {
			for _, g := range gs {
				add(g.re)
			}
		}
		for _, in := range c.intents {
			for _, cue := range in.cues {
				add(cue.re)
			}
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
		for _, in := range texts[k : k+5] {
			b.WriteString(in.Text)
			b.WriteString("\n")
		}
		out = append(out, b.String())
	}
	for k, in := range texts {
		s := in.Text
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
// regexp's answers, for every pattern of the packs and some that exercise
// assertions, case folding and multi-byte runes at the edges.
func TestPatternMatchesRegexp(t *testing.T) {
	pats := append(packPatterns(t),
		`\bfoo`, `(?i)k\w*`, `é+\b`, `(?m)^a\w*`, `an?$`, `\d{3}\b`, `x[^.]{0,5}`,
		`\Bss`, `(?i)ß`, `(?:^|, )(\w+)`, `(\d)(\d)?-(\d)`, `[^\x00-\x{10FFFF}]|q`,
		`(?:a|ab)$`, `(?m)x$`, `(?:\bfoo\s+)$`, `(?i:ǅ|st)$`, `(?:^|\s)(?:é{2,3}?\s*)$`, `\b[A-Z][\p{L}'’-]+,\s*$|@$`)
	inputs := samples(t)
	fast, rev, split := 0, 0, 0
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
			if g, w := got.FindStringIndex(s), want.FindStringIndex(s); !reflect.DeepEqual(g, w) {
				t.Fatalf("%q on %q: FindStringIndex = %v; regexp gives %v", src, s, g, w)
			}
			if g, w := got.MatchString(s), want.MatchString(s); g != w {
				t.Fatalf("%q on %q: MatchString = %v; regexp gives %v", src, s, g, w)
			}
		}
	}
	// The prefilter is the point: most of the packs' patterns must use it.
	if fast < len(pats)/2 {
		t.Errorf("%d of %d patterns use the prefilter; want at least half", fast, len(pats))
	}
	if split == 0 {
		t.Error("no pattern is split into its alternatives; the big rule alternations should be")
	}
	if rev == 0 {
		t.Error("no pattern is matched in reverse; the context patterns ending in $ should be")
	}
	t.Logf("%d patterns, %d prefiltered (%d split), %d reversed, %d inputs", len(pats), fast, split, rev, len(inputs))
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

// TestKeywordsCoverMatches checks the promise gated patterns rest on: a
// match holds one of its pattern's keywords. A pattern that also matches
// without one (a keyword list with gaps) would lose those matches to the
// keyword check; this finds them on the corpus and the rules' examples.
func TestKeywordsCoverMatches(t *testing.T) {
	a := defaultAnalyzer(t)
	packs, err := rules.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	texts := corpusTexts(t)
	for _, lang := range rules.Languages() {
		for _, r := range packs[lang].Rules {
			for _, ex := range r.Examples.Flag {
				texts = append(texts, Input{Text: ex, Lang: lang})
			}
		}
	}
	for _, in := range texts {
		c, v, sents, g := scanned(t, a, in)
		check := func(name string, l *lazyRE, gate int) {
			re := l.get()
			if re == nil || gate < 0 || !g.allows(gate) {
				return
			}
			for _, w := range windows(v.s, sents, g.at(gate)) {
				for _, m := range re.FindAllStringSubmatchIndex(v.s[w.start:w.end]) {
					if !g.hitsIn(gate, w).holds(m[0], m[1]) {
						t.Errorf("%s/%s matches %q, which holds none of its keywords, in %q",
							in.Lang, name, v.s[m[0]+w.start:m[1]+w.start], in.Text)
					}
				}
			}
		}
		for _, r := range c.rules {
			check("rule "+r.ID, r.re, r.gate)
		}
		for _, gs := range [][]gatedRE{c.person, c.addressee, c.generic, c.self, c.notSpecific, c.ignore} {
			for _, p := range gs {
				check("context "+p.re.src, p.re, p.gate)
			}
		}
		for _, in := range c.intents {
			for _, cue := range in.cues {
				check("cue "+in.name+" "+cue.re.src, cue.re, cue.gate)
			}
		}
	}
}

// TestFindAllNear checks the keyword-gated search against regexp on the
// packs' gated patterns over the corpus: every match it returns is one
// regexp finds at that start (searching from there) and holds a keyword,
// and every regexp match that holds a keyword is returned unless an
// earlier returned match overlaps it.
func TestFindAllNear(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, in := range corpusTexts(t) {
		c, v, sents, g := scanned(t, a, in)
		for _, r := range c.rules {
			p := r.re.get()
			if p == nil || r.gate < 0 || !g.allows(r.gate) {
				continue
			}
			std := p.re.get()
			for _, w := range windows(v.s, sents, g.at(r.gate)) {
				s, hits := v.s[w.start:w.end], g.hitsIn(r.gate, w)
				got := p.FindAllNear(s, hits, true)
				if spans := p.FindAllNear(s, hits, false); len(spans) != len(got) || len(got) > 0 && !slices.EqualFunc(spans, got, func(a, b []int) bool { return slices.Equal(a[:2], b[:2]) }) {
					t.Fatalf("%s/%s: FindAllNear(%q) without groups = %v; with: %v", in.Lang, r.ID, s, spans, got)
				}
				for _, m := range got {
					want := std.FindStringSubmatchIndex(s[m[0]:])
					if want == nil || want[0] != 0 || want[1] != m[1]-m[0] || !hits.holds(m[0], m[1]) {
						t.Fatalf("%s/%s: FindAllNear(%q) gave %v, which regexp or the keywords disown", in.Lang, r.ID, s, m[:2])
					}
				}
				for _, m := range std.FindAllStringSubmatchIndex(s, -1) {
					if !hits.holds(m[0], m[1]) {
						continue
					}
					found := false
					for _, gm := range got {
						found = found || gm[0] < m[1] && m[0] < gm[1]
					}
					if !found {
						t.Fatalf("%s/%s: regexp matches %q at %d, holding a keyword; FindAllNear(%q) = %v", in.Lang, r.ID, s[m[0]:m[1]], m[0], s, got)
					}
				}
			}
		}
	}
}

// scanned runs the first stages of an analysis of in: its pack, the
// normalized text, its sentences and the keyword gates it opens.
func scanned(t *testing.T, a *Analyzer, in Input) (*compiled, *view, []span, *gates) {
	t.Helper()
	c, err := a.packs[in.Lang].compiled()
	if err != nil {
		t.Fatal(err)
	}
	v := newView(in.Text)
	return c, v, sentences(v.s, c.abbrev), c.scanKeywords(v.lower)
}
