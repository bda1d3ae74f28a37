package rewrite

import (
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// TestQuotesSomeone checks which advertisements quote someone speaking of
// themself, or report what someone told the poster (examples written for
// this test).
func TestQuotesSomeone(t *testing.T) {
	for _, tc := range []struct {
		lang, intent, text string
		want               bool
	}{
		{"en", "marketing", "Booking now. A past client said: 'I can finally drive on the highway again.'", true},
		{"en", "marketing", `Groups start Monday. "We stopped fighting at dinner," one dad wrote to me.`, true},
		{"en", "marketing", "Tired of being the 'strong one'? I offer EMDR.", false},
		{"en", "marketing", "I don't think you're broken. Book a free call.", false},
		{"en", "other", "A client said 'I finally got a full night of sleep' and I cried in my car.", false},
		{"fr", "marketing", "Ateliers en janvier. « Je respire enfin », m'a confié une participante.", true},
		{"fr", "marketing", "Consultations en TCC, en visio. Le « bon » moment n'existe pas.", false},
		{"es", "marketing", "Talleres de duelo. “Ya no me siento sola”, me escribió una mamá.", true},
		// Reported speech: someone's words told in the poster's.
		{"en", "marketing", "Our new evening group exists because a dad told me he could never find one after work.", true},
		{"en", "marketing", "Couples intensives now booking. One woman confided in me that the weekends saved her marriage.", true},
		{"en", "marketing", "lots of u told me u wanted an evening slot, so now there is one!", false},
		{"en", "marketing", "I told my supervisor about this program and she loved the idea.", false},
		{"en", "other", "A client told me she finally slept through the night.", false},
		{"fr", "marketing", "Le groupe du soir est né parce qu'une maman m'a confié qu'elle ne trouvait rien après le travail.", true},
		{"fr", "marketing", "Vous m'avez dit vouloir des soirées : les voici, dès janvier.", false},
		{"es", "marketing", "Armamos este taller porque una señora me contó que no encontraba nada los sábados.", true},
		{"es", "marketing", "Muchos me dijeron que querían horarios de noche: ya los tenemos.", false},
	} {
		p, err := rules.EmbeddedPack(tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		if got := QuotesSomeone(p, tc.intent, tc.text) || ReportsSomeone(p, tc.intent, tc.text); got != tc.want {
			t.Errorf("%s %q: %v, want %v", tc.lang, tc.text, got, tc.want)
		}
	}
}

// TestStopAcronym checks that a need acronym that is also a stopword is
// read only in capitals.
func TestStopAcronym(t *testing.T) {
	p, err := rules.EmbeddedPack("en")
	if err != nil {
		t.Fatal(err)
	}
	g := grammarOf(p)
	if !g.stopAcronym("DID") || g.stopAcronym("PTSD") || g.stopAcronym("did") {
		t.Errorf("stopAcronym: DID %v, PTSD %v, did %v", g.stopAcronym("DID"), g.stopAcronym("PTSD"), g.stopAcronym("did"))
	}
}
