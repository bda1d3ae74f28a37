package analyzer

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/discreet-app/discreet/analyzer/langid"
)

// corpusPosts reads the text and gold language of every development post.
func corpusPosts(t *testing.T) []struct{ ID, Lang, Text string } {
	t.Helper()
	f, err := os.Open("testdata/corpus/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []struct{ ID, Lang, Text string }
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r struct {
			ID   string `json:"id"`
			Lang string `json:"lang"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, struct{ ID, Lang, Text string }{r.ID, r.Lang, r.Text})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestStopwordFallbackAgreesWithLingua checks the built-in stop-word guesser
// (the only detector in .wasm builds) against lingua-go (native builds) on
// the development corpus: they must agree on at least 95% of posts.
func TestStopwordFallbackAgreesWithLingua(t *testing.T) {
	if testing.Short() {
		t.Skip("lingua-go loads its models; skipped with -short")
	}
	a := defaultAnalyzer(t)
	posts := corpusPosts(t)
	agree := 0
	for _, p := range posts {
		fallback, lingua := a.guessLanguage(p.Text), langid.Detect(p.Text)
		if fallback == lingua {
			agree++
		} else {
			t.Logf("%s: fallback %q, lingua %q (gold %q)", p.ID, fallback, lingua, p.Lang)
		}
	}
	if rate := float64(agree) / float64(len(posts)); rate < 0.95 {
		t.Errorf("fallback agrees with lingua on %d/%d posts (%.3f); want >= 0.95", agree, len(posts), rate)
	}
}

// TestMixedLanguagePosts: French and Spanish posts that borrow English
// clinical terms and phrases still get their own pack, from both detectors.
func TestMixedLanguagePosts(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct{ text, want string }{
		{"Ma cliente a un PTSD sévère et fait du burnout depuis son divorce. Any thoughts? Je cherche une psy en EMDR à Montréal.", "fr"},
		{"Besoin d'une référence pour un client avec ADHD et binge eating, idéalement quelqu'un qui fait du CBT en ligne.", "fr"},
		{"Quelqu'un connaît un bon trauma-informed therapist qui parle français à Moncton? C'est pour une cliente.", "fr"},
		{"Busco terapeuta con training en DBT para una paciente con self-harm y burnout. ¿Alguien conoce a alguien en Monterrey?", "es"},
		{"Mi paciente tiene PTSD después del accidente y le recomendaron EMDR. ¿Qué opinan del mindfulness para el craving?", "es"},
		{"¿Alguien tiene recursos sobre coping skills para adolescentes con anxiety? Gracias colegas.", "es"},
	} {
		if got := a.guessLanguage(tc.text); got != tc.want {
			t.Errorf("guessLanguage(%q) = %q; want %q", tc.text, got, tc.want)
		}
		if got := a.Analyze(Input{Text: tc.text}).Language; got != tc.want {
			t.Errorf("Analyze(%q).Language = %q; want %q", tc.text, got, tc.want)
		}
		if testing.Short() {
			continue
		}
		if got := a.AnalyzeWith(Input{Text: tc.text}, langid.Detect).Language; got != tc.want {
			t.Errorf("AnalyzeWith(%q, langid.Detect).Language = %q; want %q", tc.text, got, tc.want)
		}
	}
}
