package rewrite

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// The clauses of a sentence, and where an ask that turns to the client
// can be cut or resumed.

// unit is a sentence of the post, or a clause of one: what asks weighs
// as a whole.
type unit struct {
	start, end int    // bytes of Post.Text
	lower      string // lower-cased, as the analyzer read it for a whole sentence
	sentence   int    // the sentence it is part of
	whole      bool   // the whole sentence
}

// named reports whether the unit names a need term.
func (u unit) named(c *run) bool {
	if u.whole {
		if len(c.sentenceTerms(u.sentence)) > 0 {
			return true
		}
		return false
	}
	return len(c.gr.needTermsLower(u.lower)) > 0
}

// unitsOf appends to out the clauses asks weighs of sentence si: the
// sentence breaks at a semicolon, a spaced dash, and a comma before one of
// the pack's clause breaks ("but"); a clause shorter than minClauseWords
// words stays with the one before it.
func (c *run) unitsOf(si int, out []unit) []unit {
	text, sent := c.post.Text, c.post.Sentences[si]
	cuts := c.gr.withQuestionCut(text[sent.Start:sent.End], c.gr.clauseCuts(text[sent.Start:sent.End]))
	if len(cuts) == 0 {
		return append(out, unit{sent.Start, sent.End, sent.Lower, si, true})
	}
	start := sent.Start
	for _, cut := range append(cuts, [2]int{sent.End - sent.Start, sent.End - sent.Start}) {
		end := sent.Start + cut[0]
		if end > start {
			out = append(out, unit{start, end, c.lowerSpan(start, end), si, false})
		}
		start = sent.Start + cut[1]
	}
	return out
}

// minClauseWords is the fewest words a clause needs to stand alone.
const minClauseWords = 3

// clauseCuts returns where s breaks into clauses: for each break, the end
// of the clause before it and the start of the one after it.
func (g *grammar) clauseCuts(s string) [][2]int {
	var cuts [][2]int
	last := 0
	add := func(end, next int) {
		// Breaks overlap in runs of dashes (" - - - "): a clause ends
		// after the last one taken, never inside it.
		if end < last {
			return
		}
		if hasWords(s[last:end], minClauseWords) && hasWords(s[next:], minClauseWords) {
			cuts = append(cuts, [2]int{end, next})
			last = next
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !cutBytes[c] {
			continue // the cheap look: most bytes can break nothing
		}
		switch c {
		case ';':
			add(i, i+1)
		case ',':
			j := i + 1
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if ws, we := nextWord(s, j); ws == j && we > ws && lowerHas(g.breaks, g.breaksF, s[ws:we]) {
				add(i, j)
			} else if ws == j && (g.opensOnClient(s[j:]) || g.reasonTurn(s[j:])) && isAsk(g, strings.ToLower(s[last:i])) {
				// "... with a short wait, client is a law student": an
				// ask joined to the client's story by a comma ends there.
				add(i, j)
			}
		case ' ':
			if i+1 == len(s) {
				continue
			}
			if after := s[i+1]; (after == '-' || after == "—"[0]) && // the dashes' first bytes, before comparing
				(strings.HasPrefix(s[i:], " — ") || strings.HasPrefix(s[i:], " – ") || strings.HasPrefix(s[i:], " - ")) {
				n := len(" — ")
				if s[i+1] == '-' {
					n = 3
				}
				add(i, i+n)
			} else if f := g.spaceNext[lowerASCII(after)]; f&nextBreak != 0 && i > 0 && s[i-1] != ',' {
				// Typed without its comma, a break still opens a clause when
				// the clause speaks of someone: "... under 6 mos so client is
				// a university student"; a reason does after an ask: "...
				// with a short wait bc my client is a law student".
				if ws, we := nextWord(s, i+1); ws == i+1 && lowerHas(g.breaks, g.breaksF, s[ws:we]) && g.turnsToSomeone(s[we:]) ||
					g.reasonTurn(s[i+1:]) && isAsk(g, strings.ToLower(s[last:i])) {
					add(i, i+1)
				}
			}
			if g.spaceNext[lowerASCII(s[i+1])]&nextCopula != 0 {
				// "any group for grief client is 70 and ...": an ask typed
				// on into the client's story ends where the story starts.
				if at := g.runOnStart(s, i+1); at-1 > last && !g.linksOn(s[last:at-1]) && isAsk(g, strings.ToLower(s[last:at-1])) {
					add(at-1, at)
				}
			}
		default: // the first byte of a rune outside the BMP
			// "Quick question for you all 🙏 Client (mid forties) told me": an
			// emoji before a capital ends what came before it.
			if i == 0 || s[i-1] != ' ' {
				continue
			}
			if n := emojiRun(s[i:]); n > 0 && i+n+1 < len(s) && s[i+n] == ' ' && isUpperStart(s[i+n+1:]) {
				add(i, i+n+1)
			}
		}
	}
	return cuts
}

// withQuestionCut returns cuts, the clause cuts of sentence s, with a
// cut before a question typed after the client's story without a stop
// ("... since the move how do you pace exposures?", see questionStart)
// where no cut is already near it and both sides have words enough; a
// conjunction before the question ("... and how do you") goes with the
// story.
func (g *grammar) withQuestionCut(s string, cuts [][2]int) [][2]int {
	q := g.questionStart(s)
	if q <= 0 {
		return cuts
	}
	end := g.beforeLink(s, q-1)
	at := 0 // the cuts before the question's
	for at < len(cuts) && cuts[at][1] <= end {
		at++
	}
	prev := 0
	if at > 0 {
		prev = cuts[at-1][1]
	}
	if at < len(cuts) && cuts[at][0] < q || !hasWords(s[prev:end], minClauseWords) || !hasWords(s[q:], minClauseWords) {
		return cuts
	}
	return slices.Insert(cuts, at, [2]int{end, q})
}

// questionStart returns where a question to peers starts inside s, a
// sentence that ends on a question mark: at the first of the pack's
// question openers that follows a word or a comma, not the sentence's
// start ("... il rechute chaque hiver vous feriez quoi ?");
// -1 when none does. A question typed after the client's story without
// a stop is its own clause.
func (g *grammar) questionStart(s string) int {
	n := len(s)
	for n > 0 && (s[n-1] == ' ' || s[n-1] == '\n') {
		n--
	}
	if len(g.openers) == 0 || n == 0 || s[n-1] != '?' {
		return -1
	}
	t := s[:n]
	// One walk of the word starts after a space; an opener is compared
	// only where its first byte is.
	inside := 0 // the end of the last opener found
	for i := 1; i < len(t); i++ {
		if t[i-1] != ' ' || !g.openerFirst[lowerASCII(t[i])] {
			continue
		}
		o := g.openerAt(t, i)
		if o == 0 {
			continue
		}
		if i < inside {
			return -1 // "does anyone know" holds "anyone know": the question is the sentence's
		}
		inside = i + o
		j := i - 1
		for j > 0 && t[j] == ' ' {
			j--
		}
		if b := t[j]; b == ',' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b >= 0x80 {
			// After words that speak of no one, the question is the
			// sentence's.
			if g.describes(t[:i]) && !g.insideOpenerBefore(t, i) {
				return i
			}
			return -1
		}
	}
	return -1
}

// openerAt returns the length of the question opener at s[i:], in any
// case, ending at a word boundary; 0 when none is there.
func (g *grammar) openerAt(s string, i int) int {
	for _, o := range g.openers {
		if n := len(o); o[0] == lowerASCII(s[i]) && i+n <= len(s) && strings.EqualFold(s[i:i+n], o) && phrase.BoundaryAfter(s, i+n) {
			return n
		}
	}
	return 0
}

// insideOpenerBefore reports whether an opener that starts at the sentence's
// start, or right after a space, before i runs past i ("does anyone know"
// at the start holds "anyone know").
func (g *grammar) insideOpenerBefore(s string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-g.openerLen; k-- {
		if (k == 0 || s[k-1] == ' ') && g.openerFirst[lowerASCII(s[k])] {
			if n := g.openerAt(s, k); n > 0 && k+n > i {
				return true
			}
		}
	}
	return false
}

// beforeLink returns where the clause that ends at i ends once a
// conjunction or clause break at its end is left out: "... and" before a
// question.
func (g *grammar) beforeLink(s string, i int) int {
	end := i
	for end > 0 && s[end-1] == ' ' {
		end--
	}
	ws := end
	for ws > 0 && s[ws-1] != ' ' {
		ws--
	}
	if w := s[ws:end]; ws < end && (lowerHas(g.conj, g.conjF, w) || lowerHas(g.breaks, g.breaksF, w) || slices.Contains(g.reasons, strings.ToLower(w))) {
		return ws
	}
	return i
}

// cutBytes holds the bytes at which clauseCuts may break a sentence: a
// semicolon, a space (before a dash or a break word), a comma, and the
// first byte of an emoji.
var cutBytes = func() (set [256]bool) {
	set[';'], set[' '], set[','] = true, true, true
	for b := 0xF0; b <= 0xFF; b++ {
		set[b] = true
	}
	return set
}()

// lowerASCII lower-cases an ASCII letter; other bytes are left as they are.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// turnsToSomeone reports whether s, after a clause break, opens on a
// third person or a noun for a person ("so client is", "but she").
func (g *grammar) turnsToSomeone(s string) bool {
	ws, we := nextWord(s, 0)
	if we <= ws || strings.TrimSpace(s[:ws]) != "" {
		return false
	}
	w := strings.ToLower(strings.ReplaceAll(s[ws:we], "’", "'"))
	return g.third[w] || g.persons[w]
}

// opensOnClient reports whether s, after a comma, opens on the client:
// a third person or a noun for a person ("she's", "client is"), or a
// possessive or an article before such a noun ("my client", "ma cliente",
// "mi paciente"). "..., client is a law student" ends the ask before it.
func (g *grammar) opensOnClient(s string) bool {
	if g.turnsToSomeone(s) {
		return true
	}
	ws, we := nextWord(s, 0)
	if we <= ws || strings.TrimSpace(s[:ws]) != "" {
		return false
	}
	w := strings.ToLower(s[ws:we])
	if !g.first[w] && g.articles[w] == "" {
		return false
	}
	ns, ne := nextWord(s, we)
	return ne > ns && strings.TrimSpace(s[we:ns]) == "" && g.persons[strings.ToLower(s[ns:ne])]
}

// reasonTurn reports whether s opens on a reason of the pack that turns
// to the client ("bc client is", "parce qu'elle", "ya que mi paciente").
func (g *grammar) reasonTurn(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf && g.reasonsASCII && !g.reasonFirst[lowerASCII(s[0])] {
		return false // no reason starts with this letter in either case (see below)
	}
	reasons := g.reasons
	if s != "" && s[0] < utf8.RuneSelf {
		reasons = g.reasonsBy[lowerASCII(s[0])] // the others fail the first test below
	}
	for _, r := range reasons {
		// An ASCII first byte folds only to its own two cases: most words
		// are told apart there, before EqualFold decodes runes.
		if len(s) <= len(r) || s[0] < utf8.RuneSelf && r[0] < utf8.RuneSelf && lowerASCII(s[0]) != r[0] || !strings.EqualFold(s[:len(r)], r) {
			continue
		}
		rest := s[len(r):]
		if last := r[len(r)-1]; last != '\'' && rest[0] != ' ' {
			continue // inside a longer word ("since" in "sincerely")
		}
		if g.opensOnClient(rest) {
			return true
		}
	}
	return false
}

// emojiRun returns the length of the run of emoji (symbols outside the
// Basic Multilingual Plane, with their joiners and variation selectors)
// at the start of s, or 0.
func emojiRun(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !(r >= 0x1F000 && unicode.Is(unicode.So, r) || n > 0 && (r == 0x200D || r >= 0xFE00 && r <= 0xFE0F || r >= 0x1F3FB && r <= 0x1F3FF)) {
			break
		}
		n += size
	}
	return n
}

// hasWords reports whether s holds at least n words, looking no further
// than the nth: a clause cut never reads the rest of a long sentence.
func hasWords(s string, n int) bool {
	end := 0
	for range n {
		start, e := nextWord(s, end)
		if start >= e {
			return false
		}
		end = e
	}
	return true
}

// cutAtLead returns the ask a ended before the last client lead ahead of
// the flagged text d ("for a kid with ASD"), if what comes before still
// asks in minClauseWords words or more; else "".
func (g *grammar) cutAtLead(a, d string) string {
	i := strings.Index(a, d)
	if i < 0 {
		return ""
	}
	before := strings.ToLower(a[:i])
	at := -1
	for _, l := range g.leads {
		if k := strings.LastIndex(before, l); k > at && phrase.BoundaryBefore(before, k) && phrase.BoundaryAfter(before, k+len(l)) {
			at = k
		}
	}
	if at < 0 || strings.ContainsAny(before[at:], ".;?!") {
		return ""
	}
	s := strings.TrimRight(dropTrailingWords(a[:at], g.isLinkWord), " ,;:—–-")
	if !hasWords(s, minClauseWords) || g.endsOnCue(s) && !g.asksBeforeLast(s) {
		return ""
	}
	if s = g.tidy(s + terminal(a)); g.saysNothing(s) {
		return "" // "Petite question : une cliente." asks nothing
	}
	return s
}

// asksBeforeLast reports whether s asks before its last word: "Looking
// for a safety planning app to recommend" says what it seeks though it
// ends on a cue; "Chers collègues, je recherche" does not.
func (g *grammar) asksBeforeLast(s string) bool {
	words := wordSpans(s)
	if len(words) < 2 {
		return false
	}
	return isAsk(g, strings.ToLower(s[:words[len(words)-1].start]))
}

// questionOutsideQuotes reports whether s holds a question mark outside
// quotation marks: a client's words quoted ("is everyone going to die?")
// ask nothing of the group.
func questionOutsideQuotes(s string) bool {
	quoted := false
	for _, r := range s {
		switch r {
		case '"':
			quoted = !quoted
		case '“', '«':
			quoted = true
		case '”', '»':
			quoted = false
		case '?', '¿':
			if !quoted {
				return true
			}
		}
	}
	return false
}

// resumeAfterClient returns where, in the sentence cut at a client lead
// at cut and ending at be, the clinician sought is named after the
// client's description (an article and a provider of the pack, after the
// first finding about the client), or -1.
func (c *run) resumeAfterClient(cut, be int, in []Finding) int {
	after := -1
	for _, f := range in {
		if f.Start >= cut && f.Category != "clinical" {
			after = f.End
			break
		}
	}
	if after < 0 {
		return -1
	}
	ls := c.lowerSpan(after, be)
	at := c.gr.firstProvider(ls)
	if at < 0 {
		return -1
	}
	// The article before the provider goes with it ("un·e psychothérapeute").
	if words := wordSpans(ls[:at]); len(words) > 0 {
		w := words[len(words)-1]
		if c.gr.articles[ls[w.start:w.end]] != "" && strings.TrimSpace(ls[w.end:at]) == "" {
			at = w.start
		}
	}
	start := after + at
	for _, f := range in {
		if f.Start < start && f.End > start {
			return -1 // inside a finding
		}
	}
	return start
}

// firstProvider returns the least offset in the lower-case ls at which a
// provider of the pack first occurs (where strings.Index finds it) as
// whole words, or -1; an occurrence inside a word rules its provider out.
func (g *grammar) firstProvider(ls string) int {
	if g.providersBy == nil {
		at := -1
		for _, lp := range g.providers {
			if i := strings.Index(ls, lp); i >= 0 && (at < 0 || i < at) && phrase.BoundaryBefore(ls, i) && phrase.BoundaryAfter(ls, i+len(lp)) {
				at = i
			}
		}
		return at
	}
	return wholeFirst(ls, g.providers, g.providersBy, false)
}

// findingsFrom returns the findings of in that start at or after from.
func findingsFrom(from int, in []Finding) []Finding {
	var out []Finding
	for _, f := range in {
		if f.Start >= from {
			out = append(out, f)
		}
	}
	return out
}

// isAsk reports whether a lower-cased sentence asks for something: it
// holds a question mark outside quotation marks or, at the start of a
// word, one of the ask cues.
func isAsk(gr *grammar, lower string) bool {
	if (strings.IndexByte(lower, '?') >= 0 || strings.Contains(lower, "¿")) && questionOutsideQuotes(lower) {
		return true
	}
	pairs := gr.cuePairs
	for i := 0; i < len(lower); i++ {
		if i > 0 && inWord[lower[i-1]] {
			continue // inside a word: the cheap look
		}
		if pairs != nil && (i+1 == len(lower) || !pairs.has(lower[i], lower[i+1])) {
			continue // no cue starts with these two bytes
		}
		cues := gr.cues[lower[i]]
		if len(cues) == 0 {
			continue
		}
		if i > 0 && lower[i-1] >= utf8.RuneSelf && !phrase.BoundaryBefore(lower, i) {
			continue
		}
		for _, cue := range cues {
			if strings.HasPrefix(lower[i:], cue) {
				return true
			}
		}
	}
	return false
}

// inWord holds the bytes after which isAsk is inside a word: an ASCII
// letter, digit, underscore or apostrophe.
var inWord = func() (set [256]bool) {
	for b := range utf8.RuneSelf {
		set[b] = isASCIIWord(byte(b)) || b == '\''
	}
	return set
}()
