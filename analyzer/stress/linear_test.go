package stress

import (
	"testing"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/analyzertest"
	"github.com/discreet-app/discreet/analyzer/internal/adversarial"
	"github.com/discreet-app/discreet/analyzer/pattern"
)

// TestWorkIsLinear counts the engine's steps (automaton bytes read,
// bytes given to regexp, keyword hits looked at) on each adversarial shape
// at 2 KB and 32 KB, in every language, and fails when the steps per byte
// grow with the length: matching must stay linear in the text whatever it
// holds. It times nothing, so it cannot flake on a busy machine.
func TestWorkIsLinear(t *testing.T) {
	a := analyzertest.Default(t)
	for _, lang := range a.Languages() {
		for _, sh := range adversarial.Shapes {
			t.Run(lang+"/"+sh.Name, func(t *testing.T) {
				var perByte [2]float64
				for k, n := range []int{2_000, 32_000} {
					text := adversarial.RepeatTo(sh.Unit, n)
					steps := pattern.CountWork(func() { a.Analyze(analyzer.Input{Text: text, Lang: lang}) })
					perByte[k] = float64(steps) / float64(len(text))
				}
				// 16 times the text: a quadratic search does 16 times the
				// work per byte; a linear one the same, give or take the
				// edges.
				if perByte[1] > 1.1*perByte[0]+1 || perByte[1] > adversarial.MaxWorkPerByte {
					t.Errorf("%.1f steps per byte at 2 KB, %.1f at 32 KB; want the same, at most %d",
						perByte[0], perByte[1], adversarial.MaxWorkPerByte)
				}
			})
		}
	}
}
