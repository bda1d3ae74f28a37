package rewrite

import (
	"strings"
	"unicode/utf8"

	"github.com/discreet-app/discreet/rules"
)

// QuotesSomeone reports whether a marketing post quotes someone speaking
// of themself: a quotation of at least minQuoteWords words that holds a
// first-person word of the pack ("'I finally sleep through the night'",
// "« je dors enfin »", "“ya no me siento sola”"). In an advertisement
// those are a client's words, a testimonial, even when nothing found in
// the post says who spoke them: the pipeline gives it a rewrite as one
// about a client (Post.AboutClient), the intent's frame with the needs
// the post names and without the quotation. Only marketing: a vent or a
// question quotes a supervisor, a colleague or a book as often as a
// client.
func QuotesSomeone(p *rules.Pack, intent, text string) bool {
	if intent != "marketing" {
		return false
	}
	g := grammarOf(p)
	for from := 0; from < len(text); {
		s, e, ok := nextQuote(text, from)
		if !ok {
			return false
		}
		if q := text[s:e]; hasWords(q, minQuoteWords) && g.speaksOfSelf(q) {
			return true
		}
		from = e + 1
	}
	return false
}

// ReportsSomeone reports whether a marketing post tells, in its own
// words, what someone told the poster of themself: "a mom in our group
// told me she had searched for months", "une participante me disait
// qu'elle", "una señora me contó que". Like a quotation, that is a
// client's story in an advertisement even when nothing found in it says
// who; unlike one, it is never the poster's own slogan, so an
// announcement of the poster's own group that holds it is still about a
// client.
func ReportsSomeone(p *rules.Pack, intent, text string) bool {
	return intent == "marketing" && grammarOf(p).reportsSomeone(text)
}

// reportReach is how many words before a report verb, in its sentence,
// may name who spoke, and how many after it may name whom it is about.
const reportReach = 4

// reportWindow bounds the bytes read on either side of a report verb, so
// that a long post without stops costs each verb no more than this.
const reportWindow = 120

// reportsSomeone reports whether text tells what a third person told the
// poster: a report verb of the pack with a third person or a person noun
// among the reportReach words before it in its sentence ("the mom told
// me", "una clienta me contó") or a third person among the reportReach
// words after it ("…told me that she", "…me disait qu'elle"). "You told
// me" and "I told them" are neither.
func (g *grammar) reportsSomeone(text string) bool {
	if len(g.reports) == 0 {
		return false
	}
	lower := strings.ToLower(text)
	for _, v := range g.reports {
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], v)
			if i < 0 {
				break
			}
			i += from
			from = i + len(v)
			if !boundaryBefore(lower, i) || !boundaryAfter(lower, from) {
				continue
			}
			before := lower[max(0, i-reportWindow):i]
			if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
				before = before[k+1:] // its sentence only
			}
			if g.describes(lastWords(before, reportReach)) ||
				g.aboutSomeone(firstWords(lower[from:min(len(lower), from+reportWindow)], reportReach)) {
				return true
			}
		}
	}
	return false
}

// lastWords returns the tail of s that holds its last n words: the
// words are counted once, then the ones before the tail passed over.
func lastWords(s string, n int) string {
	count := 0
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		count++
	}
	skip := count - n
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		if skip <= 0 {
			return s[start:]
		}
		skip--
	}
	return s
}

// firstWords returns the head of s that holds its first n words.
func firstWords(s string, n int) string {
	end := 0
	for start, e := nextWord(s, 0); start < e && n > 0; start, e = nextWord(s, e) {
		end, n = e, n-1
	}
	return s[:end]
}

// minQuoteWords is the fewest words a quotation needs to be someone's
// words rather than a term set off ("the 'right' fit").
const minQuoteWords = 3

// speaksOfSelf reports whether s holds a first-person word of the pack.
func (g *grammar) speaksOfSelf(s string) bool {
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		if lowerGet(g.first, strings.ReplaceAll(s[start:end], "’", "'")) {
			return true
		}
	}
	return false
}

// nextQuote returns the bytes inside the first quotation of text at or
// after from: between straight or curly double quotes, guillemets, or
// single quotes that open after a space, a colon or the start and close
// before a space, a stop or the end (an apostrophe inside a word opens
// and closes nothing).
func nextQuote(text string, from int) (int, int, bool) {
	for i := from; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		var closing rune
		switch r {
		case '"':
			closing = '"'
		case '“':
			closing = '”'
		case '«':
			closing = '»'
		case '\'', '‘':
			if i == 0 || strings.ContainsRune(" :(\n", rune(text[i-1])) {
				closing = r
				if r == '‘' {
					closing = '’'
				}
			}
		}
		i += n
		if closing == 0 {
			continue
		}
		for j := i; j < len(text); {
			c, m := utf8.DecodeRuneInString(text[j:])
			if c == closing && (closing != '\'' && closing != '’' || j+m == len(text) || !isWordByte(text[j+m])) {
				return i, j, true
			}
			j += m
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// isWordByte reports whether b is an ASCII letter or digit.
func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// stopAcronym reports whether the need term t is an acronym whose lower
// case is one of the pack's stopwords ("DID", "did"): typed in lower case
// it is the word, so a post names it only in capitals.
func (g *grammar) stopAcronym(t string) bool {
	return len(t) <= g.stopLen && lowerGet(g.stop, t) && isAcronym(t)
}
