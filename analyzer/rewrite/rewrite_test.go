package rewrite_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/tidwall/gjson"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/rewrite"
	"github.com/discreet-app/discreet/rules"
)

// corpusInputs reads every post of a labelled corpus in ../testdata/corpus.
func corpusInputs(t testing.TB, name string) []analyzer.Input {
	t.Helper()
	f, err := os.Open("../testdata/corpus/" + name + ".jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []analyzer.Input
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		r := gjson.ParseBytes(sc.Bytes())
		out = append(out, analyzer.Input{ID: r.Get("id").String(), Text: r.Get("text").String(),
			Lang: r.Get("lang").String(), Platform: r.Get("platform").String()})
	}
	return out
}

func defaultAnalyzer(t testing.TB) *analyzer.Analyzer {
	t.Helper()
	a, err := analyzer.Default()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// packFor returns the embedded pack of lang.
func packFor(t testing.TB, lang string) *rules.Pack {
	t.Helper()
	p, err := rules.EmbeddedPack(lang)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestRewriteIsClean re-analyzes every rewrite of the development corpus:
// it must have no finding of medium or high severity, and exist whenever
// there are findings.
func TestRewriteIsClean(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, in := range corpusInputs(t, "dev") {
		res := a.Analyze(in)
		if len(res.Findings) > 0 && res.Rewrite == "" {
			t.Errorf("%s: %d findings but no rewrite", in.ID, len(res.Findings))
			continue
		}
		if res.Rewrite == "" {
			continue
		}
		again := a.Analyze(analyzer.Input{Text: res.Rewrite, Lang: res.Language, Platform: in.Platform})
		for _, f := range again.Findings {
			if f.Severity != "low" {
				t.Errorf("%s: rewrite %q still has %s %q (%s)", in.ID, res.Rewrite, f.Severity, f.Text, f.Rule)
			}
		}
	}
}

// TestRewriteGrammar checks every rewrite of the training and development
// corpora, in all three languages, for the faults GrammarFaults finds.
func TestRewriteGrammar(t *testing.T) {
	a := defaultAnalyzer(t)
	packs := map[string]*rules.Pack{}
	n := 0
	for _, set := range []string{"train", "dev"} {
		for _, in := range corpusInputs(t, set) {
			res := a.Analyze(in)
			if res.Rewrite == "" {
				continue
			}
			n++
			p, ok := packs[res.Language]
			if !ok {
				p = packFor(t, res.Language)
				packs[res.Language] = p
			}
			for _, f := range rewrite.GrammarFaults(p, res.Rewrite) {
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
		{"fr", "Quelqu'un qui accepte l'."},
		{"es", "Busco un persona de confianza."},
		{"es", "Busco terapeuta con experiencia en y."},
	} {
		if len(rewrite.GrammarFaults(packFor(t, c.lang), c.text)) == 0 {
			t.Errorf("%s %q: no fault found", c.lang, c.text)
		}
	}
}

// TestTidyMends checks the repairs on sentences written for the purpose.
func TestTidyMends(t *testing.T) {
	for _, c := range []struct{ lang, in, want string }{
		{"en", "Seeking a EMDR therapist for a  hour.", "Seeking an EMDR therapist for an hour."},
		{"en", "an user of a OCD program", "A user of an OCD program"},
		{"en", "Looking for someone who works with .", "Looking for someone who works."},
		{"en", "Experience with grief and , please.", "Experience with grief, please."},
		{"fr", "Je cherche une professionnel·le dans la la région.", "Je cherche un·e professionnel·le dans la région."},
		{"fr", "Je cherche un travailleuse sociale.", "Je cherche une travailleuse sociale."},
		{"fr", "Quelqu'un qui accepte l'. Merci d’.", "Quelqu'un qui accepte. Merci."},
		{"es", "Busco un persona en la zona y .", "Busco una persona en la zona."},
		{"es", "Busco el institución de .", "Busco la institución."},
	} {
		if got := rewrite.TidyUnder(packFor(t, c.lang), c.in); got != c.want {
			t.Errorf("%s tidy(%q) = %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}

// TestRewriteKeepsTheAsk checks, on posts written for the purpose, that
// the rewrite keeps what is sought — a method, a language — and drops who
// the client is; and that a post whose ask names a place no rule knows
// gets a rewrite without it.
func TestRewriteKeepsTheAsk(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, c := range []struct {
		lang, text string
		keep, drop []string
	}{
		{"en", "Looking for a Gottman-trained couples therapist for a couple in their 40s in Red Deer, evenings only.",
			[]string{"Gottman", "couples therapist", "evenings"}, []string{"Red Deer", "40s"}},
		{"en", "Looking for a therapist who speaks Tagalog for a 40-year-old nurse in Winnipeg. Anyone fluent in Cree?",
			[]string{"Tagalog", "Cree", "adults"}, []string{"Winnipeg", "nurse", "40-year-old"}},
		{"en", "Need Portuguese-language handouts on insomnia for a 70-year-old retired bus driver in Fall River.",
			[]string{"Portuguese-language", "insomnia"}, []string{"Fall River", "bus driver"}},
		{"es", "Busco psicóloga que hable mixteco para una paciente de 34 años en Oaxaca. ¿Alguien con cuota social?",
			[]string{"mixteco", "cuota social"}, []string{"Oaxaca", "34"}},
		{"en", "Any DBT skills groups with openings near Aberystwyth?",
			[]string{"DBT skills groups"}, []string{"Aberystwyth"}},
	} {
		res := a.Analyze(analyzer.Input{Text: c.text, Lang: c.lang})
		if res.Rewrite == "" {
			t.Errorf("Analyze(%q).Rewrite is empty", c.text)
			continue
		}
		for _, k := range c.keep {
			if !strings.Contains(res.Rewrite, k) {
				t.Errorf("Analyze(%q).Rewrite = %q; want %q kept", c.text, res.Rewrite, k)
			}
		}
		for _, d := range c.drop {
			if strings.Contains(res.Rewrite, d) {
				t.Errorf("Analyze(%q).Rewrite = %q; want %q gone", c.text, res.Rewrite, d)
			}
		}
	}
}
