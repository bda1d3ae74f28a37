package phrase

import (
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/wordset"
	"github.com/discreet-app/discreet/rules"
)

func TestExcluded(t *testing.T) {
	list := wordset.New(NewWordSet([]string{"bus", "church", "city", "day", "fireman", "box", "cat", "man"}))
	x := NewExcluded([]string{"Spring", "Kiss"}, list, true)
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
		if got := x.Has(tc.w); got != tc.want {
			t.Errorf("Has(%q) = %v; want %v", tc.w, got, tc.want)
		}
	}
	if NewExcluded(nil, nil, true).Has("bus") {
		t.Error("nothing excluded, yet Has(\"bus\")")
	}
	if noPlurals := NewExcluded(nil, list, false); noPlurals.Has("buses") || !noPlurals.Has("bus") {
		t.Error("without plurals: want bus excluded, buses not")
	}
}

// TestExcludedPackLists: for every exclude list of the built-in packs, has
// answers what a map of the list's entries and their plurals would.
func TestExcludedPackLists(t *testing.T) {
	packs, err := rules.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for lang, p := range packs {
		for _, r := range p.Rules {
			if r.ExcludeList == "" {
				continue
			}
			words := List(p, r.ExcludeList)
			x := NewExcluded(r.Exclude, wordset.New(NewWordSet(words)), r.Plurals)
			want := map[string]bool{}
			for _, w := range append(words, r.Exclude...) {
				w = strings.ToLower(w)
				want[w] = true
				if r.Plurals {
					want[Plural(w)] = true
				}
			}
			for w := range want {
				for _, probe := range []string{w, Plural(w), w + "s", w + "es", strings.TrimSuffix(w, "s")} {
					if x.Has(probe) != want[probe] {
						t.Fatalf("%s/%s: Has(%q) = %v; the list and its plurals say %v", lang, r.ID, probe, x.Has(probe), want[probe])
					}
				}
			}
		}
	}
}
