package rewrite

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	spaces      = regexp.MustCompile(`[ \t]{2,}`)
	spacePunct  = regexp.MustCompile(`\s+([,.)])`)
	spaceMark   = regexp.MustCompile(`\s+([;:!?])`) // French keeps a space before these
	repeatComma = regexp.MustCompile(`([,;])(\s*[,;])+`)
	commaStop   = regexp.MustCompile(`\s*[,;:]\s*([.!?])`)
	emptyParens = regexp.MustCompile(`\(\s*[,;]?\s*\)`)
	leadPunct   = regexp.MustCompile(`(^|[.!?]\s+)[,;]\s*`)
)

// tidy repairs what removing words leaves behind: double spaces, spaces
// before punctuation, orphaned commas, empty parentheses, prepositions and
// conjunctions left dangling, a verb whose object went, doubled articles,
// articles that disagree with their noun, and the capital letter at the
// start of each sentence.
func (g *grammar) tidy(s string) string {
	s = g.mendObjects(g.mendWords(s))
	if strings.IndexByte(s, '(') >= 0 {
		s = trimInParens(s) // "( la zona,)" is "(la zona)"
	}
	s = Tidy(s, g.english)
	if t := strings.TrimLeft(s, "—–-: "); t != s || strings.Contains(s, ". — ") {
		// A sentence whose opening words went keeps no dash before the rest.
		s = capitalizeSentences(strings.ReplaceAll(t, ". — ", ". "))
	}
	if !g.english && !g.french && followedBy(s, &spaceSet, &markSet, 0) {
		s = spaceMark.ReplaceAllString(s, "$1")
	}
	if len(g.genders) > 0 {
		s = g.agree(s)
	}
	return s
}

// Tidy is the language-independent part of the rewrite's repairs: it
// removes doubled spaces, spaces before punctuation, orphaned commas and
// empty parentheses, recapitalizes sentences and, when english is set,
// makes "a"/"an" agree with the next word. ApplyReplacements uses it.
func Tidy(s string, english bool) string {
	// Each repair runs only when the text holds what it repairs: most
	// rewrites need none, and a regexp pass costs more than the look.
	// One pass tells whether any might (mayRepair).
	if !mayRepair(s, english) {
		return capitalizeSentences(strings.TrimSpace(s))
	}
	if hasEmptyParens(s) {
		s = emptyParens.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "  ") || strings.IndexByte(s, '\t') >= 0 {
		s = spaces.ReplaceAllString(s, " ")
	}
	if followedBy(s, &spaceSet, &stopSet, 0) {
		s = spacePunct.ReplaceAllString(s, "$1")
	}
	if english && followedBy(s, &spaceSet, &markSet, 0) {
		s = spaceMark.ReplaceAllString(s, "$1")
	}
	if followedBy(s, &commaSet, &commaSet, 0) {
		s = repeatComma.ReplaceAllString(s, "$1")
	}
	if followedBy(s, &pauseSet, &endSet, 0) {
		s = commaStop.ReplaceAllString(s, "$1")
	}
	if s != "" && (s[0] == ',' || s[0] == ';') || followedBy(s, &endSet, &commaSet, 1) {
		s = leadPunct.ReplaceAllString(s, "$1")
	}
	if english && articleMismatch(s) {
		s = fixArticles(s)
	}
	s = strings.TrimSpace(s)
	return capitalizeSentences(s)
}

// agree makes each article agree in gender with the noun after it when
// the pack knows that noun's gender: "une professionnel·le" becomes
// "un·e professionnel·le", "un travailleuse sociale" "une travailleuse
// sociale".
func (g *grammar) agree(s string) string {
	var b strings.Builder
	last := 0
	forEachArticle(s, g, func(at, end int, form, noun string) {
		gen, ok := g.genders[noun]
		if !ok {
			return
		}
		def := form[strings.IndexByte(form, '.'):]
		if form[:strings.IndexByte(form, '.')] == gen {
			return
		}
		want, ok := g.forms[gen+def]
		if !ok {
			return
		}
		if r, _ := utf8.DecodeRuneInString(s[at:]); unicode.IsUpper(r) {
			want = upperFirst(want)
		}
		b.WriteString(s[last:at])
		b.WriteString(want)
		last = end
	})
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// disagreements returns the "article noun" pairs of s whose genders differ
// (what agree repairs); the grammar test uses it.
func (g *grammar) disagreements(s string) []string {
	var out []string
	forEachArticle(s, g, func(at, end int, form, noun string) {
		if gen, ok := g.genders[noun]; ok && form[:strings.IndexByte(form, '.')] != gen {
			out = append(out, s[at:end]+" "+noun)
		}
	})
	return out
}

// forEachArticle calls f for each article of s followed by a word: the
// article's byte range, its form and the lower-cased noun (one or two
// words, the longer when the pack knows it).
func forEachArticle(s string, g *grammar, f func(at, end int, form, noun string)) {
	words := wordSpans(s)
	for i, w := range words {
		form, ok := g.articles[strings.ToLower(s[w.start:w.end])]
		if !ok || i+1 >= len(words) || strings.TrimSpace(s[w.end:words[i+1].start]) != "" {
			continue
		}
		n := words[i+1]
		noun := strings.ToLower(s[n.start:n.end])
		if i+2 < len(words) && s[n.end:words[i+2].start] == " " {
			if two := noun + " " + strings.ToLower(s[words[i+2].start:words[i+2].end]); g.genders[two] != "" {
				noun = two
			}
		}
		if strings.IndexByte(form, '.') > 0 {
			f(w.start, w.end, form, noun)
		}
	}
}

// wordSpans splits s into words: letters, digits and the joiners of
// inclusive and compound forms (·, -, ').
func wordSpans(s string) []span {
	return appendWords(make([]span, 0, len(s)/6+1), s) // about one word in six bytes of prose
}

// appendWords appends the words of s, as wordSpans splits them, to out.
func appendWords(out []span, s string) []span {
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		out = append(out, span{start, end})
	}
	return out
}

// asciiWord holds the ASCII letters and digits: what unicode.IsLetter or
// unicode.IsDigit accept below utf8.RuneSelf, looked up without a call.
var asciiWord = func() (set [utf8.RuneSelf]bool) {
	for b := range set {
		set[b] = unicode.IsLetter(rune(b)) || unicode.IsDigit(rune(b))
	}
	return set
}()

// followedBy reports whether a byte of first is followed, after at least
// minSpace white-space bytes, by a byte of second.
func followedBy(s string, first, second *byteSet, minSpace int) bool {
	for i := 0; i < len(s); i++ {
		if !first[s[i]] {
			continue
		}
		j := i + 1
		for j < len(s) && spaceSet[s[j]] {
			j++
		}
		if j-i-1 >= minSpace && j < len(s) && second[s[j]] {
			return true
		}
	}
	return false
}

// hasEmptyParens reports whether emptyParens matches in s: a "(" then
// white space, at most one comma or semicolon, white space and ")". Most
// parentheses hold words ("self-harm (cutting)"), and the look costs no
// regexp pass and no allocation.
func hasEmptyParens(s string) bool {
	for i := strings.IndexByte(s, '('); i >= 0; {
		if emptyAt(s, i) {
			return true
		}
		k := strings.IndexByte(s[i+1:], '(')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// emptyAt reports whether the "(" at s[i] opens an empty parenthesis, as
// emptyParens matches one: white space, at most one comma or semicolon,
// white space, then ")".
func emptyAt(s string, i int) bool {
	j := i + 1
	for j < len(s) && spaceSet[s[j]] {
		j++
	}
	if j < len(s) && commaSet[s[j]] {
		j++
	}
	for j < len(s) && spaceSet[s[j]] {
		j++
	}
	return j < len(s) && s[j] == ')'
}

// byteSet is a set of bytes, for the cheap looks of Tidy.
type byteSet [256]bool

func bytesOf(s string) (set byteSet) {
	for i := 0; i < len(s); i++ {
		set[s[i]] = true
	}
	return set
}

var (
	spaceSet = bytesOf(spaceBytes)
	markSet  = bytesOf(";:!?")
	stopSet  = bytesOf(",.)")
	commaSet = bytesOf(",;")
	pauseSet = bytesOf(",;:")
	endSet   = bytesOf(".!?")
)

// spaceBytes are the bytes of regexp's \s.
const spaceBytes = " \t\n\r\f"

func isSpaceByte(b byte) bool { return spaceSet[b] }

// articleMismatch reports whether "a" or "an" comes before a word that
// takes the other one.
func articleMismatch(s string) bool {
	bad := false
	forEachAAn(s, func(at int, an, wantAn bool) { bad = bad || an != wantAn })
	return bad
}

// fixArticles makes each "a"/"an" of s agree with the word after it.
func fixArticles(s string) string {
	b := []byte(s)
	var out []byte
	last := 0
	forEachAAn(s, func(at int, an, wantAn bool) {
		if an == wantAn {
			return
		}
		out = append(out, b[last:at+1]...) // keep "a" or "A"
		if an {
			last = at + 2 // drop the "n"
		} else {
			out = append(out, 'n')
			last = at + 1
		}
	})
	if out == nil {
		return s
	}
	return string(append(out, b[last:]...))
}

// forEachAAn calls f for each English indefinite article of s followed by
// a word: its byte offset, whether it is "an", and whether the word wants
// "an".
func forEachAAn(s string, f func(at int, an, wantAn bool)) {
	for i := 0; i+2 < len(s); i++ {
		if an, wantAn, ok := aAnAt(s, i); ok {
			f(i, an, wantAn)
		}
	}
}

// aAnAt reports whether an English indefinite article followed by a word
// starts at byte i of s (ok), whether it is "an", and whether the word
// wants "an".
func aAnAt(s string, i int) (an, wantAn, ok bool) {
	if i+2 >= len(s) || s[i] != 'a' && s[i] != 'A' || i > 0 && isASCIIWord(s[i-1]) {
		return false, false, false
	}
	j := i + 1
	an = s[j] == 'n'
	if an {
		j++
	}
	if j >= len(s) || s[j] != ' ' || j+1 >= len(s) {
		return false, false, false
	}
	k := j + 1
	for k < len(s) && s[k] != ' ' && s[k] != ',' && s[k] != '.' {
		k++
	}
	word := s[j+1 : k]
	if word == "" || !isASCIIWord(word[0]) {
		return false, false, false
	}
	return an, wantsAn(word), true
}

// wantsAn reports whether an English word is said with a vowel sound
// first: "an hour", "an MRI", "an ED therapist", but "a user", "a one-off",
// "a CBT group".
func wantsAn(word string) bool {
	lw := strings.ToLower(word)
	if isAcronym(word) && !strings.ContainsAny(word[1:min(len(word), 3)], "aeiou") {
		// Said letter by letter: A, E, F, H, I, L, M, N, O, R, S, X sound a vowel first.
		return strings.IndexByte("AEFHILMNORSX", word[0]) >= 0
	}
	for _, p := range []string{"hour", "honest", "honor", "honour", "heir"} {
		if strings.HasPrefix(lw, p) {
			return true
		}
	}
	for _, p := range []string{"uni", "use", "usu", "uti", "ura", "ure", "uro", "eu", "one", "once", "ewe"} {
		if strings.HasPrefix(lw, p) {
			return false
		}
	}
	return strings.IndexByte("aeiou", lw[0]) >= 0
}

func capitalizeSentences(s string) string {
	if !needsCapital(s) {
		return s
	}
	b := []byte(s)
	start := true
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case start && unicode.IsLetter(r):
			if u := unicode.ToUpper(r); u != r && utf8.RuneLen(u) == size {
				utf8.EncodeRune(b[i:], u)
			}
			start = false
		case r == '.' || r == '!' || r == '?' || r == '\n':
			start = true
		case !unicode.IsSpace(r) && r != '"' && r != '\'' && r != '(' && r != '¿' && r != '¡':
			start = false
		}
		i += size
	}
	return string(b)
}

// needsCapital reports whether capitalizeSentences would change s: a
// sentence starts with a lower-case letter. It walks s as
// capitalizeSentences does, without copying it.
func needsCapital(s string) bool {
	start := true
	for i := 0; i < len(s); {
		if !start {
			// Inside a sentence only its end matters, an ASCII byte that
			// is a rune of its own even in invalid UTF-8: most bytes are
			// passed over without decoding.
			for i < len(s) && !sentenceEnds[s[i]] {
				i++
			}
			start, i = true, i+1
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:]) // as range decodes
		i += n
		switch {
		case r == '.' || r == '!' || r == '?' || r == '\n':
			start = true
		case unicode.IsLetter(r):
			if u := unicode.ToUpper(r); u != r && utf8.RuneLen(u) == utf8.RuneLen(r) {
				return true
			}
			start = false
		case !unicode.IsSpace(r) && r != '"' && r != '\'' && r != '(' && r != '¿' && r != '¡':
			start = false
		}
	}
	return false
}

// sentenceEnds holds the bytes after which needsCapital looks for a
// sentence's first letter.
var sentenceEnds = bytesOf(".!?\n")

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

func isAcronym(s string) bool {
	upper := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
}

func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return s
	}
	if next, _ := utf8.DecodeRuneInString(s[size:]); unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// mendWords removes what a removal leaves stranded: prepositions and
// conjunctions with nothing after them but a comma, a full stop, a colon
// or the end ("works with .", "grief and ,"), and the first of two
// articles in a row ("dans la la région").
func (g *grammar) mendWords(s string) string {
	var buf [64]span
	words := appendWords(buf[:0], s) // on the stack for a short text
	var drop []bool
	mark := func(i int) {
		if drop == nil {
			drop = make([]bool, len(words))
		}
		drop[i] = true
	}
	for i, w := range words {
		if g.strands(s, w) {
			mark(i)
			for j := i - 1; j >= 0 && strings.TrimSpace(s[words[j].end:words[j+1].start]) == ""; j-- {
				pw := words[j]
				if lj := strings.ToLower(s[pw.start:pw.end]); !(g.preps[lj] || g.conj[lj]) || !afterSpace(s, pw.start) {
					break
				}
				mark(j)
			}
		}
		if i+1 < len(words) && s[w.end:words[i+1].start] == " " && g.article(s[w.start:w.end]) != "" &&
			g.article(s[words[i+1].start:words[i+1].end]) != "" && afterSpace(s, w.start) {
			mark(i)
		}
	}
	if drop == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for i, w := range words {
		if !drop[i] {
			continue
		}
		cut := w.start
		for cut > last && (s[cut-1] == ' ' || s[cut-1] == '\t') {
			cut--
		}
		b.WriteString(s[last:cut])
		last = wordEnd(s, w)
	}
	b.WriteString(s[last:])
	return b.String()
}

// article returns the form of the article w, as g.articles[strings.ToLower(w)]
// does, or "": an ASCII word longer than every article is none, without
// a look-up.
func (g *grammar) article(w string) string {
	if len(w) > g.maxArticle && isASCII(w) {
		return ""
	}
	return lowerGet(g.articles, w)
}

// strands reports whether the word w of s is a
// preposition or conjunction with only , . ; : or the end after it.
func (g *grammar) strands(s string, w span) bool {
	// What follows the word is looked at first: most words are followed
	// by another, and need no look-up.
	k := wordEnd(s, w)
	for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k < len(s) && strings.IndexByte(".,;:", s[k]) < 0 {
		return false
	}
	word := s[w.start:w.end]
	return (lowerHas(g.preps, g.prepsF, word) || lowerHas(g.conj, g.conjF, word) || elided(s, w)) && afterSpace(s, w.start)
}

// elided reports whether the word w of s is an elided article or
// preposition ("l'", "d’", "qu'"): at most two letters and an apostrophe,
// which must have a word after it.
func elided(s string, w span) bool {
	word := s[w.start:w.end]
	if strings.HasSuffix(word, "'") {
		word = word[:len(word)-1]
	} else if !strings.HasPrefix(s[w.end:], "’") {
		return false
	}
	return word != "" && utf8.RuneCountInString(word) <= 2
}

// wordEnd returns where the word w of s ends, with the typographic
// apostrophe of an elision ("l’"), which wordSpans leaves out.
func wordEnd(s string, w span) int {
	if strings.HasPrefix(s[w.end:], "’") && elided(s, w) {
		return w.end + len("’")
	}
	return w.end
}

// afterSpace reports whether position i of s starts the text or follows a
// space or an opening parenthesis.
func afterSpace(s string, i int) bool {
	return i == 0 || s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == '\n' || s[i-1] == '('
}

// stranded returns the first stranded preposition or conjunction of s, or
// doubled article, as mendWords would remove; the grammar test uses it.
func (g *grammar) stranded(s string) string {
	words := wordSpans(s)
	for i, w := range words {
		lw := strings.ToLower(s[w.start:w.end])
		if g.strands(s, w) {
			return "dangling " + lw
		}
		if g.articles[lw] != "" && i+1 < len(words) && s[w.end:words[i+1].start] == " " &&
			lowerGet(g.articles, s[words[i+1].start:words[i+1].end]) != "" && afterSpace(s, w.start) {
			return "doubled article " + s[w.start:words[i+1].end]
		}
	}
	return ""
}

// trimInParens drops the spaces, commas and semicolons just inside
// parentheses: "( la zona,)" is "(la zona)". A run of them goes when a
// "(" comes right before it or a ")" right after it. It is the regexp
// `(\()[\s,;]+|[\s,;]+(\))` replaced by "$1$2" (the test holds both to
// the same answers) without the regexp's try at every space, which took a
// tenth of a rewrite that keeps a parenthesis. It returns s itself when
// nothing goes.
func trimInParens(s string) string {
	// Only a run that touches a parenthesis goes: walk the parentheses,
	// not every space of s. Runs are maximal, so the run before a ")" is
	// the one after the last "(" or lies past it.
	var b []byte
	last := 0 // the end of the last run that went
	for p := 0; p < len(s); p++ {
		if c := s[p]; c != '(' && c != ')' {
			continue // a byte loop: IndexAny builds its set on every call
		}
		i, j := p, p // the run that goes, s[i:j]
		if s[p] == '(' {
			i, j = p+1, p+1
			for j < len(s) && isParenPad(s[j]) {
				j++
			}
		} else {
			for i > last && isParenPad(s[i-1]) {
				i--
			}
		}
		if i < j && i >= last {
			b = append(b, s[last:i]...)
			last = j
		}
	}
	if last == 0 {
		return s
	}
	return string(append(b, s[last:]...))
}

// isParenPad reports whether c is one of RE2's \s (ASCII space, tab,
// newline, form feed, carriage return), a comma or a semicolon.
func isParenPad(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\f', '\r', ',', ';':
		return true
	}
	return false
}
