package rewrite

import (
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// TestIndexAny checks indexAny against strings.IndexAny on text with and
// without the characters sought, inside and outside ASCII.
func TestIndexAny(t *testing.T) {
	texts := []string{"", "plain words", "l’été", "c'est", "«quoted»", "née en 1990", "¿qué?", "señora—x", "ça va", "a\u00a0b-c"}
	sets := []string{"'’", "-'’", "?¿", "0123456789\"“”«»", "é", "x"}
	for _, s := range texts {
		for _, chars := range sets {
			if got, want := indexAny(s, chars), strings.IndexAny(s, chars); got != want {
				t.Errorf("indexAny(%q, %q) = %d; want %d", s, chars, got, want)
			}
		}
	}
}

// TestWordSpans checks the words wordSpans and nextWord find against the
// definition: a run of letters and digits, with -, ' and · inside it.
func TestWordSpans(t *testing.T) {
	cases := map[string][]string{
		"":                          nil,
		"  --  ":                    nil,
		"self-harm, a'b -x y-":      {"self-harm", "a'b", "x", "y-"},
		"l’été un·e travailleur·se": {"l", "été", "un·e", "travailleur·se"},
		"·début 42ans\xffbad":       {"début", "42ans", "bad"},
		"¿Qué? ñandú—Ω":             {"Qué", "ñandú", "Ω"},
	}
	for s, want := range cases {
		var got []string
		for _, w := range wordSpans(s) {
			got = append(got, s[w.start:w.end])
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("wordSpans(%q) = %q; want %q", s, got, want)
		}
		if n := wordCount(s); n != len(want) {
			t.Errorf("wordCount(%q) = %d; want %d", s, n, len(want))
		}
	}
}

// TestLowerGet checks lowerGet against a look-up of strings.ToLower, for
// ASCII words, words outside ASCII and words longer than its buffer.
func TestLowerGet(t *testing.T) {
	long := strings.Repeat("ab", 40)
	m := map[string]int{"she": 1, "élève": 2, long: 3, "i̇stanbul": 4}
	for _, w := range []string{"she", "She", "SHE", "shes", "", "Élève", "ÉLÈVE", strings.ToUpper(long), "İstanbul", "x"} {
		if got, want := lowerGet(m, w), m[strings.ToLower(w)]; got != want {
			t.Errorf("lowerGet(%q) = %d; want %d", w, got, want)
		}
	}
}

// TestFillSegment checks appendSegment's scan against the placeholder
// pattern's own replacement.
func TestFillSegment(t *testing.T) {
	fill := map[string]string{"ask": "A", "who": "", "more_practical": "M"}
	for _, seg := range []string{"", "plain", "{ask}", "x {ask} y {more_practical}.", "{who} {ask}", "{{ask}", "{ask", "{Ask} {} {a-b} {ask}}", "{unknown}{ask}"} {
		ok := true
		want := placeholder.ReplaceAllStringFunc(seg, func(m string) string {
			v := fill[m[1:len(m)-1]]
			ok = ok && v != ""
			return v
		})
		if b, gotOK := appendSegment([]byte("x"), seg, fillsOf(fill)); string(b[1:]) != want || gotOK != ok {
			t.Errorf("appendSegment(%q) = %q, %v; want %q, %v", seg, b[1:], gotOK, want, ok)
		}
	}
}

// TestLastIndex checks lastIndex against strings.LastIndex.
func TestLastIndex(t *testing.T) {
	for _, s := range []string{"", "for a client for a", "aaaa", "pour un·e pour une", "x"} {
		for _, sub := range []string{"", "for a", "a", "aa", "pour un", "x", "zz"} {
			if got, want := lastIndex(s, sub), strings.LastIndex(s, sub); got != want {
				t.Errorf("lastIndex(%q, %q) = %d; want %d", s, sub, got, want)
			}
		}
	}
}

// TestLowerSame checks lowerSame against strings.ToLower: the same text
// where each rune keeps its byte length, and no answer where one does not
// or a byte is invalid.
func TestLowerSame(t *testing.T) {
	for _, s := range []string{"", "plain", "Hello World", "ÉLÈVE à Québec", "ΣΟΦΙΑ", "İstanbul", "\u212A elvin", "bad\xffbyte", "x\uFFFDy", "Hi élève", "ab Cé", "AB\xff", "ab\xff", "ÀB", "abc DEF"} {
		got, ok := lowerSame(s)
		want := strings.ToLower(s)
		same := len(want) == len(s) && !strings.ContainsAny(s, "İ\u212A\uFFFD") && !strings.Contains(s, "\xff")
		if ok != same || ok && got != want {
			t.Errorf("lowerSame(%q) = %q, %v; want %q, %v", s, got, ok, want, same)
		}
	}
}

// TestLowerSameEightBytes checks lowerSame's eight-byte steps against
// strings.ToLower: every byte at every place of texts longer than a
// step, after lower case and after a capital.
func TestLowerSameEightBytes(t *testing.T) {
	for _, base := range []string{"abcdefghijklmnopqrstuvwxyz@[`{", "Xbcdefghijklmnopqrstuvwxyz@[`{", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0189"} {
		for c := 0; c < 256; c++ {
			for p := 0; p < len(base); p++ {
				s := base[:p] + string(rune(c))[:1] + base[p+1:]
				if c >= 0x80 {
					s = base[:p] + string([]byte{byte(c)}) + base[p+1:]
				}
				got, ok := lowerSame(s)
				want := strings.ToLower(s)
				same := c < 0x80
				if ok != same || ok && got != want {
					t.Fatalf("lowerSame(%q) = %q, %v; want %q, %v", s, got, ok, want, same)
				}
			}
		}
	}
}

// TestFirstProvider checks the one-pass firstProvider against the least
// first occurrence, as whole words, of each provider, in every pack.
func TestFirstProvider(t *testing.T) {
	for _, lang := range []string{"en", "fr", "es"} {
		g := grammarFor(t, lang)
		if g.providersBy == nil {
			t.Fatalf("%s: no provider index", lang)
		}
		var texts []string
		for _, p := range g.providers {
			texts = append(texts, "a "+p+" for teens", "x"+p+" then "+p, p, p+"s and "+p+".", "un·e "+p)
		}
		texts = append(texts, "", "nobody here", "the therapists' therapist")
		for _, ls := range texts {
			want := -1
			for _, lp := range g.providers {
				if i := strings.Index(ls, lp); i >= 0 && (want < 0 || i < want) && phrase.BoundaryBefore(ls, i) && phrase.BoundaryAfter(ls, i+len(lp)) {
					want = i
				}
			}
			if got := g.firstProvider(ls); got != want {
				t.Errorf("%s: firstProvider(%q) = %d; want %d", lang, ls, got, want)
			}
		}
	}
}

// TestLastLead checks the one-pass lastLead against the greatest last
// occurrence, as whole words, of each client lead, in every pack.
func TestLastLead(t *testing.T) {
	for _, lang := range []string{"en", "fr", "es"} {
		g := grammarFor(t, lang)
		if g.leadsBy == nil {
			t.Fatalf("%s: no lead index", lang)
		}
		texts := []string{"", "nothing to see", "therapist for a"}
		for _, l := range g.leads {
			texts = append(texts, "x "+l+" y", l+" a "+l, l+" "+l+"x", "x"+l, l+"s", "seeking "+l+" teen "+l+"-")
		}
		for _, before := range texts {
			want := -1
			for _, l := range g.leads {
				if i := lastIndex(before, l); i > want && phrase.BoundaryBefore(before, i) && phrase.BoundaryAfter(before, i+len(l)) {
					want = i
				}
			}
			if got := g.lastLead(before); got != want {
				t.Errorf("%s: lastLead(%q) = %d; want %d", lang, before, got, want)
			}
		}
	}
}
