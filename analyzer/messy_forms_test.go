package analyzer

import (
	"slices"
	"testing"
	"unicode/utf16"
)

// messyForms are posts typed the way people type online (lower case,
// shorthand, missing apostrophes, emoji, run-on text), written for this
// test in each language: each must give a finding of each wanted text and
// category, at the offsets of that text in the post as typed.
var messyForms = []struct {
	lang, text string
	want       [][2]string // finding text, category
}{
	{"en", "😔 my cl hes 34 w/ a hx of panic attacks, lives in saskatoon",
		[][2]string{{"34", "age"}, {"panic attacks", "clinical"}, {"saskatoon", "location"}}},
	{"en", "ty dr okafor 4 everything 🙏 u changed my life",
		[][2]string{{"dr okafor", "name"}}},
	{"en", "referral 4 an 8yo girl, her mom works at walmart",
		[][2]string{{"8yo", "age"}, {"walmart", "organization"}}},
	{"en", "hi all!! my pt harold (retired coal miner) lost his wife in january",
		[][2]string{{"harold", "name"}, {"coal miner", "occupation"}}},
	{"en", "my cl got into a car acident yesterdy, shes a nurse",
		[][2]string{{"yesterdy", "date"}, {"nurse", "occupation"}}},
	{"en", "my cl lost her job on jan 12, her f/u is next tues",
		[][2]string{{"jan 12", "date"}, {"next tues", "date"}}},
	{"en", "my cl finally got the job todayy, hes starting at the mill monday",
		[][2]string{{"todayy", "date"}}},
	{"en", "her landlord changed the locks tues, we have a f/u thurs",
		[][2]string{{"tues", "date"}, {"thurs", "date"}}},
	{"en", "my cl jenna is 34, jennas mom called me from the walmarts parking lot",
		[][2]string{{"jennas", "name"}, {"walmarts", "organization"}}},
	{"en", "so last session k. told me his stepdad hits him, hes 9 n lives w/ his nan",
		[][2]string{{"k.", "name"}}},
	{"en", "cant stop thinking abt my cl m. who has been sleeping in her car since the fire",
		[][2]string{{"m", "name"}}},
	{"es", "tengo una pte d 17 anos q vive con su abuela",
		[][2]string{{"17 anos", "age"}}},
	{"fr", "jai une pt de 41 ans a rimouski 💔 son frere est decede en mars",
		[][2]string{{"41 ans", "age"}, {"rimouski", "location"}, {"mars", "date"}}},
	{"fr", "merci mme tremblay pr tt 💕 c vrmt apprecie",
		[][2]string{{"mme tremblay", "name"}}},
	{"es", "tengo una pte d 15 años, tb tiene depresion 😔",
		[][2]string{{"15 años", "age"}, {"depresion", "clinical"}}},
	{"es", "mi pte vive en guadalajara y trabaja en walmart, tiene 34 años 😔",
		[][2]string{{"guadalajara", "location"}, {"walmart", "organization"}, {"34 años", "age"}}},
}

func TestMessyForms(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range messyForms {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			res := a.Analyze(Input{Text: tt.text, Lang: tt.lang})
			units := utf16.Encode([]rune(tt.text))
			var got [][2]string
			for _, f := range res.Findings {
				if s := string(utf16.Decode(units[f.Start:f.End])); s != f.Text {
					t.Errorf("finding %q is at [%d, %d), which holds %q", f.Text, f.Start, f.End, s)
				}
				got = append(got, [2]string{f.Text, f.Category})
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("Analyze(%q) = %v; want %v among them", tt.text, got, w)
				}
			}
		})
	}
}

// TestFollowUpIsNotASex: chart shorthand "f/u" (follow-up) is spelled
// out, so its "f" is not read as a sex beside an age.
func TestFollowUpIsNotASex(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	res := a.Analyze(Input{Text: "pt needs a f/u w/ psych, she was 34 when it started", Lang: "en"})
	for _, f := range res.Findings {
		if f.Category == "demographic" {
			t.Errorf("finding %q read as %s", f.Text, f.Category)
		}
	}
}

// TestMessyCleanPostsStayQuiet: questions about training and the poster's
// own life, typed messily, raise no warning.
func TestMessyCleanPostsStayQuiet(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ lang, text string }{
		{"en", "ty 4 the recs everyone!! 🙏 im looking 4 ce courses on dbt, any1 done one w/ behavioral tech?"},
		{"en", "my own kid starts grade 1 monday and im a mess lol 😂 how do u all handle the first day"},
		{"fr", "merci bcp pr les suggestions 🙏 je cherche une formation en tcc, qqn a des recos?"},
		{"es", "grax x las recomendaciones 🙏 busco un curso d tcc, alguien sabe d uno bueno?"},
	} {
		res := a.Analyze(Input{Text: tt.text, Lang: tt.lang})
		if res.Risk.Level == "medium" || res.Risk.Level == "high" {
			t.Errorf("Analyze(%q): risk %s (%v); want none or low", tt.text, res.Risk.Level, res.Findings)
		}
	}
}

// TestShorthandMapsBack: a spelled-out short form maps back to exactly
// what was typed.
func TestShorthandMapsBack(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	c, err := a.compiledFor("en")
	if err != nil {
		t.Fatal(err)
	}
	text := "my cl w/ 8yo twins 😔 hes ok. Austin, TX"
	v := c.View(text)
	for _, tt := range []struct{ view, typed string }{
		{"client", "cl"}, {"with", "w/"}, {" year-old", "yo"}, {"he's", "hes"}, {"TX", "TX"},
	} {
		i := indexOf(v.Text, tt.view)
		if i < 0 {
			t.Errorf("view %q has no %q", v.Text, tt.view)
			continue
		}
		if s, e := v.Origin(i, i+len(tt.view)); text[s:e] != tt.typed {
			t.Errorf("view %q: %q maps back to %q; want %q", v.Text, tt.view, text[s:e], tt.typed)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestRunOnClauses: a long sentence typed without sentence ends is cut
// where a clause plainly starts, in each language; a short one is not.
func TestRunOnClauses(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lang, text string
		want       []string
	}{
		{"en", "quick consult my cl is 52 and lives alone since her divorce, she works nights at the hospital and hasnt slept in weeks - my own mom went through the same thing",
			[]string{"quick consult my cl is 52 and lives alone since her divorce, ", "she works nights at the hospital and hasnt slept in weeks - ", "my own mom went through the same thing"}},
		{"fr", "ma cliente a perdu son emploi a la fin de l'ete apres douze ans a la meme place et depuis elle ne dort plus du tout donc je pense a une reference en psychiatrie rapidement",
			[]string{"ma cliente a perdu son emploi a la fin de l'ete apres douze ans a la meme place et depuis elle ne dort plus du tout ", "donc je pense a une reference en psychiatrie rapidement"}},
		{"es", "mi paciente perdio su trabajo en el verano despues de doce anos en la misma empresa y desde entonces no duerme casi nada pero yo creo que necesita una evaluacion psiquiatrica pronto",
			[]string{"mi paciente perdio su trabajo en el verano despues de doce anos en la misma empresa y desde entonces no duerme casi nada ", "pero yo creo que necesita una evaluacion psiquiatrica pronto"}},
		{"en", "my cl is 52, she works nights.", []string{"my cl is 52, she works nights."}},
	} {
		c, err := a.compiledFor(tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		v := c.View(tt.text)
		var got []string
		for _, s := range c.Sentences(v.Text) {
			os, oe := v.Origin(s.Start, s.End)
			got = append(got, tt.text[os:oe])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("sentences(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}
