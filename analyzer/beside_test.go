package analyzer

import "testing"

// TestAgesBesideNames: an age typed right after a name or a job, without
// the commas a tidy writer puts around it, is found; a number after a job
// that is not an age is not. Posts invented for this test.
func TestAgesBesideNames(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct {
		lang, text, want string // want "" means no age finding
	}{
		{"en", "saw mr tomas delacroix 81, his dog died last week and he cries a lot", "81"},
		{"en", "my cl (a retired welder 71) lost his wife last spring and stopped eating", "71"},
		{"en", "referral for a bus driver 58, anxious since the crash", "58"},
		{"en", "she works as a nurse 3 days a week at the clinic", ""},
		{"fr", "mon client, mécanicien 45, vient de perdre son emploi et ne dort plus", "45"},
		{"fr", "ma cliente est infirmière 4 jours par semaine", ""},
		{"es", "mi paciente, carpintero 52, perdió a su hijo el año pasado", "52"},
		{"es", "mi paciente trabaja de mesera 3 noches por semana", ""},
	} {
		res := a.Analyze(Input{Text: tc.text, Lang: tc.lang})
		got := ""
		for _, f := range res.Findings {
			if f.Category == "age" {
				got = f.Text
			}
		}
		if got != tc.want {
			t.Errorf("%s %q: age %q; want %q (all: %+v)", tc.lang, tc.text, got, tc.want, res.Findings)
		}
	}
}
