package rewrite

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/discreet-app/discreet/rules"
)

// reasonTurnAll is reasonTurn trying every reason of the pack, as it did
// before it kept to those that can open s (grammar.reasonsBy).
func reasonTurnAll(g *grammar, s string) bool {
	if s != "" && s[0] < utf8.RuneSelf && g.reasonsASCII && !g.reasonFirst[lowerASCII(s[0])] {
		return false
	}
	for _, r := range g.reasons {
		if len(s) <= len(r) || s[0] < utf8.RuneSelf && r[0] < utf8.RuneSelf && lowerASCII(s[0]) != r[0] || !strings.EqualFold(s[:len(r)], r) {
			continue
		}
		rest := s[len(r):]
		if last := r[len(r)-1]; last != '\'' && rest[0] != ' ' {
			continue
		}
		if g.opensOnClient(rest) {
			return true
		}
	}
	return false
}

// TestReasonTurnByFirstByte holds reasonTurn to reasonTurnAll in en, fr
// and es on 20,000 random openings each: reasons in either case, whole
// or inside a word, before a client lead or not.
func TestReasonTurnByFirstByte(t *testing.T) {
	for _, lang := range []string{"en", "fr", "es"} {
		p, err := rules.EmbeddedPack(lang)
		if err != nil {
			t.Fatal(err)
		}
		g := grammarOf(p)
		parts := []string{" ", "my client ", "ma cliente ", "mi paciente ", "she ", "elle ", "él ", "is ", "x", "É", "ſ", "'", "Since", "BC"}
		for _, r := range g.reasons {
			parts = append(parts, r, strings.ToUpper(r), r+" ")
		}
		rnd := rand.New(rand.NewPCG(16, 52))
		turns := 0
		for range 20000 {
			s := randomText(rnd, parts, 5)
			if got, want := g.reasonTurn(s), reasonTurnAll(g, s); got != want {
				t.Fatalf("%s: reasonTurn(%q) = %v; want %v", lang, s, got, want)
			} else if got {
				turns++
			}
		}
		if turns == 0 {
			t.Errorf("%s: no random opening turned to the client: the test tests nothing", lang)
		}
	}
}
