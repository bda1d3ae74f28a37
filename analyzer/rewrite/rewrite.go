// Package rewrite turns an analyzed post into one that still asks for what
// the post asked, without the details that identify the client. It reads
// the post's findings, sentences and intent (a Post) with its language's
// pack, and checks what it writes through the Analysis the pipeline gives it.
package rewrite

import (
	"slices"
	"strings"

	"github.com/discreet-app/discreet/rules"
)

// Finding is what the rewrite reads of one finding of the post.
type Finding struct {
	// Start and End are byte offsets into Post.Text, End exclusive.
	Start, End                            int
	Text, Category, Severity, Replacement string
	// Rule is the ID of the rule that made the finding, without the
	// language ("age-numeric").
	Rule string
}

// Sentence is a sentence of the post: its bytes in Post.Text and the same
// sentence lower-cased as the analyzer read it (normalized).
type Sentence struct {
	Start, End int
	Lower      string
}

// Analysis is what the rewrite asks of the pipeline that analyzed the post.
type Analysis interface {
	// Found returns the entries of the pack's rewrite vocabulary name
	// ("providers", "populations", "approaches", "needs", "topics",
	// "regions") that occur in the post as whole words, in the post's order.
	Found(name string) []string
	// Dirty analyzes text again under the same pack and returns the text of
	// every finding of medium or high severity.
	Dirty(text string) []string
}

// Post is an analyzed post: its text, intent, findings sorted by start,
// sentences in order, and the analysis that found them.
type Post struct {
	Text      string
	Intent    string
	Findings  []Finding
	Sentences []Sentence
	Analysis  Analysis
}

// Rewrite builds the whole-post rewrite of post for its intent under pack
// p, and the intent's advice. It keeps what the post needs to do its job —
// its own ask, minus identifying spans (see asks), and the clinical need
// as a specialty, treatment approaches, populations, practical needs,
// consultation topics and the region when the post named a state or
// province — and drops every fact about the client. The intent's
// templates give the frame. The result is checked by analyzing it again:
// what an ask still holds of medium or high severity is taken out (see
// askRewrite), and if the text is still not clean the next template, then
// the intent's fallback, is used instead. A post without findings gets
// none.
func Rewrite(p *rules.Pack, post *Post) (string, string) {
	if len(post.Findings) == 0 {
		return "", ""
	}
	rw := &p.Rewrite
	t, ok := rw.Templates[post.Intent]
	if !ok {
		return "", ""
	}
	gr := grammarOf(p)
	c := &run{pack: p, gr: gr, post: post}
	needList := needs(rw, post.Findings)
	found := post.Analysis.Found
	provider := firstOnly(found("providers"))
	if len(provider) == 0 {
		provider = []string{rw.DefaultProvider}
	}
	populations, approaches, practical := found("populations"), found("approaches"), found("needs")
	populations = append(populations, without(ageGroups(rw, post.Findings), populations)...)
	topics := without(found("topics"), needList)
	fill := map[string]string{
		"needs":       c.joinList(needList),
		"provider":    provider[0],
		"populations": c.joinList(populations),
		"approaches":  c.joinList(approaches),
		"practical":   c.joinList(practical),
		"topics":      c.joinList(topics),
		"region":      c.joinList(firstOnly(found("regions"))),
	}
	var askList, after []string
	uses := func(name string) bool {
		return slices.ContainsFunc(t.Texts, func(s string) bool { return strings.Contains(s, "{"+name+"}") })
	}
	if uses("ask") {
		askList = c.asks()
		if framed := post.Intent == "referral_request" || post.Intent == "resource_request"; framed && wordCount(strings.Join(askList, " ")) < minAskWords {
			// "Looking for a therapist." says less than the frame; "Bilingual
			// materials ideal." says what the frame cannot, and follows it.
			for _, a := range askList {
				if !saysProvider(rw, a) {
					after = append(after, a)
				}
			}
			askList = nil
			// What follows the frame is not said twice in it.
			fill["practical"] = c.joinList(without(practical, after))
			fill["approaches"] = c.joinList(without(approaches, after))
		}
	}
	for _, tt := range t.Texts {
		if _, done := fill["sanitized"]; !done && strings.Contains(tt, "{sanitized}") {
			fill["sanitized"] = c.sanitize()
		}
		if strings.Contains(tt, "{ask}") {
			if out := c.askRewrite(tt, fill, askList, [][]string{needList, approaches, topics}, populations, practical); out != "" {
				return out, t.Advice
			}
			continue
		}
		if !saysSomething(tt, fill, rw.DefaultProvider) {
			continue
		}
		out := expand(tt, fill)
		if out != "" && len(after) > 0 {
			if with := gr.tidy(out + " " + strings.Join(after, " ")); c.dirty(with) == nil {
				return with, t.Advice
			}
		}
		if out := gr.tidy(out); out != "" && c.dirty(out) == nil {
			return out, t.Advice
		}
	}
	return gr.tidy(t.Fallback), t.Advice
}

// run is one rewrite in progress: the pack, its grammar and the post.
type run struct {
	pack *rules.Pack
	gr   *grammar
	post *Post
}

// dirty is the post's analysis of text: what it still flags.
func (c *run) dirty(text string) []string { return c.post.Analysis.Dirty(text) }

// askRewrite fills a template built on the post's own ask: {ask} is the ask
// sentences, {also} the needs they do not already say, {who} the
// populations and age groups, {more_practical} the practical needs, each
// without what the ask already says. Words the analyzer still
// flags are taken out of the ask (the whole sentence, when it speaks of a
// third person) and the text built again; "" means no ask sentence
// survived.
func (c *run) askRewrite(tmpl string, fill map[string]string, askList []string, lists [][]string, who, practical []string) string {
	for round := 0; len(askList) > 0 && round < 3; round++ { // each round removes words
		said := []string{strings.Join(askList, " ")}
		var also []string
		for _, l := range lists {
			also = append(also, without(without(l, also), said)...)
		}
		fill["ask"] = strings.Join(askList, " ")
		fill["also"] = c.joinList(also)
		fill["more_practical"] = c.joinList(without(practical, said))
		fill["who"] = c.joinList(without(who, said))
		gr := c.gr
		out := gr.tidy(expand(tmpl, fill))
		if out == "" {
			return ""
		}
		dirty := c.dirty(out)
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
func saysProvider(rw *rules.Rewrite, ask string) bool {
	la := strings.ToLower(ask)
	if containsWord(la, strings.ToLower(rw.DefaultProvider)) {
		return true
	}
	for _, p := range rw.Providers {
		if containsWord(la, strings.ToLower(p)) {
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
func needs(rw *rules.Rewrite, findings []Finding) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range findings {
		if !slices.Contains(rw.NeedRules, f.Rule) {
			continue
		}
		term := strings.TrimSpace(f.Text)
		if spec, ok := lookupFold(rw.Specialties, term); ok {
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

// sanitize keeps the post's own words where they are safe: a sentence with
// an identifying finding (anything but a clinical term or a low-severity
// detail), or that speaks of a third person, is about the client and is
// dropped; the others keep their
// clinical terms, take low-severity replacements and are scrubbed of the
// names and numbers no rule caught.
func (c *run) sanitize() string {
	var b strings.Builder
	text, findings, gr := c.post.Text, c.post.Findings, c.gr
	clin := clinicalWords(findings)
	next := 0 // findings are sorted by start: walk them with the sentences
	for _, sent := range c.post.Sentences {
		bs, be := sent.Start, sent.End
		for next < len(findings) && findings[next].Start < bs {
			next++
		}
		var in []Finding
		risky := false
		for k := next; k < len(findings) && findings[k].Start < be; k++ {
			f := findings[k]
			in = append(in, f)
			risky = risky || f.Severity == "high" || f.Category != "clinical" && f.Severity != "low"
		}
		if risky || gr.aboutSomeone(text[bs:be]) {
			continue
		}
		b.WriteString(scrub(gr, replaceSpans(text, bs, be, in, gr), clin))
		b.WriteByte(' ')
	}
	return gr.tidy(b.String())
}
