// Command train-intent trains the intent model of the rule packs from the
// labelled corpus and writes it to rules/intent.model, or reports
// its accuracy: k-fold cross-validated on the training corpus (--cv),
// or on another corpus with the model trained on the whole corpus (--eval).
//
//	go run ./scripts/cmd/train-intent                 # retrain, write the model
//	go run ./scripts/cmd/train-intent --cv 5          # cross-validated accuracy
//	go run ./scripts/cmd/train-intent --eval analyzer/testdata/corpus/dev.jsonl
//	go run ./scripts/cmd/train-intent --cv 5 --messy  # held-out posts typed messily
//	go run ./scripts/cmd/train-intent --cv 5 --repeats 8  # averaged over 8 splits
//	go run ./scripts/cmd/train-intent --cv 5 --repeats 8 --confusion  # and which intent is taken for which
//	go run ./scripts/cmd/train-intent --cv 5 --extra analyzer/testdata/intent-written-es.jsonl  # with written posts in every training fold
//
// --extra adds posts written for the project (not the corpus's) to the
// training side of --cv and --eval, never to the posts scored: a way to
// measure whether posts of structures the corpus lacks carry to posts
// written by others. The shipped model is trained from the corpus alone
// (rules/README.md, "Intent model", h-intent11).
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/messy"
	"github.com/discreet-app/discreet/analyzer/postclass"
)

func main() {
	corpus := flag.String("corpus", "analyzer/testdata/corpus/train.jsonl", "labelled training posts")
	out := flag.String("out", "rules/intent.model", "where to write the model")
	cv := flag.Int("cv", 0, "report k-fold cross-validated accuracy instead of writing")
	eval := flag.String("eval", "", "report the shipped models' accuracy on this corpus")
	confusion := flag.Bool("confusion", false, "with --cv: also print, per language, the confusion matrix over every split")
	misses := flag.Bool("misses", false, "with --cv: also print each mistaken post's opening")
	mess := flag.Bool("messy", false, "with --cv: score each held-out post's messy copy (analyzer/messy)")
	repeats := flag.Int("repeats", 1, "with --cv: also report the accuracy averaged over this many shuffled splits")
	extra := flag.String("extra", "", "with --cv or --eval: written posts added to every training set, never scored")
	flag.Parse()
	if err := run(*corpus, *extra, *out, *cv, *repeats, *eval, *confusion, *misses, *mess); err != nil {
		fmt.Fprintln(os.Stderr, "train-intent:", err)
		os.Exit(1)
	}
}

// read reads a labelled corpus, each post as the analyzer shows it to the
// intent model (with the packs' intent cues that match); with a seed
// other than 0, each post's messy copy (analyzer/messy) instead.
func read(path string, seed uint64) ([]postclass.Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	examples, err := postclass.ReadCorpus(f)
	if err != nil {
		return nil, err
	}
	a, err := analyzer.Default()
	if err != nil {
		return nil, err
	}
	for i, ex := range examples {
		p := ex.Post
		if seed != 0 {
			p.Text = messy.Messify(messy.Post{ID: strconv.Itoa(i), Lang: p.Lang, Text: p.Text}, seed).Text
		}
		if examples[i].Post, err = a.IntentPost(analyzer.Input{Text: p.Text, Lang: p.Lang, Platform: p.Platform}); err != nil {
			return nil, fmt.Errorf("%s: post %d: %w", path, i+1, err)
		}
	}
	return examples, nil
}

// folds assigns each of n posts to one of k folds: post i to i%k on
// repeat 0 (the figure the project has always reported), and on a later
// repeat by a shuffle seeded with the repeat's number, so that repeats
// average out the luck of one split.
func folds(n, k int, repeat uint64) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i % k
	}
	if repeat > 0 {
		rand.New(rand.NewPCG(repeat, 0x5eed)).Shuffle(n, func(i, j int) { out[i], out[j] = out[j], out[i] })
	}
	return out
}

// crossValidate returns each test post's intent as predicted by a model
// trained on the examples outside its fold.
func crossValidate(examples, test, extra []postclass.Example, fold []int, k int) []string {
	pred := make([]string, len(examples))
	for f := range k {
		train := slices.Clone(extra)
		for i, ex := range examples {
			if fold[i] != f {
				train = append(train, ex)
			}
		}
		m := postclass.TrainIntent(train)
		for i, ex := range test {
			if fold[i] == f {
				pred[i] = m.Classify(ex.Post)
			}
		}
	}
	return pred
}

// reportRepeats prints the cross-validated accuracy averaged over the
// splits of preds (one prediction per test post and split), overall and
// per language, with the lowest and highest split: one split of 100
// posts a language moves by several points with the luck of the split
// alone.
func reportRepeats(test []postclass.Example, preds [][]string, k int) {
	langs := languages(test)
	acc := map[string][]float64{}
	for _, pred := range preds {
		right, total := map[string]int{}, map[string]int{}
		for i, ex := range test {
			for _, l := range []string{"", ex.Post.Lang} {
				total[l]++
				if pred[i] == ex.Class {
					right[l]++
				}
			}
		}
		for _, l := range append([]string{""}, langs...) {
			acc[l] = append(acc[l], ratio(right[l], total[l]))
		}
	}
	fmt.Printf("intent_accuracy_cv%d x%d", k, len(preds))
	for _, l := range append([]string{""}, langs...) {
		sum := 0.0
		for _, a := range acc[l] {
			sum += a
		}
		name := l
		if name == "" {
			name = "all"
		}
		fmt.Printf("  %s=%.3f [%.3f-%.3f]", name, sum/float64(len(preds)), slices.Min(acc[l]), slices.Max(acc[l]))
	}
	fmt.Println()
}

// languages returns the languages of the examples in order of first
// appearance.
func languages(examples []postclass.Example) []string {
	var out []string
	for _, ex := range examples {
		if !slices.Contains(out, ex.Post.Lang) {
			out = append(out, ex.Post.Lang)
		}
	}
	return out
}

func run(corpus, extraPath, out string, cv, repeats int, eval string, confusion, misses, mess bool) error {
	examples, err := read(corpus, 0)
	if err != nil {
		return err
	}
	var extra []postclass.Example
	if extraPath != "" {
		if eval == "" && cv <= 1 {
			return fmt.Errorf("--extra is for --cv and --eval: the shipped model is trained from the corpus alone")
		}
		if extra, err = read(extraPath, 0); err != nil {
			return err
		}
	}
	test := examples
	if mess && cv > 1 {
		if test, err = read(corpus, messy.EvalSeed); err != nil {
			return err
		}
	}
	switch {
	case eval != "":
		test, err := read(eval, 0)
		if err != nil {
			return err
		}
		m := postclass.TrainIntent(append(extra, examples...))
		report("intent_accuracy "+filepath.Base(eval), test, func(ex postclass.Example) string {
			return m.Classify(ex.Post)
		})
		return nil
	case cv > 1:
		preds := make([][]string, max(repeats, 1))
		for r := range preds {
			preds[r] = crossValidate(examples, test, extra, folds(len(examples), cv, uint64(r)), cv)
		}
		if repeats > 1 {
			reportRepeats(test, preds, cv)
		}
		i := -1
		label := fmt.Sprintf("intent_accuracy_cv%d %s", cv, filepath.Base(corpus))
		if mess {
			label += " (messy copies)"
		}
		report(label, test, func(postclass.Example) string {
			i++
			return preds[0][i]
		})
		if confusion {
			printConfusion(test, preds)
		}
		if misses {
			printMisses(test, preds[0])
		}
		return nil
	}
	text, err := postclass.TrainIntent(append(extra, examples...)).MarshalText()
	if err != nil {
		return err
	}
	return os.WriteFile(out, text, 0o644)
}

// report prints the share of examples whose predicted intent is right,
// overall and per language.
func report(label string, examples []postclass.Example, predict func(postclass.Example) string) {
	right, total := map[string]int{}, map[string]int{}
	var langs []string
	for _, ex := range examples {
		if total[ex.Post.Lang] == 0 {
			langs = append(langs, ex.Post.Lang)
		}
		total[""]++
		total[ex.Post.Lang]++
		if predict(ex) == ex.Class {
			right[""]++
			right[ex.Post.Lang]++
		}
	}
	fmt.Printf("%s  %.3f (%d posts)", label, ratio(right[""], total[""]), total[""])
	for _, lang := range langs {
		fmt.Printf("  %s=%.3f", lang, ratio(right[lang], total[lang]))
	}
	fmt.Println()
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// printConfusion prints, per language, the confusion matrix of the
// cross-validated predictions summed over every split (a row per true
// intent, a column per predicted one, each cell the posts per split),
// with each intent's recall and precision.
func printConfusion(examples []postclass.Example, preds [][]string) {
	n := len(postclass.Intents)
	short := func(s string) string { return s[:min(len(s), 6)] }
	for _, lang := range languages(examples) {
		cell := make([][]int, n)
		for g := range cell {
			cell[g] = make([]int, n)
		}
		for _, pred := range preds {
			for i, ex := range examples {
				g, p := slices.Index(postclass.Intents, ex.Class), slices.Index(postclass.Intents, pred[i])
				if ex.Post.Lang == lang && g >= 0 && p >= 0 {
					cell[g][p]++
				}
			}
		}
		fmt.Printf("%s, true intent by row, predicted by column, posts per split (%d splits):\n%-20s", lang, len(preds), "")
		for _, in := range postclass.Intents {
			fmt.Printf(" %6s", short(in))
		}
		fmt.Printf(" %7s\n", "recall")
		per := float64(len(preds))
		for g, in := range postclass.Intents {
			fmt.Printf("%-20s", in)
			row := 0
			for p := range n {
				fmt.Printf(" %6.1f", float64(cell[g][p])/per)
				row += cell[g][p]
			}
			fmt.Printf(" %7.2f\n", ratio(cell[g][g], row))
		}
		fmt.Printf("%-20s", "precision")
		for p := range n {
			col := 0
			for g := range n {
				col += cell[g][p]
			}
			fmt.Printf(" %6.2f", ratio(cell[p][p], col))
		}
		fmt.Println()
	}
}

// printMisses prints each post whose predicted intent is wrong: its
// language, platform, gold and predicted intent, and its opening.
func printMisses(examples []postclass.Example, pred []string) {
	for i, ex := range examples {
		if pred[i] == ex.Class {
			continue
		}
		text := []rune(strings.ReplaceAll(ex.Post.Text, "\n", " "))
		fmt.Printf("  %s %-14s %-19s taken for %-19s %s\n", ex.Post.Lang, ex.Post.Platform, ex.Class, pred[i], string(text[:min(len(text), 110)]))
		fmt.Printf("      said: %s\n", strings.Join(said(ex.Post), " "))
	}
}

// said returns the cues of p and the intent concepts its words say, in
// order of first appearance: what the model read besides the words.
func said(p postclass.Post) []string {
	out := slices.Clone(p.Cues)
	for _, w := range postclass.Words(p.Text) {
		if c, ok := p.Concepts[w]; ok && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}
