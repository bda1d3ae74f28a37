package analyzer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/watchlist"
)

const testSalt = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"

func watchOf(t testing.TB, names ...string) *Watchlist {
	t.Helper()
	var hashes []string
	for _, n := range names {
		hashes = append(hashes, watchlist.Hash(testSalt, n))
	}
	w, err := watchlist.New(testSalt, hashes)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestWatchlistFlagsCommonWords(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct {
		lang, name, text, want string
	}{
		{"en", "Hope", "Saw Hope again this week and things are looking up.", "Hope"},
		{"en", "Will", "Thanks to everyone who answered, will update soon.", "will"},
		{"en", "June", "We meet on Tuesdays; june has been a good month.", "june"},
		{"fr", "Pierre", "Merci pour vos idées, Pierre avance bien depuis l'automne.", "Pierre"},
		{"fr", "Aimée", "Une personne aimee de tous, je cherche des conseils.", "aimee"},
		{"es", "Esperanza", "Gracias a todas, tengo esperanza de encontrar un grupo.", "esperanza"},
		{"es", "Rocío", "Rocio empezó un taller nuevo y me pide recursos.", "Rocio"},
		{"en", "Mary Smith", "Any ideas for Mary  Smith's case are welcome.", "Mary  Smith"},
		{"en", "Dan O'Neil", "A colleague of Dan O’Neil asked me.", "Dan O’Neil"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			res := a.Analyze(Input{Text: tc.text, Lang: tc.lang, Watch: watchOf(t, tc.name)})
			for _, f := range res.Findings {
				if f.Rule == tc.lang+"/watch-list" {
					if f.Text != tc.want || f.Category != "name" || f.Severity != "high" || f.Message != watchMessages[tc.lang] {
						t.Errorf("Analyze(%q) found %+v; want a high name %q", tc.text, f, tc.want)
					}
					if strings.Contains(strings.ToLower(res.Rewrite), strings.ToLower(tc.want)) {
						t.Errorf("Analyze(%q).Rewrite = %q still has the name", tc.text, res.Rewrite)
					}
					return
				}
			}
			t.Errorf("Analyze(%q) = %+v; want a watch-list finding %q", tc.text, res.Findings, tc.want)
		})
	}
}

func TestWatchlistMisses(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct{ names, text string }{
		{"Will", "She was willing to try and it worked."},     // inside a word
		{"Mary Smith", "Mary asked about it; Smith did not."}, // the pair split
		{"Mary Smith", "Mary\nSmith"},                         // across a line
		{"Hope", "Nothing on the list here."},
	} {
		res := a.Analyze(Input{Text: tc.text, Lang: "en", Watch: watchOf(t, tc.names)})
		for _, f := range res.Findings {
			if strings.HasSuffix(f.Rule, "/watch-list") {
				t.Errorf("Analyze(%q) with %q = %+v; want no watch-list finding", tc.text, tc.names, f)
			}
		}
	}
}

// benchWatch is a 50-name watch-list, none of which is in benchPost, so
// every word and pair is hashed and looked up: the usual case.
func benchWatch(b *testing.B) *Watchlist {
	var names []string
	for i := range 50 {
		names = append(names, fmt.Sprintf("Client%d Name%d", i, i))
	}
	return watchOf(b, names...)
}

// BenchmarkAnalyzeWatch1000 is BenchmarkAnalyze1000 with that watch-list.
func BenchmarkAnalyzeWatch1000(b *testing.B) {
	a := defaultAnalyzer(b)
	text := postOfLength(1000)
	in := Input{Text: text, Lang: "en", Platform: "facebook_group", Watch: benchWatch(b)}
	a.Analyze(in)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.Analyze(in)
	}
}
