package analyzer

import (
	"strings"
	"unicode/utf8"
)

// classifyIntent scores each intent by its prior, the weights of the cues
// found in the post (each cue counts once, twice in the first sentence,
// where people say what they want) and the platform, and returns the best.
func classifyIntent(c *compiled, v *view, sents []span, platform string, g *gates) string {
	best, bestScore := "other", -1.0
	head := len(firstSentence(v.s))
	for _, in := range c.intents {
		score := in.prior + in.plat[platform]
		for _, cue := range in.cues {
			at := cueAt(cue, v.s, sents, g)
			if at < 0 {
				continue
			}
			score += cue.weight
			if at < head {
				score += cue.weight / 2
			}
		}
		if score > bestScore {
			best, bestScore = in.name, score
		}
	}
	return best
}

// cueAt returns where the cue first matches, or -1; a gated cue is only
// tried in the windows around its keywords, and only a match that holds
// one counts.
func cueAt(cue ccue, s string, sents []span, g *gates) int {
	re := cue.re.get()
	if re == nil || !g.allows(cue.gate) {
		return -1
	}
	if cue.gate < 0 {
		if loc := re.FindStringIndex(s); loc != nil {
			return loc[0]
		}
		return -1
	}
	for _, w := range windows(s, sents, g.at(cue.gate)) {
		if loc := re.FindNear(s[w.start:w.end], g.hitsIn(cue.gate, w)); loc != nil {
			return loc[0] + w.start
		}
	}
	return -1
}

func firstSentence(s string) string {
	end := strings.IndexAny(s, ".!?\n")
	if end < 0 || end < 20 {
		end = min(len(s), 120)
	}
	for end < len(s) && !utf8.RuneStart(s[end]) {
		end++
	}
	return s[:end]
}

// guessLanguage picks the pack whose stop words cover most of the text's
// words: a small, deterministic fallback for runtimes without lingua-go.
func (a *Analyzer) guessLanguage(text string) string {
	lower := lowerSameLength(text)
	toks := tokenize(lower)
	best, bestN := "", -1
	for _, lang := range a.langs {
		stop := a.packs[lang].stops()
		n := 0
		for i, t := range toks {
			if i >= 400 {
				break
			}
			if stop[lower[t.start:t.end]] {
				n++
			}
		}
		if n > bestN {
			best, bestN = lang, n
		}
	}
	return best
}
