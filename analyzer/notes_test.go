package analyzer

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

// TestNoteStyleSentencesGoOn checks that a sentence written like a case
// note, with nothing of its own that says who it is about, is read as the
// client's story going on (context.storyGoesOn), two sentences or more
// after the client was last referred to, in all three languages; and that
// a question to the readers, a hashtag or a sentence whose subject is the
// poster is not.
func TestNoteStyleSentencesGoOn(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	const (
		story   = "My client is a 40-year-old teacher in Red Deer. She lost her job in May and has been drinking every night since. Barely sleeping. "
		storyFr = "Ma cliente a 40 ans et enseigne au secondaire. Elle a perdu son emploi en mai et boit tous les soirs depuis. Dort très peu. "
		storyEs = "Mi paciente tiene 40 años y es maestra. Perdió su trabajo en mayo y bebe todas las noches desde entonces. Duerme muy poco. "
	)
	for _, tt := range []struct {
		lang, text, detail string
		want               bool
	}{
		{"en", story + "Passive SI, no intent stated.", "Passive SI", true},
		{"en", story + "Is passive SI something you would report?", "passive SI", false},
		{"en", story + "#grief #selfharm", "grief", false},
		{"en", story + "Passive SI, we made a safety plan.", "Passive SI", true},
		{"fr", storyFr + "Idées suicidaires passives, sans intention.", "Idées suicidaires passives", true},
		{"es", storyEs + "Ideación suicida pasiva, sin intención.", "Ideación suicida", true},
	} {
		checkFinds(t, a, tt.lang, tt.text, tt.detail, tt.want)
	}
}

// TestPosterSentencesDoNotCarryTheStory is the extension's size-cap test
// (extension/test/e2e/editors.test.mjs) in Go, in all three languages: a
// head about a client, then many plain sentences whose subject is the
// poster. Who each sentence is about carries the client over all of them
// (Referents), but what the poster did is not the client's story
// (context.posterSubject): past the sentence next to the head (kept by
// personNear, as before note-style sentences went on), none yields a
// story, event or clinical finding. Kept, every one became a finding and
// the page test timed out.
func TestPosterSentencesDoNotCarryTheStory(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ lang, head, tail string }{
		{"en", "My client, a 42-year-old nurse, needs a therapist. ",
			"We talked about the schedule for the coming weeks. I sent the updated forms to the front desk. My co-therapist and I went over the plan again. "},
		{"fr", "Ma cliente, une infirmière de 42 ans, cherche une thérapeute. ",
			"Nous avons parlé de l'horaire des prochaines semaines. J'ai envoyé les formulaires à l'accueil. On a revu le plan ensemble. "},
		{"es", "Mi paciente, una enfermera de 42 años, busca terapeuta. ",
			"Hablamos del horario de las próximas semanas. Revisamos el plan otra vez. Yo envié los formularios a recepción. "},
	} {
		text := tt.head + strings.Repeat(tt.tail, 60)
		first := strings.Index(tt.tail, ". ") + 2 // the sentence next to the head
		from := len(utf16.Encode([]rune(tt.head + tt.tail[:first])))
		res := a.Analyze(Input{Text: text, Lang: tt.lang})
		n := 0
		for _, f := range res.Findings {
			story := strings.Contains(f.Rule, "/story-") || f.Category == "event" || f.Category == "clinical"
			if story && f.Start >= from {
				if n++; n <= 3 {
					t.Errorf("%s: %q (%s) at %d, in a sentence of the poster's", tt.lang, f.Text, f.Rule, f.Start)
				}
			}
		}
		if n > 3 {
			t.Errorf("%s: %d such findings in all", tt.lang, n)
		}
	}
}

// TestSubordinateClauseIsTheClients checks that in a sentence where the
// poster introduces themselves ("I'm a counsellor in..."), whose words
// the self zones keep as the poster's own, a subordinate clause about
// someone else ("since her...", "depuis qu'elle...", "desde que su...")
// is the client's story (context.cutOthers), in all three languages;
// and that the poster's own detail after a subordinator stays theirs.
func TestSubordinateClauseIsTheClients(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lang, text, detail string
		want               bool
	}{
		{"en", "I'm a counsellor in private practice and have seen her since her husband was deported last year.", "husband was deported", true},
		{"fr", "Je suis psychologue en cabinet et je la suis depuis qu'elle a perdu son emploi à l'usine.", "perdu son emploi", true},
		{"es", "Soy psicóloga en una clínica de barrio y la atiendo desde que su hermano murió en un choque.", "choque", true},
		{"en", "I'm a counsellor in private practice since my own divorce in Halifax.", "Halifax", false},
	} {
		checkFinds(t, a, tt.lang, tt.text, tt.detail, tt.want)
	}
}

// checkFinds reports an error unless analyzing text finds a finding whose
// text is detail exactly when want says so.
func checkFinds(t *testing.T, a *Analyzer, lang, text, detail string, want bool) {
	t.Helper()
	var found []string
	for _, f := range a.Analyze(Input{Text: text, Lang: lang}).Findings {
		found = append(found, f.Text)
	}
	if got := slices.Contains(found, detail); got != want {
		t.Errorf("%q: finds %q = %v, want %v (findings %q)", text, detail, got, want, found)
	}
}
