package analyzer

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"
)

// corpusPosts returns the lower-cased texts of train.jsonl and dev.jsonl,
// and the set each came from.
func corpusPosts(t *testing.T) (posts, sets []string) {
	t.Helper()
	for _, set := range []string{"train", "dev"} {
		data, err := os.ReadFile("testdata/corpus/" + set + ".jsonl")
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var rec struct{ Text string }
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatal(err)
			}
			posts = append(posts, strings.ToLower(rec.Text))
			sets = append(sets, set)
		}
	}
	return posts, sets
}

// TestExamplesAreNotCorpusPhrases keeps the labelled corpora out of the
// packs: a rule's examples are sentences written for the kind of detail it
// finds, never a sentence of the posts that measure it (a rule that fits
// one post does not generalize). It fails on any example of 20 or more
// characters that stands, whole, in a post of train.jsonl or dev.jsonl.
func TestExamplesAreNotCorpusPhrases(t *testing.T) {
	posts, _ := corpusPosts(t)
	for lang, p := range mustEmbedded(t) {
		for _, r := range p.Rules {
			for _, ex := range append(append([]string{}, r.Examples.Flag...), r.Examples.Pass...) {
				e := strings.ToLower(strings.Trim(ex, " .!?"))
				if len([]rune(e)) < 20 {
					continue
				}
				for _, post := range posts {
					if strings.Contains(post, e) {
						t.Errorf("%s/%s: example %q is copied from a corpus post; write one of your own", lang, r.ID, ex)
						break
					}
				}
			}
		}
	}
}

// exampleWord is a word of a text (a run of letters, digits and '_', as
// the corpus-overlap scripts cut them: "she's" is "she" and "s"),
// lower-cased, and whether it is the kind of word that makes a short run
// identifying: one holding a digit (an age, a date, a number), one
// capitalized mid-sentence (a name, a town, an employer; not the pronoun
// "I", not the first word of a sentence), or a part of a handle or an
// email (after an '@').
type exampleWord struct {
	word        string
	distinctive bool
}

// exampleWords cuts s into words.
func exampleWords(s string) []exampleWord {
	var out []exampleWord
	rs := []rune(s)
	gap := true // the text before the next word ends a sentence
	at := false // an '@' stands between the last word and the next
	for i := 0; i < len(rs); {
		r := rs[i]
		if !isWordRune(r) {
			switch r {
			case '.', '!', '?', '\n':
				gap = true
			case '@':
				at = true
			}
			i++
			continue
		}
		j := i
		digit := false
		for j < len(rs) && isWordRune(rs[j]) {
			digit = digit || unicode.IsDigit(rs[j])
			j++
		}
		w := string(rs[i:j])
		capital := unicode.IsUpper(r) && !gap && w != "I"
		out = append(out, exampleWord{strings.ToLower(w), digit || capital || at})
		gap, at = false, false
		i = j
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

// sharedRunWords: a rule example may not share with a corpus post a run
// of this many words, nor a run of distinctiveRunWords words that holds a
// distinctive word (exampleWord).
const (
	sharedRunWords      = 6
	distinctiveRunWords = 5
)

// TestExamplesShareNoRunWithCorpus is the stricter form of
// TestExamplesAreNotCorpusPhrases: an example that keeps a post's wording
// around a changed word, or a post's name or number with the words around
// it ("a first name plus the words around it"), still teaches the rule
// that post. It fails on any flag or pass example that shares a run of six
// lower-cased words with a post of train.jsonl or dev.jsonl, or a run of
// five that holds a digit, a handle or a word capitalized mid-sentence.
// The corpora's runs are a set built once: the check is linear in the
// corpora and the examples.
func TestExamplesShareNoRunWithCorpus(t *testing.T) {
	posts, sets := corpusPosts(t)
	runs := map[string]string{} // a run of 5 or 6 words -> the set of its first post
	for i, post := range posts {
		ws := exampleWords(post)
		for _, n := range []int{distinctiveRunWords, sharedRunWords} {
			for k := 0; k+n <= len(ws); k++ {
				key := joinWords(ws[k : k+n])
				if _, ok := runs[key]; !ok {
					runs[key] = sets[i]
				}
			}
		}
	}
	for lang, p := range mustEmbedded(t) {
		for _, r := range p.Rules {
			for kind, exs := range map[string][]string{"flag": r.Examples.Flag, "pass": r.Examples.Pass} {
				for _, ex := range exs {
					if shared, set := sharedRun(exampleWords(ex), runs); shared != "" {
						t.Errorf("%s (%s/%s), %s example %q shares %q with a post of %s.jsonl: reword it in your own words (another name, place, number, sentence shape)",
							r.File, lang, r.ID, kind, ex, shared, set)
					}
				}
			}
		}
	}
}

// sharedRun returns the first run of ws that the corpora's runs hold and
// the rule forbids, and the set it stands in.
func sharedRun(ws []exampleWord, runs map[string]string) (shared, set string) {
	for k := 0; k+distinctiveRunWords <= len(ws); k++ {
		if k+sharedRunWords <= len(ws) {
			key := joinWords(ws[k : k+sharedRunWords])
			if set, ok := runs[key]; ok {
				return key, set
			}
		}
		run := ws[k : k+distinctiveRunWords]
		distinctive := false
		for _, w := range run {
			distinctive = distinctive || w.distinctive
		}
		if !distinctive {
			continue
		}
		key := joinWords(run)
		if set, ok := runs[key]; ok {
			return key, set
		}
	}
	return "", ""
}

func joinWords(ws []exampleWord) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.word)
	}
	return b.String()
}

// TestExampleWords pins what counts as a distinctive word.
func TestExampleWords(t *testing.T) {
	got := []string{}
	for _, w := range exampleWords("Hi Odile, I'm sure. Then she wrote from @kay_b at 9pm.") {
		if w.distinctive {
			got = append(got, w.word)
		}
	}
	if want := "odile kay_b 9pm"; strings.Join(got, " ") != want {
		t.Errorf("distinctive words: got %q, want %q", strings.Join(got, " "), want)
	}
}
