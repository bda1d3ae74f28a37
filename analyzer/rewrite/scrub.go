package rewrite

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// scrub takes out of s the words a reader could recognise someone by that
// no rule caught: a hashtag or mention, a word with a digit, and a run of
// capitalized words that no rewrite vocabulary or clinical finding knows
// and that is either not an ordinary word ("Lethbridge", not "Deaf"),
// comes after a definite article a preposition leads to ("for the Hollow")
// or comes after a preposition of place ("in Halifax", "near Grundy or
// Wise");
// with each goes the preposition and article that led to it.
func scrub(gr *grammar, s string, clin map[string]bool, strict bool) (out string, placed, named bool) {
	var buf [64]span
	words := appendWords(buf[:0], s)      // on the stack for a short text
	var lower [256]byte                   // ls's memory for a short text: ls is read only here
	ls, same := lowerSameIn(lower[:0], s) // lower-cased once for every word
	if !same {
		ls = ""
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(words); i++ {
		sus, place := suspect(gr, s, ls, words, i, clin, strict)
		if !sus {
			continue
		}
		placed = placed || place
		w := words[i]
		// A lower-case word taken after a preposition of place ("at
		// redirecting") may be no name at all; a capital, a digit or a
		// handle is one.
		named = named || capitalized(s, w) || gr.initial(s, w) || w.start > 0 && (s[w.start-1] == '#' || s[w.start-1] == '@') ||
			strings.ContainsFunc(s[w.start:w.end], unicode.IsDigit)
		end := w.end
		// A name an article leads to runs on over its capitalized words
		// ("for the Lower Hollow Bay area").
		byArticle := capitalized(s, w) && gr.namedAfterArticle(s, words, i, strict)
		unknownCap := func(j int) bool {
			return j < len(words) && capitalized(s, words[j]) && !isI(s[words[j].start:words[j].end]) && (byArticle && !isAcronym(s[words[j].start:words[j].end]) || !known(gr, s[words[j].start:words[j].end], clin))
		}
		for unknownCap(i+1) || i+2 < len(words) && joins(s, words[i+1]) && unknownCap(i+2) || i+1 < len(words) && numberGoesOn(s, words[i], words[i+1]) {
			i++
			end = words[i].end
		}
		if n := gr.placeTail(s[end:]); place && n > 0 {
			end += n // "in the Phoenix area": the area goes with its place
			for i+1 < len(words) && words[i+1].start < end {
				i++
			}
		}
		start := w.start
		if start > 0 && (s[start-1] == '#' || s[start-1] == '@') {
			start--
		}
		b.WriteString(dropTrailingWords(s[last:start], gr.isLinkWord))
		last = end
	}
	if last == 0 {
		return s, false, false
	}
	b.WriteString(s[last:])
	return b.String(), placed, named
}

// scrub is scrub under the run's grammar; it notes whether it took out a
// place or a handle.
func (c *run) scrub(s string, clin map[string]bool) string {
	out, _ := c.scrubNamed(s, clin)
	return out
}

// scrubNamed is scrub that also reports whether it took out a name, a
// number or a handle.
func (c *run) scrubNamed(s string, clin map[string]bool) (string, bool) {
	out, placed, named := scrub(c.gr, s, clin, c.strict)
	c.scrubbed = c.scrubbed || placed
	return out, named
}

// numberGoesOn reports whether words a and b of s are parts of one number
// ("8.000", "3:30", "1,5").
func numberGoesOn(s string, a, b span) bool {
	gap := s[a.end:b.start]
	return (gap == "." || gap == "," || gap == ":") &&
		strings.ContainsFunc(s[a.start:a.end], unicode.IsDigit) && strings.ContainsFunc(s[b.start:b.end], unicode.IsDigit)
}

// joins reports whether the word w of s links two names ("Grundy or Wise").
func joins(s string, w span) bool {
	switch strings.ToLower(s[w.start:w.end]) {
	case "or", "and", "of", "de", "del", "y", "et", "ou", "o":
		return true
	}
	return false
}

func capitalized(s string, w span) bool {
	r, _ := utf8.DecodeRuneInString(s[w.start:])
	return unicode.IsUpper(r)
}

// suspect reports whether words[i] of s may name someone or somewhere, and
// whether it is a place or a handle for sure: after a preposition of
// place, in a call on a place's people, after # or @. ls is s lower-cased
// with its offsets kept (see lowerSame), or "" when s has none such.
func suspect(gr *grammar, s, ls string, words []span, i int, clin map[string]bool, strict bool) (sus, place bool) {
	w := words[i]
	word := s[w.start:w.end]
	if w.start > 0 && (s[w.start-1] == '#' || s[w.start-1] == '@') {
		return true, true
	}
	if gr.digitWord(s, words, i) {
		return false, false // "looking 4 a therapist": "for", typed short
	}
	if strings.ContainsFunc(word, unicode.IsDigit) {
		return !(w.start > 0 && strings.ContainsRune("$€£", rune(s[w.start-1]))), false
	}
	if isI(word) || known(gr, word, clin) || gr.statesNeed(word) {
		return false, false
	}
	if gr.initial(s, w) {
		return true, false // "still worried abt r." typed in lower case
	}
	if i == 0 && gr.addresses(s, words) {
		return true, true // "NYC folks —": the place the post speaks to
	}
	if ls != "" && gr.afterLowerNeedLead(ls[:w.start]) || ls == "" && gr.afterNeedLead(s[:w.start]) {
		return false, false // "speaks Tagalog": the language sought
	}
	lower := func(w span) string {
		if ls != "" {
			return ls[w.start:w.end]
		}
		return strings.ToLower(s[w.start:w.end])
	}
	lw := lower(w)
	if k := indexAny(lw, "'’"); k > 0 && k <= 2 && k+1 < len(lw) {
		lw = strings.TrimLeft(lw[k:], "'’") // an elision: "C'est" is as ordinary as "est"
	}
	if k := indexAny(lw, "-'’"); k > 0 {
		lw = lw[:k] // "Spanish-speaking" is as ordinary as "spanish"
		if gr.known[lw] {
			return false, false // "Gottman-trained"
		}
	}
	afterPlace := false
	if i > 0 {
		prev := lower(words[i-1])
		afterPlace = gr.placePreps[prev] || i > 1 && gr.articles[prev] != "" && lowerGet(gr.placePreps, s[words[i-2].start:words[i-2].end])
	}
	switch {
	case !capitalized(s, w):
		// "near aberystwyth", not "at noon" nor "experienced in
		// trichotillomania"
		return afterPlace && !gr.common[lw] && !gr.afterTopicLead(s[:w.start]), false
	case afterPlace:
		return true, true
	case isAcronym(word):
		return false, false // most acronyms in an ask are clinical (EMDR, ADHD)
	}
	return !gr.common[lw] || gr.namedAfterArticle(s, words, i, strict), false
}

// namedAfterArticle reports whether the capitalized words[i] of s is an
// ordinary word used as a name: right after a definite article that a
// preposition leads to ("a referral for the Hollow", "moved from the
// Narrows"). In a post that asks for nothing (strict) the article may also
// open the sentence ("The Lantern literacy program..."): such a sentence
// is dropped, not mended, so nothing is left dangling.
func (g *grammar) namedAfterArticle(s string, words []span, i int, strict bool) bool {
	if i == 0 || s[words[i-1].end:words[i].start] != " " || !lowerGet(g.definite, s[words[i-1].start:words[i-1].end]) {
		return false
	}
	if i == 1 {
		return strict
	}
	return lowerGet(g.preps, s[words[i-2].start:words[i-2].end])
}

// initial reports whether the word w of s is a lone letter with a full
// stop, a person's initial ("r."), and not a word of the language ("a",
// "y") nor part of an abbreviation ("e.g.").
func (g *grammar) initial(s string, w span) bool {
	if w.end-w.start != 1 || w.end >= len(s) || s[w.end] != '.' || w.start > 0 && s[w.start-1] != ' ' {
		return false
	}
	if w.end+1 < len(s) && s[w.end+1] != ' ' {
		return false
	}
	lw := strings.ToLower(s[w.start:w.end])
	return unicode.IsLetter(rune(lw[0])) && !g.stop[lw] && !g.preps[lw] && !g.conj[lw] && g.articles[lw] == "" && !isI(s[w.start:w.end])
}

// digitWord reports whether words[i] of s is a lone digit typed for a
// word ("looking 4 a therapist", "someone 2 see her"): one digit between
// two words, the next of them an article, a preposition or a possessive
// the pack knows, or the digit ending an ask cue typed with it ("looking
// 4") — no count, age or date reads that way.
func (g *grammar) digitWord(s string, words []span, i int) bool {
	w := words[i]
	if w.end-w.start != 1 || s[w.start] < '0' || s[w.start] > '9' || i == 0 || i+1 == len(words) {
		return false
	}
	if s[words[i-1].end:w.start] != " " || s[w.end:words[i+1].start] != " " || strings.ContainsFunc(s[words[i-1].start:words[i-1].end], unicode.IsDigit) {
		return false
	}
	next := strings.ToLower(s[words[i+1].start:words[i+1].end])
	if g.articles[next] != "" || g.first[next] || g.third[next] {
		return true
	}
	// "looking 4 someone": the ask cue itself is typed with the digit.
	prev := strings.ToLower(s[words[i-1].start:w.end])
	return slices.Contains(g.cues[prev[0]], prev)
}

// hasInitial reports whether s holds a person's initial (see initial).
func (g *grammar) hasInitial(s string) bool {
	for i := strings.IndexByte(s, '.'); i >= 0; {
		if i > 0 {
			if r, size := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLetter(r) && g.initial(s, span{i - size, i}) {
				return true
			}
		}
		j := strings.IndexByte(s[i+1:], '.')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// isI reports whether word is the English "I", alone or in a contraction
// ("I've"): capitalized, yet never a name.
func isI(word string) bool {
	return word == "I" || strings.HasPrefix(word, "I'") || strings.HasPrefix(word, "I’")
}

// known reports whether word is a word of a rewrite vocabulary term or a
// specialty, or of a clinical finding of the post: a need, not a name.
func known(gr *grammar, word string, clin map[string]bool) bool {
	return lowerHas(gr.known, gr.knownF, word) || lowerGet(clin, word)
}

// clinicalWords returns the lower-cased words of the post's clinical
// findings, the needs the scrub must not take for names.
func clinicalWords(findings []Finding) map[string]bool {
	clin := map[string]bool{}
	for _, f := range findings {
		if f.Category == "clinical" {
			addWords(clin, strings.ToLower(f.Text))
		}
	}
	return clin
}
