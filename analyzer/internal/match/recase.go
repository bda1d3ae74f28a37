package match

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/fuzzy"
	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/internal/wordset"
)

// A post typed without capitals ("my client harold moved to swift current
// w/ his daughter") hides what the rules key on: a capital tells a name, a
// place or an employer from a word. recase gives the view of such a post
// the capitals a tidy writer would have used, before any rule runs, so
// every pattern and word list sees it as it would see the tidy post:
//
//   - every sentence starts with a capital, English "i" is "I", and a
//     word the language always capitalizes (the pack's "capitalized":
//     English weekdays and months that are not also words) has its
//     capital, as has an abbreviation of one before a day ("jan 12");
//   - in a post with (almost) no capital inside its sentences, a name,
//     place or employer of the pack's lists gets its capitals back, unless
//     it is an ordinary word ("will", "hope", "bend": common-word
//     frequency decides, as for uncased matches) or shorter than
//     uncasedMinRunes (a short name, "ben", only in a name's slot);
//   - so do an honorific and the name after it ("dr hal pruitt", "mme
//     tremblay"), up to two words that are not ordinary words, a word no
//     dictionary knows (recaseUnknown) and a letter alone before a
//     period, an initial (recaseInitials).
//
// Capitals change no byte length here (a letter whose capital is longer
// stays as it is), so offsets into the view stay valid; v.Lower is left as
// it was.

// shortPost is the fewest tokens of a post typed without capitals whose
// list entries recase gives their capitals back; a shorter post (from
// minUncasedTokens on) gets only the name slots and unknown words.
const shortPost = 8

// minUncasedTokens is the fewest tokens for which a post can count as
// typed without capitals: "hi sam" says nothing of how its writer types.
const minUncasedTokens = 4

// uncasedShare is the largest share of a post's words, capitalized inside
// a sentence, for which the post counts as typed without capitals.
const uncasedShare = 50 // one in 50

// recase fills in the capitals of v.Text as described above. toks are the
// view's tokens and phrases the word-list hits on them. It reports whether
// the post was typed without capitals: none inside its sentences
// (uncasedPost), none at the start of some sentence (lowerStart).
func recase(c *pack.Compiled, v *pack.View, sents []pack.Span, toks []phrase.Token, phrases []phrase.Match) bool {
	var b []byte
	upper := func(i int) {
		r, n := utf8.DecodeRuneInString(v.Text[i:])
		u := unicode.ToUpper(r)
		if u == r || utf8.RuneLen(u) != n {
			return
		}
		if b == nil {
			b = []byte(v.Text)
		}
		utf8.EncodeRune(b[i:], u)
	}
	starts := sentenceStarts(v.Text, sents, toks)
	for _, i := range starts {
		// Only an ordinary word: "ty" or "jai" (texting for "thank you",
		// "j'ai") would read as a name.
		if t := toks[i]; c.CommonIndex.Has(v.Lower[t.Start:t.End]) {
			upper(t.Start)
		}
	}
	for k, t := range toks {
		w := v.Lower[t.Start:t.End]
		if c.Capitalized.Has(w) || (k+1 < len(toks) && c.ShortCapitalized.Has(w) && dayAfter(v.Text, t.End, toks[k+1])) {
			upper(t.Start)
		}
	}
	if c.Pack.Lang == "en" {
		for _, t := range toks {
			if w := v.Text[t.Start:t.End]; w == "i" || w == "i'm" || w == "i've" || w == "i'd" || w == "i'll" {
				upper(t.Start)
			}
		}
	}
	// A post counts as typed without capitals when (almost) no word inside
	// its sentences has one and some sentence starts in lower case.
	uncasedText := uncasedPost(v.Text, toks, starts)
	lowerPost := uncasedText && lowerStart(v.Text, toks, starts)
	if uncasedText && len(toks) < shortPost {
		// A short post ("my client hope has been skipping sessions")
		// gives a name its capital only in its slot (lowerPost, read by
		// checkUncased) and keeps its initials: a list entry or a word no
		// dictionary knows, recased in so few words, has no other
		// evidence, and the rules written for a lower-case business or
		// church ("drives for brennan trucking", "first methodist") would
		// lose it.
		if lowerPost {
			recaseInitials(c, v, toks, upper)
		}
	} else if uncasedText {
		inside := inLonger(phrases)
		capitalize := func(pm phrase.Match) {
			lower := v.Lower[pm.Start:pm.End]
			for k, t := range phrase.Tokenize(lower) {
				if k == 0 || utf8.RuneCountInString(lower[t.Start:t.End]) > 3 {
					upper(pm.Start + t.Start)
				}
			}
		}
		// A name recased where its slot or its possessive says a name
		// stands is a name wherever else the post writes it ("thank u to
		// aiden's mom ... aiden, if u're reading this"), even one slip
		// from an ordinary word ("aide"): named holds the names recased,
		// held the other places of a name, left as typed only for that
		// slip.
		named := map[string]bool{}
		var held []phrase.Match
		for k, pm := range phrases {
			for _, ri := range pm.Rules {
				r := c.Rules[ri]
				if r.Case != "title" || r.List == "" || r.AmbiguousSet == nil {
					continue
				}
				lower := v.Lower[pm.Start:pm.End]
				if !(uncased(lower) || shortName(c, r, v, pm)) || allOrdinary(r, lower) {
					continue
				}
				slot := r.AmbBefore.Match(before(v, pm.Start)) || r.AmbAfter.Match(after(v, pm.End))
				if !uncased(lower) && !slot {
					continue // a short name only where its slot says so
				}
				if !slot && accentFreeWord(c, r, lower) {
					continue // "la nina": "niña" typed without its accent
				}
				// A name where the words around it say a name stands
				// ("thank u to aiden's mom", "hi raewyn") gets its
				// capital, so every rule written for a capitalized name
				// sees it. A place or employer there is left to
				// checkUncased, which takes the uncased form as it is.
				// Elsewhere, a word one slip from an ordinary word ("arwa"
				// for "area") is more often that slip than a name.
				// A name inside a longer entry ("ana" in "santa ana") is
				// left as it is, for the longer entry's rule.
				if slot && (r.Category != "name" || inside[k]) {
					continue
				}
				// A name with a possessive ("ethan's ocd") is no slip of
				// a word: "than's" is no word's possessive.
				if !slot && c.CommonIndex != nil && nearWord(c.CommonIndex, lower) && !(r.Category == "name" && possessive(v.Text[pm.End:])) {
					if r.Category == "name" && !inside[k] {
						held = append(held, pm)
					}
					continue
				}
				if r.Category == "name" {
					named[lower] = true
				}
				capitalize(pm)
				break
			}
		}
		for _, pm := range held {
			if named[v.Lower[pm.Start:pm.End]] {
				capitalize(pm)
			}
		}
		if lowerStart(v.Text, toks, starts) {
			recaseUnknown(c, v, toks, tokensInEntries(toks, phrases), upper)
			recaseInitials(c, v, toks, upper)
		}
		for i := 0; i+1 < len(toks); i++ {
			if !c.Honorifics.Has(v.Lower[toks[i].Start:toks[i].End]) || !honorificGap(v.Text[toks[i].End:toks[i+1].Start]) {
				continue
			}
			// The honorific and up to two words of the name after it
			// ("dr hal pruitt").
			for k := i + 1; k <= i+2 && k < len(toks); k++ {
				w := v.Lower[toks[k].Start:toks[k].End]
				if (k > i+1 && v.Text[toks[k-1].End:toks[k].Start] != " ") || c.CommonIndex.Has(w) {
					break
				}
				if k == i+1 {
					upper(toks[i].Start)
				}
				upper(toks[k].Start)
			}
		}
		hyphenCompounds(c, v, func() []byte { return b }, toks, upper)
	}
	if b != nil {
		v.Text = string(b)
	}
	return lowerPost
}

// inLonger reports, for each of phrases (in the order phrase.Index.Find
// returns them: by start, then by end), whether a longer one covers it:
// one that starts before it and reaches into it, or starts with it and
// ends after it. It takes one pass each way.
func inLonger(phrases []phrase.Match) []bool {
	out := make([]bool, len(phrases))
	reach, start := -1, -1 // the furthest end of the phrases starting before start
	maxEnd := -1           // the furthest end so far of the phrases starting at start
	for k, pm := range phrases {
		if pm.Start != start {
			reach, start, maxEnd = max(reach, maxEnd), pm.Start, -1
		}
		maxEnd = max(maxEnd, pm.End)
		out[k] = reach > pm.Start
	}
	last := -1 // the furthest end of the phrases at the same start, after k
	for k := len(phrases) - 1; k >= 0; k-- {
		if k+1 < len(phrases) && phrases[k+1].Start != phrases[k].Start {
			last = -1
		}
		if last > phrases[k].End {
			out[k] = true
		}
		last = max(last, phrases[k].End)
	}
	return out
}

// shortName reports whether the phrase pm, shorter than uncasedMinRunes,
// may be a short name typed in lower case ("ben", "eli"): a name of r's
// list, one word of two letters or more, typed in lower case, and no
// function word ("an", "la") nor short form ("ty", "tia"). recase still
// asks for its slot.
func shortName(c *pack.Compiled, r *pack.Rule, v *pack.View, pm phrase.Match) bool {
	w := v.Text[pm.Start:pm.End]
	return r.Category == "name" && utf8.RuneCountInString(w) >= 2 && allLetters(w) &&
		w == v.Lower[pm.Start:pm.End] && !c.Function.Has(w) && !c.Shorthand.Has(w)
}

// possessive reports whether rest, the text right after a word, starts
// with the word's possessive "'s" ("ethan's ocd").
func possessive(rest string) bool {
	for _, ap := range [...]string{"'s", "’s"} {
		if r, ok := strings.CutPrefix(rest, ap); ok {
			n, _ := utf8.DecodeRuneInString(r)
			return r == "" || !unicode.IsLetter(n)
		}
	}
	return false
}

// dayAfter reports whether the token next, right after position end of s
// past one space, is a day of the month ("jan 12", "sept 3rd").
func dayAfter(s string, end int, next phrase.Token) bool {
	if next.Start != end+1 || s[end] != ' ' {
		return false
	}
	d := 0
	for d < next.End-next.Start && d < 3 && s[next.Start+d] >= '0' && s[next.Start+d] <= '9' {
		d++
	}
	return d == 1 || d == 2
}

// sentenceStarts returns the index of the first token of each sentence.
func sentenceStarts(s string, sents []pack.Span, toks []phrase.Token) []int {
	var out []int
	k := 0
	for _, sent := range sents {
		for k < len(toks) && toks[k].Start < sent.Start {
			k++
		}
		if k < len(toks) && toks[k].Start < sent.End {
			out = append(out, k)
		}
	}
	return out
}

// uncasedPost reports whether at most one word in uncasedShare starts with
// a capital inside a sentence (sentence starts, "I" and acronyms aside):
// the post was typed without capitals. An acronym ("PTSD", "DBT", "ASAP")
// is typed in capitals by writers who type every name in lower case
// ("my client hope has PTSD"), so it says nothing of how they type names;
// a post with acronyms only, or mostly, is not counted as uncased.
func uncasedPost(s string, toks []phrase.Token, starts []int) bool {
	if len(toks) < minUncasedTokens {
		return false
	}
	caps, acronyms, k := 0, 0, 0
	for i, t := range toks {
		if k < len(starts) && starts[k] == i {
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[t.Start:])
		switch {
		case acronym(s[t.Start:t.End]):
			acronyms++
		case unicode.IsUpper(r) && (t.End-t.Start > n || r != 'I'):
			caps++
		}
	}
	return caps*uncasedShare <= len(toks) && acronyms*4 < len(toks)
}

// acronym reports whether w is a word of two to six letters all in
// capitals ("PTSD", "DBT"), digits or a slash allowed ("LGBTQ2S", "R/O").
func acronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '/' || r == '+':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6
}

// honorificGap reports whether the text between an honorific and the next
// word is what separates them ("dr whitfield", "mrs. okafor").
func honorificGap(gap string) bool {
	switch gap {
	case " ", ". ", ".":
		return true
	}
	return false
}

// nearAlphabet are the letters nearWord tries: a slip of the fingers on
// an English, French or Spanish keyboard.
const nearAlphabet = "abcdefghijklmnopqrstuvwxyzéèêàçñáíóú"

// nearWord reports whether w is one edit (a letter dropped, added,
// changed, or two neighbours swapped) from a word of set. The cost is
// bounded: about 40 lookups a letter, for one word of at most
// fuzzy.MaxRunes letters.
func nearWord(set *wordset.Set, w string) bool {
	rs := []rune(w)
	if len(rs) > fuzzy.MaxRunes || strings.ContainsRune(w, ' ') {
		return false
	}
	buf := make([]rune, 0, len(rs)+1)
	try := func(form []rune) bool { return set.Has(string(form)) }
	for i := range rs {
		if try(append(append(buf[:0], rs[:i]...), rs[i+1:]...)) {
			return true
		}
		if i+1 < len(rs) && rs[i] != rs[i+1] {
			f := append(buf[:0], rs...)
			f[i], f[i+1] = f[i+1], f[i]
			if try(f) {
				return true
			}
		}
	}
	for i := 0; i <= len(rs); i++ {
		for _, l := range nearAlphabet {
			if i < len(rs) && l != rs[i] {
				f := append(buf[:0], rs...)
				f[i] = l
				if try(f) {
					return true
				}
			}
			f := append(append(append(buf[:0], rs[:i]...), l), rs[i:]...)
			if try(f) {
				return true
			}
		}
	}
	return false
}
