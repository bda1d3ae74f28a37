package normalize

import (
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// TestPackSlipsAreSpellerEdits checks that the slips a pack's {word~}
// stands for (rules.Slips) are edits of the speller's model: each slip
// long enough for the speller is corrected back to its word by a
// speller that knows that word alone. The packs reach with {word~} the
// short words the speller leaves as typed; they must not admit a kind
// of slip the speller would not.
func TestPackSlipsAreSpellerEdits(t *testing.T) {
	for _, w := range []string{"caseload", "sessions", "together", "semaines", "terapia", "depuis", "weekly"} {
		sp := NewSpeller([]string{w}, nil, nil, nil, nil, nil)
		sp.once.Do(sp.build)
		for _, s := range rules.Slips(w) {
			if len([]rune(s)) < SpellEditMinRunes {
				continue
			}
			if got, ok := sp.oneEdit(s); !ok || got != w {
				t.Errorf("speller(%q).oneEdit(%q) = %q, %v; want %q: rules.Slips makes an edit the speller does not", w, s, got, ok, w)
			}
		}
	}
}
