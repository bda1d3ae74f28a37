package analyzer

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/postclass"
	"github.com/discreet-app/discreet/rules"
)

// intentModel is the built-in intent classifier, parsed on first use; nil
// if it cannot be read (then the packs' cues decide alone).
var intentModel = sync.OnceValue(func() *postclass.Model {
	m, err := postclass.Parse(rules.IntentModel())
	if err != nil {
		return nil
	}
	return m
})

// classifyIntent returns the post's intent (text is the original post):
// the learned classifier's answer from the words, platform and shape of
// the whole post and the pack's intent cues that match, or the cues'
// own vote where no model is built in.
func classifyIntent(c *pack.Compiled, text string, v *pack.View, sents []pack.Span, platform string, g *pack.Gates, refs *postRefs) string {
	hits := cueHits(c, v, sents, g)
	if m := intentModel(); m != nil {
		return m.Classify(intentPost(c, text, platform, hits, refs))
	}
	return cueIntent(c, platform, hits)
}

// intentPost is what the intent model reads of a post: its text, language
// and platform, and as cues the pack's intent cues that match (by intent
// and number, with "^" when in the opening sentence) and their vote, the
// pack's intent concepts its words say (intent_words), and who the post
// is about (refs, when given: whoCues).
func intentPost(c *pack.Compiled, text, platform string, hits [][]int, refs *postRefs) postclass.Post {
	var cues []string
	if refs != nil {
		cues = append(cues, whoCues(refs)...)
	}
	for i, in := range c.Intents {
		for j, at := range hits[i] {
			switch at {
			case cueAbsent:
			case cueInHead:
				cues = append(cues, in.Name+"#"+strconv.Itoa(j), in.Name+"#"+strconv.Itoa(j)+"^")
			default:
				cues = append(cues, in.Name+"#"+strconv.Itoa(j))
			}
		}
	}
	cues = append(cues, "vote:"+cueIntent(c, platform, hits))
	return postclass.Post{Text: text, Lang: c.Pack.Lang, Platform: platform, Cues: cues, Concepts: c.Concepts}
}

// whoCues names who the post is about, as the post-level cues say: a
// client, the poster, a public figure, an event of the poster's, words
// to a client, a made-up case. Risk and attribution look for most of
// them anyway (each is found once per post); with the question and
// concept-pair features they took cross-validated accuracy from 0.810 to
// 0.832 (rules/README.md).
func whoCues(refs *postRefs) []string {
	var out []string
	for k := range nCues {
		if refs.has(k) {
			out = append(out, "who:"+strconv.Itoa(int(k)))
		}
	}
	if refs.aboutOthers() {
		out = append(out, "who:others")
	}
	if refs.confirms() {
		out = append(out, "who:confirms")
	}
	return out
}

// Where a cue matched, for cueHits.
const (
	cueAbsent = iota
	cueInHead // in the opening sentence, where people say what they want
	cueLater
)

// cueHits says, for each intent's cues, where each matched.
func cueHits(c *pack.Compiled, v *pack.View, sents []pack.Span, g *pack.Gates) [][]int {
	head := len(firstSentence(v.Text))
	out := make([][]int, len(c.Intents))
	for i, in := range c.Intents {
		out[i] = make([]int, len(in.Cues))
		for j, cue := range in.Cues {
			switch at := cueAt(cue, v.Text, sents, g); {
			case at < 0:
				out[i][j] = cueAbsent
			case at < head:
				out[i][j] = cueInHead
			default:
				out[i][j] = cueLater
			}
		}
	}
	return out
}

// cueIntent scores each intent by its prior, the weights of the cues
// found in the post (each cue counts once, 1.5 times in the first
// sentence) and the platform, and returns the best.
func cueIntent(c *pack.Compiled, platform string, hits [][]int) string {
	best, bestScore := "other", -1.0
	for i, in := range c.Intents {
		score := in.Prior + in.Platforms[platform]
		for j, cue := range in.Cues {
			switch hits[i][j] {
			case cueInHead:
				score += cue.Weight * 1.5
			case cueLater:
				score += cue.Weight
			}
		}
		if score > bestScore {
			best, bestScore = in.Name, score
		}
	}
	return best
}

// IntentPost returns what the intent model reads of in (the post with the
// pack's intent cues that match): for training the model with the cues
// the analyzer will see.
func (a *Analyzer) IntentPost(in Input) (postclass.Post, error) {
	a.mu.RLock()
	lp := a.packs[in.Lang]
	a.mu.RUnlock()
	if lp == nil {
		return postclass.Post{}, fmt.Errorf("unsupported language %q", in.Lang)
	}
	c, err := lp.compiled()
	if err != nil {
		return postclass.Post{}, err
	}
	platform := in.Platform
	if platform == "" {
		platform = "other"
	}
	v := c.View(in.Text)
	sents := c.Sentences(v.Text)
	g := c.ScanKeywords(v.Lower)
	x := newWholeContext(c, v, sents, g, nil)
	return intentPost(c, in.Text, platform, cueHits(c, v, sents, g), x.post), nil
}

// cueAt returns where the cue first matches, or -1; a gated cue is only
// tried in the windows around its keywords, and only a match that holds
// one counts.
func cueAt(cue pack.Cue, s string, sents []pack.Span, g *pack.Gates) int {
	re := cue.RE.Get()
	if re == nil || !g.Allows(cue.Gate) || !g.Allows(cue.Need) {
		return -1
	}
	if cue.Gate < 0 {
		if loc := re.FindStringIndex(s); loc != nil {
			return loc[0]
		}
		return -1
	}
	for _, w := range g.Windows(s, sents, cue.Gate) {
		if loc := re.FindNear(s[w.Start:w.End], g.HitsIn(cue.Gate, w)); loc != nil {
			return loc[0] + w.Start
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
	lower := phrase.Lower(text)
	toks := phrase.Tokenize(lower)
	best, bestN := "", -1
	for _, lang := range a.langs {
		stop := a.packs[lang].stops()
		n := 0
		for i, t := range toks {
			if i >= 400 {
				break
			}
			if stop[lower[t.Start:t.End]] {
				n++
			}
		}
		if n > bestN {
			best, bestN = lang, n
		}
	}
	return best
}
