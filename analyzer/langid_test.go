package analyzer

import (
	"testing"

	"github.com/discreet-app/discreet/analyzer/langid"
)

// TestMixedLanguagePosts: French and Spanish posts that borrow English
// clinical terms and phrases still get their own pack, from both detectors.
func TestMixedLanguagePosts(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct{ text, want string }{
		{"Ma cliente a un PTSD sévère et fait du burnout depuis son divorce. Any thoughts? Je cherche une psy en EMDR à Montréal.", "fr"},
		{"Besoin d'une référence pour un client avec ADHD et binge eating, idéalement quelqu'un qui fait du CBT en ligne.", "fr"},
		{"Quelqu'un connaît un bon trauma-informed therapist qui parle français à Moncton? C'est pour une cliente.", "fr"},
		{"Busco terapeuta con training en DBT para una paciente con self-harm y burnout. ¿Alguien conoce a alguien en Monterrey?", "es"},
		{"Mi paciente tiene PTSD después del accidente y le recomendaron EMDR. ¿Qué opinan del mindfulness para el craving?", "es"},
		{"¿Alguien tiene recursos sobre coping skills para adolescentes con anxiety? Gracias colegas.", "es"},
	} {
		if got := a.guessLanguage(tc.text); got != tc.want {
			t.Errorf("guessLanguage(%q) = %q; want %q", tc.text, got, tc.want)
		}
		if got := a.Analyze(Input{Text: tc.text}).Language; got != tc.want {
			t.Errorf("Analyze(%q).Language = %q; want %q", tc.text, got, tc.want)
		}
		if testing.Short() {
			continue
		}
		if got := a.AnalyzeWith(Input{Text: tc.text}, langid.Detect).Language; got != tc.want {
			t.Errorf("AnalyzeWith(%q, langid.Detect).Language = %q; want %q", tc.text, got, tc.want)
		}
	}
}
