package analyzer

import (
	"sort"
	"strings"

	"github.com/discreet-app/discreet/analyzer/internal/match"
	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/pattern"
	"github.com/discreet-app/discreet/rules"
)

// context knows who each part of the post is about: which sentences refer
// to a specific person, which phrases are generic ("specializes in PTSD"),
// and which are the poster's own details ("call me at ...").
type context struct {
	c     *pack.Compiled
	v     *pack.View
	sents []pack.Span
	g     *pack.Gates
	near  []bool // sentences that hold a candidate, or neighbour one

	person      pack.Zones // references to a specific third person
	generic     pack.Zones // found on first use (genericZones): few posts need them
	genericDone bool
	self        pack.Zones
	ignore      pack.Zones
	notSpecific bool
	whole       bool      // the zones cover every sentence (newWholeContext)
	specific    bool      // the post is about a specific person
	post        *postRefs // who the post as a whole is about
	// reuse, if not nil, replays the searches of windows the field's last
	// analysis searched as they are now (match.Reuse).
	reuse *match.Reuse
	// spans is the array the pattern searches append their matches to,
	// each search's taking the part after the last's (see own): one
	// growing array instead of one per search.
	spans []pack.Span
	// drop, when set (Trace), hears each candidate attribution drops
	// and why; nil in every analysis.
	drop func(cd *pack.Candidate, why string)
}

// own returns the matches a search appended to x.spans from n on, which
// become that search's, and the next search's start after them; nil for
// none. The part returned is capped at its length, so appending to it
// never writes over another search's matches.
func (x *context) own(out []pack.Span, n int) []pack.Span {
	x.spans = out
	if len(out) == n {
		return nil
	}
	return out[n:len(out):len(out)]
}

// newContext finds the zones that decide who the candidates are about. It
// looks only at the sentences that hold a candidate and their neighbours:
// nothing else can change an attribution, and most posts have few. Its
// searches go through reuse (nil: none).
func newContext(c *pack.Compiled, v *pack.View, sents []pack.Span, g *pack.Gates, cands []pack.Candidate, reuse *match.Reuse) *context {
	x := &context{c: c, v: v, sents: sents, g: g, reuse: reuse}
	x.post = &postRefs{x: x}
	if len(cands) == 0 || len(sents) == 0 {
		return x
	}
	near := make([]bool, len(sents))
	for _, cd := range cands {
		k := x.sentenceOf(cd.Start)
		for j := max(0, k-1); j <= min(len(sents)-1, k+1); j++ {
			near[j] = true
		}
	}
	x.findZones(near)
	return x
}

// newWholeContext is newContext for every sentence of the post, for the
// story tagger, which reads who each sentence is about before any of its
// own candidates exist; attribution can then use it too.
func newWholeContext(c *pack.Compiled, v *pack.View, sents []pack.Span, g *pack.Gates, reuse *match.Reuse) *context {
	x := &context{c: c, v: v, sents: sents, g: g, whole: true, reuse: reuse}
	x.post = &postRefs{x: x}
	if len(sents) == 0 {
		return x
	}
	near := make([]bool, len(sents))
	for k := range near {
		near[k] = true
	}
	x.findZones(near)
	return x
}

// findZones finds the person, self and ignore zones of the sentences
// marked near, and whether the post is about no one in particular.
func (x *context) findZones(near []bool) {
	c, v, g := x.c, x.v, x.g
	x.near = near
	x.person = pack.NewZones(x.findAll(c.Person))
	x.self = pack.NewZones(x.endSelf(x.cutOthers(x.findAll(c.Self))))
	x.ignore = pack.NewZones(x.findAll(c.Ignore))
	for _, p := range c.NotSpecific {
		if g.Allows(p.Gate) && g.Allows(p.Need) && p.RE.Match(v.Text) {
			x.notSpecific = true
			break
		}
	}
}

// subordinateReach is how many words after a subordinator ("since",
// "depuis que", "desde que") a third-person word still makes the clause
// someone else's.
const subordinateReach = 3

// cutOthers ends each of the poster's own spans (self zones, which run
// on to the end of a clause: "I'm a counsellor in town and have seen
// her...") where a subordinate clause about someone else begins: a word
// of the pack's story_subordinators with a third_person word in the next
// few words ("...since her husband left", "...depuis qu'elle a perdu",
// "...desde que su hermano murió"). What follows is the client's story,
// not the poster's details. spans is changed in place and returned.
func (x *context) cutOthers(spans []pack.Span) []pack.Span {
	c := x.c
	if c.Subordinators == nil || c.ThirdPerson == nil {
		return spans
	}
	for i, s := range spans {
		lower := x.v.Lower[s.Start:s.End] // same offsets as Text
		toks := phrase.Tokenize(lower)
		for j, t := range toks {
			if j == 0 || !c.Subordinators.Has(lower[t.Start:t.End]) {
				continue
			}
			third := false
			for _, u := range toks[j+1 : min(len(toks), j+1+subordinateReach)] {
				if c.ThirdPerson.Has(lower[u.Start:u.End]) {
					third = true
					break
				}
			}
			if third {
				spans[i].End = s.Start + t.Start
				break
			}
		}
	}
	return spans
}

// genericZones returns the phrases about a skill or a population rather
// than a person ("specializes in PTSD"). Only a sentence-attributed
// candidate in a post about a specific person asks, and the patterns are
// among the costliest, so they run then, once.
func (x *context) genericZones() pack.Zones {
	if !x.genericDone {
		x.generic = pack.NewZones(x.findAll(x.c.Generic))
		x.genericDone = true
	}
	return x.generic
}

// findAll returns the spans the patterns match in the sentences near a
// candidate; a gated pattern is only tried in the windows around its
// keywords.
func (x *context) findAll(pats []pack.GatedRE) []pack.Span {
	var regions []pack.Span // runs of consecutive near sentences
	for k, ok := range x.near {
		if !ok {
			continue
		}
		if n := len(regions); n > 0 && regions[n-1].End == x.sents[k].Start {
			regions[n-1].End = x.sents[k].End
		} else {
			regions = append(regions, x.sents[k])
		}
	}
	n := len(x.spans)
	out := x.spans
	for _, p := range pats {
		re := p.RE.Get()
		if re == nil || !x.g.Allows(p.Gate) || !x.g.Allows(p.Need) {
			continue
		}
		if p.Gate < 0 {
			for _, w := range regions {
				near := x.g.Whole(p.Need, w)
				out = x.appendMatches(out, re, w, &near)
			}
			continue
		}
		for _, w := range x.g.Windows(x.v.Text, x.sents, p.Gate) {
			if k := x.sentenceOf(w.Start); k >= 0 && x.near[k] {
				out = x.appendMatches(out, re, w, x.g.HitsIn(p.Gate, w))
			}
		}
	}
	return x.own(out, n)
}

// hasPerson reports whether any person pattern matches anywhere in the
// post, stopping at the first: for posts that name the client far from
// the details.
func (x *context) hasPerson() bool { return x.matchesAny(x.c.Person) }

// appendMatches appends the spans re matches in w of the text (with hits,
// those that hold a keyword); a first group, when the pattern has one,
// narrows the span.
func (x *context) appendMatches(out []pack.Span, re *pattern.Pattern, w pack.Span, hits *pattern.Near) []pack.Span {
	x.reuse.Each(re, x.v.Text, w, hits, true, func(m []int) {
		st, en := m[0], m[1]
		if len(m) > 2 && m[2] >= 0 {
			st, en = m[2], m[3]
		}
		if en > st {
			out = append(out, pack.Span{Start: st + w.Start, End: en + w.Start})
		}
	})
	return out
}

// sameSentence reports whether one of spans starts in the sentence s starts in.
func (x *context) sameSentence(s pack.Span, spans []pack.Span) bool {
	if len(spans) == 0 {
		return false
	}
	k := x.sentenceOf(s.Start)
	for _, o := range spans {
		if x.sentenceOf(o.Start) == k {
			return true
		}
	}
	return false
}

// sentenceOf returns the index of the sentence holding byte i.
func (x *context) sentenceOf(i int) int {
	k := sort.Search(len(x.sents), func(k int) bool { return x.sents[k].End > i })
	if k == len(x.sents) {
		return len(x.sents) - 1
	}
	return k
}

// personNear reports whether the sentence of s, or the one just before or
// after it, refers to a specific person: posts often name the client in one
// sentence and describe them in the next ("Client is Hope (26). BPD dx.").
func (x *context) personNear(s pack.Span) bool {
	k := x.sentenceOf(s.Start)
	if k < 0 {
		return false
	}
	lo := x.sents[k].Start
	if k > 0 {
		lo = x.sents[k-1].Start
	}
	hi := x.sents[k].End
	if k+1 < len(x.sents) {
		hi = x.sents[k+1].End
	}
	return x.person.Overlaps(pack.Span{Start: lo, End: hi})
}

// ownLifeAlone reports whether the sentence of s speaks of the poster's
// own family or health (an own_life cue: "my own divorce", "my
// daughter") and refers to no one else itself: a neighbour's client does
// not make it the client's story.
func (x *context) ownLifeAlone(s pack.Span) bool {
	k := x.sentenceOf(s.Start)
	if k < 0 || !x.post.has(cueOwnLife) {
		return false
	}
	sent := pack.Span{Start: x.sents[k].Start, End: x.sents[k].End}
	if x.person.Overlaps(sent) {
		return false
	}
	for _, o := range x.post.spans(cueOwnLife) {
		if o.Start >= sent.Start && o.Start < sent.End {
			return true
		}
	}
	return false
}

// storyGoesOn reports whether the sentence of s is about the specific
// person: it or a neighbour refers to them (personNear), or it goes on
// telling their story in the clipped style of a note, with nothing of
// its own that says who ("He's been drinking. Passive SI, denies plan.":
// who each sentence is about carries over, Referents). refs holds the
// referents, found the first time a sentence needs them. A hashtag does
// not go on with the story, nor does a sentence whose subject is the
// poster ("We went over the schedule."): what the poster did is theirs
// unless the sentence itself refers to the client (posterSubject), nor
// does a question about people in general (genericAsk).
func (x *context) storyGoesOn(s pack.Span, refs *[]Referent) bool {
	return x.storyStops(s, refs) == ""
}

// aboutNames are storyStops's reasons for a sentence about someone
// other than the client, by Referent (constants: no allocation).
var aboutNames = [...]string{"sentence about nobody", "", "sentence about the poster", "sentence about a public figure", "sentence about people in general"}

// storyStops is storyGoesOn's answer with its reason: "" when the
// sentence of s goes on with the person's story, else why not (the
// reasons a Trace reports).
func (x *context) storyStops(s pack.Span, refs *[]Referent) string {
	if k := x.sentenceOf(s.Start); k >= 0 && x.genericAsk(k) {
		return "generic question" // "How do they usually respond to DBT?" asks about anyone
	}
	if x.personNear(s) {
		if x.ownLifeAlone(s) {
			return "poster's own life"
		}
		return ""
	}
	if s.Start > 0 && x.v.Text[s.Start-1] == '#' {
		return "hashtag" // a hashtag names a topic ("#grief"), not their story
	}
	if *refs == nil {
		*refs = x.referents(x.person)
	}
	k := x.sentenceOf(s.Start)
	switch {
	case k < 0:
		return "no sentence"
	case (*refs)[k] != RefClient:
		return aboutNames[(*refs)[k]%Referent(len(aboutNames))]
	case x.asks(k):
		return "question"
	case x.posterSubject(k):
		return "poster subject"
	}
	return ""
}

// posterLead is how many words into a clause its subject is looked for:
// enough for a lead-in ("Then in session we...") or a pair ("My
// co-therapist and I...").
const posterLead = 5

// posterSubject reports whether the poster is the subject of clause k:
// among its first words, before any punctuation, a word of the pack's
// poster_subjects ("I", "we", "nous", "hemos") comes before any other
// subject pronoun of its clause_subjects ("she said we..." is hers). In
// a note's list ("Low mood, poor sleep, we made a plan") the "we" after
// the commas is not the subject of what comes before. A pack without the
// list has no such clauses.
func (x *context) posterSubject(k int) bool {
	if x.c.PosterSubjects == nil {
		return false
	}
	w := x.leadSubject(k)
	return w != "" && x.c.PosterSubjects.Has(w)
}

// leadSubject returns the first word of the pack's poster_subjects or
// clause_subjects among clause k's first posterLead words, before any
// punctuation, or "": the clause's subject, when a pronoun is one.
func (x *context) leadSubject(k int) string {
	s := x.sents[k]
	lower := x.v.Lower[s.Start:min(s.End, s.Start+posterLead*24)]
	toks := phrase.Tokenize(lower)
	for i, t := range toks[:min(len(toks), posterLead)] {
		if i > 0 && strings.ContainsAny(lower[toks[i-1].End:t.Start], ",;:()") {
			return ""
		}
		if w := lower[t.Start:t.End]; x.c.PosterSubjects != nil && x.c.PosterSubjects.Has(w) || x.c.ClauseSubjects != nil && x.c.ClauseSubjects.Has(w) {
			return w
		}
	}
	return ""
}

// asks reports whether the sentence that clause k belongs to is a
// question: a question speaks to the readers ("Has anyone tried this?"),
// it does not go on with a client's story. It reads up to four clauses.
func (x *context) asks(k int) bool {
	for j := k; j < len(x.sents) && j < k+4; j++ {
		t := strings.TrimRight(x.v.Text[x.sents[j].Start:x.sents[j].End], " \t\r\n\"'»”)")
		if t == "" {
			continue
		}
		switch t[len(t)-1] {
		case '?':
			return true
		case '.', '!':
			return false
		}
	}
	return false
}

// attribute keeps the candidates that are about a specific person other
// than the poster, and says why in each kept candidate.
func (x *context) attribute(cands []pack.Candidate) []pack.Candidate {
	if x.post.aboutOthers() {
		// The poster's own life, their event or job post, a public
		// figure: even a name or a phone number there is nobody's to hide.
		if x.drop != nil {
			for i := range cands {
				x.drop(&cands[i], "post about others")
			}
		}
		return nil
	}
	// "Alberta College" is not the name Alberta lengthened: judge the
	// match as found, before Extend.
	dropped := func(cd *pack.Candidate) bool { return x.self.Overlaps(cd.Span) || x.ignore.Covers(cd.Base) }
	direct := make([]pack.Candidate, 0, len(cands))
	rest := 0 // the others are read from cands again below, not copied
	for i := range cands {
		switch cd := &cands[i]; {
		case dropped(cd):
			if x.drop != nil {
				x.drop(cd, x.dropReason(cd))
			}
		case cd.Rule.Attribution == rules.AttrAlways:
			direct = append(direct, *cd)
		default:
			rest++
		}
	}
	// Names and ages point at a person as surely as "my client" does; once
	// the post names someone, or confirms it worked with "you" (a finding
	// of the relationship, or the post's confirming cues: "since our first
	// session you..."), "you" is that person too.
	refs := []pack.Span(x.person)
	named := false
	for _, cd := range direct {
		switch cd.Rule.Category {
		case "name":
			named = true
			refs = append(refs, cd.Span)
		case "relationship": // "it was a joy working with you": you are the client
			named = true
		case "age":
			refs = append(refs, cd.Span)
		}
	}
	// A post that confirms it speaks to a client ("To my Tuesday 6pm: you
	// graduated today...") makes "you" that client even with no name.
	if len(x.near) > 0 && (named || len(cands) > 0 && x.post.confirms()) {
		refs = append(refs, x.findAll(x.c.Addressee)...)
	}
	x.person = pack.NewZones(refs)
	x.specific = !x.notSpecific && (len(x.person) > 0 || rest > 0 && x.hasPerson())
	kept := direct
	var about []Referent // who each sentence is about, found on first need
	for _, cd := range cands {
		if cd.Rule.Attribution == rules.AttrAlways || dropped(&cd) {
			continue
		}
		switch cd.Rule.Attribution {
		case rules.AttrPost:
			if !x.specific {
				if x.drop != nil {
					x.report(cd, x.unspecific())
				}
				continue
			}
			if cd.Why == "" {
				cd.Why = "the post is about a specific person"
			}
		case rules.AttrSentence:
			if !x.specific || !x.storyGoesOn(cd.Span, &about) || x.genericZones().Covers(cd.Span) {
				if x.drop != nil {
					x.report(cd, x.sentenceReason(cd.Span, &about))
				}
				continue
			}
			if cd.Why == "" {
				cd.Why = "said of a specific person"
			}
		}
		kept = append(kept, cd)
	}
	return kept
}

// report tells a Trace's drop hook about cd, a copy: taking the loop
// variable's address in attribute would move every candidate it looks at
// to the heap, hook or not.
func (x *context) report(cd pack.Candidate, why string) {
	x.drop(&cd, why)
}
