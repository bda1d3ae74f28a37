package rules

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Word classes: a pack names, once, the words its patterns share, and
// the patterns refer to them by name. Loading a pack writes every
// reference out as the expression it stands for, so the validator, the
// analyzer and every tool see plain RE2 patterns, and no automaton is
// larger than the hand-written expression would be.
//
// In any pattern of a pack (a rule's pattern, before, after, not_before,
// not_after, extend and ambiguous context, a context pattern, an intent
// cue) and in a word class itself:
//
//   - {name} stands for the word class name of the pack's "word_classes"
//     (a list of RE2 alternatives): (?:alt1|alt2|…);
//   - {word~} stands for the word or one slip of it: (?:word|slip1|…).
//     A slip is what a hurried typist does to a word after its first
//     letter: a letter dropped ("sesion"), doubled ("seession") or two
//     neighbours swapped ("sesison"), or its accents left out
//     ("derniere"). These are the speller's edits
//     (analyzer/internal/normalize: a rune dropped, added, changed or two
//     swapped, the first letter kept) without the ones that need an
//     alphabet: a changed letter, or an added one that does not double
//     its neighbour, would turn "since" into "mince" and "wince". The
//     speller corrects words of six letters or more on its own; the
//     slips reach the short words of a clause ("been", "yera", "dsde")
//     that it leaves as typed, and only where a pattern expects them.
//
// A keyword may hold a {word~} too: it stands for one keyword per form,
// so that the slips a pattern takes also open its gate.
//
// A brace that opens neither (x{2,3}, an escaped \{, one inside a
// character class) is RE2's as before. Names are lower-case words with
// underscores; a reference to a class the pack does not define, a
// class that refers to itself, a class no pattern uses, or a {word~}
// shorter than SlipMinRunes letters is an error naming its file, rule
// and field.

// SlipMinRunes is the shortest word {word~} takes: the slips of a
// three-letter word ("met": "mt", "emt", "mett") are other words too
// often, even inside a pattern.
const SlipMinRunes = 4

// Slips returns the forms of word one slip away (a letter after the
// first dropped or doubled, two neighbours after the first swapped, or
// its accents left out: "seance" for "séance", as a keyboard without
// them types it), sorted, without word itself.
func Slips(word string) []string {
	rs := []rune(word)
	var out []string
	add := func(f []rune) {
		if s := string(f); s != word {
			out = append(out, s)
		}
	}
	for i := 1; i < len(rs); i++ {
		add(slices.Concat(rs[:i], rs[i+1:]))   // dropped
		add(slices.Concat(rs[:i+1], rs[i:]))   // doubled
		if i+1 < len(rs) && rs[i] != rs[i+1] { // swapped
			add(slices.Concat(rs[:i], []rune{rs[i+1], rs[i]}, rs[i+2:]))
		}
	}
	if f := dropAccents(word); f != word {
		out = append(out, f)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// dropAccents returns w without its combining marks ("séance" → "seance",
// "año" → "ano").
func dropAccents(w string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// keywords returns kws with each {word~} in one written out as one
// keyword per form of the word (the word and its slips): a rule whose
// pattern takes the slips of a word it is gated on must be let run by
// them too. A slip is rare in a post, so the gate opens no more often
// for it; the forms of a short word may be parts of common words
// ("sine" in "business"), which a rule gated on rarer words avoids.
func (x *classExpander) keywords(kws []string, file, rule, field string) []string {
	var out []string
	for _, k := range kws {
		i := strings.IndexByte(k, '{')
		ref, ok := "", false
		if i >= 0 {
			ref, ok = reference(k[i+1:])
		}
		word, slip := strings.CutSuffix(ref, "~")
		switch {
		case !ok:
			out = append(out, k)
		case !slip:
			x.errs.Add(file, rule, field, fmt.Sprintf("keyword %q: a keyword takes {word~}, not a word class", k))
		case !slipWord(word) || utf8.RuneCountInString(word) < SlipMinRunes:
			x.errs.Add(file, rule, field, fmt.Sprintf("keyword %q: {%s} needs a lower-case word of %d letters or more", k, ref, SlipMinRunes))
		default:
			head, tail := k[:i], k[i+len(ref)+2:]
			for _, f := range append([]string{word}, Slips(word)...) {
				if kw := head + f + tail; !slices.Contains(out, kw) {
					out = append(out, kw)
				}
			}
		}
	}
	return out
}

// slipGroup is the expression {word~} stands for.
func slipGroup(word string) string {
	return "(?:" + strings.Join(append([]string{word}, Slips(word)...), "|") + ")"
}

// classExpander writes out the references of one pack's patterns.
type classExpander struct {
	classes map[string][]string
	done    map[string]string // expanded classes
	busy    map[string]bool   // classes being expanded: a cycle if met again
	used    map[string]bool
	errs    ErrorList
	file    string // the file of word_classes
}

// expandWordClasses replaces the word-class references of every pattern
// of p by what they stand for, and reports every bad reference or class.
func (p *Pack) expandWordClasses() ErrorList {
	x := &classExpander{
		classes: p.WordClasses, done: map[string]string{}, busy: map[string]bool{},
		used: map[string]bool{}, file: p.fileOf("word_classes"),
	}
	for _, name := range sortedKeys(p.WordClasses) {
		if !className(name) {
			x.errs.Add(x.file, "", "word_classes", fmt.Sprintf("%q is not a lower-case name (letters, digits, underscores)", name))
		}
		if len(p.WordClasses[name]) == 0 {
			x.errs.Add(x.file, "", "word_classes."+name, "a word class needs at least one alternative")
		}
	}
	ctx := p.fileOf("context")
	for _, c := range p.contextFields() {
		for i := range *c.pats {
			g := &(*c.pats)[i]
			g.Pattern = x.expand(g.Pattern, ctx, "", fmt.Sprintf("%s[%d].pattern", c.field, i))
			g.Keywords = x.keywords(g.Keywords, ctx, "", fmt.Sprintf("%s[%d].keywords", c.field, i))
		}
	}
	for i := range p.Rules {
		r := &p.Rules[i]
		f := p.File
		if r.File != "" {
			f = r.File
		}
		id := r.ID
		if id == "" {
			id = fmt.Sprintf("#%d", i)
		}
		for _, fp := range [...]struct {
			field string
			pat   *string
		}{
			{"pattern", &r.Pattern}, {"before", &r.Before}, {"after", &r.After},
			{"not_before", &r.NotBefore}, {"not_after", &r.NotAfter}, {"extend", &r.Extend},
		} {
			*fp.pat = x.expand(*fp.pat, f, id, fp.field)
		}
		r.Keywords = x.keywords(r.Keywords, f, id, "keywords")
		if a := r.Ambiguous; a != nil {
			a.Before = x.expand(a.Before, f, id, "ambiguous.before")
			a.After = x.expand(a.After, f, id, "ambiguous.after")
		}
	}
	in := p.fileOf("intents")
	for i := range p.Intents {
		for j := range p.Intents[i].Cues {
			c := &p.Intents[i].Cues[j]
			c.Pattern = x.expand(c.Pattern, in, "", fmt.Sprintf("intents[%d].cues[%d].pattern", i, j))
			c.Keywords = x.keywords(c.Keywords, in, "", fmt.Sprintf("intents[%d].cues[%d].keywords", i, j))
		}
	}
	for _, name := range sortedKeys(p.WordClasses) {
		if !x.used[name] && className(name) {
			x.errs.Add(x.file, "", "word_classes."+name, "no pattern uses this word class")
		}
	}
	return x.errs
}

// contextField is one list of context patterns and its field name.
type contextField struct {
	field string
	pats  *[]Gated
}

// contextFields lists the pack's context patterns with their field names.
func (p *Pack) contextFields() []contextField {
	c := &p.Context
	return []contextField{
		{"context.person", &c.Person}, {"context.addressee", &c.Addressee},
		{"context.generic", &c.Generic}, {"context.self", &c.Self},
		{"context.not_specific", &c.NotSpecific}, {"context.client", &c.Client},
		{"context.describes", &c.Describes}, {"context.audience", &c.Audience},
		{"context.confirms", &c.Confirms}, {"context.declines", &c.Declines},
		{"context.addressed", &c.Addressed}, {"context.relates", &c.Relates},
		{"context.public", &c.Public}, {"context.announce", &c.Announce},
		{"context.own_life", &c.OwnLife}, {"context.ignore", &c.Ignore},
	}
}

// class returns the expression the word class name stands for.
func (x *classExpander) class(name, file, rule, field string) (string, bool) {
	if s, ok := x.done[name]; ok {
		return s, true
	}
	alts, ok := x.classes[name]
	switch {
	case !ok:
		x.errs.Add(file, rule, field, fmt.Sprintf("no word class named %q", name))
		return "", false
	case x.busy[name]:
		x.errs.Add(x.file, "", "word_classes."+name, "the word class refers to itself")
		return "", false
	}
	x.busy[name] = true
	parts := make([]string, len(alts))
	for i, a := range alts {
		parts[i] = x.expand(a, x.file, "", fmt.Sprintf("word_classes.%s[%d]", name, i))
	}
	delete(x.busy, name)
	s := "(?:" + strings.Join(parts, "|") + ")"
	x.done[name] = s
	return s, true
}

// expand writes out the references of pat, a pattern of field (of rule,
// in file). Text outside references is copied as it is.
func (x *classExpander) expand(pat, file, rule, field string) string {
	if !strings.Contains(pat, "{") {
		return pat
	}
	var b strings.Builder
	inClass := false // inside [...]
	for i := 0; i < len(pat); i++ {
		c := pat[i]
		switch {
		case c == '\\' && i+1 < len(pat):
			n := 2
			if (pat[i+1] == 'p' || pat[i+1] == 'P') && strings.HasPrefix(pat[i+2:], "{") {
				// A Unicode class, \p{Greek}: its braces are RE2's.
				if end := strings.IndexByte(pat[i:], '}'); end > 0 {
					n = end + 1
				}
			}
			b.WriteString(pat[i : i+n])
			i += n - 1
			continue
		case inClass:
			inClass = c != ']'
		case c == '[':
			inClass = true
			if strings.HasPrefix(pat[i+1:], "]") || strings.HasPrefix(pat[i+1:], "^]") {
				// A ']' first in the class is a member, not its end.
				n := 2
				if pat[i+1] == '^' {
					n = 3
				}
				b.WriteString(pat[i : i+n])
				i += n - 1
				continue
			}
		case c == '{':
			ref, ok := reference(pat[i+1:])
			if !ok {
				break
			}
			i += len(ref) + 1 // past the closing brace
			if word, slip := strings.CutSuffix(ref, "~"); slip {
				if !slipWord(word) {
					x.errs.Add(file, rule, field, fmt.Sprintf("{%s}: only a lower-case word takes slips", ref))
					continue
				}
				if n := utf8.RuneCountInString(word); n < SlipMinRunes {
					x.errs.Add(file, rule, field, fmt.Sprintf("{%s}: a word of %d letters takes no slips (%d or more)", ref, n, SlipMinRunes))
					b.WriteString(word)
					continue
				}
				b.WriteString(slipGroup(word))
				continue
			}
			if !className(ref) {
				x.errs.Add(file, rule, field, fmt.Sprintf("{%s} is neither a word class name nor a word~", ref))
				continue
			}
			x.used[ref] = true
			if s, ok := x.class(ref, file, rule, field); ok {
				b.WriteString(s)
			}
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// reference returns the reference that s (the text after an opening
// brace) starts with, up to its closing brace: whatever starts with a
// letter and holds no space or brace. ok is false when the brace opens
// none, as in RE2's x{2,3}; a reference that is neither a class name nor
// a lower-case word and a '~' is the caller's error to report.
func reference(s string) (ref string, ok bool) {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return "", false
	}
	end := strings.IndexAny(s, "{} \t\n")
	if end <= 0 || s[end] != '}' {
		return "", false
	}
	return s[:end], true
}

// slipWord reports whether w is a lower-case word {w~} may take.
func slipWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) || unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// className reports whether s is a word class name: a lower-case ASCII
// letter, then lower-case letters, digits and underscores.
func className(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}
