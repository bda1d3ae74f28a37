package normalize

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/internal/wordset"
)

// Shorthand: posts typed quickly use texting and clinical short forms
// ("my cl, 34, w/ a hx of sh, hes been off his meds bc", "jai vu mon pt
// auj", "x q no vino"). The pack's "shorthand" vocabulary spells each out
// ("cl=client", "w/=with", "hes=he's"); the view writes the long form in
// place of the short one, so the rules and context patterns written for
// tidy text see it, and every byte of the long form keeps the short
// form's original range, so a finding maps back to what was typed.
//
// An entry "#yo=year-old" applies only after a number ("8yo", "67 yo"),
// and an entry "!n=and" only typed in lower case: a capital "N" is an
// initial or part of a name ("Bras N Things"). A form that is one ASCII
// sign ("@=at") is spelled out only standing alone between spaces
// ("works @ the mill"), never in a handle, an address or a code.
// Only a short form typed in lower case, or with just its first letter a
// capital, is spelled out: "TX" is a state and "PT" a profession more
// often than "treatment" or "patient"; and a capitalized form that is
// also one of the pack's abbreviations or honorifics ("Pr Tremblay") is
// that.

// maxNumberDigits is the longest number a form after a number ("8yo",
// "104yo") is looked for behind.
const maxNumberDigits = 3

// Shorthand is a pack's table of short forms.
type Shorthand struct {
	// The tables find reads for every run of a post: wordset.Maps, which
	// WebAssembly reads several times faster than Go maps.
	long      *wordset.Map[string] // short form (lower case) → long form
	afterNumb *wordset.Map[string] // the same, for forms that follow a number
	titled    *wordset.Map[bool]   // forms left alone when capitalized
	longest   int                  // bytes of the longest run find may take: a form, after a number
	// signs marks the ASCII signs that are forms of their own ("@"):
	// Expand stops at them where it skips other punctuation.
	signs *[utf8.RuneSelf]bool
	// pairs holds a bit for the first two bytes of every form of the
	// tables (the first and 0 for a one-byte form): a run that starts
	// otherwise, and not with a digit, holds no form (mayHold).
	pairs *[1 << 16 / 64]uint64
}

// NewShorthand reads entries "short=long" (and "#short=long"); an entry
// without "=" is skipped (TestShorthandEntries checks the packs).
// titled lists the words that, capitalized, are something else.
func NewShorthand(entries []string, titled map[string]bool) *Shorthand {
	if len(entries) == 0 {
		return nil
	}
	sh := &Shorthand{pairs: new([1 << 16 / 64]uint64), signs: new([utf8.RuneSelf]bool)}
	longs, afterNumb := map[string]string{}, map[string]string{}
	lowerOnly := maps.Clone(titled)
	for _, e := range entries {
		short, long, ok := strings.Cut(e, "=")
		if !ok || short == "" || long == "" {
			continue
		}
		if after, ok := strings.CutPrefix(short, "!"); ok && after != "" {
			short = after
			if lowerOnly == nil {
				lowerOnly = map[string]bool{}
			}
			lowerOnly[strings.ToLower(short)] = true
		}
		if c := short[0]; len(short) == 1 && c < utf8.RuneSelf && !asciiShort[c] && c != '#' && c != ' ' {
			sh.signs[c] = true
		}
		m := longs
		if after, ok := strings.CutPrefix(short, "#"); ok {
			short, m = after, afterNumb
		}
		short = strings.ToLower(short)
		m[short] = long
		sh.longest = max(sh.longest, len(short)+maxNumberDigits)
		if short != "" {
			k := pairKey(short)
			sh.pairs[k/64] |= 1 << (k % 64)
		}
	}
	sh.long, sh.afterNumb, sh.titled = wordset.NewMap(longs), wordset.NewMap(afterNumb), wordset.NewMap(lowerOnly)
	return sh
}

// shortRune reports whether r may be part of a short form: letters,
// digits, and the slash of "w/", "y/o", "b/c".
func shortRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '\''
}

// asciiShort is shortRune of each ASCII character, read without
// decoding or the unicode tables.
var asciiShort = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = shortRune(rune(c))
	}
	return t
}()

// shortAt reports whether the rune at i of s is a shortRune, and its size.
func shortAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiShort[c], 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return shortRune(r), size
}

// Expand writes the long form of every short form of s in its place. lower
// is s lower-cased byte for byte; start and end map s to the original as
// Text's do. It returns s itself, and ok false, when s holds no short form.
func (sh *Shorthand) Expand(s, lower string, start, end []int32) (out string, outStart, outEnd []int32, ok bool) {
	return sh.ExpandInto(s, lower, start, end, nil, nil)
}

// ExpandInto is Expand writing the map, when it writes one, into the
// arrays of startBuf and endBuf if they have room: a spare pair the
// caller kept, which must not share memory with start or end.
func (sh *Shorthand) ExpandInto(s, lower string, start, end, startBuf, endBuf []int32) (out string, outStart, outEnd []int32, ok bool) {
	if sh == nil {
		return s, start, end, false
	}
	ed := editor{s: s, start: start, end: end, ns: startBuf, ne: endBuf}
	for i := 0; i < len(s); {
		if i = skipNotShort(s, i, sh.signs); i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf && sh.signs[c] {
			// A sign is a form only alone between spaces ("works @ the
			// mill"), not in "@name", "a@b" or "Q&A".
			if (i == 0 || s[i-1] == ' ') && i+1 < len(s) && s[i+1] == ' ' {
				if long, ok := sh.long.Get(s[i : i+1]); ok {
					ed.replace(i, i+1, long)
				}
			}
			i++
			continue
		}
		short, size := shortAt(s, i)
		// A run joined to what comes before ("301-k", "v2.k", "@u") is
		// part of a code or a handle, not a short form.
		if !short || (i > 0 && (!phrase.BoundaryBefore(s, i) || strings.IndexByte("-.@#_/", s[i-1]) >= 0)) {
			i += size
			continue
		}
		j := shortRunEnd(s, i+size)
		for j > i && s[j-1] == '\'' {
			j--
		}
		from, to, long := sh.find(s, lower, i, j)
		if long == "" {
			i = max(j, i+size)
			continue
		}
		j = to
		if r, _ := utf8.DecodeRuneInString(s[from:]); unicode.IsUpper(r) {
			lr, n := utf8.DecodeRuneInString(long)
			long = string(unicode.ToUpper(lr)) + long[n:]
		}
		ed.replace(from, j, long)
		i = j
	}
	return ed.done()
}

// shortRunEnd returns the end of the run of shortRunes of s from j on.
func shortRunEnd(s string, j int) int {
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf { // without a call, most of a run
			if !asciiShort[c] {
				break
			}
			j++
			continue
		}
		short, n := shortAt(s, j)
		if !short {
			break
		}
		j += n
	}
	return j
}

// skipNotShort returns the first position from i on that is not an ASCII
// character outside short forms (spaces, punctuation), or a sign that is
// a form of its own (signs), or len(s). Not inlined, for the registers
// (see skipPlain).
//
//go:noinline
func skipNotShort(s string, i int, signs *[utf8.RuneSelf]bool) int {
	for i < len(s) && s[i] < utf8.RuneSelf && !asciiShort[s[i]] && !signs[s[i]] {
		i++
	}
	return i
}

// pairKey is the first two bytes of w (w's one byte and 0 for a one-byte
// w) as an index of Shorthand.pairs; w is not empty.
func pairKey(w string) int {
	if len(w) == 1 {
		return int(w[0]) << 8
	}
	return int(w[0])<<8 | int(w[1])
}

// mayHold reports whether find may find a form in the run whose lower
// case is lower: every look-up find makes is of lower itself, of a prefix
// of two bytes or more, or, after the digits lower starts with, of the
// rest. Most words of a post fail this test of one bit, and skip the
// case checks and the hash look-ups.
func (sh *Shorthand) mayHold(lower string) bool {
	if lower == "" {
		return false
	}
	if c := lower[0]; '0' <= c && c <= '9' {
		return true
	}
	k := pairKey(lower)
	return sh.pairs[k/64]&(1<<(k%64)) != 0
}

// find returns the short form in s[i:j] (a run of shortRunes) and its
// long form, or "" when the run holds none: the whole run ("w/", "bc",
// "hes"), a short form ending in a slash before a word ("w/his"), or a
// form that follows a number ("8yo", "67 yo").
// lowerText is s lower-cased, byte for byte.
func (sh *Shorthand) find(s, lowerText string, i, j int) (from, to int, long string) {
	run, lower := s[i:j], lowerText[i:j]
	if !sh.mayHold(lower) {
		return 0, 0, ""
	}
	if len(run) > sh.longest {
		// Longer than any short form: only "w/his" may still hold one.
		k := strings.IndexByte(lower, '/')
		if k <= 0 || k+1 > sh.longest {
			return 0, 0, ""
		}
		j, run, lower = i+k+1, run[:k+1], lower[:k+1]
	}
	if !caseAllowsExpand(run) || (run != lower && titledGet(sh.titled, lower)) {
		return 0, 0, ""
	}
	if l, ok := sh.long.Get(lower); ok {
		return i, j, l
	}
	// A possessive of a one-word form ("my cl's mom", "pt's dad"): the
	// form is spelled out and the "'s" kept.
	if stem, ok := strings.CutSuffix(lower, "'s"); ok && stem != "" {
		if l, ok := sh.long.Get(stem); ok && !strings.ContainsAny(l, "' ") {
			return i, j - 2, l
		}
	}
	if k := strings.IndexByte(lower, '/'); k > 0 && k+1 < len(lower) {
		if l, ok := sh.long.Get(lower[:k+1]); ok {
			return i, i + k + 1, l
		}
	}
	d := 0
	for d < len(lower) && lower[d] >= '0' && lower[d] <= '9' {
		d++
	}
	switch {
	case d > 0 && d < len(lower):
		if l, ok := sh.afterNumb.Get(lower[d:]); ok {
			return i + d, j, " " + l
		}
	case d == 0 && i > 1 && s[i-1] == ' ' && s[i-2] >= '0' && s[i-2] <= '9':
		if l, ok := sh.afterNumb.Get(lower); ok {
			return i, j, l
		}
	}
	return 0, 0, ""
}

// titledGet reports whether w is one of the titled forms.
func titledGet(titled *wordset.Map[bool], w string) bool {
	t, _ := titled.Get(w)
	return t
}

// caseAllowsExpand reports whether w is typed in lower case, or with only
// its first letter a capital.
func caseAllowsExpand(w string) bool {
	for k := 1; k < len(w); k++ {
		if c := w[k]; c >= utf8.RuneSelf {
			for _, r := range w[k:] {
				if unicode.IsUpper(r) {
					return false
				}
			}
			return true
		} else if 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// Has reports whether the lower-case word w is a short form of the table
// ("ty", "tia"): texting, not a name, when a rule reads the post as typed.
func (sh *Shorthand) Has(w string) bool {
	if sh == nil {
		return false
	}
	_, ok := sh.long.Get(w)
	return ok
}
