package rewrite

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// refIsAsk is isAsk by its definition, without its shortcuts: a question
// mark outside quotation marks, or an ask cue at the start of a word.
func refIsAsk(cues []string, lower string) bool {
	if strings.ContainsAny(lower, "?¿") && questionOutsideQuotes(lower) {
		return true
	}
	for _, cue := range cues {
		for i := 0; i+len(cue) <= len(lower); i++ {
			if !strings.HasPrefix(lower[i:], cue) {
				continue
			}
			if i == 0 {
				return true
			}
			if p := lower[i-1]; p < utf8.RuneSelf {
				if !isASCIIWord(p) && p != '\'' {
					return true
				}
			} else if phrase.BoundaryBefore(lower, i) {
				return true
			}
		}
	}
	return false
}

// TestIsAskCues checks isAsk against refIsAsk on every sentence of the
// training corpus, and on each cue of the pack at the start, inside and
// after a word, with and without what follows it.
func TestIsAskCues(t *testing.T) {
	texts := trainLines(t)
	for _, lang := range []string{"en", "fr", "es"} {
		g := grammarFor(t, lang)
		cues := slices.Concat(g.cues[:]...)
		lines := texts[lang]
		for _, cue := range cues {
			lines = append(lines, cue, cue[:len(cue)-1], "x"+cue, "é"+cue, "l'"+cue, "— "+cue+" x", "«"+cue)
		}
		for _, s := range lines {
			if got, want := isAsk(g, s), refIsAsk(cues, s); got != want {
				t.Errorf("%s: isAsk(%q) = %v; want %v", lang, s, got, want)
			}
		}
	}
}
