package postclass

import (
	"bytes"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// toy is a small labelled set, written for these tests.
var toy = []Example{
	{Post{Text: "Looking for a therapist in town who does EMDR, any recs?", Lang: "en", Platform: "facebook_group"}, "referral_request"},
	{Post{Text: "Seeking a counsellor for a teen, sliding scale please.", Lang: "en", Platform: "forum"}, "referral_request"},
	{Post{Text: "How would you handle a client who keeps cancelling?", Lang: "en", Platform: "reddit"}, "consultation"},
	{Post{Text: "Thank you for the kind review! We're glad you felt welcome.", Lang: "en", Platform: "review_site"}, "review_response"},
	{Post{Text: "Now booking new clients: evening sessions and online groups.", Lang: "en", Platform: "facebook_page"}, "marketing"},
	{Post{Text: "Any good workbooks on panic for teens?", Lang: "en", Platform: "forum"}, "resource_request"},
}

func TestFeaturesDistinctInRange(t *testing.T) {
	ids := Features(Post{Text: "Hi hi hi, to Sam: thanks? #yes @you http://x 🎉", Lang: "en", Platform: "reddit", Cues: []string{"x"}}, 10)
	if len(slices.Compact(slices.Sorted(slices.Values(ids)))) != len(ids) {
		t.Fatalf("ids not distinct: %v", ids)
	}
	for _, id := range ids {
		if id >= 1<<10 {
			t.Fatalf("id %d outside 2^10", id)
		}
	}
}

func TestFeaturesBoundedOnHugeInput(t *testing.T) {
	ids := Features(Post{Text: strings.Repeat("word ", 200000), Lang: "en", Platform: "other"}, 16)
	if len(ids) > 3*maxTokens+64 {
		t.Fatalf("%d features for a huge post; the word cap is %d", len(ids), maxTokens)
	}
}

func TestMarshalParseRoundTrip(t *testing.T) {
	m := TrainLogistic(toy, Intents, toyOptions)
	text, err := m.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := back.MarshalText()
	if !bytes.Equal(text, again) || back.Len() != m.Len() || back.Len() == 0 {
		t.Fatalf("round trip changed the model (%d → %d buckets)", m.Len(), back.Len())
	}
	for _, ex := range toy {
		if m.Classify(ex.Post) != back.Classify(ex.Post) {
			t.Errorf("%q: parsed model disagrees", ex.Post.Text)
		}
	}
}

func TestParseRejectsBadModels(t *testing.T) {
	good, _ := TrainLogistic(toy, Intents, toyOptions).MarshalText()
	lines := strings.SplitN(string(good), "\n", 4)
	for name, text := range map[string]string{
		"empty":        "",
		"no magic":     "hello\nbits 16\nclasses a b\n",
		"bad bits":     magic + "\nbits 99\nclasses a b\n",
		"no classes":   magic + "\nbits 16\nclasses \n",
		"bad base64":   magic + "\nbits 16\nclasses a b\n!!!!\n",
		"truncated":    lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n" + "AQ==\n",
		"out of range": magic + "\nbits 2\nclasses a\n" + "CQE=\n",
	} {
		if _, err := Parse([]byte(text)); err == nil {
			t.Errorf("%s: parsed without error", name)
		}
	}
}

func TestHashPartsIsFNV1aOfZeroJoinedParts(t *testing.T) {
	h := fnv.New32a()
	h.Write([]byte("w\x00client"))
	if got, want := hashParts([]string{"w", "client"}), h.Sum32(); got != want {
		t.Fatalf("hashParts = %#x, want FNV-1a %#x", got, want)
	}
}

func TestDistinctKeepsFirstOccurrences(t *testing.T) {
	var ids []uint32
	for i := range 500 {
		ids = append(ids, uint32(i*7919)%(1<<12))
	}
	want := slices.Compact(slices.Sorted(slices.Values(ids)))
	for range 2 { // the second time with a set from the pool
		got := distinct(slices.Clone(ids), 12)
		if !slices.Equal(slices.Sorted(slices.Values(got)), want) {
			t.Fatalf("distinct differs from sorting and compacting")
		}
	}
	if got := distinct([]uint32{5, 3, 5}, 12); !slices.Equal(got, []uint32{5, 3}) {
		t.Fatalf("got %v, want first occurrences [5 3]", got)
	}
}

// BenchmarkFeatures1000 times the features of a 1,000-character post:
// go test ./analyzer/postclass -bench Features -benchmem
func BenchmarkFeatures1000(b *testing.B) {
	text := strings.Repeat("Looking for a therapist in town who does EMDR, any recs? Sliding scale please. ", 13)[:1000]
	p := Post{Text: text, Lang: "en", Platform: "facebook_group", Cues: []string{"referral_request#1", "vote:referral_request"}}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Features(p, 16)
	}
}

// toyOptions train on the toy examples: fewer passes than the shipped
// model, and no bucket dropped.
var toyOptions = LogisticOptions{Bits: 16, L2: 0.001, Iters: 100, Keep: 1}

func TestTrainLogisticIsDeterministicAndLearns(t *testing.T) {
	o := toyOptions
	a, _ := TrainLogistic(toy, Intents, o).MarshalText()
	b, _ := TrainLogistic(toy, Intents, o).MarshalText()
	if !bytes.Equal(a, b) {
		t.Fatal("training twice on the same examples gave different models")
	}
	m := TrainLogistic(toy, Intents, o)
	for _, ex := range toy {
		if got := m.Classify(ex.Post); got != ex.Class {
			t.Errorf("%q: got %s, want %s (a training example)", ex.Post.Text, got, ex.Class)
		}
	}
	o.Keep = 127
	if pruned := TrainLogistic(toy, Intents, o); pruned.Len() >= m.Len() || pruned.Len() == 0 {
		t.Errorf("Keep 127 kept %d buckets, Keep 1 %d; want fewer, and the largest", pruned.Len(), m.Len())
	}
}

// TestConceptsAreShared checks that words of two languages mapped to the
// same concept give the same concept feature: what lets one language's
// posts teach the model about another's.
func TestConceptsAreShared(t *testing.T) {
	en := Features(Post{Text: "zzz therapist", Lang: "en", Concepts: map[string]string{"therapist": "provider"}}, 16)
	fr := Features(Post{Text: "zzz psy", Lang: "fr", Concepts: map[string]string{"psy": "provider"}}, 16)
	none := Features(Post{Text: "zzz psy", Lang: "fr"}, 16)
	shared := 0
	for _, id := range fr {
		if slices.Contains(en, id) && !slices.Contains(none, id) {
			shared++
		}
	}
	if shared != 2 { // the concept, and the concept in the opening words
		t.Errorf("%d concept features shared by en and fr; want 2", shared)
	}
}

// TestStemsJoinFrenchAndSpanishForms checks that two forms of one French
// or Spanish word share a feature besides the post-level ones, and that
// English words, whose forms the corpus has the posts to learn, do not
// (words written for this test).
func TestStemsJoinFrenchAndSpanishForms(t *testing.T) {
	shared := func(lang, a, b string) int {
		fa := Features(Post{Text: a, Lang: lang, Platform: "forum"}, 16)
		fb := Features(Post{Text: b, Lang: lang, Platform: "forum"}, 16)
		n := 0
		for _, id := range fa {
			if slices.Contains(fb, id) {
				n++
			}
		}
		return n
	}
	base := shared("es", "hola", "chau") // bias, language, platform, shape
	for _, tc := range []struct {
		lang, a, b string
		joined     bool
	}{
		{"es", "recomiendan", "recomiendo", true},
		{"es", "buscamos", "buscaría", true},
		{"fr", "cherchons", "chercherais", true},
		{"fr", "chat", "chaton", false}, // too short to stem
		{"en", "recommend", "recommended", false},
	} {
		if got := shared(tc.lang, tc.a, tc.b) > base; got != tc.joined {
			t.Errorf("%s %q and %q share a word feature: %v, want %v", tc.lang, tc.a, tc.b, got, tc.joined)
		}
	}
}

// TestSentenceOpenersGiveTheirConcept checks that a concept word that
// opens a sentence, wherever the sentence stands, adds a feature that
// the same word inside a sentence does not (posts written for this
// test).
func TestSentenceOpenersGiveTheirConcept(t *testing.T) {
	concepts := map[string]string{"register": "event"}
	opener := hashParts([]string{"concept<", "event"}) & (1<<16 - 1)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"A talk on sleep next week. Register by Friday!", true},
		{"Saturday's group is full\nregister for the next one", true},
		{"Register now for the spring group.", true},
		{"Did you register for the talk on sleep?", false},
		{"Nothing to see here.", false},
	} {
		ids := Features(Post{Text: tc.text, Lang: "en", Platform: "forum", Concepts: concepts}, 16)
		if got := slices.Contains(ids, opener); got != tc.want {
			t.Errorf("%q: opener feature %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestQuotedQuestionsAreNotAsked checks that a question closing a
// quotation (someone's words reported in the post) gives no question
// feature, and the poster's own question does (sentences written for
// this test).
func TestQuotedQuestionsAreNotAsked(t *testing.T) {
	concepts := map[string]string{"anyone": "ask"}
	asks := hashParts([]string{"q-concept", "ask"}) & (1<<16 - 1)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Does anyone run a teen group near the lake?", true},
		{"He keeps asking \"does anyone even care?\" at night.", false},
		{"Elle répète « quelqu'un m'écoute, anyone ? » chaque soir.", false},
		{"She wrote 'is anyone there?' on the board. Anyone know a DBT group?", true},
	} {
		ids := Features(Post{Text: tc.text, Lang: "en", Platform: "forum", Concepts: concepts}, 16)
		if got := slices.Contains(ids, asks); got != tc.want {
			t.Errorf("%q: question feature %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNearPairsNeedConceptsClose checks that two concepts a few words
// apart give their ordered pair, and the same two concepts far apart do
// not (sentences written for this test).
func TestNearPairsNeedConceptsClose(t *testing.T) {
	concepts := map[string]string{"leave": "favor", "review": "review", "mind": "favor"}
	near := hashParts([]string{"near", "favor", "review"}) & (1<<16 - 1)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Would you leave us a short review?", true},
		{"If you don't mind, a review would help.", true},
		{"Please leave the door open; the waiting room is cold and the heater broke, sorry. Review notes later.", false},
		{"Thanks for the review, we mind every word.", false}, // the other order
	} {
		ids := Features(Post{Text: tc.text, Lang: "en", Platform: "forum", Concepts: concepts}, 16)
		if got := slices.Contains(ids, near); got != tc.want {
			t.Errorf("%q: near pair %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestFirstWordIsWords holds sentenceStarts' fast path to what words
// gives: ASCII, accents, combining marks, capitals, invalid bytes.
func TestFirstWordIsWords(t *testing.T) {
	cases := []string{"", " ", "...", "Book now", "  Anyone know", "ÉCOLE de", "e\u0301cole", "Cafe\u0301 ici",
		"ab\u0301c", "İstanbul", "x\xffy", "\xff abc", "MIXED case Word", "42 ans", "a", "Ab-cd", "¿Alguien sabe?",
		"«Bonjour»", "K\u212a", strings.Repeat("Z", 70) + " x", "hello\u00a0there", "q'il", "Straße"}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "B", " ", ".", "é", "\u0301", "Z", "9", "'", "\xc3", "İ", "-", "\n", "ß", "K"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	var buf [maxASCIIWord]byte
	for _, s := range cases {
		want := words(s, 1)
		got, ok := firstWord(s, &buf)
		if ok != (len(want) > 0) || ok && string(got) != want[0] {
			t.Fatalf("firstWord(%q) = %q, %v; words gives %q", s, got, ok, want)
		}
	}
}

// TestWordsASCIIIsGeneral holds words' ASCII way to its general one
// (lower-case, fold, split on runes that are not letters or digits).
func TestWordsASCIIIsGeneral(t *testing.T) {
	cases := []string{"", " ", "Hello, World! 42x", "a", "A.B.C", "end.", "...x", "No-one's HERE\tnow\n9"}
	r := rand.New(rand.NewPCG(3, 4))
	const alphabet = "aZ 9.'-\n?Qx_"
	for range 20000 {
		b := make([]byte, r.IntN(20))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		for _, limit := range []int{1, 2, 3, 40, maxTokens} {
			if got, want := words(s, limit), generalWords(s, limit); !slices.Equal(got, want) {
				t.Fatalf("words(%q, %d) = %q, want %q", s, limit, got, want)
			}
		}
	}
}

// TestNaiveBayesTermIgnoresClassSize checks addNB: a feature the posts of
// one class hold gets weight for that class, and a feature no post of
// two classes holds gets the same weight for both however many posts
// each has (with add-one smoothing the smaller class gained from every
// rare feature).
func TestNaiveBayesTermIgnoresClassSize(t *testing.T) {
	const n, size = 3, 8
	var items []item
	for range 20 {
		items = append(items, item{[]uint32{0}, 0}) // a big class
	}
	for range 3 {
		items = append(items, item{[]uint32{0}, 1}) // a small one
	}
	items = append(items, item{[]uint32{0, 5}, 2}, item{[]uint32{0, 5}, 2}, item{[]uint32{0, 6}, 0})
	used := make([]bool, size)
	used[0], used[5], used[6] = true, true, true
	w := make([]float64, size*n)
	addNB(w, items, n, size, used, 1)
	if w[5*n+2] <= w[5*n+0] || w[5*n+2] <= w[5*n+1] {
		t.Errorf("feature 5, held by class 2's posts only: weights %v, want class 2's highest", w[5*n:5*n+n])
	}
	if math.Abs(w[5*n+0]-w[5*n+1]) > 1e-12 || math.Abs(w[6*n+1]-w[6*n+2]) > 1e-12 {
		t.Errorf("a feature no post of two classes holds weighs differently for them: %v, %v", w[5*n:5*n+n], w[6*n:6*n+n])
	}
	if w[6*n+0] <= w[6*n+1] {
		t.Errorf("feature 6, held by one post of class 0: weights %v, want class 0's highest", w[6*n:6*n+n])
	}
}
