package rewrite

import (
	"slices"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// TestRunOnSubject checks where an ask typed on into the client's story
// ends (examples written for this test).
func TestRunOnSubject(t *testing.T) {
	for _, tc := range []struct {
		lang, s, first string // first: the first clause, "" for no cut
	}{
		{"en", "anyone know a grief group for widows client is 70 and lost her husband in may", "anyone know a grief group for widows"},
		{"en", "need a sandtray therapist my client is six and in foster care", "need a sandtray therapist"},
		{"en", "looking for a therapist that my client is comfortable with", ""},
		{"en", "looking for a group for parents whose kid is autistic", ""},
		{"fr", "vous connaissez un groupe pour le deuil ma cliente est veuve depuis juin", "vous connaissez un groupe pour le deuil"},
		{"es", "alguien conoce un grupo de duelo la paciente es viuda desde enero", "alguien conoce un grupo de duelo"},
	} {
		p, err := rules.EmbeddedPack(tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		g := grammarOf(p)
		cuts := g.clauseCuts(tc.s)
		got := ""
		if i := slices.IndexFunc(cuts, func(c [2]int) bool { return c[0] == c[1]-1 && tc.s[c[0]] == ' ' }); i >= 0 {
			got = tc.s[:cuts[i][0]]
		}
		if got != tc.first {
			t.Errorf("%s %q: first clause %q, want %q (cuts %v)", tc.lang, tc.s, got, tc.first, cuts)
		}
	}
}
