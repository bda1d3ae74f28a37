package analyzer

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// trainingPosts reads the training corpus the built-in taggers are made
// from: lang's posts, then those of the languages spec adds.
func trainingPosts(t *testing.T, lang string, spec *rules.TaggerSpec) []LabelledPost {
	t.Helper()
	f, err := os.Open("testdata/corpus/train.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var mine, also []LabelledPost
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r struct {
			Lang, Text string
			Spans      []LabelledSpan
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		p := LabelledPost{Text: r.Text, Lang: r.Lang, Spans: r.Spans}
		switch {
		case r.Lang == lang:
			mine = append(mine, p)
		case slices.Contains(spec.Train.Also, r.Lang):
			also = append(also, p)
		}
	}
	return slices.Concat(mine, also)
}

// TestRetrainingGivesTheShippedWeights retrains every built-in tagger
// the way scripts/train does and expects the very bytes that ship: the
// weights are reproducible from the corpus, tagger.json and the packs.
// The packs' rule matches are features, so when a pack has changed since
// the weights were made (trained.json records its hash) the comparison
// is skipped with a reminder to run scripts/train, and the test checks
// instead that two trainings agree.
func TestRetrainingGivesTheShippedWeights(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range rules.Languages() {
		t.Run(lang, func(t *testing.T) {
			spec, shipped, err := rules.EmbeddedTagger(lang)
			if err != nil || spec == nil {
				t.Fatalf("EmbeddedTagger(%q) = %v, %v; want a tagger for every built-in language", lang, spec, err)
			}
			posts := trainingPosts(t, lang, spec)
			got, err := a.TrainTagger(lang, spec, posts)
			if err != nil {
				t.Fatal(err)
			}
			if stale := stalePacks(t, lang); stale != "" {
				again, _ := a.TrainTagger(lang, spec, posts)
				if !bytes.Equal(got, again) {
					t.Fatal("two trainings on the same posts gave different bytes")
				}
				t.Skipf("the %s pack changed since %s's weights were trained: run scripts/train", stale, lang)
			}
			if !bytes.Equal(got, shipped) {
				t.Fatalf("retraining %s gave %d bytes that differ from the %d shipped: run scripts/train", lang, len(got), len(shipped))
			}
		})
	}
}

// stalePacks returns the first pack whose hash differs from the one
// recorded when lang's weights were trained, or "".
func stalePacks(t *testing.T, lang string) string {
	t.Helper()
	b, err := os.ReadFile("../rules/" + lang + "/_tagger/trained.json")
	if err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Packs map[string]string `json:"packs_sha256"`
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	for _, l := range slices.Sorted(maps.Keys(rec.Packs)) {
		doc, err := rules.EmbeddedDocument(l)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprintf("%x", sha256.Sum256(doc)) != rec.Packs[l] {
			return l
		}
	}
	return ""
}

func TestMalformedWeightsAreRejected(t *testing.T) {
	spec, good, err := rules.EmbeddedTagger("en")
	if err != nil || spec == nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"empty":     {},
		"truncated": good[:len(good)/2],
		"text":      []byte("not a weights file"),
	} {
		_, err := newStory("en", spec, data)
		if err == nil || !strings.Contains(err.Error(), "en tagger") || !strings.Contains(err.Error(), "malformed") {
			t.Errorf("newStory(%s) = %v; want an error naming the en tagger and a malformed file", name, err)
		}
	}
	other := *spec
	other.Categories = map[string]rules.TaggerFinding{"clinical": spec.Categories["clinical"]}
	if _, err := newStory("en", &other, good); err == nil || !strings.Contains(err.Error(), "tagger.json") {
		t.Errorf("newStory with fewer categories than the weights = %v; want a mismatch error", err)
	}
	a, _ := Default()
	if err := a.SetTagger("en", spec, []byte("junk")); err == nil {
		t.Error("SetTagger accepted junk weights")
	}
}

// storyExamples are posts written for this test: the "flag" ones describe
// a client's story in plain words no list holds; the "pass" ones are about
// no one in particular.
var storyExamples = []struct {
	lang string
	flag []string
	pass []string
}{
	{"en",
		[]string{
			"My client has been pacing the hallway at night and stopped answering her phone.",
			"She told me she has been skipping meals and crying in the car before her shifts.",
		},
		[]string{
			"Looking for a therapist who specializes in anxiety and sleep problems for adults.",
			"Our clinic is hiring a part-time counsellor; evenings and weekends available.",
		}},
	{"es",
		[]string{"Mi paciente dejó de comer desde que su esposo perdió el trabajo."},
		[]string{"Buscamos una psicóloga con experiencia en ansiedad para adultos."}},
}

func storyFindings(res Result) []string {
	var out []string
	for _, f := range res.Findings {
		if strings.Contains(f.Rule, "/story-") {
			out = append(out, f.Text)
		}
	}
	return out
}

func TestStoryExamples(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range storyExamples {
		for i, text := range ex.flag {
			t.Run(ex.lang+"/flag#"+string(rune('0'+i)), func(t *testing.T) {
				if got := storyFindings(a.Analyze(Input{Text: text, Lang: ex.lang})); len(got) == 0 {
					t.Errorf("Analyze(%q): no tagger finding; want one", text)
				}
			})
		}
		for i, text := range ex.pass {
			t.Run(ex.lang+"/pass#"+string(rune('0'+i)), func(t *testing.T) {
				if got := storyFindings(a.Analyze(Input{Text: text, Lang: ex.lang})); len(got) > 0 {
					t.Errorf("Analyze(%q) = tagger findings %q; want none", text, got)
				}
			})
		}
	}
}

// TestTaggerFindingsLookLikeRules checks what a model finding carries and
// that turning the tagger off removes exactly its findings.
func TestTaggerFindingsLookLikeRules(t *testing.T) {
	a, err := New(map[string]*rules.Pack{"en": mustPack(t, "en")})
	if err != nil {
		t.Fatal(err)
	}
	text := storyExamples[0].flag[0]
	with := a.Analyze(Input{Text: text, Lang: "en"})
	spec, _, _ := rules.EmbeddedTagger("en")
	for _, f := range with.Findings {
		if !strings.Contains(f.Rule, "/story-") {
			continue
		}
		if f.Message != spec.Categories[f.Category].Message || f.Severity != spec.Categories[f.Category].Severity || f.Why == "" {
			t.Errorf("tagger finding %+v does not carry its category's message, severity and a why", f)
		}
	}
	if err := a.SetTagger("en", nil, nil); err != nil {
		t.Fatal(err)
	}
	without := a.Analyze(Input{Text: text, Lang: "en"})
	if n := len(storyFindings(without)); n > 0 || len(with.Findings)-len(storyFindings(with)) != len(without.Findings) {
		t.Errorf("with the tagger off: %d findings (%d of the tagger); with it on %d (%d of the tagger)",
			len(without.Findings), n, len(with.Findings), len(storyFindings(with)))
	}
}

func mustPack(t *testing.T, lang string) *rules.Pack {
	t.Helper()
	p, err := rules.EmbeddedPack(lang)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// BenchmarkStory1000 times the tagger alone (tokens, marks, features,
// decoding) on the 1,000 characters BenchmarkAnalyze1000 runs.
func BenchmarkStory1000(b *testing.B) {
	a, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	c, err := a.compiledFor("en")
	if err != nil || c.story == nil {
		b.Fatal("no English tagger", err)
	}
	v := newView(postOfLength(1000))
	sents := sentences(v.s, c.abbrev)
	g := c.scanKeywords(v.lower)
	cands := match(c, v, sents, g)
	refs := newWholeContext(c, v, sents, g).earlyReferents(cands)
	b.SetBytes(int64(len(v.s)))
	b.ReportAllocs()
	for b.Loop() {
		c.story.tag(v, sents, refs, slices.Clone(cands))
	}
}
