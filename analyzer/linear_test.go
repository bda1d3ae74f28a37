package analyzer

import (
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/pattern"
)

// maxWorkPerByte bounds the engine's steps (pattern.CountWork) per byte of a
// text. The packs' patterns, on the shapes below, take at most about 115;
// the corpus posts about 35. A search whose work grows with the text
// passes it on a long enough input, and fails the growth check below on
// any input.
const maxWorkPerByte = 400

// workFixed is what an analysis may take besides its steps per byte: a
// few steps a pattern, on the shortest texts.
const workFixed = 1000

// linearProbe is the length FuzzAnalyze repeats its text to: long enough
// for a search of quadratic cost to pass maxWorkPerByte.
const linearProbe = 4_000

// adversarial are input shapes that once made matching slower than
// linear, or could: runs of one character class, a keyword over and over,
// quotes opened and never closed, and long lines without a space.
var adversarial = []struct {
	name, unit string
}{
	{"digits", "7"},
	{"letters", "q"},
	{"capitals", "Qu"},
	{"punctuation", "."},
	{"commas", ", "},
	{"spaces", " "},
	{"newlines", "\n"},
	{"accents", "é"},
	{"digit-words", "12 "},
	{"phone-like", "555-0134 "},
	{"keyword", "my client "},
	{"keyword-run", "client"},
	{"kin", "her son and "},
	{"ages", "she is 42 years old, "},
	{"open-quotes-en", `he said "no `},
	{"open-quotes-fr", `elle dit "non `},
	{"open-quotes-es", `dijo "no `},
	{"no-spaces", strings.ReplaceAll(benchPost, " ", "")},
	{"hyphens", strings.ReplaceAll(benchPost, " ", "-")},
	{"prose", benchPost},
}

// repeatTo repeats unit to about n bytes.
func repeatTo(unit string, n int) string { return strings.Repeat(unit, max(1, n/len(unit))) }

// TestWorkIsLinear counts the engine's steps (automaton bytes read,
// bytes given to regexp, keyword hits looked at) on each adversarial shape
// at 2 KB and 32 KB, in every language, and fails when the steps per byte
// grow with the length: matching must stay linear in the text whatever it
// holds. It times nothing, so it cannot flake on a busy machine.
func TestWorkIsLinear(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, lang := range a.Languages() {
		for _, sh := range adversarial {
			t.Run(lang+"/"+sh.name, func(t *testing.T) {
				var perByte [2]float64
				for k, n := range []int{2_000, 32_000} {
					text := repeatTo(sh.unit, n)
					steps := pattern.CountWork(func() { a.Analyze(Input{Text: text, Lang: lang}) })
					perByte[k] = float64(steps) / float64(len(text))
				}
				// 16 times the text: a quadratic search does 16 times the
				// work per byte; a linear one the same, give or take the
				// edges.
				if perByte[1] > 1.1*perByte[0]+1 || perByte[1] > maxWorkPerByte {
					t.Errorf("%.1f steps per byte at 2 KB, %.1f at 32 KB; want the same, at most %d",
						perByte[0], perByte[1], maxWorkPerByte)
				}
			})
		}
	}
}
