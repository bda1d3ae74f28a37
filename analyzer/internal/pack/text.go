package pack

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/normalize"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// View is the text the rules see (package normalize: NFKC, no format
// characters, plain apostrophes, evasive spellings undone, short forms
// spelled out; package match adds the capitals of an uncased post). Rules
// match on Text; spans are mapped back to the original with Origin.
//
// NOTE: Go works in bytes and the DOM in UTF-16 code units. Offsets go
// view byte → original byte (here) → UTF-16 (normalize.UTF16Index) once,
// at the end.
type View struct {
	Text  string
	Lower string // Text lower-cased rune by rune, same byte length
	// start[i] and end[i] are the original byte range of the normalization
	// segment that produced byte i of Text. Nil when Text is the original.
	start, end []int32
	toks       []phrase.Token // the words of Text, once asked for (Tokens)
	// pool, for a view of Compiled.View, holds token arrays a view handed
	// back (ReleaseView); buf is the one this view took, if any.
	pool *sync.Pool
	buf  *[]phrase.Token
	// maps, for a view of Compiled.View, holds the arrays start and end
	// were written into, to hand back (ReleaseView).
	maps *viewMaps
}

// viewMaps holds two pairs of arrays for a view's start and end: the one
// normalization writes into, and a spare one the short forms or the
// speller write into when they change the text (each reads the map the
// other pair holds). ReleaseView keeps both for the next view.
type viewMaps struct{ start, end, spareStart, spareEnd []int32 }

// Tokens returns the words of Text, tokenized the first time: matching and
// the tagger read the same ones.
func (v *View) Tokens() []phrase.Token {
	if v.toks == nil {
		if v.pool == nil {
			v.toks = phrase.Tokenize(v.Text)
			return v.toks
		}
		v.buf, _ = v.pool.Get().(*[]phrase.Token)
		if v.buf == nil {
			v.buf = new([]phrase.Token)
		}
		// Room for a token every four bytes, as Tokenize makes.
		if n := len(v.Text)/4 + 1; cap(*v.buf) < n {
			*v.buf = make([]phrase.Token, 0, n)
		}
		v.toks = phrase.AppendTokens((*v.buf)[:0], v.Text)
		*v.buf = v.toks
	}
	return v.toks
}

// maxPooledTokens and maxPooledMap are the most tokens, and map entries,
// an array kept for the next view may hold: a long paste's arrays are left
// to the collector.
const (
	maxPooledTokens = 1 << 14
	maxPooledMap    = 1 << 16
)

// ReleaseView hands v's token array and maps back for the next view of
// the pack to use, instead of each analysis allocating (and clearing) its
// own; neither v nor its Tokens may be used after.
func (c *Compiled) ReleaseView(v *View) {
	if v.buf != nil && v.pool == c.tokensPool && cap(*v.buf) <= maxPooledTokens {
		v.pool.Put(v.buf)
	}
	if m := v.maps; m != nil && v.pool == c.tokensPool {
		// View kept m's pairs up to date (the arrays v ends with are in
		// one of them); a long paste's are left to the collector.
		if cap(m.start) > maxPooledMap || cap(m.end) > maxPooledMap {
			m.start, m.end = nil, nil
		}
		if cap(m.spareStart) > maxPooledMap || cap(m.spareEnd) > maxPooledMap {
			m.spareStart, m.spareEnd = nil, nil
		}
		c.mapsPool.Put(m)
	}
	v.toks, v.buf, v.maps, v.start, v.end = nil, nil, nil, nil, nil
}

// NewView returns the normalized view of text, short forms left as typed.
func NewView(text string) *View { return newView(text, nil) }

// newView is NewView writing the maps into m's arrays, if m is not nil
// (normalize.TextInto).
func newView(text string, m *viewMaps) *View {
	var s string
	var start, end []int32
	if m != nil {
		s, start, end = normalize.TextInto(text, m.start, m.end)
	} else {
		s, start, end = normalize.Text(text)
	}
	return &View{Text: s, Lower: phrase.Lower(s), start: start, end: end, maps: m}
}

// View returns the view of text the pack's rules see: NewView's, with
// the pack's short forms spelled out and misspelled ordinary words
// corrected.
func (c *Compiled) View(text string) *View {
	m, _ := c.mapsPool.Get().(*viewMaps)
	if m == nil {
		m = &viewMaps{}
	}
	v := newView(text, m)
	v.pool = c.tokensPool
	if v.start != nil {
		m.start, m.end = v.start[:0], v.end[:0] // normalization's map, maybe grown
	}
	if s, start, end, ok := c.Shorthand.ExpandInto(v.Text, v.Lower, v.start, v.end, m.spareStart, m.spareEnd); ok {
		v.Text, v.Lower, v.start, v.end = s, phrase.Lower(s), start, end
		m.swap(start, end)
	}
	if s, start, end, ok := c.Speller.CorrectInto(v.Text, v.Lower, v.start, v.end, m.spareStart, m.spareEnd); ok {
		v.Text, v.Lower, v.start, v.end = s, phrase.Lower(s), start, end
		m.swap(start, end)
	}
	return v
}

// swap records that the view's map is now start and end, written into
// m's spare pair (or arrays grown from it): the pair the view held
// before, which the next edit reads no more, becomes the spare one.
func (m *viewMaps) swap(start, end []int32) {
	m.start, m.end, m.spareStart, m.spareEnd = start[:0], end[:0], m.start, m.end
}

// Origin maps the view range [vs, ve) to a byte range of the original text.
func (v *View) Origin(vs, ve int) (int, int) {
	if v.start == nil {
		return vs, ve
	}
	if ve <= vs {
		return int(v.start[vs]), int(v.start[vs])
	}
	return int(v.start[vs]), int(v.end[ve-1])
}

// Span is a byte range of the view.
type Span struct{ Start, End int }

// Overlaps reports whether a and b share a byte.
func (a Span) Overlaps(b Span) bool { return a.Start < b.End && b.Start < a.End }

// SplitSentences splits s into sentences: a line break always ends one; '.', '!'
// and '?' end one when followed by space, unless they close an abbreviation
// or an initial ("Dr.", "R.").
func SplitSentences(s string, abbrev map[string]bool) []Span {
	// Room for a sentence every 64 bytes, made once: posts average more
	// than that, and out grown by appending made five arrays a post.
	out := make([]Span, 0, 1+len(s)/64)
	begin := 0
	emit := func(end int) {
		if strings.TrimSpace(s[begin:end]) != "" {
			out = append(out, Span{begin, end})
		}
		begin = end
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !sentenceEnds[c] {
			continue // the cheap look: one table load a byte
		}
		if c == '\n' {
			emit(i + 1)
			continue
		}
		j := i
		for j+1 < len(s) && (s[j+1] == '.' || s[j+1] == '!' || s[j+1] == '?' || s[j+1] == ')' || s[j+1] == '"' || s[j+1] == '\'') {
			j++
		}
		if j+1 < len(s) && s[j+1] != ' ' && s[j+1] != '\n' && s[j+1] != '\t' {
			i = j
			continue
		}
		if c == '.' && j == i {
			w := lastWord(s[begin:i])
			if isAbbrev(abbrev, w) || (utf8.RuneCountInString(w) == 1 && IsUpperWord(w)) || lowerInitial(s, i, w) {
				continue
			}
		}
		emit(j + 1)
		i = j
	}
	emit(len(s))
	return out
}

// isAbbrev reports whether w, lower-cased, is one of abbrev. A short
// ASCII word is lower-cased in an array on the stack, which a map look-up
// reads without making a string; strings.ToLower made one for every
// capitalized word before a period ("Dr.", "Smith.").
func isAbbrev(abbrev map[string]bool, w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return abbrev[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return abbrev[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbrev[string(buf[:len(w)])]
}

// lowerInitial reports whether w, the word before the period at i of s,
// is an initial typed in lower case ("last session k. said", "abt j. from
// the er"): one letter, not the end of a dotted run ("p.m."), and the
// text after the period goes on in lower case, as it does after an
// initial and seldom after the end of a sentence a writer capitalizes.
func lowerInitial(s string, i int, w string) bool {
	if utf8.RuneCountInString(w) != 1 || IsUpperWord(w) {
		return false
	}
	if k := i - len(w); k > 0 && (s[k-1] == '.' || s[k-1] == '/') {
		return false
	}
	rest := strings.TrimLeft(s[i+1:], " ")
	if len(rest) == len(s[i+1:]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// sentenceEnds holds the bytes that may end a sentence: a line break,
// '.', '!' and '?'.
var sentenceEnds = [256]bool{'\n': true, '.': true, '!': true, '?': true}

func lastWord(s string) string {
	end := len(s)
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= size
	}
	return s[start:end]
}

// IsUpperWord reports whether w starts with an upper-case letter.
func IsUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isASCIIWord reports whether b is a word byte for Go's \b: an ASCII
// letter, digit or underscore.
func isASCIIWord(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}
