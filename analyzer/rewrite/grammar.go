package rewrite

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/rules"
)

// grammar is a pack's rewrite grammar, compiled: what tidy needs to mend a
// sentence once words were taken out of it.
type grammar struct {
	// english turns on a/an agreement; french keeps the space French
	// typography puts before ; : ! and ?.
	english, french bool
	// articles maps an article to its form ("f.indef"); forms maps a form
	// back to the article. genders gives a noun's gender (m, f, i).
	articles map[string]string
	forms    map[string]string
	genders  map[string]string
	preps    map[string]bool
	// third holds the words that make a sentence about someone else;
	// placePreps the prepositions that lead to a place.
	third, placePreps, addressWords map[string]bool
	// common is the pack's list of ordinary lower-case words; known the
	// words of the rewrite vocabularies and specialties (lower case).
	common, known map[string]bool
	// conj holds the conjunctions.
	conj map[string]bool
	// leads open the description of a client in an ask (lower case);
	// cues are the ask cues by their first byte.
	leads []string
	cues  *[256][]string
	// placePhrase stands for a removed place after its preposition;
	// placeTails are the words that finish a place's name ("area").
	placePhrase string
	placeTails  []string
	// needTerms maps the lower-cased terms of the pack's need rules to
	// their spelling in the pack; needWords is the most words one has.
	needTerms map[string]string
	needWords int
	needFirst map[string]bool // the first words of the need terms
	// specialties maps a lower-cased clinical term to its specialty.
	specialties map[string]string
	// needSuffixes end a word that states a language or culture need;
	// needLeads (lower case) come right before one ("speaks").
	needSuffixes, needLeads []string
	// stop holds the pack's stopwords, lower-cased; asked the words of
	// the populations, approaches, needs and topics a post may ask for.
	stop, asked map[string]bool
	// fixedClean remembers whether each fixed template text passed the
	// re-analysis (text → bool): a pack has a handful of them.
	fixedClean sync.Map
}

var grammars sync.Map // *rules.Pack → *grammar

// grammarOf returns the compiled grammar of a pack's rewrite section.
func grammarOf(p *rules.Pack) *grammar {
	if g, ok := grammars.Load(p); ok {
		return g.(*grammar)
	}
	g := newGrammar(p)
	grammars.Store(p, g)
	return g
}

func newGrammar(p *rules.Pack) *grammar {
	rw := &p.Rewrite
	gr := rw.Grammar
	g := &grammar{english: rw.EnglishArticles, french: p.Lang == "fr", articles: map[string]string{}, forms: map[string]string{}, genders: map[string]string{}}
	for a, form := range gr.Articles {
		g.articles[a] = form
		g.forms[form] = a
	}
	g.third, g.preps, g.placePreps = setOf(gr.ThirdPerson), setOf(gr.Prepositions), setOf(gr.PlacePrepositions)
	g.common = setOf(phrase.List(p, "common_words"))
	g.conj = setOf(gr.Conjunctions)
	g.known = map[string]bool{}
	var terms []string
	for _, l := range [][]string{rw.Providers, rw.Populations, rw.Approaches, rw.Needs, rw.Topics, p.Vocab["regions"]} {
		terms = append(terms, l...)
	}
	for k, v := range rw.Specialties {
		terms = append(terms, k, v)
	}
	terms = append(terms, rw.AskCues...) // "Ideally" opens an ask, not a name
	for _, t := range terms {
		addWords(g.known, strings.ToLower(t))
	}
	g.leads = gr.ClientLeads
	g.addressWords = setOf(gr.AddressWords)
	g.placePhrase, g.placeTails = gr.PlacePhrase, gr.PlaceTails
	g.cues = new([256][]string)
	for _, cue := range rw.AskCues {
		if cue != "" {
			g.cues[cue[0]] = append(g.cues[cue[0]], cue)
		}
	}
	for n, gen := range gr.Genders {
		g.genders[strings.ToLower(n)] = gen
	}
	g.needSuffixes = gr.NeedSuffixes
	for _, l := range gr.NeedLeads {
		g.needLeads = append(g.needLeads, strings.ToLower(l))
	}
	g.asked = map[string]bool{}
	for _, l := range [][]string{rw.Populations, rw.Approaches, rw.Needs, rw.Topics} {
		for _, t := range l {
			addWords(g.asked, strings.ToLower(t))
		}
	}
	g.stop = map[string]bool{}
	for _, w := range p.Stopwords {
		g.stop[strings.ToLower(w)] = true
	}
	g.specialties = map[string]string{}
	for _, k := range slices.Sorted(maps.Keys(rw.Specialties)) {
		if lk := strings.ToLower(k); g.specialties[lk] == "" {
			g.specialties[lk] = rw.Specialties[k]
		}
	}
	g.needTerms, g.needFirst = map[string]string{}, map[string]bool{}
	for _, r := range p.Rules {
		if !slices.Contains(rw.NeedRules, r.ID) || r.Case == "exact" {
			continue // an exact-case term ("SI") needs the context its rule checks
		}
		for _, t := range r.Terms {
			lt := strings.ToLower(t)
			if _, dup := g.needTerms[lt]; !dup && t != "" {
				g.needTerms[lt] = t
				ws := wordSpans(lt)
				g.needWords = max(g.needWords, len(ws))
				if len(ws) > 0 {
					g.needFirst[lt[ws[0].start:ws[0].end]] = true
				}
			}
		}
	}
	return g
}

// statesNeed reports whether word ends with one of the pack's need
// suffixes: "Arabic-speaking", "arabophone".
func (g *grammar) statesNeed(word string) bool {
	lw := strings.ToLower(word)
	for _, suf := range g.needSuffixes {
		if len(lw) > len(suf) && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// afterNeedLead reports whether before ends with one of the pack's need
// leads, as whole words: what follows is a language sought ("speaks
// Tagalog", "que hable mixteco").
func (g *grammar) afterNeedLead(before string) bool {
	lb := strings.ToLower(strings.TrimRight(before, " "))
	if len(lb) == len(before) {
		return false // the lead must be followed by a space
	}
	for _, l := range g.needLeads {
		if strings.HasSuffix(lb, l) && wordBoundaryBefore(lb, len(lb)-len(l)) {
			return true
		}
	}
	return false
}

// isNeed reports whether the text of a finding only states a need: each
// of its words is a word of the populations, approaches, needs or topics
// a post may ask for, or states a language need ("LGBTQ",
// "Spanish-language"), so the rules took a need for a name.
func (g *grammar) isNeed(text string) bool {
	words := wordSpans(text)
	for _, w := range words {
		word := text[w.start:w.end]
		if !g.asked[strings.ToLower(word)] && !g.statesNeed(word) {
			return false
		}
	}
	return len(words) > 0
}

// plainNeed reports whether the text of a clinical finding can stand as a
// need: at most maxNeedWords words, no digit, no quotation, no word that
// speaks of someone ("her mom's pills" describes; "night terrors" asks),
// no contraction, and no stopword at either end (a fragment of a
// sentence, not a name for a problem).
func (g *grammar) plainNeed(text string) bool {
	if strings.ContainsAny(text, "0123456789\"“”«»") {
		return false
	}
	words := wordSpans(text)
	if len(words) == 0 || len(words) > maxNeedWords || len(words) == 1 && isAcronym(text) {
		return false // an acronym alone names an agency as often as a need ("APS")
	}
	for i, w := range words {
		lw := strings.ToLower(strings.ReplaceAll(text[w.start:w.end], "’", "'"))
		if g.third[lw] || strings.Contains(lw, "'") {
			return false // "her mom's pills", "wouldn't be sorry"
		}
		if (i == 0 || i == len(words)-1) && g.stop[lw] {
			return false // "signed off", "up and infection": a fragment
		}
	}
	return true
}

// maxNeedWords is the most words a clinical finding may have to stand as a
// need by itself: longer ones are the client's story.
const maxNeedWords = 3

// specialty returns the specialty a clinical term asks for: the pack's
// entry for the term as written, else for the term in any case.
func (g *grammar) specialty(rw *rules.Rewrite, term string) (string, bool) {
	if spec, ok := rw.Specialties[term]; ok {
		return spec, true
	}
	spec, ok := g.specialties[strings.ToLower(term)]
	return spec, ok
}

// needTermsIn returns the need terms that occur in s as whole words, the
// longest where they overlap, in order.
func (g *grammar) needTermsIn(s string) []string { return g.needTermsLower(strings.ToLower(s)) }

// needTermsLower is needTermsIn for a lower-cased s. It walks the words
// without keeping them: only a word that starts a term looks further.
func (g *grammar) needTermsLower(ls string) []string {
	var out []string
	for start, end := nextWord(ls, 0); start < end; start, end = nextWord(ls, end) {
		if !g.needFirst[ls[start:end]] {
			continue
		}
		var ends [8]int // the ends of this word and the next ones
		ends[0] = end
		n := 1
		for n < min(g.needWords, len(ends)) {
			s2, e2 := nextWord(ls, ends[n-1])
			if s2 >= e2 {
				break
			}
			ends[n] = e2
			n++
		}
		for k := n; k > 0; k-- {
			if t, ok := g.needTerms[ls[start:ends[k-1]]]; ok {
				out = append(out, t)
				end = ends[k-1]
				break
			}
		}
	}
	return out
}

// nextWord returns the bounds of the first word of s at or after i, as
// wordSpans splits words; start == end when there is none.
func nextWord(s string, i int) (int, int) {
	start := -1
	for j, r := range s[i:] {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || (start >= 0 && (r == '·' || r == '-' || r == '\''))
		switch {
		case in && start < 0:
			start = i + j
		case !in && start >= 0:
			return start, i + j
		}
	}
	if start < 0 {
		return len(s), len(s)
	}
	return start, len(s)
}

// addWords adds the words of a lower-case term to set, and each part of a
// hyphenated word ("spanish-speaking", "spanish", "speaking").
func addWords(set map[string]bool, term string) {
	for _, w := range wordSpans(term) {
		word := term[w.start:w.end]
		set[word] = true
		for _, part := range strings.FieldsFunc(word, func(r rune) bool { return r == '-' || r == '\'' }) {
			set[part] = true
		}
	}
}

func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// aboutSomeone reports whether a sentence speaks of a third person.
func (g *grammar) aboutSomeone(s string) bool {
	if len(g.third) == 0 {
		return false
	}
	for _, w := range wordSpans(s) {
		if g.third[strings.ToLower(strings.ReplaceAll(s[w.start:w.end], "’", "'"))] {
			return true
		}
	}
	return false
}

var (
	spaces      = regexp.MustCompile(`[ \t]{2,}`)
	spacePunct  = regexp.MustCompile(`\s+([,.)])`)
	spaceMark   = regexp.MustCompile(`\s+([;:!?])`) // French keeps a space before these
	repeatComma = regexp.MustCompile(`([,;])(\s*[,;])+`)
	commaStop   = regexp.MustCompile(`\s*[,;:]\s*([.!?])`)
	emptyParens = regexp.MustCompile(`\(\s*[,;]?\s*\)`)
	leadPunct   = regexp.MustCompile(`(^|[.!?]\s+)[,;]\s*`)
	parenInside = regexp.MustCompile(`(\()[\s,;]+|[\s,;]+(\))`)
)

// tidy repairs what removing words leaves behind: double spaces, spaces
// before punctuation, orphaned commas, empty parentheses, prepositions and
// conjunctions left dangling, doubled articles, articles that disagree
// with their noun, and the capital letter at the start of each sentence.
func (g *grammar) tidy(s string) string {
	s = g.mendWords(s)
	if strings.IndexByte(s, '(') >= 0 {
		s = parenInside.ReplaceAllString(s, "$1$2") // "( la zona,)" is "(la zona)"
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
	if strings.IndexByte(s, '(') >= 0 {
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
	out := make([]span, 0, len(s)/6+1) // about one word in six bytes of prose
	start := -1
	for i, r := range s {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || (start >= 0 && (r == '·' || r == '-' || r == '\''))
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, span{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, span{start, len(s)})
	}
	return out
}

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
		if s[i] != 'a' && s[i] != 'A' || i > 0 && isASCIIWord(s[i-1]) {
			continue
		}
		j := i + 1
		an := s[j] == 'n'
		if an {
			j++
		}
		if j >= len(s) || s[j] != ' ' || j+1 >= len(s) {
			continue
		}
		k := j + 1
		for k < len(s) && s[k] != ' ' && s[k] != ',' && s[k] != '.' {
			k++
		}
		word := s[j+1 : k]
		if word == "" || !isASCIIWord(word[0]) {
			continue
		}
		f(i, an, wantsAn(word))
	}
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
	words := wordSpans(s)
	var drop []bool
	mark := func(i int) {
		if drop == nil {
			drop = make([]bool, len(words))
		}
		drop[i] = true
	}
	for i, w := range words {
		lw := strings.ToLower(s[w.start:w.end])
		if g.strands(s, w, lw) {
			mark(i)
			for j := i - 1; j >= 0 && strings.TrimSpace(s[words[j].end:words[j+1].start]) == ""; j-- {
				pw := words[j]
				if lj := strings.ToLower(s[pw.start:pw.end]); !(g.preps[lj] || g.conj[lj]) || !afterSpace(s, pw.start) {
					break
				}
				mark(j)
			}
		}
		if g.articles[lw] != "" && i+1 < len(words) && s[w.end:words[i+1].start] == " " &&
			g.articles[strings.ToLower(s[words[i+1].start:words[i+1].end])] != "" && afterSpace(s, w.start) {
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

// strands reports whether the word w of s (lower-cased lw) is a
// preposition or conjunction with only , . ; : or the end after it.
func (g *grammar) strands(s string, w span, lw string) bool {
	if !(g.preps[lw] || g.conj[lw] || elided(s, w)) || !afterSpace(s, w.start) {
		return false
	}
	k := wordEnd(s, w)
	for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	return k == len(s) || strings.IndexByte(".,;:", s[k]) >= 0
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
		if g.strands(s, w, lw) {
			return "dangling " + lw
		}
		if g.articles[lw] != "" && i+1 < len(words) && s[w.end:words[i+1].start] == " " &&
			g.articles[strings.ToLower(s[words[i+1].start:words[i+1].end])] != "" && afterSpace(s, w.start) {
			return "doubled article " + s[w.start:words[i+1].end]
		}
	}
	return ""
}
