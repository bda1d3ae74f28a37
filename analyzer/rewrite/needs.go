package rewrite

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/rules"
)

// The needs a rewrite asks for: specialties, qualified need terms, the
// needs events ask for, age groups and stated language needs.

// ageGroups turns the exact ages of the post's age findings into the age
// groups of the pack ("58-year-old" → "adults"), in order, without repeats.
func ageGroups(rw *rules.Rewrite, findings []Finding) []string {
	var out []string
	for _, f := range findings {
		if f.Category != "age" {
			continue
		}
		age, ok := firstNumber(f.Text)
		if !ok {
			continue
		}
		for _, g := range rw.AgeGroups {
			if age <= g.UpTo {
				if !slices.Contains(out, g.Label) {
					out = append(out, g.Label)
				}
				break
			}
		}
	}
	return out
}

// firstNumber returns the first run of digits in s as a number below 130.
func firstNumber(s string) (int, bool) {
	n, digits := 0, 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			digits++
			if digits > 3 {
				return 0, false
			}
			continue
		}
		if digits > 0 {
			break
		}
	}
	return n, digits > 0 && n < 130
}

// needs turns the clinical content of the findings into specialties to
// ask for, in order, without repeats: the whole text of a finding of one
// of the pack's need rules, the need terms (the terms of those rules)
// inside any other clinical or event finding — a story's "moderate
// Alzheimer's" asks for "Alzheimer's"; and apart, for the lists after an
// ask only, the whole of each short clinical finding that names no one
// ("intrusive images"), which a template sentence could not carry.
func (c *run) needs() (needs, story []string) {
	rw := &c.pack.Rewrite
	var out, tied []string
	var laterBuf [16]string
	later := laterBuf[:0] // on the stack for the few a post names
	seen, tried := map[string]bool{}, map[string]bool{}
	add := func(term string) {
		if tried[term] {
			return // a long post names its needs again and again
		}
		tried[term] = true
		if spec, ok := c.gr.specialty(rw, term); ok {
			c.source.set(spec, term)
			term = spec
		} else if !isAcronym(term) {
			term = lowerFirst(term)
		}
		if k := strings.ToLower(term); !seen[k] {
			seen[k] = true
			out = append(out, term)
		}
	}
	var qbuf [8]string // a finding's terms, read before the next finding's
	for _, f := range c.post.Findings {
		switch {
		case slices.Contains(rw.NeedRules, f.Rule):
			if q := c.qualifiedTerms(qbuf[:0], f); len(q) == 1 && !strings.EqualFold(q[0], strings.TrimSpace(f.Text)) {
				add(q[0]) // "perinatal OCD"
			} else {
				add(strings.TrimSpace(f.Text))
			}
		case f.Category == "clinical" || f.Category == "event" || f.Category == "family":
			// "died by suicide" asks for help with a suicide loss, and
			// "going through a divorce" for divorce: the specialty the
			// pack gives the event's or condition's own word.
			lt := strings.ToLower(f.Text)
			terms := c.qualifiedTerms(qbuf[:0], f)
			for _, t := range terms {
				add(t)
			}
			if f.Category == "clinical" {
				for _, t := range c.gr.specialtyIndex.in(lt) {
					add(t)
				}
			} else if f.Category == "event" || f.Severity == "low" {
				for _, t := range c.gr.specialtyIndex.in(lt) {
					// "maltraitance financière" says which kind it is.
					if i := strings.Index(lt, t); i >= 0 {
						t = c.gr.qualify(lt, i, i+len(t), t)
					}
					later = append(later, t)
				}
			} else {
				// A family fact the rules tie to the client ("her
				// divorce") describes them; a passing one may be the need.
				tied = append(tied, lt)
			}
			if f.Category == "family" {
				continue
			}
			if len(terms) == 0 && f.Category == "clinical" {
				t := ""
				if c.gr.plainNeed(f.Text) {
					t = lowerFirst(strings.TrimRight(strings.TrimSpace(f.Text), ".,;:!?"))
				} else if core := c.gr.needCore(f.Text); core != "" {
					t = lowerFirst(core) // "fibromyalgia, on long-term disability"
				} else if core := c.gr.trimmedNeed(f.Text); core != "" {
					t = lowerFirst(core) // "very paranoid", "safety plan is in place"
				}
				if t != "" && !slices.Contains(story, t) && !c.namesStory(t) {
					story = append(story, t)
				}
			}
		}
	}
	// The post's other mentions of a need term ("w/ ptsd", where no rule
	// tied it to anyone) say what it is about as much: those of its first
	// maxNeedScan bytes, which is all of a post and the start of a paste.
	var buf [64]span
	words := buf[:0] // on the stack for a short sentence
	var specBuf [8]string
	for i, sent := range c.post.Sentences {
		if sent.Start >= maxNeedScan {
			break
		}
		// One walk of the sentence's words serves both look-ups.
		words = appendWords(words[:0], sent.Lower)
		if !c.sentenceTermsDone(i) {
			c.setSentenceTerms(i, c.gr.needTermsWords(sent.Lower, words))
		}
		for _, t := range c.sentenceTerms(i) {
			if c.gr.stopAcronym(t) && !containsWord(c.post.Text[sent.Start:sent.End], t) {
				continue // "did you know" names no dissociative identity disorder
			}
			// "un trouble anxieux généralisé" says which kind, as a
			// finding's neighbours do (qualifiedTerms).
			if lt := strings.ToLower(t); len(lt) == len(t) {
				if j := strings.Index(sent.Lower, lt); j >= 0 {
					t = c.gr.qualify(sent.Lower, j, j+len(lt), t)
				}
			}
			add(t)
		}
		// "hospitalisée en psychiatrie" no rule flagged still asks for
		// step-down care.
		for _, t := range c.gr.specialtyIndex.inWords(specBuf[:0], sent.Lower, words) {
			if !slices.ContainsFunc(tied, func(f string) bool { return containsWord(f, t) }) {
				later = append(later, t)
			}
		}
	}
	// What an event or a family fact asks for comes after what the post
	// names as the need.
	for _, t := range later {
		add(t)
	}
	return unnested(out), story
}

// unnested returns the items that no other item holds as whole words:
// "trauma" goes when "trauma after an assault" is there.
func unnested(items []string) []string {
	var buf [16]string
	lower := buf[:0] // each item lower-cased once, not once a pair
	for _, it := range items {
		lower = append(lower, strings.ToLower(it))
	}
	var out []string
	for i, it := range items {
		li := lower[i]
		if !slices.ContainsFunc(lower, func(lo string) bool {
			return lo != li && containsWord(lo, li)
		}) {
			out = append(out, it)
		}
	}
	return out
}

// qualifyWindow is how far around a finding the words that qualify its
// need terms are looked for, in bytes.
const qualifyWindow = 40

// qualifiedTerms appends to out the need terms of finding f with the
// words of the post that qualify them ("perinatal" before a finding
// "OCD").
func (c *run) qualifiedTerms(out []string, f Finding) []string {
	text := c.post.Text
	if f.Start >= maxNeedScan {
		// A long paste's later findings repeat its needs: they are
		// looked at as written, without their neighbours.
		lt := strings.ToLower(f.Text)
		return c.gr.needTermsQualified(out, lt, 0, len(lt), false)
	}
	a, b := max(0, f.Start-qualifyWindow), min(len(text), f.End+qualifyWindow)
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	w := c.lowerSpan(a, b)
	if len(w) != b-a {
		lt := strings.ToLower(f.Text) // lower case moved the bytes
		return c.gr.needTermsQualified(out, lt, 0, len(lt), false)
	}
	return c.gr.needTermsQualified(out, w, f.Start-a, f.End-a, true)
}

// statedNeeds returns the words of the post's first maxNeedScan bytes that
// state a need of language or culture ("Greek-speaking", "arabophone"),
// wherever they are: a sentence about the client can say the language the
// clinician must speak.
func (c *run) statedNeeds() []string {
	var out []string
	text := c.post.Text
	for _, sent := range c.post.Sentences {
		if sent.Start >= maxNeedScan {
			break
		}
		s := text[sent.Start:sent.End]
		if !c.gr.mayStateNeed(s, c.lowerSpan(sent.Start, sent.End)) {
			continue // the cheap look: no word of it can end with a suffix
		}
		for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
			word := s[start:end]
			if len(word) <= c.gr.minSuffix {
				continue // too short for any need suffix (statesNeed's first look)
			}
			if c.gr.english && !isUpperStart(word) {
				continue // "speech-language pathologist" names a job; "Greek-speaking" a language
			}
			if c.gr.statesNeed(word) && !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, word) }) {
				out = append(out, word)
			}
		}
	}
	return out
}

// mayStateNeed reports whether a word of s, whose lower case is ls, may
// end with one of the need suffixes (see statesNeed): false when s and
// the suffixes are ASCII — where EqualFold is a comparison of lower case
// — and none of the suffixes occurs in ls.
func (g *grammar) mayStateNeed(s, ls string) bool {
	if g.lowerSuffixes == nil || !isASCII(s) {
		return true
	}
	same := true // all start with one byte ("-speaking", "-language"): one pass finds any
	for _, suf := range g.lowerSuffixes {
		if suf == "" {
			return true
		}
		same = same && suf[0] == g.lowerSuffixes[0][0]
	}
	if same {
		for i := 0; i < len(ls); i++ {
			k := strings.IndexByte(ls[i:], g.lowerSuffixes[0][0])
			if k < 0 {
				return false
			}
			i += k
			for _, suf := range g.lowerSuffixes {
				if strings.HasPrefix(ls[i:], suf) {
					return true
				}
			}
		}
		return false
	}
	for _, suf := range g.lowerSuffixes {
		if strings.Contains(ls, suf) {
			return true
		}
	}
	return false
}

// isUpperStart reports whether s starts with an upper-case letter.
func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
