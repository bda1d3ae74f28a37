package pattern_test

import (
	"testing"

	"github.com/discreet-app/discreet/analyzer/pattern"
	"github.com/discreet-app/discreet/rules"
)

// packPatterns returns every regular expression of the built-in packs,
// once each, anchored as the analyzer compiles them: a before-context
// must end where the text before a span ends, an after-context or an
// extension must start where the span ends.
func packPatterns(t *testing.T) []string {
	t.Helper()
	packs, err := rules.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var out []string
	add := func(src string, anchor int) {
		switch {
		case src == "":
			return
		case anchor < 0:
			src = "(?:" + src + ")$"
		case anchor > 0:
			src = "^(?:" + src + ")"
		}
		if !seen[src] {
			seen[src] = true
			out = append(out, src)
		}
	}
	for _, lang := range rules.Languages() {
		p := packs[lang]
		for _, r := range p.Rules {
			add(r.Pattern, 0)
			add(r.Before, -1)
			add(r.NotBefore, -1)
			add(r.After, 1)
			add(r.NotAfter, 1)
			add(r.Extend, 1)
			if r.Ambiguous != nil {
				add(r.Ambiguous.Before, -1)
				add(r.Ambiguous.After, 1)
			}
		}
		c := p.Context
		for _, gs := range [][]rules.Gated{c.Person, c.Addressee, c.Generic, c.Self, c.NotSpecific, c.Ignore} {
			for _, g := range gs {
				add(g.Pattern, 0)
			}
		}
		for _, in := range p.Intents {
			for _, cue := range in.Cues {
				add(cue.Pattern, 0)
			}
		}
	}
	return out
}

// TestPackPatternsMatchRegexp checks that the prefiltered search gives
// exactly regexp's answers for every pattern of the packs, on the corpus
// and hard cases, and that most patterns use the prefilter.
func TestPackPatternsMatchRegexp(t *testing.T) {
	pats := packPatterns(t)
	fast, rev, split := pattern.CheckMatchesRegexp(t, pats, pattern.Samples(t))
	// The prefilter is the point: most of the packs' patterns must use it.
	if fast < len(pats)/2 {
		t.Errorf("%d of %d patterns use the prefilter; want at least half", fast, len(pats))
	}
	if split == 0 {
		t.Error("no pattern is split into its alternatives; the big rule alternations should be")
	}
	if rev == 0 {
		t.Error("no pattern is matched in reverse; the context patterns ending in $ should be")
	}
}

// TestPackAutomataMatchRegexp compares the automaton of every pack
// pattern with regexp at every position of the corpus samples.
func TestPackAutomataMatchRegexp(t *testing.T) {
	pattern.CheckDFA(t, packPatterns(t), pattern.DFAInputs(t))
}

// TestPackAutomataStates: the packs' automata stay far from the cap on
// real text, so none of them falls back to regexp.
func TestPackAutomataStates(t *testing.T) {
	pattern.CheckDFAStates(t, packPatterns(t), pattern.DFAInputs(t))
}

// TestPackSeek: for every pattern of the packs, the searches the
// unanchored pass may cut short give what the tries alone give.
func TestPackSeek(t *testing.T) {
	pattern.CheckSeek(t, packPatterns(t), everyNth(pattern.Samples(t), 3))
}

// everyNth returns every nth of inputs, from the first: a share of the
// samples for the checks that run every pack pattern over each.
func everyNth(inputs []string, n int) []string {
	var out []string
	for k := 0; k < len(inputs); k += n {
		out = append(out, inputs[k])
	}
	return out
}

// TestPackNearFast: for every pattern of the packs, a search's answer
// from the text's stretches measured once (Near.fast) is the one its
// pattern gives reading the input, on the corpus samples.
func TestPackNearFast(t *testing.T) {
	pattern.CheckNearFast(t, packPatterns(t), everyNth(pattern.Samples(t), 5))
}
