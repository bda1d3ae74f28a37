package analyzer

import (
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

func TestExcluded(t *testing.T) {
	list := phrase.NewWordSet([]string{"bus", "church", "city", "day", "fireman", "box", "cat", "man"})
	x := newExcluded([]string{"Spring", "Kiss"}, list, true)
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"bus", true}, {"buses", true}, {"churches", true}, {"cities", true}, {"days", true},
		{"firemen", true}, {"boxes", true}, {"cats", true}, {"spring", true}, {"springs", true},
		{"kisses", true}, {"men", true}, {"man", true},
		{"bu", false}, {"citys", false}, {"dayes", false}, {"cates", false}, {"busess", false},
		{"s", false}, {"es", false}, {"ies", false}, {"dog", false}, {"Spring", false}, // lower-case text only
	} {
		if got := x.has(tc.w); got != tc.want {
			t.Errorf("has(%q) = %v; want %v", tc.w, got, tc.want)
		}
	}
	if newExcluded(nil, nil, true).has("bus") {
		t.Error("nothing excluded, yet has(\"bus\")")
	}
	if noPlurals := newExcluded(nil, list, false); noPlurals.has("buses") || !noPlurals.has("bus") {
		t.Error("without plurals: want bus excluded, buses not")
	}
}

// TestExcludedPackLists: for every exclude list of the built-in packs, has
// answers what a map of the list's entries and their plurals would.
func TestExcludedPackLists(t *testing.T) {
	packs := mustEmbedded(t)
	for lang, p := range packs {
		for _, r := range p.Rules {
			if r.ExcludeList == "" {
				continue
			}
			words := phrase.List(p, r.ExcludeList)
			x := newExcluded(r.Exclude, phrase.NewWordSet(words), r.Plurals)
			want := map[string]bool{}
			for _, w := range append(words, r.Exclude...) {
				w = strings.ToLower(w)
				want[w] = true
				if r.Plurals {
					want[phrase.Plural(w)] = true
				}
			}
			for w := range want {
				for _, probe := range []string{w, phrase.Plural(w), w + "s", w + "es", strings.TrimSuffix(w, "s")} {
					if x.has(probe) != want[probe] {
						t.Fatalf("%s/%s: has(%q) = %v; the list and its plurals say %v", lang, r.ID, probe, x.has(probe), want[probe])
					}
				}
			}
		}
	}
}
