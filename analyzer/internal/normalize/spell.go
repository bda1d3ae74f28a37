package normalize

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/discreet-app/discreet/analyzer/internal/fuzzy"
	"github.com/discreet-app/discreet/analyzer/internal/wordset"
)

// Spelling: posts typed in a hurry misspell ordinary words ("hoospital",
// "todayy", "truuck", "septemeber") and, in French and Spanish, drop
// accents ("infirmiere", "etudiant", "ingenieria"). The rules, their
// contexts and the tagger are written for the words as a dictionary
// spells them, so the view writes that spelling in place of the typed
// one, and every byte of it keeps the typed word's original range.
//
// A word is corrected only when it is safe to:
//
//   - it is typed in lower case (a capitalized unknown word is more often
//     a name), of SpellMinRunes letters or more, and stands alone: not
//     part of a handle, hashtag, address, number or contraction;
//     a name, place or employer with an "s" glued on, capitalized or not,
//     gets the apostrophe of its possessive back ("jennas" → "jenna's");
//   - it is neither a word of the dictionary nor a word the pack knows
//     otherwise (a name, place, employer or term of its lists, or a short
//     form: known);
//   - a word that holds a keyword of a rule ("todayy" holds "today",
//     "cuarentona" holds "cuarent") is corrected only to a word that
//     keeps every such keyword and is a keyword itself or holds one more
//     ("todayy" → "today"): the correction gives a rule what it looks
//     for, never takes it away ("cuarentona" stays, not "cuarentena");
//   - the dictionary holds exactly one word it could be: the one word
//     spelled with the accents it lacks ("infirmiere"), the word with its
//     elided article or pronoun cut off by an apostrophe ("lautre"), or
//     else the one word one edit away (a letter added, dropped or
//     changed, two neighbours swapped; SpellEditMinRunes letters or more)
//     that starts with the same letter, accents aside, and differs in
//     more than its ending (an inflection the dictionary lacks) or its
//     British or American spelling. Two candidates ("raod": "road" or
//     "read"?) leave the word as typed.
//
// The words of a closed class, the months, weekdays and words that place
// a day, are also corrected from one slip when short ("weke" → "week")
// or capitalized ("Febuary" → "February"): see slip.go.

// SpellMinRunes is the shortest word given back its accents or its
// elided apostrophe; SpellEditMinRunes the shortest corrected by an edit:
// below six letters, one edit reaches too many words to choose from.
const (
	SpellMinRunes     = 4
	SpellEditMinRunes = 6
)

// Speller corrects misspellings of a dictionary's words. It is safe for
// concurrent use. It builds no index of edits: a word's candidates are
// its own edits looked up in the sorted dictionary (at most
// spellMaxWords words a post), so a pack costs nothing more to load.
type Speller struct {
	words    []string              // the dictionary: sorted, lower case
	elisions []string              // the language's elided forms ("l'", "qu'")
	known    func(string) bool     // words left as typed besides the dictionary's
	holds    func(string) []string // the rule keywords a word holds
	proper   func(string) bool     // the known words that are names, places or employers
	once     sync.Once
	// index finds the dictionary's words by hash: the caller's (shared
	// with the other per-word look-ups of a pack), or else lazy, built
	// on first use.
	index     *wordset.Set
	lazy      *wordset.Set
	indexOnce sync.Once
	alphabet  []rune          // the letters of the dictionary's words
	byFirst   map[rune][2]int // the range of words of each first letter
	// accented maps the accent-free form of each accented word to it, or
	// to "" when two words share that form ("pêche", "péché").
	// A wordset.Map: WebAssembly reads it several times faster than a Go map.
	accented *wordset.Map[string]
	// closed holds the words of a closed class corrected from one slip
	// whatever their length (WithClosedClass, slip.go), by first letter
	// without accents; closedRange the range of each ASCII first letter.
	closed      []string
	closedRange [utf8.RuneSelf][2]uint16
	// variants: British and American spellings are both right
	// (WithVariants). story holds the story words (WithStory,
	// spellstory.go), storyIdx their fuzzy index, built on first use.
	variants   bool
	story      *wordset.Set
	storyWords []string
	storyIdx   *fuzzy.Index
	storyOnce  sync.Once
}

// NewSpeller returns a speller for the dictionary words (ordinary words
// of the language, sorted and in lower case, as phrase.WordSet holds
// them); elisions are the language's elided articles and pronouns with
// their apostrophe ("l'", "qu'"); known reports the other words it must
// leave as typed, and proper which of them are names, places or employers
// (a possessive's apostrophe comes back after those); holds returns the
// rule keywords a word holds, which a correction must keep (nil: none).
// index is words hashed (wordset.New(words)) where the caller has them
// already, or nil. It returns nil for an empty dictionary.
func NewSpeller(words []string, index *wordset.Set, elisions []string, known, proper func(string) bool, holds func(string) []string) *Speller {
	if len(words) == 0 {
		return nil
	}
	return &Speller{words: words, index: index, elisions: elisions, known: known, proper: proper, holds: holds}
}

func (sp *Speller) build() {
	accented := map[string]string{}
	letters := map[rune]int{}
	for _, w := range sp.words {
		for _, r := range w {
			letters[r]++
		}
		if f := foldAccents(w); f != w {
			if prev, ok := accented[f]; ok && prev != w {
				accented[f] = ""
			} else {
				accented[f] = w
			}
		}
	}
	sp.accented = wordset.NewMap(accented)
	// The letters of at least one word in a thousand: an edit puts no
	// other letter in.
	for r, n := range letters {
		if unicode.IsLetter(r) && n*1000 >= len(sp.words) {
			sp.alphabet = append(sp.alphabet, r)
		}
	}
	slices.Sort(sp.alphabet)
}

// Correct writes the dictionary spelling of every misspelled word of s in
// its place. lower is s lower-cased byte for byte; start and end map s to
// the original as Text's do. It returns s itself, and ok false, when no
// word needs correcting.
func (sp *Speller) Correct(s, lower string, start, end []int32) (out string, outStart, outEnd []int32, ok bool) {
	return sp.CorrectInto(s, lower, start, end, nil, nil)
}

// CorrectInto is Correct writing the map, when it writes one, into the
// arrays of startBuf and endBuf if they have room: a spare pair the
// caller kept, which must not share memory with start or end.
func (sp *Speller) CorrectInto(s, lower string, start, end, startBuf, endBuf []int32) (out string, outStart, outEnd []int32, ok bool) {
	if sp == nil {
		return s, start, end, false
	}
	ed := editor{s: s, start: start, end: end, ns: startBuf, ne: endBuf}
	budget := spellMaxWords
	for i := 0; i < len(s) && budget > 0; {
		// Most of what is not a letter is ASCII, skipped without
		// decoding, in a loop of its own that keeps its variables in
		// registers.
		if i = skipASCIINonLetters(s, i); i == len(s) {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := letterRunEnd(s, i+size)
		word := s[i:j]
		fix := ""
		left := budget // what is left of budget once word is looked at
		switch {
		case !standsAlone(s, i, j):
		case word == lower[i:j]:
			fix = sp.correction(word, &left)
		case word[size:] == lower[i+size:j] && utf8.RuneLen(unicode.ToLower(r)) == size: // capitalized: only a possessive
			if p := sp.possessive(lower[i:j]); p != "" {
				fix = word[:size] + p[size:]
			} else {
				fix = sp.capitalSlip(lower[i:j])
			}
		}
		// The end of a known name ("tim hortons") is left as typed, and
		// costs nothing of budget. Asked only of a word that would
		// otherwise be corrected or cost budget: most words are neither,
		// and the pair is a string to build and look up.
		if (fix != "" || left != budget) && sp.endsKnown(lower, i, j) {
			fix = ""
		} else {
			budget = left
		}
		if fix == "" {
			i = j
			continue
		}
		ed.replace(i, j, fix)
		i = j
	}
	return ed.done()
}

// skipASCIINonLetters returns the first position from i on that is not
// an ASCII character other than a letter, or len(s). Not inlined, for
// the registers (see skipPlain).
//
//go:noinline
func skipASCIINonLetters(s string, i int) int {
	for i < len(s) && s[i] < utf8.RuneSelf && !asciiLetter(s[i]) {
		i++
	}
	return i
}

// letterRunEnd returns the end of the run of letters of s from j on.
func letterRunEnd(s string, j int) int {
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if !asciiLetter(c) {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return j
}

// correction returns the dictionary word the lower-case word w was meant
// to be, or "" when w is spelled right, known, or not surely one word.
// Each word looked for among the edits costs one of budget.
func (sp *Speller) correction(w string, budget *int) string {
	n := utf8.RuneCountInString(w)
	if n < SpellMinRunes || n > fuzzy.MaxRunes {
		return ""
	}
	if sp.has(w) || sp.isKnown(w) {
		return ""
	}
	if p := sp.possessive(w); p != "" {
		return p
	}
	// Any other known word with an "s" glued on is a plural ("nurses")
	// or a possessive: left as typed.
	if base, ok := strings.CutSuffix(w, "s"); ok && sp.isKnown(base) {
		return ""
	}
	var keep []string // the keywords a correction must keep
	if sp.holds != nil {
		keep = sp.holds(w)
	}
	sp.once.Do(sp.build)
	if a, ok := sp.accented.Get(foldAccents(w)); ok {
		if len(keep) > 0 && !sp.gainsKeyword(a, keep) {
			return ""
		}
		return a // "" when two words share the form: leave it
	}
	if e := sp.elided(w); e != "" {
		if len(keep) > 0 && !sp.gainsKeyword(e, keep) {
			return ""
		}
		return e
	}
	if e := sp.extraAccent(w); e != "" {
		if len(keep) > 0 && !sp.gainsKeyword(e, keep) {
			return ""
		}
		return e
	}
	if n < SpellEditMinRunes {
		return sp.keptSlip(w, keep)
	}
	*budget--
	limit := 1
	if sp.story != nil {
		limit = maxStoryCands
	}
	e, listed := "", false // listed: a story word no dictionary word is near
	switch cands := sp.edits(w, limit); {
	case len(cands) == 1:
		e = cands[0]
	default:
		e = sp.storyEdit(w, cands)
		listed = len(cands) == 0
	}
	if e == "" {
		return sp.keptSlip(w, keep)
	}
	if sp.story.Has(e) {
		// A story word keeps only the keywords w starts with: one met
		// inside it by chance ("fire" in "boyfirend") is no rule's word.
		keep = startsWith(w, keep)
	}
	first, _ := utf8.DecodeRuneInString(foldAccents(w))
	if f, _ := utf8.DecodeRuneInString(foldAccents(e)); f != first || endsDifferently(w, e) && !(listed && lastLetterSlip(w, e)) ||
		!listed && sp.variants && !tripled(w) && variant(w, e) || foreignLetter(w, e) || len(keep) > 0 && !sp.gainsKeyword(e, keep) {
		return ""
	}
	return e
}

// keptSlip returns the word of the closed class w is a slip of
// (closedSlip), where the correction keeps the rule keywords keep.
func (sp *Speller) keptSlip(w string, keep []string) string {
	c := sp.closedSlip(w)
	if c != "" && len(keep) > 0 && !sp.gainsKeyword(c, keep) {
		return ""
	}
	return c
}

// gainsKeyword reports whether the correction e of a word that holds the
// rule keywords keep holds them all and gives a rule more: e is a keyword
// itself ("todayy" → "today"), or holds one keep lacks.
func (sp *Speller) gainsKeyword(e string, keep []string) bool {
	for _, k := range keep {
		if !strings.Contains(e, k) {
			return false
		}
	}
	held := sp.holds(e)
	return slices.Contains(held, e) || len(held) > len(keep)
}

func (sp *Speller) isKnown(w string) bool { return sp.known != nil && sp.known(w) }

// endsKnown reports whether the word lower[i:j] ends a known two-word
// name with the word one space before it ("tim hortons").
func (sp *Speller) endsKnown(lower string, i, j int) bool {
	prev := prevWord(lower, i)
	return prev != "" && sp.isKnown(prev+" "+lower[i:j])
}

// possessive returns w (lower case) with the apostrophe of its possessive
// put back, when w is a name, place or employer with an "s" glued on and
// not a word itself: "jennas" → "jenna's", "walmarts" → "walmart's".
func (sp *Speller) possessive(w string) string {
	base, ok := strings.CutSuffix(w, "s")
	if !ok || utf8.RuneCountInString(base) < 3 || sp.proper == nil || !sp.proper(base) ||
		sp.has(w) || sp.isKnown(w) {
		return ""
	}
	return base + "'s"
}

// foreignLetter reports whether w holds a letter outside ASCII that e
// lacks ("wāhine", "whine"): a word of another language, not a slip.
func foreignLetter(w, e string) bool {
	for _, r := range w {
		if r >= utf8.RuneSelf && !strings.ContainsRune(e, r) {
			return true
		}
	}
	return false
}

// has reports whether w is a dictionary word.
func (sp *Speller) has(w string) bool {
	if index := sp.dictIndex(); index != nil {
		return index.Has(w)
	}
	_, ok := slices.BinarySearch(sp.words, w)
	return ok
}

// dictIndex returns the dictionary's hash index: the caller's, or else
// one built on first use (nil only for a dictionary too large to index).
func (sp *Speller) dictIndex() *wordset.Set {
	if sp.index != nil {
		return sp.index
	}
	sp.indexOnce.Do(func() { sp.lazy = wordset.New(sp.words) })
	return sp.lazy
}

// elided returns w with the apostrophe of an elision put back, when w is
// an elided article or pronoun glued to a dictionary word ("lautre",
// "davoir", "jai": "l'autre", "d'avoir", "j'ai"; "qu" before a vowel);
// the dictionary holds no such glued form, so w is not a word itself.
func (sp *Speller) elided(w string) string {
	for _, el := range sp.elisions {
		pre := strings.TrimSuffix(el, "'")
		rest, ok := strings.CutPrefix(w, pre)
		if !ok || utf8.RuneCountInString(rest) < 3 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(foldAccents(rest)); !strings.ContainsRune("aeiouyh", r) {
			continue
		}
		if sp.has(rest) {
			return pre + "'" + rest
		}
		if a, _ := sp.accented.Get(foldAccents(rest)); a != "" {
			return pre + "'" + a
		}
	}
	return ""
}

// endsDifferently reports whether w and e differ only in their ending:
// one has a letter more at the end ("exposures", "exposure"), or their
// last letters differ ("encadrez", "encadrer"). A word's ending is its
// inflection more often than a slip, and a dictionary of frequent forms
// lacks many inflections. A last letter typed twice ("todayy") is a slip,
// and so is a doubled last letter typed once ("adderal"): no inflection
// doubles a word's last letter.
func endsDifferently(w, e string) bool {
	rw, re := []rune(w), []rune(e)
	switch {
	case len(rw) == len(re)+1:
		return string(rw[:len(re)]) == e && rw[len(rw)-1] != rw[len(rw)-2]
	case len(re) == len(rw)+1:
		return string(re[:len(rw)]) == w && re[len(re)-1] != re[len(re)-2]
	case len(rw) == len(re):
		return string(rw[:len(rw)-1]) == string(re[:len(re)-1])
	}
	return false
}

// variant reports whether w is another standard spelling of e (British
// "counselling", "behaviour", "centre", "organise" beside American
// "counseling", "behavior", "center", "organize"): both are right.
func variant(w, e string) bool {
	for _, p := range [...][2]string{{"our", "or"}, {"ll", "l"}, {"tre", "ter"}, {"is", "iz"}, {"ys", "yz"}} {
		for i := strings.Index(w, p[0]); i >= 0; {
			if w[:i]+p[1]+w[i+len(p[0]):] == e {
				return true
			}
			k := strings.Index(w[i+1:], p[0])
			if k < 0 {
				break
			}
			i += 1 + k
		}
	}
	return false
}

// prevWord returns the word of lower that ends one space before i, or "".
func prevWord(lower string, i int) string {
	if i < 2 || lower[i-1] != ' ' {
		return ""
	}
	k := i - 1
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(lower[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	return lower[k : i-1]
}

// standsAlone reports whether the word s[i:j] is a word of its own: not
// glued by a digit or a sign to a handle, hashtag, address, e-mail,
// number, code or contraction ("@jm_runs", "#grief", "dx'd", "3rd").
func standsAlone(s string, i, j int) bool {
	if i > 0 {
		if c := s[i-1]; c < utf8.RuneSelf {
			if gluedBefore[c] {
				return false
			}
		} else if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if r < utf8.RuneSelf && gluedAfter[r] || r >= utf8.RuneSelf && unicode.IsDigit(r) {
			return false
		}
		if r == '.' && j+1 < len(s) {
			if n, _ := utf8.DecodeRuneInString(s[j+1:]); unicode.IsLetter(n) || unicode.IsDigit(n) {
				return false // a domain or a file name
			}
		}
	}
	return true
}

// gluedBefore and gluedAfter hold the ASCII characters that glue a word
// to what comes before or after it (standsAlone): digits and signs.
var gluedBefore, gluedAfter = glued("@#_/.-'&=:\\"), glued("@#_/-'&=\\")

func glued(signs string) (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = '0' <= c && c <= '9' || strings.IndexByte(signs, byte(c)) >= 0
	}
	return t
}

// foldAccents returns w without the accents of its letters: "infirmière"
// → "infirmiere", "años" → "anos".
func foldAccents(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			var b strings.Builder
			for _, r := range norm.NFD.String(w) {
				if !unicode.Is(unicode.Mn, r) {
					b.WriteRune(r)
				}
			}
			return b.String()
		}
	}
	return w
}

// NearWord reports whether w (lower case) is one edit from a dictionary
// word that starts with the same letter: a slip of that word more likely
// than a name. Its cost is oneEdit's, bounded by the word's length.
func (sp *Speller) NearWord(w string) bool {
	if sp == nil || utf8.RuneCountInString(w) > fuzzy.MaxRunes {
		return false
	}
	sp.once.Do(sp.build)
	found, _ := sp.oneEdit(w)
	return found != ""
}

// AccentFree reports whether w (lower case, typed without accents) is the
// accent-free form of one dictionary word that has accents ("nina" of
// "niña", "velo" of "vélo", "dia" of "día"): a writer who drops accents
// types the word that way, so a list entry spelled like it ("Nina") is
// more likely the word.
func (sp *Speller) AccentFree(w string) bool {
	if sp == nil || foldAccents(w) != w {
		return false
	}
	sp.once.Do(sp.build)
	a, ok := sp.accented.Get(w)
	return ok && a != ""
}
