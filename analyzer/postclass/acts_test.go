package postclass

import (
	"slices"
	"strings"
	"testing"
)

// TestAddressesReaderCountsSecondPerson checks the step of the share of
// a post's words that speak to its reader, in each language, and that
// the poster's or a third person's words do not count (sentences written
// for this test).
func TestAddressesReaderCountsSecondPerson(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		want       string
	}{
		{"en", "She told me her sister moved away and I did not know what to say.", "0"},
		{"en", "If you found our group helpful, would you leave a line about your time with us?", "8"},
		{"en", strings.Repeat("word ", 39) + "you", "5"}, // one word in forty: 2.5%
		{"fr", "Elle m'a dit que sa sœur était partie et je ne savais pas quoi dire.", "0"},
		{"fr", "Si notre groupe vous a aidé, laisseriez-vous un mot sur votre passage?", "8"},
		{"es", "Si nuestro grupo te sirvió, ¿nos dejarías unas palabras sobre tu paso por él?", "8"},
		{"es", "Ella me dijo ayer que la hermana se mudó y yo no supe qué decir.", "0"},
		{"de", "Wenn du magst, schreib uns.", "0"}, // no words for a language without a pack
	} {
		var got []string
		addressesReader(tc.lang, words(tc.text, maxTokens), func(parts ...string) {
			if parts[0] == "you-share" {
				got = append(got, parts[1])
			}
		})
		if !slices.Equal(got, []string{tc.want}) {
			t.Errorf("addressesReader(%s, %q) = %v; want [%s]", tc.lang, tc.text, got, tc.want)
		}
	}
}
