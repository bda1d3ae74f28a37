package stress

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/analyzertest"
	"github.com/discreet-app/discreet/analyzer/langid"
)

// TestHugeInputs: a post at the size limit is analyzed, in bounded time
// (analysis is linear: analyzer.TestWorkIsLinear), with findings that fit
// the text.
func TestHugeInputs(t *testing.T) {
	a := analyzertest.Default(t)
	for _, tc := range []struct{ name, text string }{
		{"1 MB", strings.Repeat("My client Maria, 42, is a nurse in Red Deer. ", analyzer.MaxTextBytes/46)},
		// One sentence of 1 MB: no full stop or comma to end a pattern's
		// try early, the case that would make a per-try cost grow with
		// the text.
		{"1 MB without punctuation", strings.Repeat("my client she has been seeing me about her work with trauma therapists and the family ", analyzer.MaxTextBytes/90)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := a.Analyze(analyzer.Input{Text: tc.text, Lang: "en"})
			if res.Error != "" {
				t.Fatalf("Analyze(%.40q).Error = %q; want none", tc.text, res.Error)
			}
			if len(res.Findings) == 0 {
				t.Errorf("Analyze(%.40q) found nothing", tc.text)
			}
			if err := analyzer.CheckSpans(tc.text, res); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestStopwordFallbackAgreesWithLingua checks the built-in stop-word
// guesser (the only detector in .wasm builds, which Analyze uses when no
// detector is given) against lingua-go (native builds) on the development
// corpus: they must agree on at least 95% of posts.
func TestStopwordFallbackAgreesWithLingua(t *testing.T) {
	if testing.Short() {
		t.Skip("lingua-go loads its models; skipped with -short")
	}
	a := analyzertest.Default(t)
	posts := corpusPosts(t)
	agree := 0
	for _, p := range posts {
		fallback, lingua := a.Analyze(analyzer.Input{Text: p.Text}).Language, langid.Detect(p.Text)
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

// corpusPosts reads the text and gold language of every development post.
func corpusPosts(t *testing.T) []struct{ ID, Lang, Text string } {
	t.Helper()
	f, err := os.Open("../testdata/corpus/dev.jsonl")
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
