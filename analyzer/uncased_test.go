package analyzer

import "testing"

// TestUncasedNames: names and places typed without capitals are found
// where the words around them say a name or place stands, and ordinary
// words typed the same way are not. Posts written for this test.
func TestUncasedNames(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct {
		lang, text, want string // want "" means no name or location finding
	}{
		{"en", "ok so my client sarah told me she's moving", "sarah"},
		{"en", "THANKS SARAH, you made my week", ""},
		{"en", "MY CLIENT MOVED TO MOOSE JAW LAST YEAR", "MOOSE JAW"},
		{"en", "she grew up in saskatoon and hates it", "saskatoon"},
		{"en", "i hope will is ok with the plan", ""},
		{"en", "we went to the mall with grace and ease", ""},
		{"fr", "merci beaucoup, sarah! c'était un plaisir", "sarah"},
		{"es", "mi paciente vive en la guardia del hospital", ""},
		{"en", "she texted me from the finish line", ""},
		{"es", "hola sarah, gracias por todo", "sarah"},
		// A place of ordinary words counts after a place's context.
		{"en", "my client, 34, moved to thunder bay last year", "thunder bay"},
		{"en", "my client grew up in swift current and misses it", "swift current"},
		{"en", "my client stayed at the finish line all day", ""},
		{"fr", "ma cliente de 40 ans habite a trois-rivieres depuis son divorce", "trois-rivieres"},
		{"en", "my client, 34, lives in red deer and works nights", "red deer"},
		// A name that is an ordinary word, between a person's slot and
		// what a person does; not a modal there.
		{"en", "her daughter grace has been refusing school since the move", "grace"},
		{"en", "my client hope is 34 and works nights", "hope"},
		{"en", "her son will never forgive her for the move", ""},
		{"en", "my client said hope is what keeps her going", ""},
		// A short name only where the words around it say a name stands.
		{"en", "so proud of the toughest little guy i see, eli!! huge week for him", "eli"},
		{"en", "it was such a joy seeing u and bo find ur way back to each other", "bo"},
		{"en", "we did the intake at the eli lilly building downtown on a wet monday", ""},
		{"en", "got two new referrals this wk, any tips on intake forms? tia!!", ""},
	} {
		res := a.Analyze(Input{Text: tc.text, Lang: tc.lang})
		got := ""
		for _, f := range res.Findings {
			if f.Category == "name" || f.Category == "location" {
				got = f.Text
			}
		}
		if got != tc.want {
			t.Errorf("%s %q: name/location finding %q; want %q (all: %+v)", tc.lang, tc.text, got, tc.want, res.Findings)
		}
	}
}

// TestUncasedOrdinaryWordBothSides: an employer or place that is also an
// ordinary word, typed in lower case, counts where the words on both sides
// say so, and not where one side alone does, unless that side is a job's
// slot with no article (en/org-employer-slot: "works at amazon"). Posts
// written for this test.
func TestUncasedOrdinaryWordBothSides(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct {
		text, category, want string // want "" means no finding of category
	}{
		{"my client works nights at the amazon warehouse", "organization", "amazon"},
		{"my client shops at amazon and hates it", "organization", ""},
		{"my client works at amazon and hates it", "organization", "amazon"},
		{"my client works at the office and hates it", "organization", ""},
		{"she moved to bend, OR last year", "location", "bend"},
		{"she moved to bend the rules", "location", ""},
	} {
		res := a.Analyze(Input{Text: tc.text, Lang: "en"})
		got := ""
		for _, f := range res.Findings {
			if f.Category == tc.category {
				got = f.Text
			}
		}
		if got != tc.want {
			t.Errorf("%q: %s finding %q; want %q (all: %+v)", tc.text, tc.category, got, tc.want, res.Findings)
		}
	}
}

// TestUncasedUnknownNames: in a post typed without capitals, a place or
// employer no list holds gets its capital back (a word no dictionary
// knows, not one slip from one), so the rules written for its slot find
// it as they do on tidy text; typos and ordinary words stay as they are.
// Posts and names invented for this test.
func TestUncasedUnknownNames(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct {
		lang, text string
		want       []string // "category:text" findings that must be there; nil: no name, place or employer at all
	}{
		{"en", "ok so my cl got laid off at brindlemoor last week and hes been sleeping in his truck outside tarrowby since",
			[]string{"organization:brindlemoor", "location:tarrowby"}},
		{"en", "hi all, looking 4 a therapist near quorrington who does emdr, my cl works nights", []string{"location:quorrington"}},
		// A listed name where a name's context stands gets its capital, so
		// the rules for capitalized names see it.
		{"en", "we are so grateful to kenji's dad for driving him to every single session this year", []string{"name:kenji"}},
		{"en", "my cl has been super anxous since the move and wont leave the house, any tips on exposure work", nil},
		{"fr", "bonjour, ma cliente vient de perdre son emploi chez brandolux et elle pleure tous les soirs", []string{"organization:brandolux"}},
		{"fr", "bonjour le groupe, mon client dort dans un squat à molvenne depuis un mois et ne mange presque plus", []string{"location:molvenne"}},
		// A name of hyphened words gets its capitals whole.
		{"fr", "bonjour, mon client vit seul dans un chalet à saint-valdrien depuis sa séparation et boit beaucoup", []string{"location:saint-valdrien"}},
		{"fr", "jai une cliente tres anxieuse depuis le demenagement, elle ne sort plus de chez elle, des idées?", nil},
		{"es", "hola colegas, mi paciente trabaja en una maquiladora en tevarra y vive con su tia desde hace un año", []string{"location:tevarra"}},
		{"es", "hola, mi paciente vive sola en un rancho cerca de villa-morelda desde que murió su esposo", []string{"location:villa-morelda"}},
		{"es", "tengo una paciente muy ansiosa desde la mudanza y ya no sale de casa, alguna idea?", nil},
	} {
		res := a.Analyze(Input{Text: tc.text, Lang: tc.lang})
		got := map[string]bool{}
		named := false
		for _, f := range res.Findings {
			got[f.Category+":"+f.Text] = true
			named = named || f.Category == "name" || f.Category == "location" || f.Category == "organization"
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%s %q: no %s finding (all: %v)", tc.lang, tc.text, w, got)
			}
		}
		if tc.want == nil && named {
			t.Errorf("%s %q: a name, place or employer was found in a post with none: %v", tc.lang, tc.text, got)
		}
	}
}

// TestUncasedNameSlipOfAWord: a listed name one slip from an ordinary
// word ("brian", "brain") typed in lower case is a name where its slot or
// its possessive says so, and then wherever else the post writes it; the
// word itself stays a word. Posts written for this test.
func TestUncasedNameSlipOfAWord(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct {
		text  string
		names int // "brian" name findings wanted
	}{
		{"so grateful to brian's mom 4 the card... brian, keep using ur coping cards at school", 2},
		{"now that brian's panic is so much better he's back at school full time", 1},
		{"he says his brain feels foggy after the new meds and he cant focus at school", 0},
	} {
		res := a.Analyze(Input{Text: tc.text, Lang: "en"})
		n := 0
		for _, f := range res.Findings {
			if f.Category == "name" && f.Text == "brian" {
				n++
			}
			if f.Category == "name" && f.Text == "brain" {
				t.Errorf("%q: the word %q read as a name", tc.text, f.Text)
			}
		}
		if n != tc.names {
			t.Errorf("%q: %d name findings of brian; want %d (all: %+v)", tc.text, n, tc.names, res.Findings)
		}
	}
}
