package normalize

import (
	"strings"
	"testing"
)

// TestClosedClassSlips: a short or capitalized slip of a month, weekday
// or day word is corrected; a word, a known name, a word cut short or
// one that two class words could be is left as typed.
func TestClosedClassSlips(t *testing.T) {
	sp := testSpeller("marc", "juno").WithClosedClass([]string{
		"today", "week", "march", "monday", "mayo", "february", "aujourd'hui", "mon", "tarde", "tarte",
	})
	for _, tc := range []struct{ in, want string }{
		{"she came in last weke", "she came in last week"},
		{"toay was hard", "today was hard"},
		{"every mondya at noon", "every monday at noon"},
		{"since Febuary", "since February"},
		{"vu aujourdhui", "vu aujourd'hui"},
		{"the week", "the week"},             // right already
		{"mondays", "mondays"},               // a letter more at the end: another word
		{"toda la semana", "toda la semana"}, // a word cut short
		{"marc and juno", "marc and juno"},   // known names
		{"Weke", "Week"},                     // capitalized keeps its capital
		{"tarze", "tarze"},                   // "tarde" or "tarte"?
		{"moon", "moon"},                     // the class's three-letter words are left out
		{"road", "road"},                     // a dictionary word
		{"leek", "leek"},                     // another first letter
	} {
		got, _, _, _ := sp.Correct(tc.in, strings.ToLower(tc.in), nil, nil)
		if got != tc.want {
			t.Errorf("Correct(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}
