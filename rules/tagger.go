package rules

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
)

// The story tagger of each language (see analyzer/internal/tagger) lives
// in rules/<lang>/_tagger/: tagger.json, written by hand, says which
// categories the model tags, the message of each and how it is trained;
// weights.bin is made from it by scripts/train. The folder's leading
// underscore keeps it out of the pack folders' own embedding, so the
// weights are neither part of a served pack document nor embedded twice.
// taggerFiles embeds them (tagger_all.go, or tagger_en.go in builds
// tagged rules_en_only, like the packs).

// TaggerSpec is the hand-written part of a language's tagger.
type TaggerSpec struct {
	// Categories maps each category the model tags to what its findings say.
	Categories map[string]TaggerFinding `json:"categories"`
	// Classes maps a word class (one of TaggerClasses) to the
	// lower-case words of the language in it: closed-class words written
	// by hand (pronouns, units of time, words of frequency...). Each
	// class is a feature of the words in it and of their neighbours, the
	// same in every language, so a model can learn "since" + a unit of
	// time from the posts of another language, or a word it never saw
	// from its class.
	Classes map[string][]string `json:"classes,omitempty"`
	// Train holds the hyper-parameters scripts/train uses.
	Train TaggerTraining `json:"train"`
}

// TaggerClasses are the word classes a tagger.json may fill, in the order
// of their feature bits (a closed set: another name is a load error).
var TaggerClasses = []string{
	"self",     // the poster: I, me, my, we, our
	"you",      // the person addressed
	"third",    // he, she, they and their forms
	"kin",      // family members
	"time",     // units of time: day, week, month, year
	"freq",     // how often: weekly, every, twice
	"span",     // how long, since when: since, ago, for, until
	"care",     // the care relationship: session, appointment, intake, caseload
	"number",   // numbers in words
	"negation", // no, not, never, stopped
	// The classes below are generated from public vocabularies, not
	// written in tagger.json: the pack's story_words list
	// (lists/story-words.txt, scripts/gen-lists/storywords.mjs) gives
	// them, "word=class" a line.
	"incident", // an event in someone's life: accident, eviction, arrested
	"ailment",  // a symptom, illness, disorder, disability or pain
	"feeling",  // nouns of feeling, verbs of emotion
	"bodily",   // verbs of the body, of eating and drinking
	"relative", // kin and household
}

// TaggerFinding is what a model finding of one category carries, like a
// rule's fields of the same names (an empty replacement drops the detail).
type TaggerFinding struct {
	Severity    string `json:"severity"`
	Message     string `json:"message"`
	Replacement string `json:"replacement"`
}

// TaggerTraining holds the training hyper-parameters.
type TaggerTraining struct {
	Epochs   int     `json:"epochs"`
	Seed     uint64  `json:"seed"`
	MinCount int     `json:"min_count"`
	OBias    float64 `json:"o_bias"`
	// Prune drops the features whose largest weight is below this
	// fraction of the model's largest weight.
	Prune float64 `json:"prune,omitempty"`
	// MaxFeatures, if above 0, keeps at most that many features, the
	// strongest (tagger.Config.MaxFeatures): a bound on the file's size.
	MaxFeatures int `json:"max_features,omitempty"`
	// Runs is how many trainings, with seeds Seed, Seed+1..., the model
	// averages (tagger.Config.Runs; 0 or 1: one).
	Runs int `json:"runs,omitempty"`
	// Dropout is the share of a token's features each training step
	// leaves out (tagger.Config.Dropout).
	Dropout float64 `json:"dropout,omitempty"`
	// WordDropout is the share of tokens whose word features a training
	// step leaves out, as if the word were unseen
	// (tagger.Config.WordDropout).
	WordDropout float64 `json:"word_dropout,omitempty"`
	// Augment is how many copies of each sentence holding a detail
	// training adds, its spans swapped for others of their category
	// (tagger.Config.Augment).
	Augment int `json:"augment,omitempty"`
	// Written is the weight of the sentences written for the test tables
	// (analyzer/typed_*_test.go, read by scripts/train) beside the
	// corpus's posts: each teaches its wanted span and nothing of its
	// other words (tagger.Unknown). 0 leaves them out.
	Written float64 `json:"written,omitempty"`
	// WrittenEdges also teaches the token just before and just after a
	// written sentence's wanted span as outside any detail.
	WrittenEdges bool `json:"written_edges,omitempty"`
	// WrittenFree teaches a written sentence's span only where no rule
	// matches: the tokens a rule match overlaps are left Unknown (at
	// run time the rule takes them).
	WrittenFree bool `json:"written_free,omitempty"`
	// MinMargin drops the spans whose margin (tagger.Span) is below this
	// fraction of the model's largest weight; tuned by cross-validation.
	MinMargin float64 `json:"min_margin"`
	// Also names other languages whose training posts are added to this
	// language's own.
	Also []string `json:"also,omitempty"`
	// Shares names the language whose model this language uses instead of
	// one of its own (that language lists this one in Also, so the model
	// learns from its posts too): a few dozen posts teach a model little
	// alone, and what carries across languages (word classes, rule
	// matches, shapes, who a sentence is about) is learnt once from all.
	// Only MinMargin of the other hyper-parameters applies then.
	Shares string `json:"shares,omitempty"`
	// Spans, if set, also trains a span classifier (analyzer/internal/
	// spanclf) that scores spans proposed from clause structure and adds
	// those it accepts to the tagger's; nil leaves it off.
	Spans *SpanTraining `json:"spans,omitempty"`
}

// SpanKinds are the kinds of span proposal a tagger.json may name (the
// analyzer's span classifier, analyzer/internal/spanclf, makes them).
var SpanKinds = []string{"clause", "subject", "kin"}

// SpanTraining holds the span classifier's hyper-parameters.
type SpanTraining struct {
	Epochs   int `json:"epochs"`
	MinCount int `json:"min_count"`
	// MinLead is how far, in quantized weight units, a category's score
	// must lead "no detail" for a proposal to be kept.
	MinLead int `json:"min_lead"`
	// Kinds names the kinds of proposal (spanclf.KindNames: "clause",
	// "subject", "kin"); none proposes every kind.
	Kinds []string `json:"kinds,omitempty"`
	// Rescore also scores each span the tagger finds, and drops it when
	// "no detail" leads every category by DropLead or more.
	Rescore  bool `json:"rescore,omitempty"`
	DropLead int  `json:"drop_lead,omitempty"`
}

// String prints the settings, not the pointer, in training logs.
func (s *SpanTraining) String() string {
	if s == nil {
		return "off"
	}
	return fmt.Sprintf("{Epochs:%d MinCount:%d MinLead:%d Kinds:%v Rescore:%v DropLead:%d}",
		s.Epochs, s.MinCount, s.MinLead, s.Kinds, s.Rescore, s.DropLead)
}

// CategoryOrder returns the spec's categories in the order of Categories,
// which is the order of the model's tags.
func (s *TaggerSpec) CategoryOrder() []string {
	var out []string
	for _, c := range Categories {
		if _, ok := s.Categories[c]; ok {
			out = append(out, c)
		}
	}
	return out
}

// Validate checks every category, severity, message and hyper-parameter.
func (s *TaggerSpec) Validate(file string) error {
	var errs ErrorList
	if len(s.Categories) == 0 {
		errs.Add(file, "", "categories", "no category")
	}
	for _, c := range slices.Sorted(func(yield func(string) bool) {
		for c := range s.Categories {
			if !yield(c) {
				return
			}
		}
	}) {
		f := s.Categories[c]
		switch {
		case !slices.Contains(Categories, c):
			errs.Add(file, c, "categories", "unknown category")
		case !slices.Contains(Severities, f.Severity):
			errs.Add(file, c, "severity", fmt.Sprintf("unknown severity %q", f.Severity))
		case f.Message == "":
			errs.Add(file, c, "message", "no message")
		}
	}
	for _, name := range slices.Sorted(maps.Keys(s.Classes)) {
		switch {
		case !slices.Contains(TaggerClasses, name):
			errs.Add(file, name, "classes", "unknown word class")
		case len(s.Classes[name]) == 0:
			errs.Add(file, name, "classes", "an empty class")
		}
		for _, w := range s.Classes[name] {
			if w == "" || w != strings.ToLower(w) || strings.ContainsAny(w, " \t") {
				errs.Add(file, name, "classes", fmt.Sprintf("%q is not one lower-case word", w))
			}
		}
	}
	switch {
	case s.Train.Shares != "":
		if !slices.Contains(Languages(), s.Train.Shares) {
			errs.Add(file, "", "train.shares", fmt.Sprintf("unknown language %q", s.Train.Shares))
		}
	case s.Train.Epochs < 1 || s.Train.Epochs > 100:
		errs.Add(file, "", "train.epochs", "must be 1 to 100")
	case s.Train.MinCount < 1:
		errs.Add(file, "", "train.min_count", "must be at least 1")
	case s.Train.MaxFeatures < 0:
		errs.Add(file, "", "train.max_features", "must be 0 (no bound) or more")
	case s.Train.Runs < 0 || s.Train.Runs > 16:
		errs.Add(file, "", "train.runs", "must be 0 to 16")
	case s.Train.Dropout < 0 || s.Train.Dropout >= 1:
		errs.Add(file, "", "train.dropout", "must be at least 0 and below 1")
	case s.Train.WordDropout < 0 || s.Train.WordDropout >= 1:
		errs.Add(file, "", "train.word_dropout", "must be at least 0 and below 1")
	case s.Train.Augment < 0 || s.Train.Augment > 8:
		errs.Add(file, "", "train.augment", "must be 0 to 8")
	case s.Train.Written < 0 || s.Train.Written > 10:
		errs.Add(file, "", "train.written", "must be 0 to 10")
	}
	if sp := s.Train.Spans; sp != nil {
		if sp.Epochs < 1 || sp.Epochs > 100 || sp.MinCount < 1 {
			errs.Add(file, "", "train.spans", "epochs must be 1 to 100 and min_count at least 1")
		}
		for _, k := range sp.Kinds {
			if !slices.Contains(SpanKinds, k) {
				errs.Add(file, k, "train.spans.kinds", "unknown kind of proposal")
			}
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// ParseTaggerSpec decodes and validates a tagger.json; unknown fields are errors.
func ParseTaggerSpec(file string, data []byte) (*TaggerSpec, error) {
	var s TaggerSpec
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return nil, ErrorList{{File: file, Msg: DescribeJSONError(data, err)}}
	}
	if err := s.Validate(file); err != nil {
		return nil, err
	}
	return &s, nil
}

// EmbeddedTagger returns lang's built-in tagger spec and weights (those
// of the language it shares a model with, if it does); both are nil, with
// no error, when lang has no tagger, or a spec but no weights yet
// (scripts/train makes them; a test checks that every built-in spec has
// its weights).
func EmbeddedTagger(lang string) (*TaggerSpec, []byte, error) {
	spec, err := EmbeddedTaggerSpec(lang)
	if spec == nil || err != nil {
		return nil, nil, err
	}
	owner := lang
	if spec.Train.Shares != "" {
		owner = spec.Train.Shares
	}
	dir := path.Join(owner, "_tagger")
	weights, err := fs.ReadFile(taggerFiles, path.Join(dir, "weights.bin"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("rules: %s: %w", dir, err)
	}
	return spec, weights, nil
}

// EmbeddedTaggerSpec returns lang's built-in tagger.json, weights or not
// (training reads the word classes of every language it learns from),
// or nil if lang has none.
func EmbeddedTaggerSpec(lang string) (*TaggerSpec, error) {
	specFile := path.Join(lang, "_tagger", "tagger.json")
	data, err := fs.ReadFile(taggerFiles, specFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return ParseTaggerSpec(specFile, data)
}
