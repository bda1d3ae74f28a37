package rewrite

import (
	"bufio"
	"math/rand"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/tidwall/gjson"

	"github.com/discreet-app/discreet/rules"
)

// corpusTexts reads the text of every post of a labelled corpus.
func corpusTexts(t testing.TB, name string) []string {
	t.Helper()
	f, err := os.Open("../testdata/corpus/" + name + ".jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		out = append(out, gjson.GetBytes(sc.Bytes(), "text").String())
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
	if m := brokenPair(lang, s); m != "" {
		out = append(out, m)
	}
	for _, d := range g.disagreements(s) {
		out = append(out, "article disagrees: "+d)
	}
	return out
}

// TestTidyGuards checks that tidy's cheap looks never skip a repair: the
// result equals running every repair unconditionally, on corpus sentences
// with punctuation, spaces and articles scattered through them.
func TestTidyGuards(t *testing.T) {
	all := func(s string, english bool) string {
		s = emptyParens.ReplaceAllString(s, "")
		s = spaces.ReplaceAllString(s, " ")
		s = spacePunct.ReplaceAllString(s, "$1")
		if english {
			s = spaceMark.ReplaceAllString(s, "$1")
		}
		s = repeatComma.ReplaceAllString(s, "$1")
		s = commaStop.ReplaceAllString(s, "$1")
		s = leadPunct.ReplaceAllString(s, "$1")
		if english {
			s = fixArticles(s)
		}
		return capitalizeSentences(strings.TrimSpace(s))
	}
	bits := []string{" ", "  ", "\t", ",", " ,", ";", " ;", ".", " .", "( )", "(,)", ")", " !", "?", ":", "\n", "a ", "A ", "an ", "An "}
	rng := rand.New(rand.NewSource(34))
	for _, text := range corpusTexts(t, "dev") {
		s := text
		for range 3 {
			var b strings.Builder
			for _, w := range strings.Fields(s) {
				b.WriteString(w)
				b.WriteString(bits[rng.Intn(len(bits))])
			}
			for _, english := range []bool{true, false} {
				if got, want := Tidy(b.String(), english), all(b.String(), english); got != want {
					t.Fatalf("Tidy(%q, %v) =\n%q\nevery repair gives\n%q", b.String(), english, got, want)
				}
			}
		}
	}
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

// TestNeedTermsIn checks the need-term scan on sentences written for the
// purpose: longest term first, whole words only, any case.
func TestNeedTermsIn(t *testing.T) {
	p, err := rules.EmbeddedPack("en")
	if err != nil {
		t.Fatal(err)
	}
	g := grammarOf(p)
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Has Panic Disorder and ptsd, plus some grief.", []string{"panic disorder", "PTSD", "grief"}},
		{"panicky about griefwork", nil},
		{"", nil},
		{"panic", []string{"panic"}},
	} {
		if got := g.needTermsIn(c.in); !slices.Equal(got, c.want) {
			t.Errorf("needTermsIn(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

// rangePairs are the words that open and close a range or a pair in each
// language: the two side by side ("from to") mean what stood between them
// was removed.
var rangePairs = map[string][][2]string{
	"en": {{"from", "to"}, {"between", "and"}},
	"fr": {{"de", "à"}, {"entre", "et"}, {"du", "au"}},
	"es": {{"desde", "hasta"}, {"entre", "y"}},
}

// allowedDoubles are words a sentence may say twice in a row ("nous nous
// voyons", "that that").
var allowedDoubles = map[string]bool{"nous": true, "vous": true, "that": true, "had": true}

// brokenPair returns what a removal left side by side in s: a word said
// twice in a row ("in the area area"), or the two ends of a range with
// nothing between them ("from to"); else "".
func brokenPair(lang, s string) string {
	words := wordSpans(s)
	for i := 1; i < len(words); i++ {
		if s[words[i-1].end:words[i].start] != " " {
			continue
		}
		a, b := strings.ToLower(s[words[i-1].start:words[i-1].end]), strings.ToLower(s[words[i].start:words[i].end])
		if a == b && !allowedDoubles[a] {
			return "doubled word " + a
		}
		for _, p := range rangePairs[lang] {
			if a == p[0] && b == p[1] {
				return "broken range " + a + " " + b
			}
		}
	}
	return ""
}

// TestPlainNeed checks which clinical findings can stand as a need by
// themselves, on phrases written for the purpose.
func TestPlainNeed(t *testing.T) {
	p, err := rules.EmbeddedPack("en")
	if err != nil {
		t.Fatal(err)
	}
	g := grammarOf(p)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"night terrors", true},
		{"loss of appetite", true},
		{"scared the neighbours", false}, // an object: the client's story
		{"her mom's pills", false},
		{"took 30 pills", false},
	} {
		if got := g.plainNeed(c.text); got != c.want {
			t.Errorf("plainNeed(%q) = %v; want %v", c.text, got, c.want)
		}
	}
}

func TestNeutralize(t *testing.T) {
	for _, c := range []struct {
		lang, text, want string
	}{
		{"en", "How do I build trust without losing him?", "How do I build trust without losing them?"},
		{"en", "Has anyone worked with someone at his level?", "Has anyone worked with someone at their level?"},
		{"en", "Can I see her individually?", ""}, // "her" may own the next word or not
		{"en", "What do I tell her mom?", "What do I tell their mom?"},
		{"en", "Do I tell her about it?", "Do I tell them about it?"},
		{"en", "His mother called; how do I answer?", "Their mother called; how do I answer?"},
		{"en", "Should she stop?", ""},        // a subject: the verb would have to agree
		{"en", "How do I start?", ""},         // no one to make neutral
		{"fr", "Comment lui en parler ?", ""}, // no table in this pack
	} {
		p, err := rules.EmbeddedPack(c.lang)
		if err != nil {
			t.Fatal(err)
		}
		if got := grammarOf(p).neutralize(c.text); got != c.want {
			t.Errorf("%s: neutralize(%q) = %q; want %q", c.lang, c.text, got, c.want)
		}
	}
}

func TestNeedCore(t *testing.T) {
	p, err := rules.EmbeddedPack("en")
	if err != nil {
		t.Fatal(err)
	}
	g := grammarOf(p)
	for _, c := range []struct{ text, want string }{
		{"fibromyalgia, on long-term disability", "fibromyalgia"},
		{"night terrors (since the move)", "night terrors"},
		{"sleeps in his truck some nights", ""}, // no break: a clause of the story
		{"told her mom, then ran", ""},          // the head is no need
		{"took 30 pills; found by her sister", ""},
		{"3 violent nightmares", "violent nightmares"}, // the count goes, what it counts stays
		{"6 days postpartum", ""},                      // a duration
		{"2 tantrums", ""},                             // one word says too little alone
		{"3rd concussion", ""},                         // an ordinal is no count
	} {
		if got := g.needCore(c.text); got != c.want {
			t.Errorf("needCore(%q) = %q; want %q", c.text, got, c.want)
		}
	}
}

func TestLeadNeeds(t *testing.T) {
	p, err := rules.EmbeddedPack("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"for a teen with selective mutism and encopresis", []string{"selective mutism", "encopresis"}},
		{"for a teen with the county team", nil}, // common words: a circumstance
		{"for a boy with Marcus, his twin", nil}, // a capitalized word may be a name
		{"for a man with 3 kids", nil},           // a number tells the story
		{"for a woman who has agoraphobia", []string{"agoraphobia"}},
	} {
		r := &run{pack: p, gr: grammarOf(p), post: &Post{Text: c.text}}
		got := r.leadNeeds(0, len(c.text), nil)
		if !slices.Equal(got, c.want) {
			t.Errorf("leadNeeds(%q) = %q; want %q", c.text, got, c.want)
		}
	}
}
