package analyzer

import (
	"hash/fnv"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/adversarial"
	"github.com/discreet-app/discreet/analyzer/pattern"
)

// FuzzAnalyze checks, for any valid UTF-8 text, that spans are in bounds,
// on UTF-16 character boundaries, equal to their slice, that analysis is
// deterministic, and, for one input in probeEvery, that the engine's work
// on the text repeated to 4 KB stays within adversarial.MaxWorkPerByte a byte
// (TestWorkIsLinear). Invalid UTF-8 must give an error, never a panic.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"My client Maria, 42, is a nurse in Red Deer.",
		"🎉 Thanks so much, Hope! It was a joy working with you 💙",
		"a 4\u200b2-year-old \u202ewoman\u202c in Edmonton",
		"Client (M, 58) said it on Tuesday, in session.",
		"e\u0301cole ﬁne ＡＢＣ 123-45-6789",
		"1111111111111111111111111111111111111111",
	} {
		f.Add(s)
	}
	a := defaultAnalyzer(f)
	f.Fuzz(func(t *testing.T, text string) {
		res := a.Analyze(Input{Text: text, Lang: "en"})
		if !utf8.ValidString(text) {
			if res.Error == "" {
				t.Fatalf("invalid UTF-8 %q gave no error", text)
			}
			return
		}
		if res.Error != "" {
			if len(text) > MaxTextBytes {
				return
			}
			t.Fatalf("Analyze(%q).Error = %q", text, res.Error)
		}
		checkSpans(t, text, res)
		again := a.Analyze(Input{Text: text, Lang: "en"})
		if !reflect.DeepEqual(again, res) {
			t.Fatalf("Analyze(%q) is not deterministic", text)
		}
		if text == "" || len(text) > adversarial.LinearProbe || !probed(text) {
			return
		}
		long := adversarial.RepeatTo(text, adversarial.LinearProbe)
		steps := pattern.CountWork(func() { a.Analyze(Input{Text: long, Lang: "en"}) })
		if steps > adversarial.MaxWorkPerByte*int64(len(long))+adversarial.WorkFixed {
			t.Fatalf("Analyze(%q repeated to %d bytes) took %d steps; want at most %d a byte",
				text, len(long), steps, adversarial.MaxWorkPerByte)
		}
	})
}

// probeEvery: one fuzz input in this many is also analyzed repeated to
// adversarial.LinearProbe bytes. Probing every input made the fuzz run of
// scripts/test 25 times slower; one in 64 (and every long run of one
// byte, as the seed of digits) costs little.
const probeEvery = 64

// probed reports whether FuzzAnalyze probes text for linear work: chosen
// by a hash of the text, so a failing input fails again when replayed.
func probed(text string) bool {
	h := fnv.New32a()
	h.Write([]byte(text))
	return h.Sum32()%probeEvery == 0 || len(text) >= 32 && strings.Count(text, text[:1]) == len(text)
}
