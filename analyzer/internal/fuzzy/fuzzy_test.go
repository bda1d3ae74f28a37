package fuzzy

import "testing"

func TestDamerau1(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"saskatoon", "saskatoon", true},
		{"saskatoom", "saskatoon", true},  // substitution
		{"saskaton", "saskatoon", true},   // deletion
		{"saskatoonn", "saskatoon", true}, // insertion
		{"sakstoon", "saskatoon", false},  // two edits
		{"walmrat", "walmart", true},      // swap
		{"montréal", "montreal", true},
		{"brianna", "brianan", true},
		{"toronto", "torontoxy", false},
	} {
		if got := damerau1(tc.a, tc.b); got != tc.want {
			t.Errorf("damerau1(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestTypoIndexNear(t *testing.T) {
	x := New([]string{"Saskatoon", "Brianna", "Walmart", "Lethbridge", "Red Deer", "Ann"})
	for _, tc := range []struct {
		word, entry string
		exact       bool
	}{
		{"saskatoom", "saskatoon", false},
		{"saskatoon", "saskatoon", true},
		{"brianan", "brianna", false},
		{"lethbrige", "lethbridge", false},
		{"kethbridge", "", false}, // another first letter
		{"reddeer", "", false},    // phrases are not indexed
		{"annie", "", false},      // too short an entry
	} {
		entry, exact := x.Near(tc.word)
		if entry != tc.entry || exact != tc.exact {
			t.Errorf("near(%q) = %q, %v; want %q, %v", tc.word, entry, exact, tc.entry, tc.exact)
		}
	}
}

func TestOSA2(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"albuquerque", "albuquerque", true},
		{"albequerqe", "albuquerque", true},    // substitution + deletion
		{"albuqeurque", "albuquerque", true},   // swap
		{"albuquerqueee", "albuquerque", true}, // two insertions
		{"albequerke", "albuquerque", false},   // three edits
		{"drumondvile", "drummondville", true}, // two deletions
		{"abc", "abcdef", false},
	} {
		if got := osa2(tc.a, tc.b); got != tc.want {
			t.Errorf("osa2(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestTypoIndexNear2: two edits count only between words of ten letters
// or more that start alike.
func TestTypoIndexNear2(t *testing.T) {
	x := New([]string{"Albuquerque", "Lethbridge", "Saskatoon", "Drummondville"})
	for word, want := range map[string]string{
		"albequerqe":  "albuquerque",
		"lethbrdgee":  "lethbridge",
		"drumondvile": "drummondville",
		"saskatuun":   "", // two edits, but under ten letters
		"elbequerqe":  "", // another first letter
		"albequerkee": "", // three edits
	} {
		if got := x.Near2(word); got != want {
			t.Errorf("near2(%q) = %q; want %q", word, got, want)
		}
	}
}

func TestOneEdit(t *testing.T) {
	for _, tc := range []struct {
		w, c string
		want bool
	}{
		{"weke", "week", true}, {"toay", "today", true}, {"todday", "today", true},
		{"tody", "today", true}, {"todya", "today", true}, {"tdoay", "today", true},
		{"today", "today", false}, {"tdy", "today", false}, {"wkee", "week", false},
		{"fevrier", "février", true}, {"", "a", true}, {"ab", "ba", true}, {"abc", "bca", false},
	} {
		if got := OneEdit(tc.w, tc.c); got != tc.want {
			t.Errorf("OneEdit(%q, %q) = %v; want %v", tc.w, tc.c, got, tc.want)
		}
	}
}
