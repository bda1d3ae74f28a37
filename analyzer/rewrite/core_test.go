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
		{"en", "naps in her car most afternoons", ""},             // a clause of the story
		{"en", "told her mom, then ran", ""},                      // the head is no need
		{"en", "shouting \"leave me alone\" at staff", ""},        // a quote
		{"en", "panic attacks", ""},                               // nothing to trim: plainNeed's
		{"en", "not sleeping much", "not sleeping much"},          // a negated need stays whole
		{"en", "not her fault", ""},                               // what it denies is about someone
		{"es", "no duerme", "no duerme"},
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

func TestQuestionStart(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		// A question typed after the client's story without a stop.
		{"en", "she has been skipping meals since the move how do you pace exposures?", "how do you pace exposures?"},
		{"en", "his sleep is a mess and how would you start?", "how would you start?"},
		{"fr", "client de 60 ans sous somnifères vous faites quoi en premier?", "vous faites quoi en premier?"},
		{"es", "ella dejó la medicación alguien conoce un grupo de apoyo?", "alguien conoce un grupo de apoyo?"},
		{"en", "How do you pace exposures?", ""},                                  // the sentence's own start
		{"en", "Quick poll for the group: does anyone know a good workbook?", ""}, // inside "does anyone"
		{"en", "I keep second-guessing myself how do you pace exposures?", ""},    // about no one
		{"en", "she has been skipping meals how do you pace exposures.", ""},      // no question mark
	} {
		p, err := rules.EmbeddedPack(c.lang)
		if err != nil {
			t.Fatal(err)
		}
		g := grammarOf(p)
		got := ""
		if q := g.questionStart(c.text); q >= 0 {
			got = c.text[q:]
		}
		if got != c.want {
			t.Errorf("%s: questionStart(%q) gives %q; want %q", c.lang, c.text, got, c.want)
		}
	}
}
