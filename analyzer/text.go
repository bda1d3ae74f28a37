package analyzer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// view is the text the rules see: NFKC-normalized, without zero-width and
// other format characters, with typographic apostrophes made plain and
// evasive spellings undone (evasion.go). Rules match on s; spans are mapped
// back to the original with origin.
//
// NOTE: Go works in bytes and the DOM in UTF-16 code units. Offsets go
// view byte → original byte (here) → UTF-16 (utf16Index) once, at the end.
type view struct {
	s     string
	lower string // s lower-cased rune by rune, same byte length as s
	// start[i] and end[i] are the original byte range of the normalization
	// segment that produced byte i of s. Nil when s is the original text.
	start, end []int32
	toks       []phrase.Token // the words of s, once asked for (tokens)
}

// tokens returns the words of s, tokenized the first time: matching and
// the tagger read the same ones.
func (v *view) tokens() []phrase.Token {
	if v.toks == nil {
		v.toks = phrase.Tokenize(v.s)
	}
	return v.toks
}

func newView(text string) *view {
	if isPlainASCII(text) {
		s, start, end := collapseSpelled(text, nil, nil)
		return &view{s: s, lower: phrase.Lower(s), start: start, end: end}
	}
	var b strings.Builder
	b.Grow(len(text))
	var start, end []int32
	var it norm.Iter
	it.InitString(norm.NFKC, text)
	afterEmoji := false // the last rune kept was a letter-like emoji
	for !it.Done() {
		p0 := it.Pos()
		seg := it.Next()
		p1 := it.Pos()
		for len(seg) > 0 {
			r, size := utf8.DecodeRune(seg)
			seg = seg[size:]
			if dropRune(r) || dropInvisible(r) {
				continue
			}
			emoji := isEmojiLetter(r)
			r = mapRune(foldLetter(r, afterEmoji))
			afterEmoji = emoji
			n := b.Len()
			b.WriteRune(r)
			for i := n; i < b.Len(); i++ {
				start = append(start, int32(p0))
				end = append(end, int32(p1))
			}
		}
	}
	s, start, end := collapseSpelled(b.String(), start, end)
	return &view{s: s, lower: phrase.Lower(s), start: start, end: end}
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f {
			return false
		}
	}
	return true
}

// dropRune reports whether r is invisible formatting (zero-width space and
// joiners, soft hyphen, bidi controls, BOM) or a control character.
func dropRune(r rune) bool {
	if r == '\n' || r == '\t' || r == '\r' {
		return false
	}
	return unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || r == utf8.RuneError
}

func mapRune(r rune) rune {
	switch r {
	case '\u2019', '\u2018', '\u02bc', '`':
		return '\''
	case '\u201c', '\u201d':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013':
		return '-'
	case '\u00a0', '\u2007', '\u202f':
		return ' '
	}
	return r
}

// origin maps the view range [vs, ve) to a byte range of the original text.
func (v *view) origin(vs, ve int) (int, int) {
	if v.start == nil {
		return vs, ve
	}
	if ve <= vs {
		return int(v.start[vs]), int(v.start[vs])
	}
	return int(v.start[vs]), int(v.end[ve-1])
}

// utf16Index converts sorted original byte offsets to UTF-16 code-unit
// offsets in one pass over text. Offsets must fall on rune boundaries.
func utf16Index(text string, offsets []int) []int {
	out := make([]int, len(offsets))
	units, pos := 0, 0
	for i, off := range offsets {
		for pos < off {
			r, size := utf8.DecodeRuneInString(text[pos:])
			if r >= 0x10000 {
				units += 2
			} else {
				units++
			}
			pos += size
		}
		out[i] = units
	}
	return out
}

// span is a byte range of the view.
type span struct{ start, end int }

// overlaps reports whether a and b share a byte.
func (a span) overlaps(b span) bool { return a.start < b.end && b.start < a.end }

// sentences splits s into sentences: a line break always ends one; '.', '!'
// and '?' end one when followed by space, unless they close an abbreviation
// or an initial ("Dr.", "R.").
func sentences(s string, abbrev map[string]bool) []span {
	var out []span
	begin := 0
	emit := func(end int) {
		if strings.TrimSpace(s[begin:end]) != "" {
			out = append(out, span{begin, end})
		}
		begin = end
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\n' {
			emit(i + 1)
			continue
		}
		if c != '.' && c != '!' && c != '?' {
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
			if abbrev[strings.ToLower(w)] || (utf8.RuneCountInString(w) == 1 && isUpperWord(w)) {
				continue
			}
		}
		emit(j + 1)
		i = j
	}
	emit(len(s))
	return out
}

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

func isUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// wordBoundary reports whether position i of s is not inside a word.
func wordBoundaryBefore(s string, i int) bool {
	if i <= 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !phrase.IsWordRune(r)
}

func wordBoundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !phrase.IsWordRune(r)
}

// isASCIIWord reports whether b is a word byte for Go's \b: an ASCII
// letter, digit or underscore.
func isASCIIWord(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}
