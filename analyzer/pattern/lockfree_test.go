package pattern

import (
	"slices"
	"strings"
	"testing"
)

// lockfreeSources are patterns whose searches go through each automaton
// that reads without a lock: the unanchored pass (seek), the anchored
// tries (run), the reversed automaton of a pattern anchored at the end
// (matchReverse), and transitions on runes beyond ASCII.
var lockfreeSources = []string{
	kinPattern,
	`(?i)\b(?:née|born|moved)\s+(?:in|à|en)\s+\p{Lu}\p{L}+`,
	`(?i)(?:the|la|el)\s+\p{L}+\s*$`,
	`\b\d{1,2}\s*(?:yo|ans|años)\b`,
}

// lockfreeAnswers runs MatchString and FindAllStringSubmatchIndex of
// each of pats over each line of text and some of its suffixes.
func lockfreeAnswers(pats []*pattern, text string) []int {
	var out []int
	for _, p := range pats {
		for line := range strings.SplitSeq(text, "\n") {
			for i := 0; i < len(line); i += 7 {
				s := line[i:]
				if p.MatchString(s) {
					out = append(out, 1)
				} else {
					out = append(out, 0)
				}
				for _, m := range p.FindAllStringSubmatchIndex(s) {
					out = append(out, m...)
				}
			}
		}
	}
	return out
}

// compileAll compiles srcs, each anew.
func compileAll(t *testing.T, srcs []string) []*pattern {
	var pats []*pattern
	for _, src := range srcs {
		p, err := compilePattern(src)
		if err != nil {
			t.Fatal(err)
		}
		pats = append(pats, p)
	}
	return pats
}

// TestSearchesConcurrent runs the searches of shared patterns from
// several goroutines while their automata are still being built, and
// while ForgetStates makes them start again: each gets the answers of a
// run alone (go test -race checks the atomics that replace the locks).
func TestSearchesConcurrent(t *testing.T) {
	text := strings.Join(append(dfaInputs(t),
		"Née à Québec, she moved in Montréal when 14 ans; el niño de 7 años",
		"my oldest son was born in Zürich and our client moved en España", "vive con la abuela"), "\n")
	want := lockfreeAnswers(compileAll(t, lockfreeSources), text)
	shared := compileAll(t, lockfreeSources)
	for _, got := range whileForgetting(4, func() []int { return lockfreeAnswers(shared, text) }) {
		if !slices.Equal(got, want) {
			t.Error("concurrent searches disagree with a search alone")
		}
	}
}
