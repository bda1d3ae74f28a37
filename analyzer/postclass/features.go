// Package postclass classifies a whole post from hashed features of its
// words, its platform and its shape: a linear model (an averaged
// perceptron, quantized to bytes) that the analyzer uses for the post's
// intent. Training lives here too, so that the command that makes the
// weights and the code that reads them can never disagree on a feature.
//
// The features are computed from the text alone (not from the rule
// packs' findings), so retraining gives the same weights whatever the
// rules say, and the model stays valid when the rules change.
//
// A full analysis computes them once (a typing request not at all). An
// ASCII post, most of them, takes byte-level ways to its words and each
// sentence's first word (asciiWords, firstWord), and the general way
// (lower-case, fold, split on runes) is kept for any other; tests hold
// each fast way to the general one. Lower-casing and folding each
// sentence whole to read its first word was half of these features'
// cost (BENCHMARKS.md, h-perf7).
package postclass

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Post is what a feature extractor sees of one post.
type Post struct {
	Text     string
	Lang     string
	Platform string
	// Cues names facts the caller found in the post (the rule packs'
	// intent cues that match, say); each is a feature.
	Cues []string
	// Concepts maps a lower-case word of the post's language, folded
	// (Fold), to a concept (rules.IntentConcepts): each concept a word of
	// the post says is a feature, and another when the word opens the
	// post or asks; so is each pair of concepts the post says. The
	// concepts are the same in every language, so their weights serve them
	// all.
	Concepts map[string]string
}

// maxTokens bounds the words read from a post: the start of a post says
// what it is for, and a bound keeps a 1 MB paste cheap.
const maxTokens = 600

// Features returns the distinct feature ids of p in a space of 2^bits
// buckets.
func Features(p Post, bits uint) []uint32 {
	toks := words(p.Text, maxTokens)
	ids := make([]uint32, 0, 3*len(toks)+16)
	add := func(parts ...string) {
		ids = append(ids, hashParts(parts)&(1<<bits-1))
	}
	add("bias")
	add("lang", p.Lang)
	add("platform", p.Platform)
	add("platform", p.Platform, p.Lang)
	// The words that say a concept, found once for the pairs below (in
	// an array on the stack for most posts).
	var saidBuf [64]conceptAt
	said := saidBuf[:0]
	for i, t := range toks {
		add("w", t)
		if p.Lang != "en" && len(t) > minStemmed {
			add("p", t[:stemBytes]) // "recomiendan", "recomendarían": "reco"
		}
		if c, ok := p.Concepts[t]; ok {
			said = append(said, conceptAt{i, c})
			add("concept", c)
			if i < headTokens {
				add("concept^", c)
			}
		}
	}
	conceptPairs(said, add)
	nearPairs(said, add)
	questions(p.Text, p.Concepts, add)
	sentenceStarts(p.Text, p.Concepts, add)
	for _, c := range p.Cues {
		add("cue", c)
	}
	shape(p.Text, add)
	addressesReader(p.Lang, toks, add)
	return distinct(ids, bits)
}

// Where a word stands (in the opening, first, in a question) is read
// through its concept only (concept^, q-concept, concept<), never as the
// raw word again: the raw words of the corpus's openings and questions,
// and its posts' lengths, learned how the corpus's writers put things
// more than what posts are for. Without them (h-intent4), 5-fold CV over
// 10 splits went 0.853 -> 0.846 (es 0.871 -> 0.840) and the plain probe,
// written by other people, 0.793 -> 0.840 (rules/README.md).

// Pairs of adjacent words are not features (h-intent5): they learned how
// the corpus's writers phrase things; the concepts said within a few
// words of each other (nearPairs) carry what a phrase asks for. Without
// them, with the penalty lowered to match, intent CV over 10 splits went
// 0.849 -> 0.850 (es 0.833 -> 0.828), the messy probe 0.875 -> 0.900,
// the plain probe 0.840 unchanged (rules/README.md).

// French and Spanish words longer than minStemmed bytes are also read by
// their first stemBytes bytes: their verbs and nouns come in many forms
// ("cherche", "cherchons", "chercherais"; "busco", "buscamos",
// "buscaría") of which 60 posts a fold show few, and the start of a word
// is a stem that costs no stemmer in the .wasm. English has the posts
// to learn its forms one by one. Intent CV averaged over 10 splits: fr
// 0.773 -> 0.783, es 0.855 -> 0.859, en unchanged (rules/README.md).
const (
	minStemmed = 5
	stemBytes  = 4
)

// distinct returns the ids without repeats, in order of first
// occurrence (the model sums weights, so order does not matter): one pass
// over a bit set borrowed from a pool and cleared again after use.
func distinct(ids []uint32, bits uint) []uint32 {
	size := (1<<bits + 63) / 64
	set, _ := bitSets.Get().(*[]uint64)
	if set == nil || len(*set) < size {
		s := make([]uint64, size)
		set = &s
	}
	seen := *set
	out := ids[:0]
	for _, id := range ids {
		if seen[id/64]&(1<<(id%64)) == 0 {
			seen[id/64] |= 1 << (id % 64)
			out = append(out, id)
		}
	}
	for _, id := range out {
		seen[id/64] = 0
	}
	bitSets.Put(set)
	return out
}

var bitSets sync.Pool // *[]uint64, all zero

// hashParts is 32-bit FNV-1a of the parts joined by zero bytes, without
// copying them.
func hashParts(parts []string) uint32 {
	const offset, prime = 2166136261, 16777619
	h := uint32(offset)
	for i, s := range parts {
		if i > 0 {
			h *= prime // a zero byte: h ^= 0, then multiply
		}
		for j := 0; j < len(s); j++ {
			h ^= uint32(s[j])
			h *= prime
		}
	}
	return h
}

// conceptPairs adds each pair of the intent concepts the words say
// ("ask" with "provider" is a referral, "ask" with "resource" a resource
// request, "thanks" with "review" a review reply): a linear model cannot
// combine two features itself.
func conceptPairs(at []conceptAt, add func(...string)) {
	var said []string
	for _, ca := range at {
		if !slices.Contains(said, ca.concept) {
			said = append(said, ca.concept)
		}
	}
	slices.Sort(said)
	for i, a := range said {
		for _, b := range said[i+1:] {
			add("concepts", a, b)
		}
	}
}

// nearTokens is how close two concepts must stand for nearPairs: six
// words (four gave the same CV, 0.850, and two posts fewer on the messy
// probe, 0.900 against 0.912).
const nearTokens = 6

// nearPairs adds each ordered pair of concepts said within nearTokens
// words of each other: the phrase a request is made of ("leave us a
// review", "join our workshop", "recommend a therapist") rather than two
// words anywhere in the post.
func nearPairs(said []conceptAt, add func(...string)) {
	var last [nearTokens]conceptAt
	n := 0
	for _, ca := range said {
		i, c := ca.at, ca.concept
		for k := range min(n, nearTokens) {
			prev := last[k]
			if i-prev.at <= nearTokens && prev.concept != c {
				add("near", prev.concept, c)
			}
		}
		last[n%nearTokens] = ca
		n++
	}
}

// conceptAt is a word of a post that says a concept: its index among the
// post's words, and the concept.
type conceptAt struct {
	at      int
	concept string
}

// maxQuestions bounds the questions read from a post.
const maxQuestions = 8

// questions adds the concepts of the words of the sentences that end
// in a question mark: what a post asks says what it is for, wherever the
// question stands.
func questions(s string, concepts map[string]string, add func(...string)) {
	start, n := 0, 0
	for i := 0; i < len(s) && n < maxQuestions; i++ {
		switch s[i] {
		case '?':
			n++
			if quoted(s[i+1:]) {
				start = i + 1
				continue // someone's words quoted, not what the post asks
			}
			for _, t := range words(s[start:i], 40) {
				if c, ok := concepts[t]; ok {
					add("q-concept", c)
				}
			}
			start = i + 1
		case '.', '!', '\n':
			start = i + 1
		}
	}
}

// quoted says whether rest, what follows a question mark, opens on a
// closing quote (after French spacing: "? »"): the question is someone's
// words ("she asks \"is everyone going to die?\" at night"), not the
// poster's.
func quoted(rest string) bool {
	rest = strings.TrimLeft(rest, " \u00a0\u202f")
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune("\"”»'’", r)
}

// maxSentences bounds the sentences whose first word sentenceStarts reads.
const maxSentences = 40

// sentenceStarts adds the concept of the word that opens each sentence:
// a sentence that opens on a verb of booking or joining is a call to act
// ("Book a spot", "Register by Friday"), one that opens on "anyone" or
// "how" asks the readers, wherever in the post it stands. Intent CV
// averaged over 10 splits: 0.845 -> 0.847 (rules/README.md).
func sentenceStarts(s string, concepts map[string]string, add func(...string)) {
	start, n := 0, 0
	var buf [maxASCIIWord]byte
	for i := 0; i <= len(s) && n < maxSentences; i++ {
		if i < len(s) && !sentenceEnd(s[i]) {
			continue
		}
		if w, ok := firstWord(s[start:i], &buf); ok {
			n++
			if c, ok := concepts[string(w)]; ok { // no copy: a look-up
				add("concept<", c)
			}
		}
		start = i + 1
	}
}

// sentenceEnd says whether the byte b ends a sentence for
// sentenceStarts: '.', '!', '?' or a line break.
func sentenceEnd(b byte) bool { return b == '.' || b == '!' || b == '?' || b == '\n' }

// maxASCIIWord is the longest first word firstWord lower-cases into its
// caller's array; a longer one takes words' way.
const maxASCIIWord = 64

// firstWord returns what words(s, 1)[0] would, lower-cased into buf when
// it can, and whether s has a word. A sentence's first word is looked
// up once (sentenceStarts): lower-casing and folding the whole sentence
// to read it (words) was most of the intent features' cost. When the
// word and all before it are ASCII and an ASCII byte (or the end) ends
// it, nothing after it can change it: lower-casing maps ASCII to ASCII
// byte for byte, and folding only drops combining marks, which an
// ASCII byte between stops from joining the word. Otherwise words reads
// it. TestFirstWordIsWords holds it to words.
func firstWord(s string, buf *[maxASCIIWord]byte) ([]byte, bool) {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && !isASCIIAlnum(s[i]) {
		i++
	}
	if i == len(s) {
		return nil, false
	}
	j := i
	for j < len(s) && s[j] < utf8.RuneSelf && isASCIIAlnum(s[j]) {
		j++
	}
	if i == j || j < len(s) && s[j] >= utf8.RuneSelf || j-i > len(buf) {
		if first := words(s, 1); len(first) > 0 {
			return []byte(first[0]), true
		}
		return nil, false
	}
	w := buf[:j-i]
	for k := range w {
		b := s[i+k]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		w[k] = b
	}
	return w, true
}

// isASCIIAlnum says whether the ASCII byte b is a letter or a digit, as
// unicode.IsLetter and unicode.IsDigit say of it.
func isASCIIAlnum(b byte) bool { return asciiAlnum[b] }

// asciiAlnum is isASCIIAlnum as a table: one load a byte in the loops
// over a whole post.
var asciiAlnum = func() (t [256]bool) {
	for b := range t {
		t[b] = 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
	}
	return t
}()

// headTokens is how many words count as the post's opening, where people
// say what they want.
const headTokens = 12

// shape adds the features of the post's form: questions, a post that
// signs off with one ("… anyone?"), greetings to a named person ("To
// Sam:", "Thanks, Sam"), hashtags, handles, links, emoji, line breaks.
// How the first line's first sentence ends was a feature too; it read
// the corpus's style more than what posts are for (intent CV over 10
// splits, with the closing question and the offer, contact and refer
// concepts: 0.849 -> 0.852; rules/README.md).
func shape(s string, add func(...string)) {
	q := strings.Count(s, "?") + strings.Count(s, "¿")
	add("questions", strconv.Itoa(min(q, 3)))
	first, _, _ := strings.Cut(s, "\n")
	if strings.HasSuffix(strings.TrimRightFunc(s, trailing), "?") {
		add("ends?")
	}
	if strings.ContainsAny(s, "#") {
		add("hashtag")
	}
	if strings.Contains(s, "@") {
		add("at-sign")
	}
	if strings.Contains(s, "http") || strings.Contains(s, "www.") {
		add("link")
	}
	if strings.Count(s, "\n") >= 2 {
		add("lines")
	}
	emoji := 0
	digits := 0
	for i := 0; i < len(s); {
		// An ASCII byte is a rune of its own, never an emoji, and a
		// digit when unicode.IsDigit says so: '0' to '9'.
		if c := s[i]; c < utf8.RuneSelf {
			if '0' <= c && c <= '9' {
				digits++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isEmoji(r):
			emoji++
		case unicode.IsDigit(r):
			digits++
		}
		i += size
	}
	add("emoji", strconv.Itoa(min(emoji, 3)))
	add("digits", strconv.Itoa(bucket(digits)))
	// A colon after the first word or two addresses someone ("To Sam:").
	if i := strings.IndexByte(first, ':'); i > 0 && i < 30 && strings.Count(first[:i], " ") <= 2 {
		add("label-colon")
	}
}

// trailing says whether r may follow a post's last sentence: space,
// emoji and their joiners ("Any ideas? 🙏").
func trailing(r rune) bool {
	return unicode.IsSpace(r) || isEmoji(r) || r == 0xFE0F || r == 0x200D
}

func isEmoji(r rune) bool { return r >= 0x1F000 || (r >= 0x2600 && r <= 0x27BF) }

// Words returns the words of s as the features read them: lower-cased,
// without diacritics, at most maxTokens.
func Words(s string) []string { return words(s, maxTokens) }

// bucket maps n to the number of bits it needs: 0, 1, 2-3, 4-7...
func bucket(n int) int {
	b := 0
	for n > 0 {
		b++
		n >>= 1
	}
	return b
}

// words returns up to limit lower-cased, folded words of s: runs of
// letters and digits, an apostrophe inside a word ending it ("client's"
// gives "client" and "s").
func words(s string, limit int) []string {
	if ascii, upper := asciiCase(s); ascii {
		return asciiWords(s, upper, limit)
	}
	return generalWords(s, limit)
}

// generalWords is words for any text: lower-cased, folded, split on runes
// that are neither letters nor digits. asciiWords gives the same for an
// ASCII text in fewer steps (TestWordsASCIIIsGeneral).
func generalWords(s string, limit int) []string {
	s = Fold(strings.ToLower(s))
	out := make([]string, 0, min(limit, len(s)/5+1))
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, s[start:i])
			start = -1
			if len(out) == limit {
				return out
			}
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// asciiCase says whether s is all ASCII, and whether it has an upper-case
// letter.
func asciiCase(s string) (ascii, upper bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	return true, upper
}

// asciiWords is words for an ASCII s (upper: it has a capital): lower-
// casing is byte for byte and folding changes nothing, so one copy
// lower-cased in place and a byte test for letters and digits give the
// same words as the general way, without strings.ToLower's byte-by-byte
// building or a unicode look-up per rune. TestWordsASCIIIsGeneral holds
// it to that way.
func asciiWords(s string, upper bool, limit int) []string {
	if upper {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		// The bytes as a string without a second copy: b is not
		// written again.
		s = unsafe.String(unsafe.SliceData(b), len(b))
	}
	out := make([]string, 0, min(limit, len(s)/5+1))
	for i := 0; i < len(s); {
		for i < len(s) && !isASCIIAlnum(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		j := i + 1
		for j < len(s) && isASCIIAlnum(s[j]) {
			j++
		}
		out = append(out, s[i:j])
		if len(out) == limit && j < len(s) {
			return out
		}
		i = j
	}
	return out
}

// Fold returns s without its diacritics ("séance" gives "seance", "reseña"
// "resena"): posts typed without accents read as those typed with them.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}
