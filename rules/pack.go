// Package rules holds Discreet's rule packs as data and the code that loads
// and checks them. A pack is one folder per language (en/, fr/, es/) with a
// pack.json and plain-text word lists; Load decodes it strictly (unknown
// fields are errors) and Validate reports every bad rule with its field.
package rules

// Categories are the finding categories of docs/api.md §3, in display order.
var Categories = []string{
	"name", "contact", "id_number", "date", "age", "location", "organization",
	"occupation", "family", "event", "clinical", "demographic", "relationship",
}

// Severities are the finding severities, lowest first.
var Severities = []string{"low", "medium", "high"}

// Intents are the post intents of docs/api.md §3.
var Intents = []string{
	"referral_request", "consultation", "resource_request", "marketing",
	"testimonial_request", "review_response", "other",
}

// Platforms are the audiences a post can be written for.
var Platforms = []string{
	"facebook_group", "facebook_page", "forum", "reddit", "review_site", "listserv", "other",
}

// Rule kinds: the closed set of ways a rule can find a span.
const (
	// KindPattern matches an RE2 regular expression.
	KindPattern = "pattern"
	// KindTerms matches whole words or phrases from inline terms or a word list.
	KindTerms = "terms"
)

// Attribution modes: how strongly a finding must be tied to a specific person.
const (
	// AttrAlways keeps the finding wherever it occurs (outside the poster's own details).
	AttrAlways = "always"
	// AttrPost keeps it when the post is about a specific person.
	AttrPost = "post"
	// AttrSentence keeps it when its own sentence refers to a specific person
	// and it is not in a generic, skill-seeking phrase.
	AttrSentence = "sentence"
)

// Pack is one language's rules, vocabularies and templates, as written in
// rules/LANG/pack.json. Lists holds the loaded word lists by name.
type Pack struct {
	Lang    string `json:"lang"`
	Version string `json:"version"`
	Name    string `json:"name"`
	// ListFiles maps a list name to its file, relative to the pack folder.
	ListFiles map[string]string `json:"lists"`
	// Vocab holds small inline vocabularies by name.
	Vocab map[string][]string `json:"vocab"`
	// WordClasses names the words patterns share, each a list of RE2
	// alternatives that patterns write {name}; Load writes every
	// reference, and every {word~} (the word or one slip of it), out as
	// the expression it stands for (wordclasses.go).
	WordClasses map[string][]string `json:"word_classes,omitempty"`
	// Context holds the patterns that decide who a span is about.
	Context Context  `json:"context"`
	Rules   []Rule   `json:"rules"`
	Intents []Intent `json:"intents"`
	// IntentWords maps each of IntentConcepts to the lower-case words of
	// the language that say it ("therapist", "psy", "psicóloga" are all
	// "provider"); the intent model reads the concepts, the same in every
	// language, so what it learns from one language's posts helps
	// another's.
	IntentWords map[string][]string `json:"intent_words,omitempty"`
	Risk        RiskModel           `json:"risk"`
	Rewrite     Rewrite             `json:"rewrite"`
	// Stopwords are frequent function words used by the fallback language guesser.
	Stopwords []string `json:"stopwords"`

	// Lists holds the entries of every list in ListFiles, after loading.
	Lists map[string][]string `json:"-"`
	// File is the path the pack was loaded from, for error messages.
	File string `json:"-"`
	// origin says which part file set each field, for error messages.
	origin origin
}

// fileOf returns the file that set the top-level field key.
func (p *Pack) fileOf(key string) string {
	if f, ok := p.origin.fields[key]; ok {
		return f
	}
	return p.File
}

// Context is the set of patterns that attribute spans to people.
type Context struct {
	// Person finds references to a specific third person ("my client", "she", "a 40-year-old").
	Person []Gated `json:"person"`
	// Addressee finds second-person references ("you", "your"); they refer
	// to a specific person only when the post names someone it addresses,
	// as replies to a named reviewer do.
	Addressee []Gated `json:"addressee"`
	// Generic marks phrases that talk about a group or a skill, not a person
	// ("specializes in", "clients with"); clinical words inside them are not findings.
	Generic []Gated `json:"generic"`
	// Self marks the poster's own details (a sign-off, "I'm 41", "call me at").
	Self []Gated `json:"self"`
	// NotSpecific marks a post that says it is not about a specific client.
	NotSpecific []Gated `json:"not_specific"`
	// Ignore marks text that is never a finding on its own, such as states
	// and provinces ("Nova Scotia" is not the name Nova).
	Ignore []Gated `json:"ignore"`

	// Who the post is about, as a whole (analyzer/referent.go):
	// Client finds a client referred to as such ("my client", "my 3pm",
	// "she came to see me"); Confirms finds words to someone that confirm
	// they were a client ("proud of the work you did in our sessions"),
	// as do Relates words ("our sessions", "working with you") in a post
	// Addressed to someone by name ("To Sam:", "Thanks, Sam!");
	// Public finds a public figure or a fictional character ("in her
	// interview", "the character"); Announce finds an event, a job or a
	// notice of the poster's own ("register by", "now hiring"); OwnLife
	// finds the poster's own family or health ("my daughter", "I was
	// diagnosed"); Declines finds a reply that declines to confirm anyone
	// is a client ("we can never confirm whether"). A post with Public,
	// Announce, OwnLife or Declines cues and no Client or Confirms cue is
	// about the poster or a public figure: its details are nobody's to
	// protect. Describes finds a person described but not named a client
	// ("a 17 yo", "my kiddo"): a client, unless its sentence says it is
	// the poster's family, a public figure or fiction, or an event of
	// the poster's ("the protagonist is a 17 yo", "we adopted a 4 yo").
	// Audience finds words to a group rather than to one person ("to all
	// the new grads", "colleagues", "you all"): a post that speaks to a
	// group and names no one confirms no client relationship.
	Client    []Gated `json:"client,omitempty"`
	Describes []Gated `json:"describes,omitempty"`
	Audience  []Gated `json:"audience,omitempty"`
	Confirms  []Gated `json:"confirms,omitempty"`
	Addressed []Gated `json:"addressed,omitempty"`
	Relates   []Gated `json:"relates,omitempty"`
	Declines  []Gated `json:"declines,omitempty"`
	Public    []Gated `json:"public,omitempty"`
	Announce  []Gated `json:"announce,omitempty"`
	OwnLife   []Gated `json:"own_life,omitempty"`
}

// Gated is an RE2 pattern with the keywords that let it run: when Keywords
// is not empty the pattern is only tried near them (lower case, anywhere
// in the lower-cased text), and only a match that holds one counts, which
// keeps the hot path linear and cheap. Every way the pattern can match
// needs a keyword.
type Gated struct {
	Pattern  string   `json:"pattern"`
	Keywords []string `json:"keywords,omitempty"`
}

// Rule is one detector. Kind says which fields apply: Pattern and Group for
// "pattern", Terms, List and Case for "terms".
type Rule struct {
	ID          string   `json:"id"`
	Kind        string   `json:"kind"`
	Category    string   `json:"category"`
	Severity    string   `json:"severity"`
	Attribution string   `json:"attribution"`
	Message     string   `json:"message"`
	Replacement string   `json:"replacement"`
	Keywords    []string `json:"keywords,omitempty"`

	Pattern string `json:"pattern,omitempty"`
	Group   int    `json:"group,omitempty"`

	Terms []string `json:"terms,omitempty"`
	List  string   `json:"list,omitempty"`
	// Case is "any" (default), "title" (first letter upper case in the text) or "exact".
	Case string `json:"case,omitempty"`
	// Plurals also matches the regular English plural of each term
	// ("teachers", "nurses", "secretaries").
	Plurals bool `json:"plurals,omitempty"`
	// Ambiguous names a list of ordinary words; a match that is also one of
	// them needs Before or After context to count.
	Ambiguous *Ambiguous `json:"ambiguous,omitempty"`

	// Before and After, when set, must match the text just before / after the span.
	Before string `json:"before,omitempty"`
	After  string `json:"after,omitempty"`
	// NotBefore and NotAfter, when they match, drop the span.
	NotBefore string `json:"not_before,omitempty"`
	NotAfter  string `json:"not_after,omitempty"`
	// Extend, when it matches right after the span, lengthens it ("Marcus" + " T.").
	Extend string `json:"extend,omitempty"`
	// Exclude lists matched texts (case-insensitive) that never count.
	Exclude []string `json:"exclude,omitempty"`
	// ExcludeList names a list or vocab whose entries never count.
	ExcludeList string `json:"exclude_list,omitempty"`
	// RarerThan, when set, asks that a word of the match (of a pattern,
	// its group) be rarer than this frequency rank (the pack's
	// word_ranks; a word no list holds is rarer than any), and not one
	// Exclude or ExcludeList rules out: "the blue heron diner", not "the
	// local diner".
	RarerThan int `json:"rarer_than,omitempty"`

	Examples Examples `json:"examples"`

	// File is the file the rule was loaded from, for error messages.
	File string `json:"-"`
}

// Ambiguous says which matches are also ordinary words and what context
// makes them count anyway.
type Ambiguous struct {
	List   string `json:"list"`
	Before string `json:"before,omitempty"`
	After  string `json:"after,omitempty"`
}

// Examples are the texts a rule must flag and must pass; tests run them all.
type Examples struct {
	Flag []string `json:"flag"`
	Pass []string `json:"pass"`
}

// IntentConcepts are the kinds of words of intent_words (a closed set:
// another name is a load error).
var IntentConcepts = []string{
	"provider",  // a clinician one may refer to
	"resource",  // an organisation, a book, a group, a worksheet
	"ask",       // asking the readers: anyone, recommend, know
	"howto",     // asking how to handle something, for advice
	"capacity",  // openings, a waiting list
	"event",     // a workshop, a talk, registration
	"hiring",    // a job, a position
	"booking",   // booking an appointment, new clients
	"thanks",    // thanking
	"review",    // a review, stars, a rating
	"testimony", // a testimonial
	"vent",      // tiredness, venting
	"celebrate", // pride, congratulations
	"seek",      // looking for, needing
	"peers",     // colleagues, everyone
	"coverage",  // insurance, fees
	"client",    // a client or patient the post speaks of
	"age",       // years: "14 yo", "30 ans", "29 años"
	"favor",     // asking the reader a favour: "would you mind", "laissez", "dejarnos"
	"offer",     // offering a service or a place: "offer", "proposons", "ofrecemos"
	"contact",   // how to reach the poster: "call", "écrivez", "escribinos"
	"refer",     // referring someone on: "referral", "référer", "derivar"
	"news",      // a practice's news and media: "announcing", "episode", "infolettre", "novedades"
	"hope",      // words to a reader who may become a client: "struggling", "alone", "mereces"
}

// Intent is one post intent with the weighted cues that point to it.
type Intent struct {
	Intent string `json:"intent"`
	// Prior is added before any cue, so ties go to the likelier intent.
	Prior float64 `json:"prior"`
	Cues  []Cue   `json:"cues"`
	// Platforms adds a weight when the post's platform is one of these.
	Platforms map[string]float64 `json:"platforms,omitempty"`
}

// Cue is a pattern and the weight it adds to an intent when it matches;
// like a rule, it runs only when one of its keywords occurs.
type Cue struct {
	Pattern  string   `json:"pattern"`
	Keywords []string `json:"keywords,omitempty"`
	Weight   float64  `json:"weight"`
}

// RiskModel turns findings into a post-level risk.
type RiskModel struct {
	// Weights is the identifying power of one finding, by category.
	Weights map[string]float64 `json:"weights"`
	// Platforms scales the score by audience.
	Platforms map[string]float64 `json:"platforms"`
	// Levels are the lowest scores of the levels low, medium and high.
	Levels map[string]float64 `json:"levels"`
	// Labels name each category in reasons ("age", "place").
	Labels map[string]string `json:"labels"`
	// Reasons are the sentence templates of the risk reasons.
	Reasons map[string]string `json:"reasons"`
}

// Rewrite holds the whole-post templates, by intent, and the vocabularies
// that turn a client's details into a skill or topic.
type Rewrite struct {
	Templates map[string]Template `json:"templates"`
	// Specialties maps a clinical term to the specialty to ask for.
	Specialties map[string]string `json:"specialties"`
	// Needs are practical, non-identifying needs worth keeping (telehealth, sliding scale).
	Needs []string `json:"needs"`
	// NeedRules are the rules whose findings become {needs}: conditions
	// worth asking a specialist about, not symptoms or session content.
	NeedRules []string `json:"need_rules"`
	// Providers are kinds of clinician to ask for (play therapist); the
	// first found fills {provider}, else DefaultProvider.
	Providers       []string `json:"providers"`
	DefaultProvider string   `json:"default_provider"`
	// Populations are groups a clinician may work with (first responders, teens).
	Populations []string `json:"populations"`
	// Approaches are treatment approaches worth keeping (EMDR, DBT).
	Approaches []string `json:"approaches"`
	// Topics are consultation topics worth keeping (duty to report, subpoena).
	Topics []string `json:"topics"`
	// NotLived are words that name no condition a person lives with: a
	// practice matter, a document, a treatment or a drug, a technique, a
	// time of day ("records", "chemo", "grounding", "bedtime"), or the
	// care a specialty offers ("care", "recovery"). {lived}, the frame of
	// someone living with something ("If you're living with ..."), leaves
	// out every need or topic with such a word, or says the post's own
	// term for it instead ("PTSD" for "PTSD and trauma-informed care").
	// Lower case.
	NotLived []string `json:"not_lived,omitempty"`
	// Joiners are the words used to list items: {"and": "and", "comma": ", "}.
	Joiners map[string]string `json:"joiners"`
	// EnglishArticles turns on the a/an agreement fix of rewritten text.
	EnglishArticles bool `json:"english_articles,omitempty"`
	// AgeGroups turn an exact age into the group a clinician works with,
	// youngest first: the first group whose UpTo is at least the age.
	AgeGroups []AgeGroup `json:"age_groups,omitempty"`
	// AskCues mark a sentence that says what the post is asking for
	// ("looking for", "does anyone"); lower case, matched at word starts.
	AskCues []string `json:"ask_cues,omitempty"`
	// Grammar is what mending a sentence after a removal needs.
	Grammar Grammar `json:"grammar"`
}

// AgeGroup is a population named by age: "teens" up to 17.
type AgeGroup struct {
	UpTo  int    `json:"up_to"`
	Label string `json:"label"`
}

// Grammar describes the words that must not be left dangling or disagree
// once a span is taken out of a sentence.
type Grammar struct {
	// Articles maps each article to its gender and definiteness, as
	// "m.indef", "f.def" or "i.indef" (inclusive: "un·e").
	Articles map[string]string `json:"articles,omitempty"`
	// Genders maps a noun (or two-word noun) to m, f or i.
	Genders map[string]string `json:"genders,omitempty"`
	// Prepositions and Conjunctions must have something after them.
	Prepositions []string `json:"prepositions,omitempty"`
	Conjunctions []string `json:"conjunctions,omitempty"`
	// ThirdPerson are the pronouns and possessives that tell a sentence
	// is about someone else ("she", "his"): outside the ask, such a
	// sentence is the client's story and stays out of the rewrite.
	ThirdPerson []string `json:"third_person,omitempty"`
	// FirstPerson are the words that open a clause in which the poster
	// speaks of themself ("I'm", "we", "je"): in a post that asks peers,
	// such a clause with no finding says what the poster weighs ("I'm
	// unsure whether this triggers a duty to report") and is kept.
	FirstPerson []string `json:"first_person,omitempty"`
	// PersonNouns name a person ("daughter", "victim", "client"): in a
	// post that asks its readers for nothing (a celebration, a vent), a
	// sentence that names one describes someone and stays out of the
	// rewrite.
	PersonNouns []string `json:"person_nouns,omitempty"`
	// ReportVerbs are the words by which a post reports what someone told
	// the poster ("told me", "m'a confié", "me contó"), lower case: in an
	// advertisement, one said by or of a third person tells a client's
	// story in reported speech (rewrite.QuotesSomeone).
	ReportVerbs []string `json:"report_verbs,omitempty"`
	// Copulas link a person noun to what the clause says the person is
	// ("dad is a roofer", "le père est couvreur"): an ask clause in
	// which one follows a person noun describes that person, whatever
	// the rules caught of it, and stays out of the rewrite.
	Copulas []string `json:"copulas,omitempty"`
	// PlacePrepositions lead to a place ("in", "near"): an unknown
	// capitalized word after one is taken for a place name.
	PlacePrepositions []string `json:"place_prepositions,omitempty"`
	// PlacePhrase replaces a place together with its preposition: "in
	// the area", "dans la région".
	PlacePhrase string `json:"place_phrase,omitempty"`
	// PlaceTails finish a place's name and go with it ("area" in "the
	// Kelowna area", "based" in "Toronto-based").
	PlaceTails []string `json:"place_tails,omitempty"`
	// AddressWords call on a place's people at the start of a post ("NYC
	// folks —"): the capitalized words before one are taken for a place.
	AddressWords []string `json:"address_words,omitempty"`
	// ClientLeads open the part of an ask that describes the client ("for
	// a", "for my"): from there to the end of the sentence is biography.
	ClientLeads []string `json:"client_leads,omitempty"`
	// NeedSuffixes end a word that states a need of language or culture
	// ("-speaking" in "Arabic-speaking"): such a word is kept, whatever
	// the name before the suffix.
	NeedSuffixes []string `json:"need_suffixes,omitempty"`
	// NeedLeads come right before a language a clinician must speak
	// ("speaks", "que hable"): the word after one is a need, kept,
	// whatever the rules make of it.
	NeedLeads []string `json:"need_leads,omitempty"`
	// TopicLeads come right before the skill or condition a post asks
	// about ("experienced in", "trouble de", "experiencia en"): the
	// lower-case word after one is that need, not a place typed in lower
	// case after a preposition of place.
	TopicLeads []string `json:"topic_leads,omitempty"`
	// Intensifiers strengthen the need word after them ("very" in "very
	// paranoid", "muy" in "muy ansiosa"): the rewrite lists a story's
	// need without them, as it does without a count's unit (see the
	// rewrite's trimmedNeed). One word each, lower case.
	Intensifiers []string `json:"intensifiers,omitempty"`
	// Negations deny the word after them ("not" in "not sleeping", "no"
	// in "no come"): a story's need may open on one, where another
	// function word would make it a fragment (see the rewrite's
	// trimmedNeed). Lower case.
	Negations []string `json:"negations,omitempty"`
	// QuestionOpeners open a question to peers ("how do", "avez-vous",
	// "alguien conoce"): typed inside a question sentence after the
	// client's story, with no stop before it ("... on nights since the
	// move how do you pace exposures?"), one starts the clause the
	// rewrite weighs as the ask. Lower case.
	QuestionOpeners []string `json:"question_openers,omitempty"`
	// ClauseBreaks are the words that open a new clause after a comma
	// ("but", "mais", "pero"): the rewrite weighs each clause of a
	// sentence on its own, keeping "I'm unsure about the duty to report"
	// without the "but she asked me not to" that follows.
	ClauseBreaks []string `json:"clause_breaks,omitempty"`
	// ObjectVerbs need an object ("takes", "accepte", "acepte"): after a
	// relative ("who", "qui", "que") with nothing but a stop after them,
	// what they took was removed ("a psychologist who takes ?" once the
	// insurer goes), and the two words go with it. Lower case.
	ObjectVerbs []string `json:"object_verbs,omitempty"`
	// ReasonBreaks give a reason ("bc", "since", "parce que", "ya que"):
	// after an ask, with or without a comma, one that turns to the client
	// ("... with a short wait bc client is a law student") ends the ask.
	// Lower case; one that ends on an apostrophe ("parce qu'") runs on
	// into the next word.
	ReasonBreaks []string `json:"reason_breaks,omitempty"`
	// QualifierSuffixes end a word that qualifies a condition ("-al" in
	// "perinatal OCD", "-ic" in "traumatic grief"): up to two such words
	// next to a need term go with it into the rewrite, before the term,
	// or after it when QualifiersAfter is set ("deuil périnatal").
	QualifierSuffixes []string `json:"qualifier_suffixes,omitempty"`
	QualifiersAfter   bool     `json:"qualifiers_after,omitempty"`
	// NeutralPronouns map the object and possessive pronouns of a third
	// person to neutral ones ("him" → "them", "his" → "their"); a value
	// "object/possessive" ("them/their" for "her") is chosen by the word
	// after it. An ask that speaks of the client only through these says
	// its question of no one in particular once they are swapped ("how do
	// I build rapport without losing him?"); one with a subject pronoun
	// ("he", "she") keeps its verb's agreement and is left as it is.
	NeutralPronouns map[string]string `json:"neutral_pronouns,omitempty"`
	// ConditionLeads lead, in the client's description an ask is cut
	// before, to the condition the client has ("with", "avec", "con"):
	// "for a 4-year-old with selective mutism" asks for help with
	// selective mutism, which the rewrite keeps as a need.
	ConditionLeads []string `json:"condition_leads,omitempty"`
	// PersonPhrase stands for a name an ask loses where the words before
	// it need an object: "who could see Priya next week?" asks "who could
	// see the client?", not "who could see?".
	PersonPhrase string `json:"person_phrase,omitempty"`
	// PlaceHeads, right before a place, are part of it ("rural", "north",
	// "le nord de", "el sur de"): they go with the place, so "in rural
	// Kenora" is "in the area", not "in rural the area".
	PlaceHeads []string `json:"place_heads,omitempty"`
	// TimeUnits measure a duration ("days", "semaines"): a story item
	// "6 days postpartum" counts time, and is no need once its number
	// goes, where "4 major meltdowns" names "major meltdowns".
	TimeUnits []string `json:"time_units,omitempty"`
	// NameParticles join the parts of a surname ("van der", "de", "al"):
	// after a name the rules found, a run of them and the capitalized
	// word they lead to are the rest of the name, and go with it.
	NameParticles []string `json:"name_particles,omitempty"`
	// Relatives open a relative clause ("who", "whose", "qui", "dont",
	// "que", "cuyo"): after a noun for one person ("a client who ...",
	// "una paciente que ..."), one opens what an ask says of that person,
	// which the rewrite cuts, keeping the noun. Lower case.
	Relatives []string `json:"relatives,omitempty"`
}

// Template is a whole-post rewrite. Each of Texts uses {placeholders}; a
// segment in [brackets] is dropped when a placeholder inside it is empty,
// and the first text whose other placeholders are all filled is used.
// {sanitized} is the post with every finding replaced.
type Template struct {
	Texts    []string `json:"texts"`
	Fallback string   `json:"fallback"`
	Advice   string   `json:"advice,omitempty"`
}
