package analyzer

import (
	"slices"
	"sort"
	"strings"

	"github.com/discreet-app/discreet/rules"
)

// rewrite builds the whole-post rewrite for the post's intent. It keeps what
// the post needs to do its job — its own ask, minus identifying spans (see
// asks), and the clinical need as a specialty, treatment approaches,
// populations, practical needs, consultation topics and the region when the
// post named a state or province — and drops every fact about the client.
// The intent's templates give the frame. The result is checked by
// analyzing it again: what an ask still holds of medium or high severity is
// taken out (see askRewrite), and if the text is still not clean the next
// template, then the intent's fallback, is used instead.
func rewrite(c *compiled, v *view, g *gates, text string, res *Result, kept []candidate) (string, string) {
	if len(res.Findings) == 0 {
		return "", ""
	}
	rw := &c.pack.Rewrite
	t, ok := rw.Templates[res.Intent]
	if !ok {
		return "", ""
	}
	gr := grammarOf(c.pack)
	needList := needs(c, res.Findings, kept)
	found := func(name string) []string { return vocabFound(v, g, c.vocab[name]) }
	provider := firstOnly(found("providers"))
	if len(provider) == 0 {
		provider = []string{rw.DefaultProvider}
	}
	populations, approaches, practical := found("populations"), found("approaches"), found("needs")
	populations = append(populations, without(ageGroups(rw, res.Findings), populations)...)
	topics := without(found("topics"), needList)
	fill := map[string]string{
		"needs":       joinList(c, needList),
		"provider":    provider[0],
		"populations": joinList(c, populations),
		"approaches":  joinList(c, approaches),
		"practical":   joinList(c, practical),
		"topics":      joinList(c, topics),
		"region":      joinList(c, firstOnly(found("regions"))),
	}
	var askList, after []string
	uses := func(name string) bool {
		return slices.ContainsFunc(t.Texts, func(s string) bool { return strings.Contains(s, "{"+name+"}") })
	}
	if uses("ask") {
		askList = asks(c, v, text, res.Findings, gr)
		if framed := res.Intent == "referral_request" || res.Intent == "resource_request"; framed && wordCount(strings.Join(askList, " ")) < minAskWords {
			// "Looking for a therapist." says less than the frame; "Bilingual
			// materials ideal." says what the frame cannot, and follows it.
			for _, a := range askList {
				if !saysProvider(c, rw, a) {
					after = append(after, a)
				}
			}
			askList = nil
			// What follows the frame is not said twice in it.
			fill["practical"] = joinList(c, without(practical, after))
			fill["approaches"] = joinList(c, without(approaches, after))
		}
	}
	for _, tt := range t.Texts {
		if _, done := fill["sanitized"]; !done && strings.Contains(tt, "{sanitized}") {
			fill["sanitized"] = sanitize(c, v, text, res.Findings, gr)
		}
		if strings.Contains(tt, "{ask}") {
			if out := askRewrite(c, gr, tt, fill, askList, [][]string{needList, approaches, topics}, populations, practical); out != "" {
				return out, t.Advice
			}
			continue
		}
		if !saysSomething(tt, fill, rw.DefaultProvider) {
			continue
		}
		out := expand(tt, fill)
		if out != "" && len(after) > 0 {
			if with := gr.tidy(out + " " + strings.Join(after, " ")); clean(c, with) == nil {
				return with, t.Advice
			}
		}
		if out := gr.tidy(out); out != "" && clean(c, out) == nil {
			return out, t.Advice
		}
	}
	return gr.tidy(t.Fallback), t.Advice
}

// askRewrite fills a template built on the post's own ask: {ask} is the ask
// sentences, {also} the needs they do not already say, {who} the
// populations and age groups, {more_practical} the practical needs, each
// without what the ask already says. Words the analyzer still
// flags are taken out of the ask (the whole sentence, when it speaks of a
// third person) and the text built again; "" means no ask sentence
// survived.
func askRewrite(c *compiled, gr *grammar, tmpl string, fill map[string]string, askList []string, lists [][]string, who, practical []string) string {
	for round := 0; len(askList) > 0 && round < 3; round++ { // each round removes words
		said := []string{strings.Join(askList, " ")}
		var also []string
		for _, l := range lists {
			also = append(also, without(without(l, also), said)...)
		}
		fill["ask"] = strings.Join(askList, " ")
		fill["also"] = joinList(c, also)
		fill["more_practical"] = joinList(c, without(practical, said))
		fill["who"] = joinList(c, without(who, said))
		out := gr.tidy(expand(tmpl, fill))
		if out == "" {
			return ""
		}
		dirty := clean(c, out)
		if dirty == nil {
			return out
		}
		changed := false
		for i, a := range askList {
			for _, d := range dirty {
				if !strings.Contains(a, d) {
					continue
				}
				changed = true
				if gr.aboutSomeone(a) {
					a = "" // "He's not actively suicidal": the sentence is about the client
					break
				}
				a = gr.tidy(strings.ReplaceAll(a, d, ""))
			}
			askList[i] = a
		}
		if !changed {
			// The flagged words are the template's own ("panic disorder"),
			// tied to a person by an ask that speaks of one ("She'd prefer
			// evenings"): without such asks the needs read as needs.
			n := len(askList)
			askList = slices.DeleteFunc(askList, gr.aboutSomeone)
			if len(askList) == n {
				return ""
			}
			continue
		}
		askList = slices.DeleteFunc(askList, func(a string) bool { return wordCount(a) < 3 })
	}
	return ""
}

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

// saysProvider reports whether an ask names the kind of clinician sought
// (the frame's own words): "Looking for a therapist."
func saysProvider(c *compiled, rw *rules.Rewrite, ask string) bool {
	la := strings.ToLower(ask)
	if containsWord(la, strings.ToLower(rw.DefaultProvider)) {
		return true
	}
	for _, p := range c.vocab["providers"] {
		if containsWord(la, strings.ToLower(p.term)) {
			return true
		}
	}
	return false
}

// minAskWords is the fewest words the ask sentences of a referral or
// resource request must have together to frame the rewrite: fewer say no
// more than the intent's template. A question for peers is kept however
// short.
const minAskWords = 6

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
			if containsWord(strings.ToLower(o), strings.ToLower(it)) {
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

// clean analyzes text again under the same pack and returns the text of
// every finding of medium or high severity: none means the rewrite passes
// its own check.
func clean(c *compiled, text string) []string {
	v := c.view(text)
	sents := c.sentences(v.s)
	g := c.scanKeywords(v.lower)
	cands := match(c, v, sents, g)
	kept := newContext(c, v, sents, g, cands).attribute(cands)
	var dirty []string
	for _, k := range kept {
		if k.rule.Severity != "low" {
			bs, be := v.origin(k.start, k.end)
			dirty = append(dirty, text[bs:be])
		}
	}
	return dirty
}

// sanitize keeps the post's own words where they are safe: a sentence with
// an identifying finding (anything but a clinical term or a low-severity
// detail), or that speaks of a third person, is about the client and is
// dropped; the others keep their
// clinical terms, take low-severity replacements and are scrubbed of the
// names and numbers no rule caught.
func sanitize(c *compiled, v *view, text string, findings []Finding, gr *grammar) string {
	var b strings.Builder
	clin := clinicalWords(findings)
	next := 0 // findings are sorted by start: walk them with the sentences
	for _, sent := range sentences(v.s, c.abbrev) {
		bs, be := v.origin(sent.start, sent.end)
		for next < len(findings) && findings[next].byteStart < bs {
			next++
		}
		var in []Finding
		risky := false
		for k := next; k < len(findings) && findings[k].byteStart < be; k++ {
			f := findings[k]
			in = append(in, f)
			risky = risky || f.Severity == "high" || f.Category != "clinical" && f.Severity != "low"
		}
		if risky || gr.aboutSomeone(text[bs:be]) {
			continue
		}
		b.WriteString(scrub(c, replaceSpans(text, bs, be, in, gr), clin))
		b.WriteByte(' ')
	}
	return gr.tidy(b.String())
}
