package pack

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestWindowsSkip: appendWindows, which passes over the hits of a
// sentence its window already reaches the end of, makes the windows that
// one window per hit makes, on random texts, sentences (in order, with
// gaps between some, or none) and hits (some dense).
func TestWindowsSkip(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 14))
	for round := 0; round < 2000; round++ {
		text := strings.Repeat("ab é. ", 1+rng.IntN(120))
		var sents []Span
		for i := 0; i < len(text); {
			j := min(len(text), i+1+rng.IntN(150))
			sents = append(sents, Span{i, j})
			i = j + rng.IntN(3)
		}
		if rng.IntN(10) == 0 {
			sents = nil
		}
		var hits []Span
		for range rng.IntN(8) + rng.IntN(2)*rng.IntN(80) {
			p := rng.IntN(len(text))
			for !utf8.RuneStart(text[p]) {
				p--
			}
			hits = append(hits, Span{p, p + 1})
		}
		slices.SortFunc(hits, bySpanStart)
		got := appendWindows(nil, text, sents, hits)
		if want := windowsWalking(text, sents, hits); !slices.Equal(got, want) {
			t.Fatalf("sentences %v, hits %v: windows %v, want %v", sents, hits, got, want)
		}
	}
}

// windowsWalking is appendWindows as it was: a window (windowAt) for
// each hit, none passed over.
func windowsWalking(s string, sents []Span, at []Span) []Span {
	var out []Span
	k := 0
	for _, hit := range at {
		p := hit.Start
		for k < len(sents) && sents[k].End <= p {
			k++
		}
		sent := Span{0, len(s)}
		if k < len(sents) {
			sent = sents[k]
		}
		out = append(out, windowAt(s, sent, p))
	}
	return NewZones(out)
}
