package analyzer

import (
	"strings"
	"testing"
)

// TestAttributionPersonCue checks that a bare "Client ..." or "Paciente
// ..." opening a later sentence, or words to a client, mark the post as
// about a specific person, so that a place or employer in another
// sentence is kept; and that the same place with no one described stays
// unflagged.
func TestAttributionPersonCue(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct {
		lang, text, want string // want "" means no finding of that text
		flag             bool
	}{
		{"en", "Looking for a DBT group in Saskatoon. Client works nights and has BPD.", "Saskatoon", true},
		{"en", "Need ideas? Client is a widower who just moved.", "widower", true},
		{"fr", "Une ressource à Sherbrooke? Patiente de mon équipe, anxieuse.", "Sherbrooke", true},
		{"es", "¿Alguien en Rosario? Paciente con crisis de pánico desde hace meses.", "Rosario", true},
		{"en", "Looking for a DBT group in Saskatoon. Any leads welcome.", "Saskatoon", false},
		// The poster's own city: "<city> therapist here".
		{"en", "Moncton therapist here. My client is a welder with panic attacks.", "Moncton", false},
		{"en", "Moncton therapist here. My client is a welder with panic attacks.", "welder", true},
		// Words to a client who is not named: "you" is the client.
		{"en", "To my Thursday 4pm: you know who you are. You walked across the stage at Dalhousie today.", "Dalhousie", true},
		// "Mi cliente" is a client as much as "mi clienta" and "mi paciente".
		{"es", "Mi cliente es tornero en un taller de Rosario.", "tornero", true},
		// Jobs said of a group or sought by the poster, in a post that
		// is about a client: nobody's job.
		{"en", "My client is a welder. Welders often hide injuries from their foremen.", "Welders", false},
		{"en", "My client is a welder. Welders often hide injuries from their foremen.", "welder", true},
		{"en", "My client just moved here. Carpenters are welcome to join our peer group.", "Carpenters", false},
		{"en", "My client just moved here. I'd love a psychologist who has experience with electricians.", "electricians", false},
		{"en", "My client just moved here. Does anyone know a good bookkeeper for a small practice?", "bookkeeper", false},
	} {
		res := a.Analyze(Input{Text: tc.text, Lang: tc.lang})
		found := false
		for _, f := range res.Findings {
			if strings.Contains(f.Text, tc.want) {
				found = true
			}
		}
		if found != tc.flag {
			t.Errorf("%s %q: finding %q = %v, want %v (%v)", tc.lang, tc.text, tc.want, found, tc.flag, summarize(res))
		}
	}
}
