// Package adversarial holds the input shapes that once made matching
// slower than linear, or could, and the bounds on the engine's work per
// byte that the analyzer's tests hold every text to (FuzzAnalyze,
// BenchmarkAdversarial, and analyzer/stress's TestWorkIsLinear). Only
// tests import it.
package adversarial

import (
	"strings"
)

// Prose is a synthetic referral post with the usual mix of details.
const Prose = "Hello everyone! Need a counsellor for a client of mine, 15 y/o boy in Medicine Hat, just arrived from Manila with his aunt. " +
	"Dealing w/ panic attacks and some cutting lately. He plays on the Hornets U16 boys team and is scared his coach will hear. " +
	"Must take AB Blue Cross. His mom is a 47-year-old firefighter who was in a bad collision last April. DM me! "

// MaxWorkPerByte bounds the engine's steps (pattern.CountWork) per byte of a
// text. The packs' patterns, on the shapes below, take at most about 115;
// the corpus posts about 35. A search whose work grows with the text
// passes it on a long enough input, and fails the growth check below on
// any input.
const MaxWorkPerByte = 400

// WorkFixed is what an analysis may take besides its steps per byte: a
// few steps a pattern, on the shortest texts.
const WorkFixed = 1000

// LinearProbe is the length FuzzAnalyze repeats its text to: long enough
// for a search of quadratic cost to pass MaxWorkPerByte.
const LinearProbe = 4_000

// Shapes are input shapes that once made matching slower than
// linear, or could: runs of one character class, a keyword over and over,
// quotes opened and never closed, and long lines without a space.
var Shapes = []struct {
	Name, Unit string
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
	{"no-spaces", strings.ReplaceAll(Prose, " ", "")},
	{"hyphens", strings.ReplaceAll(Prose, " ", "-")},
	{"prose", Prose},
}

// RepeatTo repeats unit to about n bytes.
func RepeatTo(unit string, n int) string { return strings.Repeat(unit, max(1, n/len(unit))) }
