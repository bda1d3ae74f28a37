// Package lenient rewrites a pack's regular expression so that it also
// matches text typed the way people type online: accents dropped
// ("seances" for "séances", "resena" for "reseña") and apostrophes
// typed as spaces ("m avoir" for "m'avoir"). The context and intent cues
// of the French and Spanish packs are written with accents and
// apostrophes; their messy-text twins should read the same.
//
// Each letter with a diacritic, in a word of four letters or more or in
// a character class, also admits its base letter, and each apostrophe
// also admits a space. An expression with neither comes back unchanged,
// and so does one whose rewrite would not parse.
package lenient

import (
	"fmt"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Pattern returns src rewritten to tolerate dropped accents and spaced
// apostrophes, or src itself when there is nothing to rewrite or the
// rewrite does not parse (the caller's compiler then reports src's own
// error, if it has one).
func Pattern(src string) string {
	if !needs(src) {
		return src
	}
	out := rewrite(src)
	if _, err := syntax.Parse(out, syntax.Perl); err != nil {
		return src
	}
	return out
}

// needs reports whether src holds an apostrophe or a non-ASCII letter
// with a base letter: most English patterns do not.
func needs(src string) bool {
	for _, r := range src {
		if isApostrophe(r) || r >= utf8.RuneSelf && base(r) != r {
			return true
		}
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// base returns the letter r is built on ("é" gives "e", "ñ" gives "n",
// "ç" gives "c"), or r itself.
func base(r rune) rune {
	if r < utf8.RuneSelf || !unicode.IsLetter(r) {
		return r
	}
	var buf [utf8.UTFMax]byte
	d := norm.NFD.Bytes(buf[:utf8.EncodeRune(buf[:], r)])
	b, size := utf8.DecodeRune(d)
	for rest := d[size:]; len(rest) > 0; {
		m, n := utf8.DecodeRune(rest)
		if !unicode.Is(unicode.Mn, m) {
			return r
		}
		rest = rest[n:]
	}
	if b >= utf8.RuneSelf || !unicode.IsLetter(b) {
		return r
	}
	return b
}

// minFold is the shortest word of a pattern whose accents are folded: in
// short words the accent tells two words apart ("él" and "el", "où" and
// "ou", "más" and "mas"), in longer ones it rarely does.
const minFold = 4

// rewrite reads src as a lexer would (escapes, character classes, runs
// of letters) and writes it again: outside a class an accented letter of
// a word of minFold letters or more becomes a class with its base letter
// ("sesión" gives "sesi[óo]n") and an apostrophe a class with a space;
// inside a class each accented letter brings its base letter, and a class
// of apostrophes alone a space (in a wider class, "[\p{L}'-]", a space
// would let a word run on into the next).
func rewrite(src string) string {
	var b strings.Builder
	b.Grow(len(src) + 16)
	for i := 0; i < len(src); {
		switch c := src[i]; {
		case c == '\\':
			n := escapeLen(src, i)
			b.WriteString(src[i : i+n])
			i += n
		case c == '[':
			n := classLen(src, i)
			b.WriteString(class(src[i : i+n]))
			i += n
		default:
			r, size := utf8.DecodeRuneInString(src[i:])
			if !unicode.IsLetter(r) && !isApostrophe(r) {
				b.WriteString(src[i : i+size])
				i += size
				continue
			}
			j := i
			for j < len(src) {
				r, n := utf8.DecodeRuneInString(src[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += n
			}
			if j == i { // an apostrophe
				fmt.Fprintf(&b, "[%c ]", r)
				i += size
				continue
			}
			word(&b, src[i:j])
			i = j
		}
	}
	return b.String()
}

// word writes a run of letters, its accents folded if it is long enough.
func word(b *strings.Builder, w string) {
	if utf8.RuneCountInString(w) < minFold {
		b.WriteString(w)
		return
	}
	for _, r := range w {
		if a := base(r); a != r {
			fmt.Fprintf(b, "[%c%c]", r, a)
		} else {
			b.WriteRune(r)
		}
	}
}

// class returns the class cls ("[...]") with the alternatives of its
// members added.
func class(cls string) string {
	body := cls[1 : len(cls)-1]
	neg := strings.HasPrefix(body, "^")
	if neg {
		return cls // a negated class already holds the base letters
	}
	var add []rune
	onlyApos := body != ""
	for i := 0; i < len(body); {
		if body[i] == '\\' {
			onlyApos = false
			i += escapeLen(body, i)
			continue
		}
		r, n := utf8.DecodeRuneInString(body[i:])
		i += n
		if !isApostrophe(r) {
			onlyApos = false
		}
		if a := base(r); a != r && !strings.ContainsRune(body, a) && !slices.Contains(add, a) {
			add = append(add, a)
		}
	}
	if onlyApos && !strings.ContainsRune(body, ' ') {
		add = append(add, ' ')
	}
	if len(add) == 0 {
		return cls
	}
	return "[" + body + string(add) + "]"
}

// escapeLen returns the length of the escape at s[i] ("\\b", "\\p{L}",
// "\\x{2019}", "\\é").
func escapeLen(s string, i int) int {
	if i+1 >= len(s) {
		return len(s) - i
	}
	switch s[i+1] {
	case 'p', 'P', 'x':
		if i+2 < len(s) && s[i+2] == '{' {
			if k := strings.IndexByte(s[i:], '}'); k > 0 {
				return k + 1
			}
		}
		if s[i+1] == 'x' {
			return min(4, len(s)-i)
		}
		return min(3, len(s)-i)
	}
	_, n := utf8.DecodeRuneInString(s[i+1:])
	return 1 + n
}

// classLen returns the length of the class that opens at s[i], "[" to
// its closing "]" (a "]" first in the class, or escaped, is a member;
// "[:alpha:]" inside is a unit).
func classLen(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '^' {
		j++
	}
	if j < len(s) && s[j] == ']' {
		j++
	}
	for j < len(s) {
		switch {
		case s[j] == '\\':
			j += escapeLen(s, j)
		case strings.HasPrefix(s[j:], "[:"):
			if k := strings.Index(s[j:], ":]"); k > 0 {
				j += k + 2
			} else {
				j++
			}
		case s[j] == ']':
			return j + 1 - i
		default:
			j++
		}
	}
	return len(s) - i
}

// Keywords returns the keywords with, after them, each one's form typed
// without accents and with spaces for apostrophes, where that differs:
// the keywords that gate a lenient pattern must open it on such text too.
func Keywords(kws []string) []string {
	out := kws
	for _, kw := range kws {
		plain := []rune(kw)
		for i, r := range plain {
			if isApostrophe(r) {
				plain[i] = ' '
			} else {
				plain[i] = base(r)
			}
		}
		if p := string(plain); p != kw && !slices.Contains(out, p) {
			if len(out) == len(kws) {
				out = slices.Clone(kws)
			}
			out = append(out, p)
		}
	}
	return out
}
