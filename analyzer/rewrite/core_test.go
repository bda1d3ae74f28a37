package rewrite

import (
	"testing"

	"github.com/discreet-app/discreet/rules"
)

func TestTrimmedNeed(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "very anxious", "anxious"},                             // an intensifier
		{"en", "in recovery from gambling", "recovery from gambling"}, // a leading preposition
		{"en", "her panic", "panic"},                                  // a possessive
		{"en", "skipping meals to lose weight", "skipping meals"},     // cut at the preposition
		{"en", "crisis plan is in place", "crisis plan"},              // cut at the copula
		{"en", "hoarding newspapers in the hallway", "hoarding newspapers"},
		{"en", "2 binge episodes after dinner", "binge episodes"}, // the count goes
		{"en", "9 weeks pregnant", ""},                            // a count of time and one word
		{"en", "found him in the garage", ""},                     // one word before the cut
		{"en", "cutting her arms at night", ""},                   // someone's
		{"en", "checks the locks before bed", ""},                 // an object, not a need
		{"en", "sleeps in his truck some nights", ""},             // a clause of the story
		{"en", "told her mom, then ran", ""},                      // the head is no need
		{"en", "shouting \"leave me alone\" at staff", ""},        // a quote
		{"en", "panic attacks", ""},                               // nothing to trim: plainNeed's
		{"fr", "très angoissée", "angoissée"},
		{"es", "muy ansiosa", "ansiosa"},
		{"es", "vio caer a su hermano", ""},  // what was done to someone
		{"es", "no come desde el lunes", ""}, // a negation opens a clause
	} {
		p, err := rules.EmbeddedPack(c.lang)
		if err != nil {
			t.Fatal(err)
		}
		if got := grammarOf(p).trimmedNeed(c.text); got != c.want {
			t.Errorf("%s: trimmedNeed(%q) = %q; want %q", c.lang, c.text, got, c.want)
		}
	}
}
