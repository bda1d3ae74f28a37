// Command train trains the story tagger of each language from a labelled
// corpus and writes rules/<lang>/_tagger/weights.bin; with -cv K it
// instead writes, as JSON lines, the analyzer's result for every post of
// the corpus from a model that did not see it (K-fold cross-validation),
// for analyzer/testdata/score.py --pred.
//
//	go run ./scripts/cmd/train [-corpus FILE] [-lang en,fr,es] [-rules DIR]
//	go run ./scripts/cmd/train -cv 5 > predictions.jsonl
//	go run ./scripts/cmd/train -rules-only > predictions.jsonl   (tagger off)
//	go run ./scripts/cmd/train -cv 5 -messy > predictions.jsonl  (held-out posts' messy copies)
//
// With -augment the tagger learns from each post and from a messy copy of
// it (lower case, typos, shorthand, emoji, run-on text: analyzer/messy,
// with messy.AugmentSeed), recorded in trained.json. It is off by default:
// cross-validated on train it cost recall on tidy posts (en 0.728 ->
// 0.714) and did not raise it on messy ones (0.616 -> 0.613); see
// CHANGELOG.md.
//
// The flag rows of the analyzer's test tables (analyzer/typed_*_test.go,
// sentences written blind to the corpora) are a second, partly labelled
// source (written.go): the half not held out joins every training and
// every cross-validation fold, with the weight tagger.json's
// train.written gives it (0: off).
//
//	go run ./scripts/cmd/train -written-report [-written W]   (the tagger's reach on the held-out half)
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/messy"
	"github.com/discreet-app/discreet/analyzer/protocol"
	"github.com/discreet-app/discreet/rules"
)

// record is a labelled corpus line (corpus/GUIDE.md).
type record struct {
	ID       string   `json:"id"`
	Lang     string   `json:"lang"`
	Platform string   `json:"platform"`
	Text     string   `json:"text"`
	Keep     []string `json:"keep"`
	Spans    []span   `json:"spans"`
	// partial marks a written sentence (written.go): only its span is
	// known.
	partial bool
}

type span struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Category string `json:"category"`
}

// messyCopy returns r written the messy way with seed, its spans moved to
// the text they became.
func messyCopy(r record, seed uint64) record {
	p := messy.Post{ID: r.ID, Lang: r.Lang, Text: r.Text, Keep: r.Keep}
	for _, s := range r.Spans {
		p.Spans = append(p.Spans, messy.Span{Start: s.Start, End: s.End, Category: s.Category})
	}
	q := messy.CopyUTF16(p, seed)
	out := r
	out.Text, out.Spans = q.Text, nil
	for _, s := range q.Spans {
		out.Spans = append(out.Spans, span{s.Start, s.End, s.Category})
	}
	return out
}

// augment returns recs followed by a messy copy of each (seed messy.AugmentSeed).
func augment(recs []record) []record {
	out := slices.Clone(recs)
	for _, r := range recs {
		out = append(out, messyCopy(r, messy.AugmentSeed))
	}
	return out
}

func main() {
	corpus := flag.String("corpus", "analyzer/testdata/corpus/train.jsonl", "labelled corpus to train on")
	langs := flag.String("lang", strings.Join(rules.Languages(), ","), "languages, comma-separated")
	dir := flag.String("rules", "rules", "the rules folder: reads <lang>/_tagger/tagger.json, writes weights.bin beside it")
	cv := flag.Int("cv", 0, "K-fold cross-validation: print held-out results instead of writing weights")
	rulesOnly := flag.Bool("rules-only", false, "with -cv: print the results with the tagger off, for comparison")
	aug := flag.Bool("augment", false, "train on each post and a messy copy of it")
	lost := flag.Bool("lost", false, "with -cv, -rules-only or alone (the committed tagger): report where gold spans are lost, counts only (lost.go)")
	messyTest := flag.Bool("messy", false, "with -cv or -rules-only: print the results for the held-out posts' messy copies (messify's seed)")
	spans := flag.String("spans", "", "train a span classifier too, with EPOCHS,MIN_COUNT,MIN_LEAD[,DROP_LEAD] (DROP_LEAD: rescore the tagger's spans too; overrides tagger.json's train.spans; \"off\" turns it off): to measure it")
	spanKinds := flag.String("span-kinds", "", "with -spans: the kinds of proposal, comma-separated (clause, subject, kin; none: all)")
	writtenDir := flag.String("written-dir", "analyzer", "the folder of the test tables (typed_*_test.go) whose rows are written training sentences")
	writtenW := flag.String("written", "", "the written sentences' weight (overrides tagger.json's train.written; 0: off)")
	writtenEdges := flag.String("written-edges", "", "on or off: overrides tagger.json's train.written_edges")
	writtenReport := flag.Bool("written-report", false, "print the share of the held-out written rows' wanted spans that the story tagger finds, instead of writing weights")
	messyOut := flag.String("messy-out", "", "with -cv: also write the results of the held-out posts' messy copies to this file, from the same folds' models (one training for both measures)")
	flag.Parse()
	if *rulesOnly {
		*cv = -1
	}
	o := options{augment: *aug, messyTest: *messyTest, spans: *spans, spanKinds: *spanKinds,
		writtenDir: *writtenDir, written: *writtenW, writtenEdges: *writtenEdges, writtenReport: *writtenReport}
	if *lost {
		o.lost = newLostTally()
	}
	if *messyOut != "" {
		f, err := os.Create(*messyOut)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		defer f.Close()
		o.messyOut = bufio.NewWriter(f)
		defer o.messyOut.Flush()
	}
	if err := run(*corpus, strings.Split(*langs, ","), *dir, *cv, o); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// options say what the tagger trains on and what a cross-validation scores.
type options struct {
	augment   bool       // train on messy copies too
	messyTest bool       // score the held-out posts' messy copies
	lost      *lostTally // -lost: count where gold spans are lost instead of printing results
	// messyOut, if set (-messy-out), gets the results of the held-out
	// posts' messy copies too, beside the plain ones.
	messyOut  *bufio.Writer
	spans     string
	spanKinds string
	// The written sentences (written.go): where (empty: analyzer), and
	// the overrides of tagger.json (empty: none).
	writtenDir    string
	written       string
	writtenEdges  string
	writtenReport bool
}

// trainSet is what a model learns from: recs, with their messy copies
// when o.augment.
func (o options) trainSet(recs []record) []record {
	if o.augment {
		return augment(recs)
	}
	return recs
}

// testSet is what a cross-validation scores.
func (o options) testSet(recs []record) []record {
	if !o.messyTest {
		return recs
	}
	out := make([]record, len(recs))
	for i, r := range recs {
		out[i] = messyCopy(r, messy.EvalSeed)
	}
	return out
}

func run(corpus string, langs []string, dir string, cv int, o options) error {
	data, err := os.ReadFile(corpus)
	if err != nil {
		return err
	}
	var recs []record
	for n, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var r record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			return fmt.Errorf("%s:%d: %v", corpus, n+1, err)
		}
		recs = append(recs, r)
	}
	a, err := analyzer.Default()
	if err != nil {
		return err
	}
	specs, err := readSpecs(dir)
	if err != nil {
		return err
	}
	if err := o.setSpans(specs); err != nil {
		return err
	}
	if err := o.setWritten(specs); err != nil {
		return err
	}
	if o.writtenDir == "" {
		o.writtenDir = "analyzer"
	}
	ws, err := readWritten(o.writtenDir)
	if err != nil {
		return err
	}
	written := ws.records(false)
	if o.writtenReport {
		return writtenReport(a, specs, recs, ws, langs)
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	if o.lost != nil {
		defer o.lost.print(out)
	}
	if cv < 0 || cv == 0 && o.lost != nil {
		for _, lang := range langs {
			if cv < 0 {
				if err := a.SetTagger(lang, nil, nil); err != nil {
					return err
				}
			}
			o.analyze(a, ofLangs(recs, lang), out)
		}
		return nil
	}
	for _, owner := range owners(specs, langs) {
		spec := specs[owner]
		var mine, also []record
		for _, r := range recs {
			if r.Lang == owner {
				mine = append(mine, r)
			} else if slices.Contains(spec.Train.Also, r.Lang) {
				also = append(also, r)
			}
		}
		if cv > 1 {
			if err := crossValidate(a, owner, specs, recs, written, langs, cv, o, out); err != nil {
				return err
			}
			continue
		}
		wr := ofLangs(written, append([]string{owner}, spec.Train.Also...)...)
		w, err := a.TrainTagger(owner, spec, posts(slices.Concat(o.trainSet(slices.Concat(mine, also)), wr)))
		if err != nil {
			return err
		}
		var wrote *writtenSet
		if spec.Train.Written > 0 {
			wrote = &writtenSet{Rows: make([]writtenRow, len(wr)), SHA256: ws.SHA256}
		}
		file := filepath.Join(dir, owner, "_tagger", "weights.bin")
		if err := os.WriteFile(file, w, 0o644); err != nil {
			return err
		}
		if err := writeRecord(filepath.Join(dir, owner, "_tagger", "trained.json"), corpus, data, w,
			append([]string{owner}, spec.Train.Also...), len(mine), len(also), o.augment, wrote, o.writtenDir); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "%s: %d+%d posts of %s (sha256 %x): %d bytes, sha256 %x; %+v\n",
			file, len(mine), len(also), corpus, sha256.Sum256(data), len(w), sha256.Sum256(w), spec.Train)
	}
	return nil
}

// readSpecs reads the tagger.json of every language that has one in dir
// and checks that a language sharing another's model is among the posts
// that model learns from.
func readSpecs(dir string) (map[string]*rules.TaggerSpec, error) {
	specs := map[string]*rules.TaggerSpec{}
	for _, lang := range rules.Languages() {
		file := filepath.Join(dir, lang, "_tagger", "tagger.json")
		b, err := os.ReadFile(file)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if specs[lang], err = rules.ParseTaggerSpec(file, b); err != nil {
			return nil, err
		}
	}
	for lang, spec := range specs {
		if sh := spec.Train.Shares; sh != "" {
			if specs[sh] == nil || specs[sh].Train.Shares != "" || !slices.Contains(specs[sh].Train.Also, lang) {
				return nil, fmt.Errorf("%s: shares the model of %s, which does not train on %s's posts with a model of its own", lang, sh, lang)
			}
		}
	}
	return specs, nil
}

// owners returns, in order, the languages whose models langs use: each
// language's own, or the one it shares.
func owners(specs map[string]*rules.TaggerSpec, langs []string) []string {
	var out []string
	for _, l := range langs {
		spec := specs[l]
		if spec == nil {
			continue
		}
		if spec.Train.Shares != "" {
			l = spec.Train.Shares
		}
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// members returns owner and the languages that share its model.
func members(specs map[string]*rules.TaggerSpec, owner string) []string {
	out := []string{owner}
	for _, l := range rules.Languages() {
		if specs[l] != nil && specs[l].Train.Shares == owner {
			out = append(out, l)
		}
	}
	return out
}

// ofLangs returns the records of the given languages.
func ofLangs(recs []record, langs ...string) []record {
	var out []record
	for _, r := range recs {
		if slices.Contains(langs, r.Lang) {
			out = append(out, r)
		}
	}
	return out
}

// writeRecord writes how the weights were made: the corpus and the packs
// (whose rule matches are features) they were trained from, by hash.
func writeRecord(file, corpus string, data, weights []byte, langs []string, n, also int, augmented bool, written *writtenSet, writtenDir string) error {
	packs := map[string]string{}
	for _, l := range langs {
		doc, err := rules.EmbeddedDocument(l)
		if err != nil {
			return err
		}
		packs[l] = fmt.Sprintf("%x", sha256.Sum256(doc))
	}
	rec := map[string]any{
		"command":        "scripts/train",
		"corpus":         filepath.ToSlash(corpus),
		"corpus_sha256":  fmt.Sprintf("%x", sha256.Sum256(data)),
		"posts":          n,
		"posts_also":     also,
		"packs_sha256":   packs,
		"weights_sha256": fmt.Sprintf("%x", sha256.Sum256(weights)),
	}
	if written != nil {
		rec["written"] = map[string]any{
			"tables":      filepath.ToSlash(filepath.Join(writtenDir, "typed_*_test.go")),
			"rows_sha256": written.SHA256,
			"rows":        len(written.Rows),
			"note":        "the flag rows of the test tables not held out (written.go: heldOut), partly labelled",
		}
	}
	if augmented {
		rec["augment"] = fmt.Sprintf("each post and a messy copy of it (analyzer/messy, seed %d)", messy.AugmentSeed)
	}
	b, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(file, append(b, '\n'), 0o644)
}

func posts(recs []record) []analyzer.LabelledPost {
	out := make([]analyzer.LabelledPost, len(recs))
	for i, r := range recs {
		out[i].Text, out[i].Lang, out[i].Partial = r.Text, r.Lang, r.partial
		for _, s := range r.Spans {
			out[i].Spans = append(out[i].Spans, analyzer.LabelledSpan{Start: s.Start, End: s.End, Category: s.Category})
		}
	}
	return out
}

// crossValidate trains k models of owner's, each without one fold of the
// posts of owner and of the languages sharing its model (post i of a
// language is in fold i mod k) but with all the posts of its other Also
// languages (and, with o.augment, the messy copies of what it trains on),
// and prints the result of each held-out post of langs from the model that
// did not see it (or of its messy copy, with o.messyTest).
func crossValidate(a *analyzer.Analyzer, owner string, specs map[string]*rules.TaggerSpec, recs, written []record, langs []string, k int, o options, out *bufio.Writer) error {
	group := members(specs, owner)
	spec := specs[owner]
	written = ofLangs(written, slices.Concat(group, spec.Train.Also)...)
	for f := range k {
		var train, test []record
		n := map[string]int{}
		for _, r := range recs {
			switch {
			case slices.Contains(group, r.Lang):
				if n[r.Lang]%k == f {
					test = append(test, r)
				} else {
					train = append(train, r)
				}
				n[r.Lang]++
			case slices.Contains(spec.Train.Also, r.Lang):
				train = append(train, r)
			}
		}
		w, err := a.TrainTagger(owner, spec, posts(slices.Concat(o.trainSet(train), written)))
		if err != nil {
			return err
		}
		for _, l := range group {
			if err := a.SetTagger(l, specs[l], w); err != nil {
				return err
			}
		}
		o.analyze(a, ofLangs(test, langs...), out)
	}
	return nil
}

// analyze prints the result of each record's test copy (testSet) as a
// JSON line, or with -lost counts where its gold spans were lost.
func (o options) analyze(a *analyzer.Analyzer, recs []record, out *bufio.Writer) {
	if o.lost == nil {
		analyze(a, o.testSet(recs), out)
		if o.messyOut != nil {
			m := o
			m.messyTest = true
			analyze(a, m.testSet(recs), o.messyOut)
		}
		return
	}
	for i, r := range o.testSet(recs) {
		if o.messyTest {
			o.lost.add(a, r, &recs[i])
		} else {
			o.lost.add(a, r, nil)
		}
	}
}

// analyze prints the result of each record as a JSON line.
func analyze(a *analyzer.Analyzer, recs []record, out *bufio.Writer) {
	for _, r := range recs {
		res := a.Analyze(analyzer.Input{ID: r.ID, Text: r.Text, Lang: r.Lang, Platform: r.Platform})
		out.Write(protocol.AppendResult(nil, &res))
		out.WriteByte('\n')
	}
}

// setSpans sets, for -spans, every spec's span classifier.
func (o options) setSpans(specs map[string]*rules.TaggerSpec) error {
	if o.spans == "" {
		return nil
	}
	var sp *rules.SpanTraining
	if o.spans != "off" {
		sp = new(rules.SpanTraining)
		n, err := fmt.Sscanf(o.spans, "%d,%d,%d,%d", &sp.Epochs, &sp.MinCount, &sp.MinLead, &sp.DropLead)
		if n < 3 || sp.Epochs < 1 || sp.MinCount < 1 {
			return fmt.Errorf("-spans %q: want EPOCHS,MIN_COUNT,MIN_LEAD[,DROP_LEAD] (%v)", o.spans, err)
		}
		sp.Rescore = n == 4
		if o.spanKinds != "" {
			sp.Kinds = strings.Split(o.spanKinds, ",")
		}
	}
	for _, spec := range specs {
		spec.Train.Spans = sp
	}
	return nil
}
