// The last check of a rewrite: nothing a finding took out of the post
// comes back in it.

package rewrite

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/rules"
)

// Rewrite builds the whole-post rewrite of post for its intent under pack
// p, and the intent's advice (see compose), then makes sure it carries
// nothing of what the post's identifying findings said (see guard).
func Rewrite(p *rules.Pack, post *Post) (string, string) {
	out, advice := compose(p, post)
	if out == "" || len(post.Findings) == 0 {
		return out, advice
	}
	return guard(p, post, out), advice
}

// guard returns out without the text of the post's identifying findings,
// nor the distinctive words of a name, place or organization among them
// ("Okonkwo" of "Dr. Okonkwo", "Brackenfield" of "Brackenfield
// Poultry"): a kept ask may say again what the rules found elsewhere in
// the post and missed where the ask says it ("Dr. Lund ... Lund prefers
// evenings"), and a clause the post's analysis found nothing in is not
// analyzed again. Each such word gives way as a finding of the post would
// (a name to the person phrase at a sentence's start, a place to the
// area); if the analysis still flags what is left, the sentences that
// held them go, and when nothing is left, the intent's fallback stands.
func guard(p *rules.Pack, post *Post, out string) string {
	gr := grammarOf(p)
	marks := leakMarks(gr, p, post, out)
	if len(marks) == 0 {
		return out
	}
	hits := findMarks(gr, p.Vocab["honorifics"], out, marks)
	if len(hits) == 0 {
		return out
	}
	fixed := gr.tidy(replaceSpans(out, 0, len(out), hits, gr))
	if hasWords(fixed, 1) && len(findMarks(gr, p.Vocab["honorifics"], fixed, marks)) == 0 && post.Analysis.Dirty(fixed) == nil {
		return fixed
	}
	if kept := gr.tidy(dropHeld(out, hits)); hasWords(kept, minClauseWords) && len(findMarks(gr, p.Vocab["honorifics"], kept, marks)) == 0 && post.Analysis.Dirty(kept) == nil {
		return kept
	}
	if t, ok := p.Rewrite.Templates[post.Intent]; ok && !placeholder.MatchString(t.Fallback) {
		return gr.tidy(t.Fallback)
	}
	return fixed
}

// mark is a string a rewrite must not hold, and the finding it comes
// from. exact marks a name that is an ordinary word ("Grace", "Will"),
// found only as the finding spelled it ("will" is the verb); any other
// is found in any case ("Coach" found, "coach" kept).
type mark struct {
	text  string
	f     Finding
	exact bool
}

// guarded holds the categories whose text must not survive a rewrite:
// what identifies, not the clinical need nor a trait the ask may seek
// ("Spanish-speaking", "LGBTQ-affirming").
var guarded = map[string]bool{"name": true, "contact": true, "id_number": true, "date": true, "age": true,
	"location": true, "organization": true, "occupation": true, "family": true, "event": true, "relationship": true}

// leakMarks returns what out must not hold of the post's findings, among
// what it holds: each guarded finding's text, and each distinctive word
// of a name, place or organization (no ordinary word, no word of the
// rewrite's vocabularies, three letters or more). A finding the rewrite
// keeps as a need where the post says it ("speaks Cree", "works with
// farmers") is left, and so is a text that the intent's own frame or a
// replacement says ("the area"). Only what out holds is weighed: most
// findings are not in it, and cost one search of out each.
func leakMarks(gr *grammar, p *rules.Pack, post *Post, out string) []mark {
	var marks []mark
	var frame string
	framed := func(ls string) bool {
		if frame == "" {
			frame = frameOf(gr, p, post)
		}
		return containsWord(frame, ls)
	}
	var buf [16]span
	for _, f := range post.Findings {
		if f.Category == "clinical" && f.Severity == "low" {
			// The story tagger's span may run over a place or a name
			// ("lives out past Carrowmore"): its words stay as a need, but
			// not the name.
			for _, w := range appendWords(buf[:0], f.Text) {
				word := f.Text[w.start:w.end]
				if containsFold(out, word) && namedIn(gr, post.Text, f, w) && !framed(strings.ToLower(word)) && !slices.ContainsFunc(marks, func(m mark) bool { return m.text == word }) {
					marks = append(marks, mark{text: word, f: Finding{Category: "location", Severity: "high"}})
				}
			}
			continue
		}
		if !guarded[f.Category] || f.Severity == "low" {
			// A detail the analysis weighs low ("former", a tagged
			// "fibromyalgia" read as an event) may be the need listed.
			continue
		}
		asNeed, weighed := false, false
		add := func(s string) {
			s = strings.TrimSpace(s)
			if !containsFold(out, s) {
				return
			}
			if !weighed {
				asNeed, weighed = keptAsNeed(gr, post, f), true
			}
			if asNeed || gr.namesNeed(strings.ToLower(s), post.Findings) {
				return // "Tourette's", read as an organization too
			}
			s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
			ls := strings.ToLower(s)
			if utf8.RuneCountInString(s) < 3 || allKnown(gr, ls) || gr.namesNeed(ls, post.Findings) || framed(ls) || slices.ContainsFunc(marks, func(m mark) bool { return m.text == s }) {
				return
			}
			marks = append(marks, mark{text: s, f: f, exact: f.Category == "name" && (gr.stop[ls] || gr.common[ls])})
		}
		add(f.Text)
		if f.Category != "name" && f.Category != "location" && f.Category != "organization" {
			continue
		}
		words := appendWords(buf[:0], f.Text)
		if len(words) < 2 {
			continue
		}
		for _, w := range words {
			if word := f.Text[w.start:w.end]; !lowerGet(gr.common, word) && !gr.particles[word] {
				add(word)
			}
		}
	}
	return marks
}

// containsFold reports whether s holds w as whole words, in any case.
func containsFold(s, w string) bool {
	if len(w) == 0 || len(w) > len(s) {
		return false
	}
	if w[0] >= utf8.RuneSelf {
		return containsWord(strings.ToLower(s), strings.ToLower(w)) // rare: no ASCII first letter to look for
	}
	for _, c := range [2]byte{lowerASCII(w[0]), upperASCII(w[0])} {
		for i := 0; i <= len(s)-len(w); {
			j := strings.IndexByte(s[i:len(s)-len(w)+1], c)
			if j < 0 {
				break
			}
			at := i + j
			if strings.EqualFold(s[at:at+len(w)], w) && boundaryBefore(s, at) && boundaryAfter(s, at+len(w)) {
				return true
			}
			i = at + 1
		}
		if lowerASCII(w[0]) == upperASCII(w[0]) {
			break
		}
	}
	return false
}

// upperASCII returns c upper-cased when it is an ASCII letter.
func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// namedIn reports whether the word w of a clinical finding names a place
// or a person: capitalized where the sentence does not start, no
// acronym, and neither an ordinary word nor one of the rewrite's
// vocabularies or need terms.
func namedIn(gr *grammar, text string, f Finding, w span) bool {
	word := f.Text[w.start:w.end]
	if utf8.RuneCountInString(word) < 3 || !capitalized(f.Text, w) || isAcronym(word) || opensSentence(text, f.Start+w.start) {
		return false
	}
	lw := strings.ToLower(word)
	return !gr.common[lw] && !gr.known[lw] && !gr.stop[lw] && !gr.needFirst[lw] && !gr.namesNeed(lw, nil)
}

// keptAsNeed reports whether replaceSpans keeps finding f as the need it
// states where the post says it (see replaceSpans).
func keptAsNeed(gr *grammar, post *Post, f Finding) bool {
	i, _ := slices.BinarySearchFunc(post.Sentences, f.Start, func(s Sentence, at int) int { return cmp.Compare(s.End, at+1) })
	if f.Severity == "high" || i == len(post.Sentences) {
		return false
	}
	s, text := post.Sentences[i], post.Text
	if f.Start < s.Start || f.End > s.End {
		return false
	}
	before, after := text[s.Start:f.Start], text[f.End:s.End]
	return gr.isNeed(f.Text) || gr.afterNeedLead(before) || gr.statesNeed(f.Text+wordRest(after)) || gr.servedGroup(f, before) || gr.traitOfThing(f, before, after)
}

// namesNeed reports whether the lower-case s is a need the rewrite may
// list: a need term or condition of the pack, a clinical term it has a
// specialty for, or the text of a clinical finding of the post ("PPD"
// read as an organization too).
func (g *grammar) namesNeed(s string, findings []Finding) bool {
	if _, ok := g.needTerms[s]; ok {
		return true
	}
	if _, ok := g.specialties[s]; ok {
		return true
	}
	return slices.ContainsFunc(findings, func(f Finding) bool {
		return f.Category == "clinical" && strings.EqualFold(strings.TrimSpace(f.Text), s)
	})
}

// allKnown reports whether every word of the lower-case s is a word of
// the rewrite's vocabularies or a stopword: a need, not a detail.
func allKnown(gr *grammar, s string) bool {
	words := wordSpans(s)
	for _, w := range words {
		if word := s[w.start:w.end]; !gr.known[word] && !gr.stop[word] {
			return false
		}
	}
	return len(words) > 0
}

// frameOf returns, lower-cased, what the rewrite may say whatever the
// post holds: the intent's templates, the place and person phrases, and
// the findings' replacements.
func frameOf(gr *grammar, p *rules.Pack, post *Post) string {
	var b strings.Builder
	if t, ok := p.Rewrite.Templates[post.Intent]; ok {
		for _, s := range t.Texts {
			b.WriteString(placeholder.ReplaceAllString(s, " "))
			b.WriteString(" | ")
		}
		b.WriteString(placeholder.ReplaceAllString(t.Fallback, " "))
	}
	for _, s := range []string{gr.placePhrase, gr.personPhrase} {
		b.WriteString(" | ")
		b.WriteString(s)
	}
	for _, f := range post.Findings {
		if f.Replacement != "" {
			b.WriteString(" | ")
			b.WriteString(f.Replacement)
		}
	}
	return strings.ToLower(b.String())
}

// findMarks returns where out holds a mark as whole words, as findings of
// out (sorted, none overlapping: the longer mark first), each to give way
// as the finding it comes from would. A name that opens a sentence, or
// an English possessive, gives way to the person phrase ("Lund prefers"
// → "The client prefers", "Lund's" → "the client's").
func findMarks(gr *grammar, honorifics []string, out string, marks []mark) []Finding {
	lower, same := lowerSame(out)
	var hits []Finding
	for _, m := range marks {
		hay, needle := lower, strings.ToLower(m.text)
		if m.exact || !same {
			hay, needle = out, m.text
		}
		for i := 0; i <= len(hay)-len(needle); {
			j := strings.Index(hay[i:], needle)
			if j < 0 {
				break
			}
			at, end := i+j, i+j+len(needle)
			i = end
			if !boundaryBefore(hay, at) || !boundaryAfter(hay, end) || slices.ContainsFunc(hits, func(h Finding) bool { return h.Start < end && at < h.End }) {
				continue
			}
			h := Finding{Start: at, End: end, Text: out[at:end], Category: m.f.Category, Severity: "high", Replacement: m.f.Replacement}
			if m.f.Category == "name" {
				h.Start = titleBefore(honorifics, out, at) // "Dr. Lund", once "Lund" is found
				at = h.Start
			}
			if m.f.Category == "name" && gr.personPhrase != "" {
				if gr.english && (strings.HasPrefix(out[end:], "'s") || strings.HasPrefix(out[end:], "’s")) {
					h.End += len("'s")
					if strings.HasPrefix(out[end:], "’s") {
						h.End = end + len("’s")
					}
					h.Replacement = gr.personPhrase + "'s"
				} else if opensSentence(out, at) {
					h.Replacement = gr.personPhrase
				}
			}
			hits = append(hits, h)
		}
	}
	slices.SortFunc(hits, func(a, b Finding) int { return a.Start - b.Start })
	return hits
}

// titleBefore returns where the title before a name at of s starts ("Dr.
// ", "Mme "), one of the pack's honorifics, or at when there is none.
func titleBefore(honorifics []string, s string, at int) int {
	t := strings.TrimRight(s[:at], " ")
	if len(t) == at {
		return at
	}
	t = strings.TrimSuffix(t, ".")
	i := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }) + 1
	if i < len(t) && slices.Contains(honorifics, strings.ToLower(t[i:])) {
		return i
	}
	return at
}

// boundaryBefore and boundaryAfter report whether a word of s may start
// at i or end at j: the scorer's test (no letter, digit or underscore
// beside it; an apostrophe is a boundary, so "Lund's" holds "Lund").
func boundaryBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isWordRune(r)
}

func boundaryAfter(s string, j int) bool {
	if j >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return !isWordRune(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// opensSentence reports whether at starts a sentence of s: only spaces,
// quotes or brackets since the text's start or a sentence's end.
func opensSentence(s string, at int) bool {
	t := strings.TrimRight(s[:at], " \"'“‘(«¿¡")
	return t == "" || strings.ContainsRune(".?!:", rune(t[len(t)-1]))
}

// dropHeld returns out without the sentences that hold a hit.
func dropHeld(out string, hits []Finding) string {
	var b strings.Builder
	start := 0
	for start < len(out) {
		end := sentenceEnd(out, start)
		if !slices.ContainsFunc(hits, func(h Finding) bool { return h.Start < end && start < h.End }) {
			b.WriteString(out[start:end])
		}
		start = end
	}
	return b.String()
}

// sentenceEnd returns where the sentence of s that starts at i ends: after
// its closing punctuation and the spaces that follow, or at the end of s.
func sentenceEnd(s string, i int) int {
	for j := i; j < len(s); j++ {
		if c := s[j]; (c == '.' || c == '?' || c == '!') && (j+1 == len(s) || s[j+1] == ' ') {
			for j++; j < len(s) && s[j] == ' '; j++ {
			}
			return j
		}
	}
	return len(s)
}
