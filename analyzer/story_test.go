package analyzer

import (
	"slices"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/match"
	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/internal/spanclf"
	"github.com/discreet-app/discreet/analyzer/internal/wordset"
	"github.com/discreet-app/discreet/rules"
)

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
			"She told me she has been pacing at night and crying in the car before her shifts.",
		},
		[]string{
			"Looking for a therapist who specializes in anxiety and sleep problems for adults.",
			"Our clinic is hiring a part-time counsellor; evenings and weekends available.",
		}},
	// Spanish and French share the English model (rules/README.md,
	// "Story tagger"): it learns from 600 posts what 75 Spanish ones did
	// not teach a Spanish model alone.
	{"es",
		[]string{"Mi paciente no duerme desde que su esposo se fue de la casa."},
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
	story := a.packs["en"].story
	if err != nil || story == nil {
		b.Fatal("no English tagger", err)
	}
	v := pack.NewView(postOfLength(1000))
	sents := pack.SplitSentences(v.Text, c.Abbrev)
	g := c.ScanKeywords(v.Lower)
	cands := match.Find(c, v, sents, g)
	refs := newWholeContext(c, v, sents, g, nil).earlyReferents(cands)
	b.SetBytes(int64(len(v.Text)))
	b.ReportAllocs()
	for b.Loop() {
		story.tag(v, c, sents, refs, slices.Clone(cands))
	}
}

func TestUntaken(t *testing.T) {
	// Ten one-letter tokens at bytes 0, 2, 4, ... 18.
	toks := make([]phrase.Token, 10)
	for i := range toks {
		toks[i] = phrase.Token{Start: 2 * i, End: 2*i + 1}
	}
	for _, c := range []struct {
		name       string
		start, end int
		taken      []pack.Span
		want       [][2]int
	}{
		{"nothing taken keeps the span", 2, 5, nil, [][2]int{{2, 5}}},
		{"a short span is kept whole", 3, 4, nil, [][2]int{{3, 4}}},
		{"a match inside leaves long parts", 0, 10, []pack.Span{{Start: 8, End: 9}}, [][2]int{{0, 4}, {5, 10}}},
		{"short parts go", 0, 6, []pack.Span{{Start: 4, End: 5}}, nil},
		{"a match at the start", 0, 6, []pack.Span{{Start: 0, End: 1}}, [][2]int{{1, 6}}},
		{"all taken", 2, 4, []pack.Span{{Start: 0, End: 20}}, nil},
		{"what lies between two matches is theirs", 0, 10, []pack.Span{{Start: 2, End: 3}, {Start: 16, End: 17}}, nil},
	} {
		got := untaken(toks, c.start, c.end, pack.NewZones(slices.Clone(c.taken)))
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: untaken(%d, %d, %v) = %v; want %v", c.name, c.start, c.end, c.taken, got, c.want)
		}
	}
}

func TestRareWord(t *testing.T) {
	common := phrase.NewWordSet([]string{"the", "sleep", "court"})
	for w, want := range map[string]bool{
		"eviction": true,  // a word the list lacks
		"sleep":    false, // an ordinary word
		"the":      false,
		"ok":       false, // too short to tell
		"t4":       false, // not all letters
		"séance":   true,
		"Eviction": true, // capitals are letters too
		"evic-ion": false,
		"evic@ion": false, // a sign between two letters that |0x20 would make one
		"evic[ion": false,
		"séan2e":   false, // not all letters, after a letter outside ASCII
		"naïve—":   false,
	} {
		if got := rareWord(w, wordset.New(common)); got != want {
			t.Errorf("rareWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestJoinStory: a tagger's bytes alone pass through; with a span model
// they split back into the two.
func TestJoinStory(t *testing.T) {
	tag, span := []byte("tagger bytes"), []byte("span bytes")
	if got := joinStory(tag, nil); string(got) != string(tag) {
		t.Errorf("no span model: got %q", got)
	}
	gt, gs, err := splitStory(joinStory(tag, span))
	if err != nil || string(gt) != string(tag) || string(gs) != string(span) {
		t.Errorf("split: %q, %q, %v", gt, gs, err)
	}
	if gt, gs, err := splitStory(tag); err != nil || string(gt) != string(tag) || gs != nil {
		t.Errorf("a tagger alone: %q, %q, %v", gt, gs, err)
	}
	if _, _, err := splitStory(joinStory(tag, span)[:len(storyMagic)+6]); err == nil {
		t.Error("a truncated file split without an error")
	}
}

// TestSpanKindNames: every kind of proposal a tagger.json may name is one
// the span classifier makes.
func TestSpanKindNames(t *testing.T) {
	for _, k := range rules.SpanKinds {
		if spanclf.KindNames[k] == 0 {
			t.Errorf("tagger.json kind %q is no spanclf kind", k)
		}
	}
	if c := spanCues(&rules.SpanTraining{Kinds: []string{"kin"}}); c.Kinds != 1<<spanclf.KindKin || c.Kin == 0 {
		t.Errorf("kinds [kin]: cues %+v", c)
	}
}

// TestStoryWordsAreWordClasses checks that a pack's generated story words
// ("word=class") mark their words like tagger.json's classes, accents
// folded, and that an entry of no known class marks nothing.
func TestStoryWordsAreWordClasses(t *testing.T) {
	bit := func(name string) uint64 { return 1 << (classShift + slices.Index(rules.TaggerClasses, name)) }
	c := newWordClasses(nil, []string{"flood=incident", "insomnie=ailment", "hérissé=feeling", "mystery", "tuesday=weekday", "=ailment"})
	for w, want := range map[string]uint64{
		"flood": bit("incident"), "insomnie": bit("ailment"), "hérissé": bit("feeling"), "herisse": bit("feeling"),
		"mystery": 0, "tuesday": 0, "": 0, "floods": 0,
	} {
		if got := c.of(w); got != want {
			t.Errorf("marks of %q = %#x; want %#x", w, got, want)
		}
	}
}

func TestStoryWorthy(t *testing.T) {
	for text, want := range map[string]bool{
		"m":              false,
		"l":              false,
		"3":              false,
		"—":              false,
		"é":              false,
		"lost his job":   true,
		"en":             true,
		"m'":             false,
		"s'est effondré": true,
	} {
		if got := storyWorthy(text); got != want {
			t.Errorf("storyWorthy(%q) = %v, want %v", text, got, want)
		}
	}
}
