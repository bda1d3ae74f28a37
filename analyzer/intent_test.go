package analyzer

import (
	"testing"
)

// TestIntentModelParses: the embedded intent model is one the analyzer
// reads (scripts/cmd/train-intent's test checks it is what retraining
// makes).
func TestIntentModelParses(t *testing.T) {
	if intentModel() == nil {
		t.Fatal("the embedded intent model does not parse")
	}
}

// TestIntentConceptsCarryAcrossLanguages checks that each pack maps its
// language's words for the same kinds of intent to the same concept, so
// that the weights learned mostly from English posts serve French and
// Spanish ones (sentences written for this test).
func TestIntentConceptsCarryAcrossLanguages(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, text, word, concept string }{
		{"en", "How would you handle this?", "handle", "howto"},
		{"fr", "Comment aborderiez-vous cela ?", "aborderiez", "howto"},
		{"es", "¿Cómo manejarían esto?", "manejarian", "howto"},
		{"es", "¿Qué harían ustedes?", "harian", "howto"},
		{"en", "My client, 14 yo, asked me", "client", "client"},
		{"fr", "Une patiente de 30 ans m'a dit", "patiente", "client"},
		{"fr", "Une patiente de 30 ans m'a dit", "ans", "age"},
		{"es", "Paciente de 29 años", "anos", "age"},
		{"fr", "qqn connaît un psy à Laval?", "qqn", "ask"},
		{"es", "¿Qué hacen cuando pasa esto?", "hacen", "howto"},
		{"es", "¿Conocés algún grupo para duelo?", "algun", "ask"},
		{"es", "¿Me sugieren estrategias?", "sugieren", "ask"},
		{"es", "¿Me sugieren estrategias?", "estrategias", "howto"},
		{"en", "We now offer evening groups; call the front desk.", "offer", "offer"},
		{"fr", "Nous proposons des ateliers; écrivez à l'accueil.", "proposons", "offer"},
		{"es", "Ofrecemos talleres; escríbenos por privado.", "ofrecemos", "offer"},
		{"en", "We now offer evening groups; call the front desk.", "call", "contact"},
		{"fr", "Nous proposons des ateliers; écrivez à l'accueil.", "ecrivez", "contact"},
		{"es", "Ofrecemos talleres; escríbenos por privado.", "escribenos", "contact"},
		{"en", "Who could I refer a teen to?", "refer", "refer"},
		{"fr", "À qui référer un ado?", "referer", "refer"},
		{"es", "¿A quién derivar a un adolescente?", "derivar", "refer"},
		{"en", "New episode on the blog this week!", "episode", "news"},
		{"fr", "Notre infolettre de mars est parue.", "infolettre", "news"},
		{"es", "Novedades del consultorio para abril.", "novedades", "news"},
		{"en", "If you're struggling, you are not alone.", "struggling", "hope"},
		{"fr", "Vous n'êtes pas seule, il y a de l'espoir.", "espoir", "hope"},
		{"es", "No estás sola: mereces apoyo.", "mereces", "hope"},
		{"es", "¿Qué haríais vosotros en este caso?", "hariais", "howto"},
		{"es", "Quedan plazas para el grupo de los martes.", "plazas", "capacity"},
		{"fr", "Des créneaux se libèrent en mai, prenez rdv.", "rdv", "booking"},
		{"en", "Quarterly chapter meeting, two CE credits.", "meeting", "event"},
	} {
		p, err := a.IntentPost(Input{Text: tc.text, Lang: tc.lang, Platform: "forum"})
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Concepts[tc.word]; got != tc.concept {
			t.Errorf("%s %q: %q is concept %q, want %q", tc.lang, tc.text, tc.word, got, tc.concept)
		}
	}
}
