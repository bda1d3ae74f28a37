package analyzer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// asks returns the sentences of the post that say what it is asking for —
// a question, or a sentence with one of the pack's ask cues — minus their
// identifying spans. A sentence with a high-severity finding, or with more
// than one identifying finding, is about the client and is left out; in
// the others each identifying finding gives way to its replacement (or to
// nothing, with the preposition that led to it), clinical terms stay as
// the need they are, and names the rules did not catch (a capitalized word
// that no rewrite vocabulary knows, a hashtag, a number) are taken out.
func asks(c *compiled, v *view, text string, findings []Finding, gr *grammar) []string {
	var out []string
	next := 0 // findings are sorted by start: walk them with the sentences
	for _, sent := range sentences(v.s, c.abbrev) {
		bs, be := v.origin(sent.start, sent.end)
		for next < len(findings) && findings[next].byteStart < bs {
			next++
		}
		if !isAsk(c, v.lower[sent.start:sent.end]) {
			continue
		}
		var in []Finding
		identifying := 0
		risky := false
		for k := next; k < len(findings) && findings[k].byteStart < be; k++ {
			f := findings[k]
			in = append(in, f)
			risky = risky || f.Severity == "high"
			if f.Category != "clinical" && f.Severity != "low" {
				identifying++
			}
		}
		if risky || identifying > 1 {
			continue
		}
		s := scrub(c, replaceSpans(text, bs, be, in, gr), findings)
		if s = strings.TrimSpace(gr.tidy(s)); wordCount(s) >= 3 {
			out = append(out, s)
		}
	}
	return out
}

// isAsk reports whether a lower-cased sentence asks for something.
func isAsk(c *compiled, lower string) bool {
	if strings.ContainsAny(lower, "?¿") {
		return true
	}
	for _, cue := range c.pack.Rewrite.AskCues {
		for i := 0; ; {
			j := strings.Index(lower[i:], cue)
			if j < 0 {
				break
			}
			if wordBoundaryBefore(lower, i+j) {
				return true
			}
			i += j + len(cue)
		}
	}
	return false
}

// replaceSpans returns text[bs:be] with each finding of in replaced: a
// clinical finding keeps its words (the need), another gives way to its
// replacement; an empty replacement also takes the preposition before it.
func replaceSpans(text string, bs, be int, in []Finding, gr *grammar) string {
	var b strings.Builder
	last := bs
	for _, f := range in {
		if f.byteStart < last || f.byteEnd > be {
			continue
		}
		before := text[last:f.byteStart]
		if f.Category == "clinical" {
			b.WriteString(before)
			b.WriteString(text[f.byteStart:f.byteEnd])
			last = f.byteEnd
			continue
		}
		if f.Replacement == "" {
			before = dropTrailingWords(before, gr.isLinkWord)
		}
		b.WriteString(before)
		b.WriteString(f.Replacement)
		last = f.byteEnd
	}
	b.WriteString(text[last:be])
	return b.String()
}

// isLinkWord reports whether w (lower case) is a preposition or an article:
// a word that leads to a span and goes with it.
func (g *grammar) isLinkWord(w string) bool {
	if _, ok := g.articles[w]; ok {
		return true
	}
	return g.preps[w]
}

// dropTrailingWords removes up to two trailing words of s for which drop
// holds ("in the" before a removed place).
func dropTrailingWords(s string, drop func(string) bool) string {
	for range 2 {
		t := strings.TrimRight(s, " ")
		i := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
		w := t[i+1:]
		if w == "" || !drop(strings.ToLower(w)) {
			break
		}
		s = t[:i+1]
	}
	return s
}

// scrub takes out of s the words a reader could recognise someone by that
// no rule caught: a run of capitalized words that is not the sentence's
// first word and that no rewrite vocabulary or clinical finding knows
// ("near Grundy or Wise"), a hashtag or mention, and a word with a digit;
// with each goes the preposition and article that led to it.
func scrub(c *compiled, s string, findings []Finding) string {
	words := wordSpans(s)
	if len(words) < 2 {
		return s
	}
	gr := grammarOf(&c.pack.Rewrite)
	var b strings.Builder
	last := 0
	for i := 1; i < len(words); i++ {
		w := words[i]
		if !suspect(c, s, w, findings) {
			continue
		}
		end := w.end
		for i+1 < len(words) && (suspect(c, s, words[i+1], findings) || joins(s, words[i+1]) && i+2 < len(words) && suspect(c, s, words[i+2], findings)) {
			i++
			end = words[i].end
		}
		start := w.start
		if start > 0 && (s[start-1] == '#' || s[start-1] == '@') {
			start--
		}
		b.WriteString(dropTrailingWords(s[last:start], gr.isLinkWord))
		last = end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// joins reports whether the word w of s links two names ("Grundy or Wise").
func joins(s string, w span) bool {
	switch strings.ToLower(s[w.start:w.end]) {
	case "or", "and", "of", "de", "del", "y", "et", "ou", "o":
		return true
	}
	return false
}

// suspect reports whether the word w of s may name someone or somewhere.
func suspect(c *compiled, s string, w span, findings []Finding) bool {
	word := s[w.start:w.end]
	if w.start > 0 && (s[w.start-1] == '#' || s[w.start-1] == '@') {
		return true
	}
	if strings.ContainsFunc(word, unicode.IsDigit) {
		return !(w.start > 0 && strings.ContainsRune("$€£", rune(s[w.start-1])))
	}
	r, _ := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(r) || word == "I" {
		return false
	}
	if before := strings.TrimRight(s[:w.start], " \"'(«“"); before == "" || strings.ContainsAny(before[len(before)-1:], ".!?:¿¡") {
		return false // the first word of a sentence
	}
	return !known(c, word, findings)
}

// known reports whether word is part of a rewrite vocabulary term, a
// specialty, or a clinical finding of the post: a need, not a name.
func known(c *compiled, word string, findings []Finding) bool {
	lw := strings.ToLower(word)
	has := func(term string) bool { return containsWord(strings.ToLower(term), lw) }
	for _, vt := range c.vocab {
		for _, t := range vt {
			if has(t.term) {
				return true
			}
		}
	}
	for k, sp := range c.pack.Rewrite.Specialties {
		if has(k) || has(sp) {
			return true
		}
	}
	for _, f := range findings {
		if f.Category == "clinical" && has(f.Text) {
			return true
		}
	}
	return false
}

// containsWord reports whether w occurs in s as a whole word.
func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		at := i + j
		if wordBoundaryBefore(s, at) && wordBoundaryAfter(s, at+len(w)) {
			return true
		}
		i = at + len(w)
	}
}

func wordCount(s string) int { return len(wordSpans(s)) }
