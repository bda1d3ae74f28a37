package rewrite

import (
	"strings"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// TestDoubtsIn: a word the tagger came near tagging takes a sentence out
// of a vent's sanitized text unless it is a function word, a need word or
// inside a finding; without doubts the sentence stays.
func TestDoubtsIn(t *testing.T) {
	for _, c := range []struct {
		lang, text, doubt string
		finding           string // a finding's text, when the doubt lies in one
		want              bool
	}{
		{"en", "Still thinking about the night the barn went up.", "barn", "", true},
		{"en", "Still thinking about the night the barn went up.", "the", "", false},          // an article
		{"en", "Some weeks the grief work just sits on you.", "grief", "", false},             // a need word
		{"en", "Still thinking about the night the barn went up.", "barn", "the barn", false}, // a finding holds it
		{"fr", "Je repense encore à la nuit où la grange a brûlé.", "grange", "", true},
		{"es", "Sigo pensando en la noche que se quemó el granero.", "granero", "", true},
		{"es", "Sigo pensando en la noche que se quemó el granero.", "", "", false}, // nothing doubted
	} {
		post := &Post{Text: c.text, Intent: "other", Analysis: quiet{}}
		if c.doubt != "" {
			i := strings.Index(c.text, c.doubt)
			post.Doubtful = []Span{{i, i + len(c.doubt)}}
		}
		if c.finding != "" {
			i := strings.Index(c.text, c.finding)
			post.Findings = []Finding{{Start: i, End: i + len(c.finding), Text: c.finding, Category: "event", Severity: "low"}}
		}
		p, err := rules.EmbeddedPack(c.lang)
		if err != nil {
			t.Fatal(err)
		}
		r := &run{pack: p, gr: grammarOf(p), post: post, strict: true}
		if got := r.doubtsIn(0, len(c.text)); got != c.want {
			t.Errorf("%s %q, doubt %q: doubtsIn = %v; want %v", c.lang, c.text, c.doubt, got, c.want)
		}
	}
}

// TestSanitizeLeavesDoubted: a vent's sentence with a doubted word is not
// in its sanitized text; the one beside it is.
func TestSanitizeLeavesDoubted(t *testing.T) {
	text := "Still thinking about the night the barn went up. Some days this work is heavy."
	cut := strings.Index(text, "Some")
	i := strings.Index(text, "barn")
	post := &Post{Text: text, Intent: "other", Analysis: quiet{}, Doubtful: []Span{{i, i + 4}},
		Sentences: []Sentence{{0, cut - 1, strings.ToLower(text[:cut-1])}, {cut, len(text), strings.ToLower(text[cut:])}}}
	p, err := rules.EmbeddedPack("en")
	if err != nil {
		t.Fatal(err)
	}
	r := &run{pack: p, gr: grammarOf(p), post: post, strict: true}
	got := r.sanitize()
	if strings.Contains(got, "barn") || !strings.Contains(got, "heavy") {
		t.Errorf("sanitize = %q; want the second sentence alone", got)
	}
}
