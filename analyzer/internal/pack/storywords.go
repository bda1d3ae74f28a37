package pack

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/normalize"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/rules"
)

// storyCategories are the categories whose words a hurried post
// misspells and the speller mends (normalize.Speller.WithStory).
var storyCategories = map[string]bool{"family": true, "demographic": true, "clinical": true, "event": true}

// withStory gives sp the pack's story words and, in English, its
// spelling variants, and returns it.
func withStory(sp *normalize.Speller, p *rules.Pack) *normalize.Speller {
	if p.Lang == "en" {
		sp = sp.WithVariants()
	}
	return sp.WithStory(storyWords(p))
}

// storyWords returns the one-word story words of p, lower case, of
// normalize.SpellEditMinRunes letters or more: the keywords, terms and
// list entries of its family, demographic, clinical and event rules,
// its conditions, its story words, and the kin and care words of its
// tagger. Not its names, places, employers or occupations: lists of
// thousands of words that a slip of another word meets too often.
func storyWords(p *rules.Pack) []string {
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		w, _, _ = strings.Cut(w, "=") // a story word's class
		w = strings.ToLower(w)
		if seen[w] || utf8.RuneCountInString(w) < normalize.SpellEditMinRunes || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return
		}
		seen[w] = true
		out = append(out, w)
	}
	lists := map[string]bool{"conditions": true, "story_words": true}
	for _, r := range p.Rules {
		if !storyCategories[r.Category] {
			continue
		}
		for _, k := range r.Keywords {
			add(k)
		}
		for _, t := range r.Terms {
			add(t)
		}
		if r.List != "" {
			lists[r.List] = true
		}
	}
	for name := range lists {
		for _, w := range phrase.List(p, name) {
			add(w)
		}
	}
	if spec, err := rules.EmbeddedTaggerSpec(p.Lang); err == nil && spec != nil {
		for _, class := range []string{"kin", "care"} {
			for _, w := range spec.Classes[class] {
				add(w)
			}
		}
	}
	return out
}
