package analyzer

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/rules"
	"github.com/tidwall/gjson"
)

// corpusInputs reads every post of a labelled corpus in testdata/corpus.
func corpusInputs(t testing.TB, name string) []Input {
	t.Helper()
	f, err := os.Open("testdata/corpus/" + name + ".jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []Input
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		r := gjson.ParseBytes(sc.Bytes())
		out = append(out, Input{ID: r.Get("id").String(), Text: r.Get("text").String(),
			Lang: r.Get("lang").String(), Platform: r.Get("platform").String()})
	}
	return out
}

var (
	doubledSpace = regexp.MustCompile(`\S  +\S`)
	spaceBefore  = regexp.MustCompile(`\s[,.)]`)
	spaceBeforeM = regexp.MustCompile(`\s[;:!?]`) // allowed in French
	emptyList    = regexp.MustCompile(`[:,;(]\s*[.,;)]|\(\s*\)|^[,;]`)
)

// grammarFaults lists what removing words can break in a rewrite: a
// doubled space, a space before punctuation, an empty list, a dangling
// preposition or conjunction, an article that disagrees with its noun.
func grammarFaults(g *grammar, lang, s string) []string {
	var out []string
	if doubledSpace.MatchString(s) {
		out = append(out, "doubled space")
	}
	if m := spaceBefore.FindString(s); m != "" {
		out = append(out, "space before "+strings.TrimSpace(m))
	}
	if m := spaceBeforeM.FindString(s); lang != "fr" && m != "" {
		out = append(out, "space before "+strings.TrimSpace(m))
	}
	if m := emptyList.FindString(s); m != "" {
		out = append(out, "empty list "+m)
	}
	if m := g.stranded(s); m != "" {
		out = append(out, m)
	}
	if g.english && articleMismatch(s) {
		out = append(out, "a/an")
	}
	for _, d := range g.disagreements(s) {
		out = append(out, "article disagrees: "+d)
	}
	return out
}

// TestRewriteGrammar checks every rewrite of the training and development
// corpora, in all three languages, for the faults grammarFaults finds.
func TestRewriteGrammar(t *testing.T) {
	a := defaultAnalyzer(t)
	n := 0
	for _, set := range []string{"train", "dev"} {
		for _, in := range corpusInputs(t, set) {
			res := a.Analyze(in)
			if res.Rewrite == "" {
				continue
			}
			n++
			g := grammarOf(a.packFor(t, res.Language))
			for _, f := range grammarFaults(g, res.Language, res.Rewrite) {
				t.Errorf("%s: %s in %q", in.ID, f, res.Rewrite)
			}
		}
	}
	if n < 500 {
		t.Fatalf("only %d rewrites checked", n)
	}
}

// TestGrammarFaultsFinds makes sure the checker itself finds each fault.
func TestGrammarFaultsFinds(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, c := range []struct{ lang, text string }{
		{"en", "Seeking a therapist  who works with teens."},
		{"en", "Seeking a therapist , ideally in person."},
		{"en", "Practical needs: ."},
		{"en", "Watching you go from to giving that talk, and ."},
		{"en", "Seeking a therapist who works with."},
		{"en", "Seeking a EMDR therapist."},
		{"fr", "Je cherche une professionnel·le."},
		{"fr", "Je cherche un travailleuse sociale."},
		{"fr", "Un suivi dans la la région."},
		{"es", "Busco un persona de confianza."},
		{"es", "Busco terapeuta con experiencia en y."},
	} {
		g := grammarOf(a.packFor(t, c.lang))
		if len(grammarFaults(g, c.lang, c.text)) == 0 {
			t.Errorf("%s %q: no fault found", c.lang, c.text)
		}
	}
}

// TestTidyMends checks the repairs on sentences written for the purpose.
func TestTidyMends(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, c := range []struct{ lang, in, want string }{
		{"en", "Seeking a EMDR therapist for a  hour.", "Seeking an EMDR therapist for an hour."},
		{"en", "an user of a OCD program", "A user of an OCD program"},
		{"en", "Looking for someone who works with .", "Looking for someone who works."},
		{"en", "Experience with grief and , please.", "Experience with grief, please."},
		{"fr", "Je cherche une professionnel·le dans la la région.", "Je cherche un·e professionnel·le dans la région."},
		{"fr", "Je cherche un travailleuse sociale.", "Je cherche une travailleuse sociale."},
		{"es", "Busco un persona en la zona y .", "Busco una persona en la zona."},
		{"es", "Busco el institución de .", "Busco la institución."},
	} {
		g := grammarOf(a.packFor(t, c.lang))
		if got := g.tidy(c.in); got != c.want {
			t.Errorf("%s tidy(%q) = %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}

// packFor returns the compiled pack the analyzer uses for lang.
func (a *Analyzer) packFor(t testing.TB, lang string) *rules.Pack {
	t.Helper()
	lp, ok := a.packs[lang]
	if !ok {
		t.Fatalf("no pack for %q", lang)
	}
	c, err := lp.compiled()
	if err != nil {
		t.Fatal(err)
	}
	return c.pack
}

// TestContainsWordEnds checks the word search on empty and edge input: it
// must answer, not loop.
func TestContainsWordEnds(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want bool
	}{
		{"grief work", "", false},
		{"", "grief", false},
		{"griefwork grief", "grief", true},
		{"griefwork", "grief", false},
	} {
		if got := containsWord(c.s, c.w); got != c.want {
			t.Errorf("containsWord(%q, %q) = %v", c.s, c.w, got)
		}
	}
}
