package analyzer

import (
	"bufio"
	"os"
	"testing"

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

// corpusTexts reads every post of the development corpus.
func corpusTexts(t testing.TB) []Input { return corpusInputs(t, "dev") }
