// Package langid detects the language of a post with lingua-go, restricted
// to the languages Discreet has rule packs for. It is for native builds
// only: lingua's models are ~130 MB and never go into a .wasm.
package langid

import (
	"sync"

	"github.com/pemistahl/lingua-go"
)

var (
	once     sync.Once
	detector lingua.LanguageDetector
	codes    = map[lingua.Language]string{lingua.English: "en", lingua.French: "fr", lingua.Spanish: "es"}
)

// Detect returns "en", "fr" or "es" for text, or "" when lingua is not
// confident. Models load on first use.
func Detect(text string) string {
	once.Do(func() {
		detector = lingua.NewLanguageDetectorBuilder().
			FromLanguages(lingua.English, lingua.French, lingua.Spanish).
			WithLowAccuracyMode().
			Build()
	})
	if lang, ok := detector.DetectLanguageOf(text); ok {
		return codes[lang]
	}
	return ""
}
