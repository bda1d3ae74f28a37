package analyzer

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
	"github.com/discreet-app/discreet/analyzer/postclass"
)

// Referent says who a sentence of a post is about. The tagger and the
// attribution read it; its values are stable (the tagger hashes them).
type Referent uint8

const (
	// RefNobody: no one in particular, or nothing says who.
	RefNobody Referent = iota
	// RefClient: a client, a client's family member, or "you" in a
	// post addressed to a client.
	RefClient
	// RefPoster: the poster, their practice, their own family and
	// health, an organiser's own event or job post.
	RefPoster
	// RefPublic: a public figure or a fictional character.
	RefPublic
	// RefGeneric: a group or a skill ("clients with PTSD").
	RefGeneric
)

var referentNames = [...]string{"nobody", "client", "poster", "public", "generic"}

func (r Referent) String() string {
	if int(r) < len(referentNames) {
		return referentNames[r]
	}
	return "unknown"
}

// cue is a kind of post-level cue, an index into postRefs.
type cue int

const (
	cueClient       cue = iota // a client referred to as such
	cueConfirms                // words to someone that confirm they were a client
	cueAddressed               // the post addresses someone by name
	cueRelates                 // words of the therapy relationship
	cueDeclines                // a reply that declines to confirm anyone is a client
	cuePublic                  // a public figure or a fictional character
	cueAnnounce                // an event, job or notice of the poster's own
	cueOwnLife                 // the poster's own family or health
	cueDescribes               // a person described, a client unless said otherwise
	cueHypothetical            // a made-up case, a teaching scenario, a general question
	cueAudience                // words to a group, not to one person
	nCues
)

// postRefs is what the post as a whole says about who it is about. Each
// cue is looked for the first time it is asked about: most posts need
// only a few of them.
type postRefs struct {
	x     *context
	memo  [nCues]int8 // 0 not looked for, 1 absent, 2 present
	found [nCues][]pack.Span
	all   [nCues]bool // found[k] holds every match of cue k

	self     pack.Zones // the poster's own details, found once (ownDetails)
	selfDone bool
}

// pats returns the patterns of cue k.
func (p *postRefs) pats(k cue) []pack.GatedRE {
	c := p.x.c
	return [nCues][]pack.GatedRE{c.Client, c.Confirms, c.Addressed, c.Relates,
		c.Declines, c.Public, c.Announce, c.OwnLife, c.Describes, c.NotSpecific, c.Audience}[k]
}

func (p *postRefs) has(k cue) bool {
	if p.memo[k] == 0 {
		p.memo[k] = 1
		if p.x.matchesAny(p.pats(k)) {
			p.memo[k] = 2
		}
	}
	return p.memo[k] == 2
}

// spans returns every match of cue k in the post, found once; has(k)
// then needs no search of its own.
func (p *postRefs) spans(k cue) []pack.Span {
	if !p.all[k] {
		if p.memo[k] != 1 {
			p.found[k] = p.x.sentenceSpans(p.pats(k))
		}
		p.all[k] = true
		p.memo[k] = 1
		if len(p.found[k]) > 0 {
			p.memo[k] = 2
		}
	}
	return p.found[k]
}

// confirms reports whether the post confirms it speaks to a client: words
// that say so, or words of the therapy relationship in a post addressed
// to someone by name, unless it is a reply that declines to say who is
// a client ("thank you for your review; we can neither confirm nor
// deny...") or speaks to a group and names no one ("to all the new
// grads: be proud of how far you've come").
func (p *postRefs) confirms() bool {
	if p.has(cueAudience) && !p.addressed() && !p.has(cueClient) {
		return false // "so proud of you all, colleagues": words to a group
	}
	return p.confirmsOutsideOwnLife() || p.has(cueRelates) && (p.addressed() || p.vocative()) && !p.has(cueDeclines)
}

// addressed reports whether the post speaks to someone by name outside
// its signature: "Thanks,\nSam" closes a post and speaks to no one. Nor
// does a thanks said in one sentence with words to a group ("thanks for
// the kind words, all of you").
func (p *postRefs) addressed() bool {
	if !p.has(cueAddressed) {
		return false
	}
	own := p.ownDetails()
	var group []pack.Span
	if p.has(cueAudience) {
		group = p.spans(cueAudience)
	}
	for _, s := range p.spans(cueAddressed) {
		if !own.Overlaps(s) && !p.x.sameSentence(s, group) {
			return true
		}
	}
	return false
}

// confirmsOutsideOwnLife reports whether a confirming cue matches in a
// sentence without words of the poster's own life: in "my therapist and
// I wrapped up our sessions" the sessions are the poster's own therapy.
// Linear in the matches: the sentences that hold an own-life cue are
// marked first.
func (p *postRefs) confirmsOutsideOwnLife() bool {
	if !p.has(cueConfirms) {
		return false
	}
	if !p.has(cueOwnLife) {
		return true
	}
	own := make([]bool, len(p.x.sents))
	for _, o := range p.spans(cueOwnLife) {
		for k := max(p.x.sentenceOf(o.Start), 0); k < len(own) && p.x.sents[k].Start < o.End; k++ {
			own[k] = true
		}
	}
	for _, s := range p.spans(cueConfirms) {
		if k := p.x.sentenceOf(s.Start); k < 0 || !own[k] {
			return true
		}
	}
	return false
}

// maxVocative bounds the words looked through for a vocative.
const maxVocative = 400

// vocative reports whether the post speaks to someone by a first name or
// an initial however it is typed, where the addressed cues want capitals:
// "K, you walked in...", "J: merci", "ray thanks for...", "...was rushed,
// maya.", "happy retirement rob!" (a word the pack's intent_words call
// "thanks" after the first says it is spoken to). A name is a word of the pack's first-name list; before
// a "!" also not a common word ("will!", "hope!"), where set off by
// commas or opening the post the place says it is a name.
func (p *postRefs) vocative() bool {
	if p.x.c.FirstNames == nil {
		return false
	}
	s := p.x.v.Lower
	var names phrase.WordSet
	isName := func(w string, plain bool) bool {
		if len(w) < 3 || !plain && p.x.c.CommonIndex.Has(w) {
			return false
		}
		if names == nil {
			names = p.x.c.FirstNames()
		}
		return names.Has(w)
	}
	if len(s) > maxVocative*16 { // a 1 MB paste: the opening is enough
		cut := maxVocative * 16
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	toks := phrase.Tokenize(s)
	for i, t := range toks[:min(len(toks), maxVocative)] {
		w := s[t.Start:t.End]
		var next, prev byte
		if t.End < len(s) {
			next = s[t.End]
		}
		if j := strings.TrimRight(s[:t.Start], " "); j != "" {
			prev = j[len(j)-1]
		}
		var spoken bool
		switch {
		case i == 0 && (next == ',' || next == ':') && (len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' || isName(w, true)):
			spoken = true // "K, you...", "maya: thank you"
		case i == 0 && len(toks) > 1 && p.x.c.Concepts[postclass.Fold(s[toks[1].Start:toks[1].End])] == "thanks" && isName(w, true):
			spoken = true // "ray thanks for the kind words"
		case i == 0 && len(toks) > 1 && next == ' ' && secondPerson(s[toks[1].Start:toks[1].End]) && isName(w, false):
			spoken = true // "leo u should be proud": the comma a hurried post leaves out
		case prev == ',' && (next == 0 || strings.IndexByte(".!?,:\n", next) >= 0) && isName(w, true):
			spoken = true // "...was rushed, maya."
		case next == '!' && isName(w, false):
			spoken = true // "happy retirement rob!"
		case prev == ',' && len(w) == 1 && w != "i" && (next == '.' || next == '!' || next == 0) && upperAt(p.x.v.Text, s, t.Start):
			spoken = true // "Rest easy, D."
		}
		if spoken && !p.signs(t.Start, t.End) {
			return true
		}
	}
	return false
}

// signs reports whether the word at [start, end) of the lower-cased text
// is among the poster's own details, a signature above all: in "...feel
// right. Cheers, Sam" the name signs the post and speaks to no one. The
// self zones are in the text's offsets, which the lower-cased text shares
// when the two are the same length.
func (p *postRefs) signs(start, end int) bool {
	return len(p.x.v.Lower) == len(p.x.v.Text) && p.ownDetails().Overlaps(pack.Span{Start: start, End: end})
}

// ownDetails returns the self zones of the whole post (the poster's own
// details and signature), found once.
func (p *postRefs) ownDetails() pack.Zones {
	if !p.selfDone {
		p.selfDone = true
		p.self = p.x.self // every sentence's, for the story tagger
		if !p.x.whole {
			p.self = pack.NewZones(p.x.cutOthers(p.x.sentenceSpans(p.x.c.Self)))
		}
	}
	return p.self
}

// aboutOthers reports whether the post is about the poster or a public
// figure, or is a reply that declines to say who is a client, and
// refers to no client; or is a made-up case ("hypothetically, a 15 yo
// discloses...") that names no client as such: then none of its details
// is a client's.
func (p *postRefs) aboutOthers() bool {
	if p.has(cueHypothetical) && !p.has(cueClient) && !p.confirms() {
		return true
	}
	if !p.has(cueDeclines) && !p.has(cuePublic) && !p.has(cueAnnounce) && !p.has(cueOwnLife) {
		return false
	}
	return !p.refersToClient() && !p.confirms()
}

// publicOrMadeUp reports whether the post speaks of a public figure or a
// fictional character, or of a made-up case or a general question.
func (p *postRefs) publicOrMadeUp() bool {
	return p.has(cuePublic) || p.has(cueHypothetical)
}

// refersToClient reports whether a client cue matches outside the words
// of the poster's own family and health, or a person is described in a
// sentence that says nothing of whose they are. In "my 14 yo has started
// refusing school" the age is the poster's child's, and in "we just
// adopted a 4 yo" or "the protagonist is a 17 yo" the described child is
// the poster's or fiction, where "a 14 yo" alone would point at a client.
func (p *postRefs) refersToClient() bool {
	if p.has(cueClient) {
		if !p.has(cueOwnLife) {
			return true
		}
		own := pack.NewZones(slices.Clone(p.spans(cueOwnLife)))
		for _, s := range p.spans(cueClient) {
			if !own.Covers(s) { // "my 7 y/o client's dad" is a client's
				return true
			}
		}
	}
	if !p.has(cueDescribes) {
		return false
	}
	// A described person is the poster's or fiction only where a cue that
	// says so stands close by in the same sentence: "Junior Olympics" at
	// the far end of a sentence about "a 14 y/o boy" says nothing of him.
	var near []pack.Span
	for _, k := range []cue{cueOwnLife, cuePublic, cueAnnounce} {
		near = append(near, p.spans(k)...)
	}
	others := pack.NewZones(near)
	for _, s := range p.spans(cueDescribes) {
		k := p.x.sentenceOf(s.Start)
		w := pack.Span{Start: max(s.Start-describeReach, 0), End: s.End + describeReach}
		if k >= 0 {
			w = pack.Span{Start: max(w.Start, p.x.sents[k].Start), End: min(w.End, p.x.sents[k].End)}
		}
		if !others.Overlaps(w) {
			return true
		}
	}
	return false
}

// upperAt reports whether the letter at i of lower (the lower-cased
// text) is an upper-case ASCII letter in text, when the two are the
// same length (so that their bytes line up).
func upperAt(text, lower string, i int) bool {
	return len(text) == len(lower) && i < len(text) && text[i] >= 'A' && text[i] <= 'Z'
}

// describeReach is how far (in bytes) from a described person a cue of
// the poster's own life, a public figure or an event still says whose
// the person is: about a clause.
const describeReach = 60

// matchesAny reports whether any of the patterns matches anywhere in the
// post, stopping at the first; a gated pattern is only tried in the
// windows around its keywords.
func (x *context) matchesAny(pats []pack.GatedRE) bool {
	for _, p := range pats {
		re := p.RE.Get()
		if re == nil || !x.g.Allows(p.Gate) || !x.g.Allows(p.Need) {
			continue
		}
		if p.Gate < 0 {
			if re.MatchString(x.v.Text) {
				return true
			}
			continue
		}
		for _, w := range x.g.Windows(x.v.Text, x.sents, p.Gate) {
			if re.FindNear(x.v.Text[w.Start:w.End], x.g.HitsIn(p.Gate, w)) != nil {
				return true
			}
		}
	}
	return false
}

// sentenceSpans returns the spans the patterns match anywhere in the post.
func (x *context) sentenceSpans(pats []pack.GatedRE) []pack.Span {
	n := len(x.spans)
	out := x.spans
	all := pack.Span{Start: 0, End: len(x.v.Text)}
	for _, p := range pats {
		re := p.RE.Get()
		if re == nil || !x.g.Allows(p.Gate) || !x.g.Allows(p.Need) {
			continue
		}
		if p.Gate < 0 {
			near := x.g.Whole(p.Need, all)
			out = x.appendMatches(out, re, all, &near)
			continue
		}
		for _, w := range x.g.Windows(x.v.Text, x.sents, p.Gate) {
			out = x.appendMatches(out, re, w, x.g.HitsIn(p.Gate, w))
		}
	}
	return x.own(out, n)
}

// Referents returns who each sentence (x.sents[i]) is about: the client
// where a sentence refers to one or confirms it speaks to one, the
// poster, a public figure, a person named or referred to by a pronoun
// (a client, when nothing else says who), a group; a sentence with none
// of these cues continues the one before (a "she ... she" chain). Call it
// after attribute, which adds names and ages to the person references.
func (x *context) Referents() []Referent { return x.referents(x.person) }

// earlyReferents is Referents before attribution, for the story tagger:
// the rule candidates' names and ages point at a person as they will
// once attribute has kept them.
func (x *context) earlyReferents(cands []pack.Candidate) []Referent {
	person := slices.Clone([]pack.Span(x.person))
	for _, cd := range cands {
		if c := cd.Rule.Category; c == "name" || c == "age" {
			person = append(person, cd.Span)
		}
	}
	return x.referents(person)
}

// referents is Referents with the given references to a person.
func (x *context) referents(person []pack.Span) []Referent {
	out := make([]Referent, len(x.sents))
	mark := func(spans []pack.Span, r Referent) {
		for _, s := range spans {
			if k := x.sentenceOf(s.Start); k >= 0 && out[k] == RefNobody {
				out[k] = r
			}
		}
	}
	// Explicit cues first; a bare "she" or "her" only where none speaks.
	// The post-level cues are found once, for these marks and for the
	// post's risk and attribution after them.
	mark(x.post.spans(cueClient), RefClient)
	mark(x.post.spans(cueDescribes), RefClient)
	mark(x.post.spans(cueConfirms), RefClient)
	mark(x.post.spans(cuePublic), RefPublic)
	mark(x.post.spans(cueOwnLife), RefPoster)
	if x.whole {
		mark(x.self, RefPoster) // found for every sentence already
	} else {
		mark(x.sentenceSpans(x.c.Self), RefPoster)
	}
	mark(x.post.spans(cueAnnounce), RefPoster)
	mark(x.post.spans(cueDeclines), RefPoster)
	mark(person, RefClient)
	// A phrase that reads as generic ("at work", "are hard") does not make
	// a sentence whose subject is "they" or "il" a group's: the pronoun
	// goes on with whoever came before (chain).
	for _, s := range x.genericZones() {
		if k := x.sentenceOf(s.Start); k >= 0 && out[k] == RefNobody && !x.thirdSubject(k) {
			out[k] = RefGeneric
		}
	}
	x.chain(out)
	return out
}

// secondPerson reports whether w (lower case) is a word that speaks to
// someone in en, fr or es: a name just before it is said to that person.
func secondPerson(w string) bool {
	switch w {
	case "u", "you", "ur", "your", "youre", "tu", "vous", "ton", "ta", "tes", "votre", "vos", "tú", "usted", "te":
		return true
	}
	return false
}
