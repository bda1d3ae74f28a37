// Package langid detects the language of a post with lingua-go, restricted
// to the languages Discreet has rule packs for. It is for native builds
// only: lingua's models are ~130 MB and never go into a .wasm.
package langid

import (
	"sync"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// shortText is the length in runes under which a post is detected with
// lingua's high-accuracy models. Low-accuracy mode uses trigrams only and
// calls short English posts French ("My client Maria, 42, is a nurse.");
// past a few sentences both modes agree and low accuracy is far faster.
const shortText = 200

// minMargin is how far the best language's confidence must lead the
// second's in a short post: closer than that, Detect answers "" and the
// caller falls back to the packs' stop words.
const minMargin = 0.1

var (
	lowOnce, highOnce sync.Once
	low, high         lingua.LanguageDetector
	languages         = []lingua.Language{lingua.English, lingua.French, lingua.Spanish}
	codes             = map[lingua.Language]string{lingua.English: "en", lingua.French: "fr", lingua.Spanish: "es"}
)

// Detect returns "en", "fr" or "es" for text, or "" when lingua is not
// confident. Models load on first use.
func Detect(text string) string {
	if utf8.RuneCountInString(text) < shortText {
		return detectShort(text)
	}
	lowOnce.Do(func() {
		low = lingua.NewLanguageDetectorBuilder().FromLanguages(languages...).WithLowAccuracyMode().Build()
	})
	if lang, ok := low.DetectLanguageOf(text); ok {
		return codes[lang]
	}
	return ""
}

// detectShort uses the high-accuracy models and answers only when one
// language leads the others by minMargin.
func detectShort(text string) string {
	highOnce.Do(func() {
		high = lingua.NewLanguageDetectorBuilder().FromLanguages(languages...).Build()
	})
	conf := high.ComputeLanguageConfidenceValues(text)
	if len(conf) == 0 || conf[0].Value() == 0 {
		return ""
	}
	if len(conf) > 1 && conf[0].Value()-conf[1].Value() < minMargin {
		return ""
	}
	return codes[conf[0].Language()]
}
