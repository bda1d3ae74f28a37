package rules

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/pattern"
)

// Error is one problem in a pack, placed by file, rule and field.
type Error struct {
	File  string
	Rule  string
	Field string
	Msg   string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("rules: ")
	b.WriteString(e.File)
	if e.Rule != "" {
		fmt.Fprintf(&b, ": rule %q", e.Rule)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ": field %q", e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// ErrorList collects every problem of a pack, so one load reports them all.
type ErrorList []*Error

// Add appends an error.
func (l *ErrorList) Add(file, rule, field, msg string) {
	*l = append(*l, &Error{File: file, Rule: rule, Field: field, Msg: msg})
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return fmt.Sprintf("%d errors:\n%s", len(l), strings.Join(msgs, "\n"))
}

var ruleID = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// Validate checks the whole pack and returns every problem it finds.
// It expects Lists to be loaded. Patterns are checked by pattern.Compile,
// the compiler the analyzer runs them with.
func (p *Pack) Validate() ErrorList {
	var errs ErrorList
	f := p.File
	if !regexp.MustCompile(`^[a-z]{2}$`).MatchString(p.Lang) {
		errs.Add(f, "", "lang", fmt.Sprintf("%q is not a two-letter language code", p.Lang))
	}
	if p.Version == "" {
		errs.Add(f, "", "version", "missing")
	}
	if len(p.Rules) == 0 {
		errs.Add(f, "", "rules", "a pack needs at least one rule")
	}
	checkPatterns := func(field string, pats []Gated) {
		f := p.fileOf("context")
		for i, g := range pats {
			if _, err := pattern.Compile(g.Pattern); err != nil {
				errs.Add(f, "", fmt.Sprintf("%s[%d].pattern", field, i), err.Error())
			}
			checkKeywords(&errs, f, "", fmt.Sprintf("%s[%d].keywords", field, i), g.Keywords)
		}
	}
	checkPatterns("context.person", p.Context.Person)
	checkPatterns("context.addressee", p.Context.Addressee)
	checkPatterns("context.generic", p.Context.Generic)
	checkPatterns("context.self", p.Context.Self)
	checkPatterns("context.not_specific", p.Context.NotSpecific)
	checkPatterns("context.client", p.Context.Client)
	checkPatterns("context.describes", p.Context.Describes)
	checkPatterns("context.audience", p.Context.Audience)
	checkPatterns("context.confirms", p.Context.Confirms)
	checkPatterns("context.declines", p.Context.Declines)
	checkPatterns("context.addressed", p.Context.Addressed)
	checkPatterns("context.relates", p.Context.Relates)
	checkPatterns("context.public", p.Context.Public)
	checkPatterns("context.announce", p.Context.Announce)
	checkPatterns("context.own_life", p.Context.OwnLife)
	checkPatterns("context.ignore", p.Context.Ignore)

	seen := map[string]bool{}
	for i := range p.Rules {
		r := &p.Rules[i]
		id := r.ID
		if id == "" {
			id = fmt.Sprintf("#%d", i)
		}
		f := f
		if r.File != "" {
			f = r.File
		}
		add := func(field, msg string) { errs.Add(f, id, field, msg) }
		if !ruleID.MatchString(r.ID) {
			add("id", "must be lower-case words joined by hyphens")
		} else if seen[r.ID] {
			add("id", "duplicate rule id")
		}
		seen[r.ID] = true
		if !slices.Contains(Categories, r.Category) {
			add("category", fmt.Sprintf("unknown category %q", r.Category))
		}
		if !slices.Contains(Severities, r.Severity) {
			add("severity", fmt.Sprintf("unknown severity %q", r.Severity))
		}
		switch r.Attribution {
		case AttrAlways, AttrPost, AttrSentence:
		default:
			add("attribution", fmt.Sprintf("unknown attribution %q (want always, post or sentence)", r.Attribution))
		}
		if strings.TrimSpace(r.Message) == "" {
			add("message", "missing")
		}
		switch r.Kind {
		case KindPattern:
			if r.Pattern == "" {
				add("pattern", "missing")
			} else if re, err := pattern.Compile(r.Pattern); err != nil {
				add("pattern", err.Error())
			} else if r.Group < 0 || r.Group > re.NumSubexp() {
				add("group", fmt.Sprintf("pattern has %d groups", re.NumSubexp()))
			}
			if len(r.Terms) > 0 || r.List != "" {
				add("terms", "a pattern rule takes no terms or list")
			}
		case KindTerms:
			if len(r.Terms) == 0 && r.List == "" {
				add("terms", "a terms rule needs terms or a list")
			}
			if r.List != "" {
				if _, ok := p.Lists[r.List]; !ok {
					if _, ok := p.Vocab[r.List]; !ok {
						add("list", fmt.Sprintf("no list or vocab named %q", r.List))
					}
				}
			}
			if r.Pattern != "" {
				add("pattern", "a terms rule takes no pattern")
			}
		case "":
			add("kind", "missing")
		default:
			add("kind", fmt.Sprintf("unknown kind %q (want pattern or terms)", r.Kind))
		}
		checkKeywords(&errs, f, id, "keywords", r.Keywords)
		switch r.Case {
		case "", "any", "title", "exact":
		default:
			add("case", fmt.Sprintf("unknown case %q (want any, title or exact)", r.Case))
		}
		if r.ExcludeList != "" {
			if _, ok := p.Lists[r.ExcludeList]; !ok {
				if _, ok := p.Vocab[r.ExcludeList]; !ok {
					add("exclude_list", fmt.Sprintf("no list or vocab named %q", r.ExcludeList))
				}
			}
		}
		if r.RarerThan != 0 {
			if _, ok := p.Lists["word_ranks"]; !ok || r.RarerThan < 0 || r.RarerThan > 20000 {
				add("rarer_than", "needs the pack's word_ranks list and a rank from 1 to 20000")
			}
		}
		if r.Ambiguous != nil {
			if _, ok := p.Lists[r.Ambiguous.List]; !ok {
				if _, ok := p.Vocab[r.Ambiguous.List]; !ok {
					add("ambiguous.list", fmt.Sprintf("no list or vocab named %q", r.Ambiguous.List))
				}
			}
			for field, pat := range map[string]string{"ambiguous.before": r.Ambiguous.Before, "ambiguous.after": r.Ambiguous.After} {
				if _, err := pattern.Compile(pat); err != nil {
					add(field, err.Error())
				}
			}
		}
		for _, c := range [...]struct{ field, pat string }{
			{"before", r.Before}, {"after", r.After}, {"not_before", r.NotBefore},
			{"not_after", r.NotAfter}, {"extend", r.Extend},
		} {
			if _, err := pattern.Compile(c.pat); err != nil {
				add(c.field, err.Error())
			}
		}
		if len(r.Examples.Flag) == 0 {
			add("examples.flag", "every rule needs at least one example that must flag")
		}
		if len(r.Examples.Pass) == 0 {
			add("examples.pass", "every rule needs at least one example that must pass")
		}
	}

	f = p.fileOf("intents")
	for i, in := range p.Intents {
		field := fmt.Sprintf("intents[%d]", i)
		if !slices.Contains(Intents, in.Intent) {
			errs.Add(f, "", field+".intent", fmt.Sprintf("unknown intent %q", in.Intent))
		}
		for j, c := range in.Cues {
			if _, err := pattern.Compile(c.Pattern); err != nil {
				errs.Add(f, "", fmt.Sprintf("%s.cues[%d].pattern", field, j), err.Error())
			}
			checkKeywords(&errs, f, "", fmt.Sprintf("%s.cues[%d].keywords", field, j), c.Keywords)
		}
		for pl := range in.Platforms {
			if !slices.Contains(Platforms, pl) {
				errs.Add(f, "", field+".platforms", fmt.Sprintf("unknown platform %q", pl))
			}
		}
	}
	if len(p.IntentWords) > 0 {
		f = p.fileOf("intent_words")
		conceptOf := map[string]string{}
		for _, name := range slices.Sorted(maps.Keys(p.IntentWords)) {
			for _, w := range p.IntentWords[name] {
				if other, ok := conceptOf[w]; ok {
					errs.Add(f, "", "intent_words."+name, fmt.Sprintf("%q is also a word of %q", w, other))
				}
				conceptOf[w] = name
			}
			if !slices.Contains(IntentConcepts, name) {
				errs.Add(f, "", "intent_words", fmt.Sprintf("unknown concept %q", name))
			}
			for _, w := range p.IntentWords[name] {
				if w == "" || w != strings.ToLower(w) || strings.ContainsAny(w, " \t'’") {
					errs.Add(f, "", "intent_words."+name, fmt.Sprintf("%q is not one lower-case word", w))
				}
			}
		}
	}
	f = p.fileOf("risk")
	for c := range p.Risk.Weights {
		if !slices.Contains(Categories, c) {
			errs.Add(f, "", "risk.weights", fmt.Sprintf("unknown category %q", c))
		}
	}
	for pl := range p.Risk.Platforms {
		if !slices.Contains(Platforms, pl) {
			errs.Add(f, "", "risk.platforms", fmt.Sprintf("unknown platform %q", pl))
		}
	}
	for _, lv := range []string{"low", "medium", "high"} {
		if _, ok := p.Risk.Levels[lv]; !ok {
			errs.Add(f, "", "risk.levels", fmt.Sprintf("missing level %q", lv))
		}
	}
	f = p.fileOf("rewrite")
	for in, t := range p.Rewrite.Templates {
		if !slices.Contains(Intents, in) {
			errs.Add(f, "", "rewrite.templates", fmt.Sprintf("unknown intent %q", in))
		}
		if t.Fallback == "" {
			errs.Add(f, "", "rewrite.templates."+in+".fallback", "missing")
		}
	}
	for _, in := range Intents {
		if _, ok := p.Rewrite.Templates[in]; !ok {
			errs.Add(f, "", "rewrite.templates", fmt.Sprintf("no template for intent %q", in))
		}
	}
	return errs
}

// checkKeywords requires keywords to be lower case and not empty: they are
// matched against the lower-cased text.
func checkKeywords(errs *ErrorList, file, rule, field string, kws []string) {
	for _, k := range kws {
		if k == "" || strings.ToLower(k) != k {
			errs.Add(file, rule, field, fmt.Sprintf("keyword %q must be lower case and not empty", k))
		}
	}
}

func validText(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\t' {
			return false
		}
	}
	return true
}
