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
