package analyzer

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// rewrite builds the whole-post rewrite for the post's intent. It keeps what
// the post needs to do its job (the clinical need as a specialty, treatment
// approaches, practical needs, consultation topics, the region when the post
// named a state or province) and drops every fact about the client. The
// result is checked by analyzing it again: if anything of medium or high
// severity is still found, the intent's fallback text is used instead.
func rewrite(c *compiled, v *view, g *gates, text string, res *Result, kept []candidate) (string, string) {
	if len(res.Findings) == 0 {
		return "", ""
	}
	rw := c.pack.Rewrite
	t, ok := rw.Templates[res.Intent]
	if !ok {
		return "", ""
	}
	needList := needs(c, res.Findings, kept)
	found := func(name string) []string { return vocabFound(v, g, c.vocab[name]) }
	provider := firstOnly(found("providers"))
	if len(provider) == 0 {
		provider = []string{rw.DefaultProvider}
	}
	fill := map[string]string{
		"needs":       joinList(c, needList),
		"provider":    provider[0],
		"populations": joinList(c, found("populations")),
		"approaches":  joinList(c, found("approaches")),
		"practical":   joinList(c, found("needs")),
		"topics":      joinList(c, without(found("topics"), needList)),
		"region":      joinList(c, firstOnly(found("regions"))),
	}
	for _, tt := range t.Texts {
		if _, done := fill["sanitized"]; !done && strings.Contains(tt, "{sanitized}") {
			fill["sanitized"] = sanitize(v, c.abbrev, text, res.Findings, rw.EnglishArticles)
		}
		if !saysSomething(tt, fill, rw.DefaultProvider) {
			continue
		}
		if out := tidy(expand(tt, fill), rw.EnglishArticles); out != "" && clean(c, out) {
			return out, t.Advice
		}
	}
	return tidy(t.Fallback, rw.EnglishArticles), t.Advice
}

func firstOnly(s []string) []string {
	if len(s) > 1 {
		return s[:1]
	}
	return s
}

// without returns the items not already said by one of the others.
func without(items, others []string) []string {
	var out []string
	for _, it := range items {
		dup := false
		for _, o := range others {
			if strings.Contains(strings.ToLower(o), strings.ToLower(it)) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, it)
		}
	}
	return out
}

// needs turns the findings of the pack's need rules into specialties to
// ask for, in order, without repeats.
func needs(c *compiled, findings []Finding, kept []candidate) []string {
	var out []string
	seen := map[string]bool{}
	for i, f := range findings {
		if !slices.Contains(c.pack.Rewrite.NeedRules, kept[i].rule.ID) {
			continue
		}
		term := strings.TrimSpace(f.Text)
		if spec, ok := lookupFold(c.pack.Rewrite.Specialties, term); ok {
			term = spec
		} else if !isAcronym(term) {
			term = lowerFirst(term)
		}
		if k := strings.ToLower(term); !seen[k] {
			seen[k] = true
			out = append(out, term)
		}
	}
	return out
}

func lookupFold(m map[string]string, k string) (string, bool) {
	if v, ok := m[k]; ok {
		return v, true
	}
	for kk, v := range m {
		if strings.EqualFold(kk, k) {
			return v, true
		}
	}
	return "", false
}

// vocabFound returns the entries of a rewrite vocabulary that occur in the
// post as whole words, longest first when they overlap, in the order of the
// post. The keyword pass has already found where each entry occurs.
func vocabFound(v *view, g *gates, vocab []vocabTerm) []string {
	type hit struct {
		term string
		at   int
	}
	var hits []hit
	var taken []span
	for _, vt := range vocab {
		for _, kw := range g.at(vt.gate) {
			i := kw.start
			s := span{i, i + vt.len}
			if !wordBoundaryBefore(v.lower, s.start) || !wordBoundaryAfter(v.lower, s.end) || slices.ContainsFunc(taken, s.overlaps) {
				continue
			}
			taken = append(taken, s)
			hits = append(hits, hit{vt.term, i})
			break
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.term
	}
	return out
}

func joinList(c *compiled, items []string) string {
	j := c.pack.Rewrite.Joiners
	and, comma := j["and"], j["comma"]
	if and == "" {
		and = " and "
	}
	if comma == "" {
		comma = ", "
	}
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], comma) + and + items[len(items)-1]
}

var placeholder = regexp.MustCompile(`\{([a-z_]+)\}`)

// expand fills {placeholders}. A [bracketed] segment is dropped when any
// placeholder inside it is empty; outside brackets an empty placeholder
// makes the whole template unusable and expand returns "".
func expand(tmpl string, fill map[string]string) string {
	var b strings.Builder
	ok := true
	for len(tmpl) > 0 {
		i := strings.IndexByte(tmpl, '[')
		if i < 0 {
			i = len(tmpl)
		}
		seg, fine := fillSegment(tmpl[:i], fill)
		if !fine {
			ok = false
		}
		b.WriteString(seg)
		if i == len(tmpl) {
			break
		}
		j := strings.IndexByte(tmpl[i:], ']')
		if j < 0 {
			j = len(tmpl) - i
		}
		if seg, fine := fillSegment(tmpl[i+1:i+j], fill); fine {
			b.WriteString(seg)
		}
		tmpl = tmpl[min(len(tmpl), i+j+1):]
	}
	if !ok {
		return ""
	}
	return b.String()
}

// saysSomething reports whether a template would carry something from the
// post: a placeholder other than {provider} and {region} that is filled.
// "Seeking a therapist." alone helps nobody; the fallback says more.
func saysSomething(tmpl string, fill map[string]string, defaultProvider string) bool {
	for _, m := range placeholder.FindAllStringSubmatch(tmpl, -1) {
		switch name := m[1]; {
		case name == "provider" && fill[name] != defaultProvider:
			return true // "a play therapist" already says what is needed
		case name != "provider" && name != "region" && fill[name] != "":
			return true
		}
	}
	return !placeholder.MatchString(tmpl)
}

func fillSegment(seg string, fill map[string]string) (string, bool) {
	ok := true
	out := placeholder.ReplaceAllStringFunc(seg, func(m string) string {
		val := fill[m[1:len(m)-1]]
		if val == "" {
			ok = false
		}
		return val
	})
	return out, ok
}

// clean reports whether text has no finding of medium or high severity
// under the same pack (the rewrite must pass its own check).
func clean(c *compiled, text string) bool {
	v := newView(text)
	sents := sentences(v.s, c.abbrev)
	g := c.scanKeywords(v.lower)
	cands := match(c, v, sents, g)
	kept := newContext(c, v, sents, g, cands).attribute(cands)
	for _, k := range kept {
		if k.rule.Severity != "low" {
			return false
		}
	}
	return true
}

var (
	spaces      = regexp.MustCompile(`[ \t]{2,}`)
	spacePunct  = regexp.MustCompile(`\s+([,.)])`)
	spaceMark   = regexp.MustCompile(`\s+([;:!?])`) // French keeps a space before these
	repeatComma = regexp.MustCompile(`([,;])(\s*[,;])+`)
	commaStop   = regexp.MustCompile(`[,;]\s*([.!?])`)
	emptyParens = regexp.MustCompile(`\(\s*[,;]?\s*\)`)
	leadPunct   = regexp.MustCompile(`(^|[.!?]\s+)[,;]\s*`)
	articleA    = regexp.MustCompile(`\b([Aa]) ([aeiouAEIOU])`)
	articleAn   = regexp.MustCompile(`\b([Aa])n ([b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])`)
)

// tidy repairs what removing words leaves behind: double spaces, spaces
// before punctuation, orphaned commas, empty parentheses, the capital
// letter at the start of each sentence and, in English, a/an agreement.
func tidy(s string, english bool) string {
	// Each repair runs only when the text holds what it repairs: most
	// rewrites need none, and a regexp pass costs more than the look.
	if strings.IndexByte(s, '(') >= 0 {
		s = emptyParens.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "  ") || strings.IndexByte(s, '\t') >= 0 {
		s = spaces.ReplaceAllString(s, " ")
	}
	if followedBy(s, spaceBytes, ",.)", 0) {
		s = spacePunct.ReplaceAllString(s, "$1")
	}
	if english && followedBy(s, spaceBytes, ";:!?", 0) {
		s = spaceMark.ReplaceAllString(s, "$1")
	}
	if followedBy(s, ",;", ",;", 0) {
		s = repeatComma.ReplaceAllString(s, "$1")
	}
	if followedBy(s, ",;", ".!?", 0) {
		s = commaStop.ReplaceAllString(s, "$1")
	}
	if s != "" && (s[0] == ',' || s[0] == ';') || followedBy(s, ".!?", ",;", 1) {
		s = leadPunct.ReplaceAllString(s, "$1")
	}
	if english && articleMismatch(s) {
		s = articleA.ReplaceAllString(s, "${1}n $2")
		s = articleAn.ReplaceAllString(s, "$1 $2")
	}
	s = strings.TrimSpace(s)
	return capitalizeSentences(s)
}

// followedBy reports whether a byte of first is followed, after at least
// minSpace white-space bytes, by a byte of second (all ASCII).
func followedBy(s, first, second string, minSpace int) bool {
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(first, s[i]) < 0 {
			continue
		}
		j := i + 1
		for j < len(s) && isSpaceByte(s[j]) {
			j++
		}
		if j-i-1 >= minSpace && j < len(s) && strings.IndexByte(second, s[j]) >= 0 {
			return true
		}
	}
	return false
}

// spaceBytes are the bytes of regexp's \s.
const spaceBytes = " \t\n\r\f"

func isSpaceByte(b byte) bool { return strings.IndexByte(spaceBytes, b) >= 0 }

// articleMismatch reports whether "a" comes before a vowel or "an" before
// a consonant somewhere in s, as articleA and articleAn would find.
func articleMismatch(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] != 'a' && s[i] != 'A' || i > 0 && isASCIIWord(s[i-1]) {
			continue
		}
		if s[i+1] == ' ' && strings.IndexByte("aeiouAEIOU", s[i+2]) >= 0 {
			return true
		}
		if s[i+1] == 'n' && s[i+2] == ' ' && i+3 < len(s) && isConsonant(s[i+3]) {
			return true
		}
	}
	return false
}

func isConsonant(b byte) bool {
	b |= 0x20 // lower-case ASCII letters
	return 'a' <= b && b <= 'z' && strings.IndexByte("aeiou", b) < 0
}

func capitalizeSentences(s string) string {
	b := []byte(s)
	start := true
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case start && unicode.IsLetter(r):
			if u := unicode.ToUpper(r); u != r && utf8.RuneLen(u) == size {
				utf8.EncodeRune(b[i:], u)
			}
			start = false
		case r == '.' || r == '!' || r == '?' || r == '\n':
			start = true
		case !unicode.IsSpace(r) && r != '"' && r != '\'' && r != '(':
			start = false
		}
		i += size
	}
	return string(b)
}

func isAcronym(s string) bool {
	upper := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
}

func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return s
	}
	if next, _ := utf8.DecodeRuneInString(s[size:]); unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// sanitize keeps the post's own words where they are safe: a sentence with
// a high-severity finding, or with two or more findings, is about the
// client and is dropped; the other sentences get their span replacements.
func sanitize(v *view, abbrev map[string]bool, text string, findings []Finding, english bool) string {
	var b strings.Builder
	next := 0 // findings are sorted by start: walk them with the sentences
	for _, sent := range sentences(v.s, abbrev) {
		bs, be := v.origin(sent.start, sent.end)
		for next < len(findings) && findings[next].byteStart < bs {
			next++
		}
		var in []Finding
		risky := false
		for k := next; k < len(findings) && findings[k].byteEnd <= be; k++ {
			in = append(in, findings[k])
			risky = risky || findings[k].Severity == "high"
		}
		if risky || len(in) >= 2 {
			continue
		}
		last := bs
		for _, f := range in {
			b.WriteString(text[last:f.byteStart])
			b.WriteString(f.Replacement)
			last = f.byteEnd
		}
		b.WriteString(text[last:be])
	}
	return tidy(b.String(), english)
}

// ApplyReplacements returns text with the given findings replaced by their
// replacements (end-exclusive UTF-16 spans, non-overlapping), tidied so the
// sentence stays readable. It is what accepting several suggestions does.
func ApplyReplacements(text string, findings []Finding) string {
	fs := append([]Finding(nil), findings...)
	sort.Slice(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
	u := utf16Offsets(text)
	var b strings.Builder
	last := 0
	for _, f := range fs {
		bs, be := u.byteAt(f.Start), u.byteAt(f.End)
		if bs < last || be < bs {
			continue
		}
		b.WriteString(text[last:bs])
		b.WriteString(f.Replacement)
		last = be
	}
	b.WriteString(text[last:])
	return tidy(b.String(), false)
}

// utf16Map maps UTF-16 offsets back to byte offsets.
type utf16Map []int

func utf16Offsets(text string) utf16Map {
	m := utf16Map{}
	for i, r := range text {
		m = append(m, i)
		if r >= 0x10000 {
			m = append(m, i)
		}
	}
	return append(m, len(text))
}

func (m utf16Map) byteAt(unit int) int {
	if unit < 0 {
		return 0
	}
	if unit >= len(m) {
		return m[len(m)-1]
	}
	return m[unit]
}
