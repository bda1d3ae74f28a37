package rewrite

import "testing"

func TestQualifiesProvider(t *testing.T) {
	for _, tt := range []struct {
		lang, ask string
		want      bool
	}{
		{"en", "Seeking an LGBTQ+ affirming therapist.", true},
		{"en", "Looking for a Gottman-trained therapist.", true},
		{"en", "Looking for a therapist.", false},
		{"en", "Need a good therapist.", false},
		{"en", "Need a referral for ERP.", false},
		{"fr", "Je cherche une psychologue féministe.", true},
		{"es", "Busco psicóloga feminista.", true},
		{"es", "Busco psicóloga, urgente.", false},
		{"fr", "Je cherche un bon psychologue.", false},
		{"es", "Busco terapeuta.", false},
	} {
		g := grammarFor(t, tt.lang)
		if got := g.qualifiesProvider([]string{tt.ask}); got != tt.want {
			t.Errorf("%s: qualifiesProvider(%q) = %v, want %v", tt.lang, tt.ask, got, tt.want)
		}
	}
}
