package normalize

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/discreet-app/discreet/analyzer/internal/wordset"
)

// A small dictionary written for these tests, sorted as phrase.WordSet
// holds one.
func testSpeller(known ...string) *Speller {
	words := []string{"accident", "après", "autre", "avoir", "behavior", "counseling", "enfant",
		"exposure", "hospital", "infirmière", "nurse", "parent", "patent", "read", "road", "school", "sesión",
		"therapist", "today", "yesterday", "truck", "étudiante", "élève"}
	slices.Sort(words)
	isKnown := func(w string) bool { return slices.Contains(known, w) || w == "nurse" || w == "jenna stewarts" }
	proper := func(w string) bool { return slices.Contains(known, w) }
	return NewSpeller(words, nil, []string{"d'", "l'", "qu'"}, isKnown, proper, nil).WithVariants()
}

// TestSpellerCorrects runs with the speller's own index and with one
// given to NewSpeller (as a pack shares its common words').
func TestSpellerCorrects(t *testing.T) {
	own := testSpeller("jenna", "stewart")
	shared := testSpeller("jenna", "stewart")
	shared = NewSpeller(shared.words, wordset.New(shared.words), shared.elisions, shared.known, shared.proper, shared.holds).WithVariants()
	for _, sp := range []*Speller{own, shared} {
		testCorrects(t, sp)
	}
}

func testCorrects(t *testing.T, sp *Speller) {
	t.Helper()
	for _, tc := range []struct{ in, want string }{
		// slips of the fingers, one edit from one word
		{"she went to the hosptial todayy", "she went to the hospital today"},
		{"a car acident yesterdy", "a car accident yesterday"},
		{"the thearpist drives a truuck", "the therapist drives a truck"},
		// accents left out, and an elision glued on
		{"une infirmiere et une etudiante", "une infirmière et une étudiante"},
		{"lautre enfant vient davoir un accident", "l'autre enfant vient d'avoir un accident"},
		{"la sesion de hoy", "la sesión de hoy"},
		// left as typed
		{"Hosptial", "Hosptial"},   // capitalized: perhaps a name
		{"raod", "raod"},           // short: "road" or "read"?
		{"exposures", "exposures"}, // an ending the dictionary lacks
		{"counselling and behaviour", "counselling and behaviour"}, // British spelling
		// the possessive of a name or place, its apostrophe dropped
		{"jennas car, Stewarts lot", "jenna's car, Stewart's lot"},
		{"two nurses", "two nurses"},                   // a known word's plural
		{"jenna stewarts shop", "jenna stewarts shop"}, // the end of a known phrase
		{"@hosptial #hosptial hosptial.org hosptial_1 3hosptial", "@hosptial #hosptial hosptial.org hosptial_1 3hosptial"},
		{"wāhine", "wāhine"}, // a letter of another language
	} {
		got, start, end, ok := sp.Correct(tc.in, strings.ToLower(tc.in), nil, nil)
		if got != tc.want {
			t.Errorf("Correct(%q) = %q; want %q", tc.in, got, tc.want)
		}
		if ok != (got != tc.in) {
			t.Errorf("Correct(%q): ok = %v", tc.in, ok)
		}
		if ok && (len(start) != len(got) || len(end) != len(got)) {
			t.Errorf("Correct(%q): %d starts and %d ends for %d bytes", tc.in, len(start), len(end), len(got))
		}
	}
}

// TestSpellerMapsBack: every byte of a corrected word maps to the whole
// word as typed, and the rest to itself, through an earlier map too.
func TestSpellerMapsBack(t *testing.T) {
	sp := testSpeller()
	typed := "😔 an infirmiere at the hosptial"
	s, start, end := Text(typed)
	got, gs, ge, ok := sp.Correct(s, strings.ToLower(s), start, end)
	if !ok || got != "an infirmière at the hospital" {
		t.Fatalf("Correct(%q) = %q, %v", s, got, ok)
	}
	for _, w := range []struct{ view, typed string }{{"infirmière", "infirmiere"}, {"hospital", "hosptial"}, {"at", "at"}} {
		i := strings.Index(got, w.view)
		for k := i; k < i+len(w.view); k++ {
			if orig := typed[gs[k]:ge[k]]; !strings.Contains(w.typed, orig) {
				t.Errorf("byte %d of %q maps to %q; want a part of %q", k, w.view, orig, w.typed)
			}
		}
		if typed[gs[i]:ge[i+len(w.view)-1]] != w.typed {
			t.Errorf("%q maps back to %q; want %q", w.view, typed[gs[i]:ge[i+len(w.view)-1]], w.typed)
		}
	}
}

func TestSpellerNil(t *testing.T) {
	var sp *Speller
	if _, _, _, ok := sp.Correct("hosptial", "hosptial", nil, nil); ok {
		t.Error("a nil speller corrected a word")
	}
	if NewSpeller(nil, nil, nil, nil, nil, nil) != nil {
		t.Error("NewSpeller without words is not nil")
	}
}

// TestSpellerBoundedOnLongWords: a run of letters longer than any word is
// left alone without a lookup.
func TestSpellerBoundedOnLongWords(t *testing.T) {
	sp := testSpeller()
	long := strings.Repeat("hosptial", 1000)
	if got, _, _, ok := sp.Correct(long, long, nil, nil); ok || got != long {
		t.Error("a 8,000-letter word was corrected")
	}
}

// TestSpellerKnownNamesCostNoBudget: the end of a known name is left as
// typed without spending the edit budget (spellMaxWords) on it, so a
// post that repeats the name still has its slips corrected.
func TestSpellerKnownNamesCostNoBudget(t *testing.T) {
	sp := testSpeller("jenna hosptial")
	named := strings.Repeat("jenna hosptial ", spellMaxWords+10)
	got, _, _, _ := sp.Correct(named+"the thearpist", named+"the thearpist", nil, nil)
	if want := named + "the therapist"; got != want {
		t.Errorf("after %d known names: %q; want the names kept and the slip corrected", spellMaxWords+10, got[len(named):])
	}
	// The same slips, not a name: they spend the budget, and the last
	// one is left as typed.
	plain := strings.Repeat("the hosptial ", spellMaxWords+10)
	if got, _, _, _ := sp.Correct(plain+"the thearpist", plain+"the thearpist", nil, nil); !strings.HasSuffix(got, "the thearpist") {
		t.Errorf("past the budget, %q was corrected", got[len(got)-20:])
	}
}

// TestSpellerKeepsKeywords: a word that holds a rule's keyword is
// corrected only to a word that keeps it.
func TestSpellerKeepsKeywords(t *testing.T) {
	words := []string{"today", "todd", "schooling", "schoolbag", "schoolbus"}
	slices.Sort(words)
	holds := func(w string) []string {
		var out []string
		for _, k := range []string{"today", "school", "bag"} {
			if strings.Contains(w, k) {
				out = append(out, k)
			}
		}
		return out
	}
	sp := NewSpeller(words, nil, nil, nil, nil, holds)
	for _, tc := range []struct{ in, want string }{
		{"back todayy", "back today"},  // the keyword itself
		{"a schoolbgg", "a schoolbag"}, // a keyword more
		{"todayish", "todayish"},       // no one word one edit away
		{"schoolbux", "schoolbux"},     // "schoolbus" gives no rule more
	} {
		got, _, _, _ := sp.Correct(tc.in, tc.in, nil, nil)
		if got != tc.want {
			t.Errorf("Correct(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// A correction that loses the keyword is refused: "todays" is one
	// edit from "tidays", which no longer holds "today".
	kw := NewSpeller([]string{"tidays"}, nil, nil, nil, nil, holds)
	if got, _, _, _ := kw.Correct("todays", "todays", nil, nil); got != "todays" {
		t.Errorf("Correct(todays) = %q: the keyword was lost", got)
	}
}

// TestOneEditMatchesEveryEdit checks oneEdit, with the dictionary's hash
// index and without, against the plain definition: every edit of the
// word that keeps its first letter, looked up one by one.
func TestOneEditMatchesEveryEdit(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	letters := []rune("aabcdeeilmnorstuéèñ")
	word := func(n int) string {
		r := make([]rune, n)
		for i := range r {
			r[i] = letters[rng.IntN(len(letters))]
		}
		return string(r)
	}
	var words []string
	for range 3000 {
		words = append(words, word(2+rng.IntN(6)))
	}
	slices.Sort(words)
	words = slices.Compact(words)
	plain := NewSpeller(words, nil, nil, nil, nil, nil)
	indexed := NewSpeller(words, wordset.New(words), nil, nil, nil, nil)
	for _, sp := range []*Speller{plain, indexed} {
		sp.once.Do(sp.build)
	}
	for k := range 20000 {
		w := word(1 + rng.IntN(8))
		if k%2 == 0 { // a dictionary word with a slip, or none
			w = words[rng.IntN(len(words))]
		}
		wantFound, wantOK := everyEdit(plain, w)
		for _, sp := range []*Speller{plain, indexed} {
			found, ok := sp.oneEdit(w)
			if ok != wantOK || ok && found != wantFound || (found == "") != (wantFound == "") {
				t.Fatalf("oneEdit(%q) = %q, %v; want %q, %v", w, found, ok, wantFound, wantOK)
			}
		}
	}
}

// everyEdit is oneEdit by its definition: the distinct dictionary words
// among all the edits of w that keep its first rune, the letters added or
// changed taken from the speller's alphabet; found is one of them.
func everyEdit(sp *Speller, w string) (found string, ok bool) {
	r := []rune(w)
	set := map[string]bool{}
	add := func(e []rune) {
		if len(e) > 0 && e[0] == r[0] {
			if _, in := slices.BinarySearch(sp.words, string(e)); in {
				set[string(e)] = true
			}
		}
	}
	for i := range r {
		add(slices.Concat(r[:i], r[i+1:])) // dropped
		if i+1 < len(r) && r[i] != r[i+1] {
			add(slices.Concat(r[:i], []rune{r[i+1], r[i]}, r[i+2:])) // swapped
		}
	}
	for i := 0; i <= len(r); i++ {
		for _, l := range sp.alphabet {
			if i < len(r) && l != r[i] {
				add(slices.Concat(r[:i], []rune{l}, r[i+1:])) // changed
			}
			add(slices.Concat(r[:i], []rune{l}, r[i:])) // added
		}
	}
	for e := range set {
		found = e
	}
	return found, len(set) == 1
}

// TestStandsAloneSigns: a digit or one of the signs of handles, tags,
// addresses and contractions glues a word to what it touches, ASCII or
// not (an Arabic-Indic digit too); other characters do not.
func TestStandsAloneSigns(t *testing.T) {
	for r := rune(1); r < 0x700; r++ {
		c := string(r)
		before := !unicode.IsDigit(r) && !strings.ContainsRune("@#_/.-'&=:\\", r)
		after := !unicode.IsDigit(r) && !strings.ContainsRune("@#_/-'&=\\", r)
		if got := standsAlone(c+"word", len(c), len(c)+4); got != before {
			t.Errorf("standsAlone after %q = %v; want %v", c, got, before)
		}
		if r == '.' {
			continue // a period is a sentence's end, or a domain's dot (below)
		}
		if got := standsAlone("word"+c, 0, 4); got != after {
			t.Errorf("standsAlone before %q = %v; want %v", c, got, after)
		}
	}
	if standsAlone("site.org", 0, 4) || !standsAlone("end. Next", 0, 3) {
		t.Error("a domain's dot stands a word alone, or a sentence's end does not")
	}
}
