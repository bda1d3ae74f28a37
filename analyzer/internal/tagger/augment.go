package tagger

import (
	"math/rand/v2"
	"slices"
)

// Augment returns examples followed by n copies of each example that
// holds a span of a detail, in which every such span is replaced by the
// tokens of another span of the same category, drawn (with seed) from
// any example of the model's own language: "she has been [missing
// meals] since May" also becomes "she has been [skipping sessions] since
// May". A few hundred posts hold each kind of detail in a few contexts
// and each context with a few details; mixed, the model learns the
// contexts that announce a detail apart from the words of the detail,
// which is what carries to details no post of the corpus names. A
// substituted token keeps its own marks (the rule matches it had) and
// takes the zone of the sentence it joins. Foreign examples are neither
// copied nor drawn from, nor are partly labelled ones. The result depends only on examples, n and seed.
func Augment(examples []Example, n int, seed uint64) []Example {
	if n <= 0 {
		return examples
	}
	// The pool of spans by category, in the examples' order.
	type piece struct{ ex, start, end int }
	var pool [][]piece
	for e, ex := range examples {
		if ex.Foreign || slices.Contains(ex.Tags, Unknown) {
			continue
		}
		for _, sp := range spans(ex.Tags) {
			for len(pool) <= sp.Cat {
				pool = append(pool, nil)
			}
			pool[sp.Cat] = append(pool[sp.Cat], piece{e, sp.Start, sp.End})
		}
	}
	rng := rand.New(rand.NewPCG(seed, 0xa46e))
	out := slices.Clip(examples)
	for range n {
		for _, ex := range examples {
			sps := spans(ex.Tags)
			if ex.Foreign || len(sps) == 0 || slices.Contains(ex.Tags, Unknown) {
				continue
			}
			var toks []Token
			var tags []int
			at := 0
			zone := uint8(0)
			if len(ex.Tokens) > 0 {
				zone = ex.Tokens[0].Zone
			}
			for _, sp := range sps {
				toks = append(toks, ex.Tokens[at:sp.Start]...)
				tags = append(tags, ex.Tags[at:sp.Start]...)
				p := pool[sp.Cat][rng.IntN(len(pool[sp.Cat]))]
				src := examples[p.ex]
				for i := p.start; i < p.end; i++ {
					t := src.Tokens[i]
					t.Zone = zone
					toks = append(toks, t)
					tags = append(tags, src.Tags[i])
				}
				at = sp.End
			}
			toks = append(toks, ex.Tokens[at:]...)
			tags = append(tags, ex.Tags[at:]...)
			out = append(out, Example{Tokens: toks, Tags: tags})
		}
	}
	return out
}
