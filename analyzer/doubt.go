package analyzer

import (
	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/internal/tagger"
)

// doubtMargin is how far below O's score a token's best span tag may
// come (tagger.Tagger.Near, in tagger.Unit) for the rewrite to doubt it:
// the tagger came near reading it as part of a person's story, and a kept
// ask can do without it when it is no need (rewrite.Post.Doubtful). The
// underline keeps the tagger's own threshold: a doubt costs the rewrite a
// word, an underline the writer's trust.
const doubtMargin = int32(doubtFraction * tagger.Unit)

// doubtFraction is doubtMargin as a fraction of tagger.Unit.
const doubtFraction = 0.5

// appendDoubtful appends to out the spans of the tokens of one sentence
// whose near score (tagger.Tagger.Near) comes within doubtMargin of a span
// tag and that nothing tagged or took (tagged).
func appendDoubtful(out []pack.Span, toks []phrase.Token, near []int32, tagged []bool) []pack.Span {
	for i, n := range near {
		if i >= len(toks) || tagged[i] || n < -doubtMargin {
			continue
		}
		out = append(out, pack.Span{Start: toks[i].Start, End: toks[i].End})
	}
	return out
}

// doubtOf returns where tagDoubting keeps the doubted tokens: d when the
// post gets a rewrite, else nil (nothing to keep).
func doubtOf(rewrite bool, d *[]pack.Span) *[]pack.Span {
	if !rewrite {
		return nil
	}
	return d
}
