package rules

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"
)

// corpusRun is how many words in a row an example may share with a post
// of the labelled corpora before it counts as copied. Seven catches a
// sentence lifted with a word changed; ordinary phrasing ("looking for a
// therapist who") rarely runs that long.
const corpusRun = 7

// TestExamplesAreNotFromTheCorpora checks that no rule example repeats a
// run of corpusRun words of a train or dev post. The brief forbids corpus
// phrases in packs: a rule describes a kind of detail with examples its
// author wrote, and dev is for checking only.
func TestExamplesAreNotFromTheCorpora(t *testing.T) {
	runs := map[string]string{}
	for _, set := range []string{"train", "dev"} {
		readCorpus(t, "../analyzer/testdata/corpus/"+set+".jsonl", func(id, text string) {
			w := corpusWords(text)
			for i := 0; i+corpusRun <= len(w); i++ {
				runs[strings.Join(w[i:i+corpusRun], " ")] = id
			}
		})
	}
	packs, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range Languages() {
		for _, r := range packs[lang].Rules {
			for _, ex := range append(append([]string{}, r.Examples.Flag...), r.Examples.Pass...) {
				if id := sharedRun(runs, ex); id != "" {
					t.Errorf("%s/%s: example %q repeats %d words of corpus post %s; write one of your own", lang, r.ID, ex, corpusRun, id)
				}
			}
		}
	}
}

// TestSharedRunFindsACopy makes sure the check above can fail: a sentence
// that shares a run of corpusRun words with a post is found, one with a
// shorter run is not.
func TestSharedRunFindsACopy(t *testing.T) {
	post := "Hi all, my client is a retired ferry captain who lost his brother in the spring flood."
	runs := map[string]string{}
	w := corpusWords(post)
	for i := 0; i+corpusRun <= len(w); i++ {
		runs[strings.Join(w[i:i+corpusRun], " ")] = "x-1"
	}
	if sharedRun(runs, "He is a retired ferry captain who lost his brother last year.") == "" {
		t.Error("a copied run of words was not found")
	}
	if id := sharedRun(runs, "She is a retired ferry captain, and she is fine."); id != "" {
		t.Errorf("a short shared phrase was taken for a copy of %s", id)
	}
}

// sharedRun returns the id of a post that ex shares a run of corpusRun
// words with, or "".
func sharedRun(runs map[string]string, ex string) string {
	w := corpusWords(ex)
	for i := 0; i+corpusRun <= len(w); i++ {
		if id, ok := runs[strings.Join(w[i:i+corpusRun], " ")]; ok {
			return id
		}
	}
	return ""
}

// corpusWords splits s into lower-case words of letters, digits and
// apostrophes.
func corpusWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}

// readCorpus calls each with the id and text of every post of a JSON-lines
// corpus file.
func readCorpus(t *testing.T, file string, each func(id, text string)) {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		var rec struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		each(rec.ID, rec.Text)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
