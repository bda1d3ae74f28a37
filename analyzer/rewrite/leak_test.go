package rewrite

import (
	"strings"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// quiet is an Analysis that finds nothing: the guard alone is tested.
type quiet struct{}

func (quiet) Found(string) []string { return nil }
func (quiet) Dirty(string) []string { return nil }

// finding returns the finding of text's first occurrence of s.
func finding(text, s, category, severity, replacement string) Finding {
	i := strings.Index(text, s)
	return Finding{Start: i, End: i + len(s), Text: s, Category: category, Severity: severity, Replacement: replacement}
}

// The guard takes out of a composed rewrite what the post's findings
// said, in another form too, and leaves what the post asks for. Each
// post was written for this test.
func TestGuardTakesOutWhatFindingsSaid(t *testing.T) {
	type find struct{ s, category, severity, replacement string }
	for _, tc := range []struct {
		lang, text string
		finds      []find
		out, want  string
	}{
		{"en", "Referral for Dr. Idunn Brekke, who wants CBT. Brekke prefers mornings.",
			[]find{{"Dr. Idunn Brekke", "name", "high", ""}},
			"Brekke prefers mornings and wants CBT.", "The client prefers mornings and wants CBT."},
		{"en", "Referral for Idunn Brekke, who wants CBT. Could anyone with CBT training see Dr. Brekke soon?",
			[]find{{"Idunn Brekke", "name", "high", ""}},
			"Could anyone with CBT training see Dr. Brekke soon?", "Could anyone with CBT training see the client soon?"},
		{"en", "Referral for Idunn Brekke. Could anyone see Brekke's son for CBT?",
			[]find{{"Idunn Brekke", "name", "high", ""}},
			"Could anyone see Brekke's son for CBT?", "Could anyone see the client's son for CBT?"},
		{"en", "My client, a welder at Osterhout Fabrication, needs EMDR. Anyone near Osterhout who does EMDR?",
			[]find{{"Osterhout Fabrication", "organization", "medium", "a local organization"}},
			"Anyone near Osterhout who does EMDR?", "Anyone near a local organization who does EMDR?"},
		{"en", "Grief referral. He keeps to the farm near Carrowmore and hates crowds.",
			[]find{{"keeps to the farm near Carrowmore", "clinical", "low", ""}},
			"Looking for a grief therapist. Experience that would help: keeps to the farm near Carrowmore.", "Looking for a grief therapist. Experience that would help: keeps to the farm."},
		{"en", "Coach at the rink, my client needs a trauma therapist. Who sees a coach after 8pm?",
			[]find{{"Coach", "occupation", "medium", "professional"}},
			"Who sees a coach after 8pm?", "Who sees a professional after 8pm?"},
		// What the post asks for stays: a group served, a need term.
		{"en", "Looking for someone who works with farmers and knows PTSD.",
			[]find{{"farmers", "occupation", "medium", "their work"}},
			"Looking for someone who works with farmers and knows PTSD.", "Looking for someone who works with farmers and knows PTSD."},
		{"fr", "Je cherche une psychologue pour Mme Solenn Kervella. Kervella préfère le soir.",
			[]find{{"Mme Solenn Kervella", "name", "high", ""}},
			"Kervella préfère le soir.", "La personne préfère le soir."},
		{"es", "Busco psicóloga para mi paciente, que trabaja en Aceitera Ubriaco. ¿Alguien atiende a gente de Ubriaco?",
			[]find{{"Aceitera Ubriaco", "organization", "medium", "una organización local"}},
			"¿Alguien atiende a gente de Ubriaco?", "¿Alguien atiende a gente de una organización local?"},
	} {
		p, err := rules.EmbeddedPack(tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		post := &Post{Text: tc.text, Intent: "referral_request", Analysis: quiet{}, Sentences: []Sentence{{Start: 0, End: len(tc.text), Lower: strings.ToLower(tc.text)}}}
		for _, f := range tc.finds {
			post.Findings = append(post.Findings, finding(tc.text, f.s, f.category, f.severity, f.replacement))
		}
		if got := guard(p, post, tc.out); got != tc.want {
			t.Errorf("guard(%q, %q) = %q; want %q", tc.text, tc.out, got, tc.want)
		}
	}
}
