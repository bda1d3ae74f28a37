package lenient

import (
	"regexp"
	"slices"
	"testing"
)

func TestPatternMatchesMessyForms(t *testing.T) {
	cases := []struct {
		src        string
		match, not []string
	}{
		{`(?i)\bséances?\b`, []string{"nos séances", "nos seances", "NOS SEANCES", "Séance"}, []string{"seancez"}},
		{`\breseña\b`, []string{"reseña", "resena"}, []string{"resenna"}},
		{`(?i)m['’]avoir`, []string{"m'avoir", "m’avoir", "m avoir"}, []string{"mavoir"}},
		{`(?i)\bd'être\b`, []string{"d'être", "d etre", "D'ETRE"}, []string{"detre"}},
		{`[A-ZÁÉÍÓÚ]\p{Ll}{2,}`, []string{"Élodie", "Elodie"}, []string{"elodie"}},
		{`(?:[\p{L}'’-]+\s+){0,2}client`, []string{"my new client"}, nil},
		{`[^é]x`, []string{"ax"}, []string{"éx"}},
		{`(?i)^(?:él|ella)$`, []string{"él", "ella"}, []string{"el"}},
		{`(?i)\b(?:mamá|madre)\b`, []string{"mi mama", "MAMA"}, nil},
		{`[^é]x\p{L}+\x{2019}`, []string{"axé’"}, []string{"éxa’"}},
		{`(?i)\bcafé noir`, []string{"café noir", "CAFE NOIR"}, nil},
	}
	for _, c := range cases {
		got := Pattern(c.src)
		re, err := regexp.Compile(got)
		if err != nil {
			t.Fatalf("%s: %s does not compile: %v", c.src, got, err)
		}
		for _, s := range c.match {
			if !re.MatchString(s) {
				t.Errorf("%s (as %s) misses %q", c.src, got, s)
			}
		}
		for _, s := range c.not {
			if re.MatchString(s) {
				t.Errorf("%s (as %s) matches %q", c.src, got, s)
			}
		}
	}
}

func TestPatternKeepsOthers(t *testing.T) {
	for _, src := range []string{`(?i)\bmy\s+client\b`, `\d{3}-\d{4}`, `(é`, `\bmás\b`} {
		if got := Pattern(src); got != src {
			t.Errorf("Pattern(%q) = %q, want it unchanged", src, got)
		}
	}
}

func TestWideClassGetsNoSpace(t *testing.T) {
	re := regexp.MustCompile(Pattern(`^[\p{L}'’-]+$`))
	if re.MatchString("two words") {
		t.Error("a class with letters and apostrophes now spans a space")
	}
}

func TestBase(t *testing.T) {
	for in, want := range map[rune]rune{'é': 'e', 'ñ': 'n', 'ç': 'c', 'Á': 'A', 'ü': 'u', 'a': 'a', 'ß': 'ß', '’': '’'} {
		if got := base(in); got != want {
			t.Errorf("base(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeywords(t *testing.T) {
	got := Keywords([]string{"séance", "rendez-vous", "m'a", "reseña"})
	want := []string{"séance", "rendez-vous", "m'a", "reseña", "seance", "m a", "resena"}
	if !slices.Equal(got, want) {
		t.Errorf("Keywords = %q, want %q", got, want)
	}
	in := []string{"client"}
	if got := Keywords(in); &got[0] != &in[0] {
		t.Error("Keywords copied a list it did not change")
	}
}
