package tagger

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// Example is a training sentence: its tokens and their gold tags (0 for
// O, 1+2c for B of category c, 2+2c for I, Unknown where nobody said).
type Example struct {
	Tokens []Token
	Tags   []int
	// Weight scales the example's updates (0 counts as 1).
	Weight float64
	// Foreign marks a sentence of another language than the model's: it
	// teaches the weights of the features the model's own sentences
	// have too (word classes, rule marks, shapes, zones, shared words),
	// and keeps no feature of its own (its words would never fire on the
	// model's language, and cost the file most of its size).
	Foreign bool
}

// Unknown is the tag of a token whose gold tag nobody gave: a sentence
// written for a test table names one wanted span, and the other words
// may hold details nobody marked. Training moves no weight toward or
// away from a token's tag where it is Unknown; decoding goes on through
// it with the tag the model predicts (partial-label learning).
const Unknown = -1

// Config holds the hyper-parameters of Train.
type Config struct {
	Categories []string
	Epochs     int
	Seed       uint64
	// MinCount drops the features seen in fewer training tokens.
	MinCount int
	// Prune drops the features whose largest weight is below this
	// fraction of the model's largest: most of the file, little of the
	// decisions.
	Prune float64
	// MaxFeatures, if above 0, keeps at most that many features, those
	// with the largest weights: the file's size then no longer swings
	// with the largest weight that Prune is a fraction of (a new strong
	// feature raising the bar for all the others).
	MaxFeatures int
	// OBias is added to the O tag's score of every token, in units of
	// the largest weight: above 0 the model tags less and more surely.
	OBias float64
	// Runs is how many trainings, with seeds Seed, Seed+1..., are
	// averaged into the model (0 counts as 1): one shuffle of a few
	// hundred posts decides much of what a perceptron keeps, and the mean
	// of several varies less.
	Runs int
	// Dropout is the share of a token's features left out of each
	// training step, drawn from Seed: a word seen in training no longer
	// decides alone, so the features that carry to unseen words and
	// other languages (classes, rule marks, shapes, zones) learn more.
	Dropout float64
	// WordDropout is the share of tokens whose word features (the word,
	// the two bigrams it opens and closes, the word in its zone) a
	// training step leaves out, all of them at once, drawn from Seed: the
	// token is then a word training never saw, as most of a story's words
	// are in a post nobody trained on, and its spelling, classes, marks
	// and neighbours must decide.
	WordDropout float64
	// Augment is how many copies of each sentence that holds a detail
	// training adds, each span of the copy replaced by another of its
	// category (Augment), drawn from Seed: the model learns the contexts
	// that announce a detail apart from the detail's words.
	Augment int
}

// trainer holds the float weights of an averaged perceptron: w the
// current weights (a row of ncol per feature: the span tags', then the
// categories'), u the running sum of c×update that averaging needs.
type trainer struct {
	ncol    int
	rows    map[uint32]int
	w, u    []float64
	tw, tu  []float64
	c       float64
	feats   [][][]uint32 // per example, per token
	em, cat []float64
	pathBuf []int
	bio     []int
	dropout float64
	// dropSeed and dropCut decide which features a step leaves out
	// (drop): a feature is out when the hash of (dropSeed, the step's
	// epoch and example, the token, the feature) is below dropCut.
	dropSeed uint64
	dropCut  uint64
	// wordCut decides which tokens a step reads as unseen words (Config.WordDropout);
	// lex holds, per example and token, its word features' keys.
	wordCut uint64
	lex     [][][nLex]uint32
	kept    [][]uint32 // per token, the features of this step
}

// Train fits a model to the examples with the structured averaged
// perceptron. The result depends only on the examples and cfg: the
// examples are visited in an order drawn from cfg.Seed, and nothing
// iterates over a map.
func Train(examples []Example, cfg Config) (*Model, error) {
	nc := len(cfg.Categories)
	if nc == 0 || nc > maxCategories {
		return nil, fmt.Errorf("tagger: %d categories; want 1 to %d", nc, maxCategories)
	}
	nt := 1 + 2*nc // the example tags: O, then B and I of each category
	for i, ex := range examples {
		if len(ex.Tags) != len(ex.Tokens) {
			return nil, fmt.Errorf("tagger: example %d has %d tags for %d tokens", i, len(ex.Tags), len(ex.Tokens))
		}
		for _, t := range ex.Tags {
			if t < Unknown || t >= nt {
				return nil, fmt.Errorf("tagger: example %d has tag %d of %d", i, t, nt)
			}
		}
	}
	examples = Augment(examples, cfg.Augment, cfg.Seed)
	tr := &trainer{ncol: nbio + nc, rows: map[uint32]int{}}
	tr.extract(examples, max(1, cfg.MinCount))
	runs := max(1, cfg.Runs)
	w, tw := make([]float64, len(tr.w)), make([]float64, (nbio+1)*nbio)
	for r := range runs {
		seed := cfg.Seed + uint64(r)
		tr.reset(seed, cfg.Dropout)
		tr.wordCut = cut(cfg.WordDropout)
		rng := rand.New(rand.NewPCG(seed, 0x5eed))
		order := make([]int, len(examples))
		for i := range order {
			order[i] = i
		}
		for epoch := range cfg.Epochs {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, i := range order {
				tr.step(tr.feats[i], tr.lex[i], examples[i].Tags, examples[i].Weight, uint64(epoch)<<32|uint64(i))
				tr.c++
			}
		}
		addAverage(w, tr.w, tr.u, tr.c, runs)
		addAverage(tw, tr.tw, tr.tu, tr.c, runs)
	}
	return tr.model(cfg, w, tw)
}

// reset zeroes the weights for a training with seed.
func (tr *trainer) reset(seed uint64, dropout float64) {
	clear(tr.w)
	clear(tr.u)
	tr.tw, tr.tu = make([]float64, (nbio+1)*nbio), make([]float64, (nbio+1)*nbio)
	tr.c = 1
	tr.dropout, tr.dropSeed = dropout, splitmix(seed^0xd209)
	tr.dropCut = cut(dropout)
}

// cut is the hash value below which a draw of probability p falls.
func cut(p float64) uint64 {
	if p >= 1 {
		return math.MaxUint64
	}
	return uint64(math.Max(p, 0) * (1 << 63) * 2)
}

// addAverage adds to sum the averaged perceptron weights w - u/c, divided
// by runs.
func addAverage(sum, w, u []float64, c float64, runs int) {
	for i := range w {
		sum[i] += (w[i] - u[i]/c) / float64(runs)
	}
}

// extract computes every token's features once and keeps those seen in
// at least minCount tokens, one of them in a sentence that is not Foreign.
func (tr *trainer) extract(examples []Example, minCount int) {
	count := map[uint32]int{}
	own := map[uint32]bool{} // seen in a sentence that is not Foreign
	var s sentence
	tr.feats = make([][][]uint32, len(examples))
	tr.lex = make([][][nLex]uint32, len(examples))
	for e, ex := range examples {
		s.reset(ex.Tokens)
		tr.feats[e] = make([][]uint32, len(ex.Tokens))
		tr.lex[e] = make([][nLex]uint32, len(ex.Tokens))
		for i := range ex.Tokens {
			f := s.features(nil, i)
			tr.feats[e][i] = f
			tr.lex[e][i] = s.lexical(i)
			for _, k := range f {
				count[k]++
				if !ex.Foreign {
					own[k] = true
				}
			}
		}
	}
	for _, fs := range tr.feats {
		for i, f := range fs {
			kept := f[:0]
			for _, k := range f {
				if count[k] >= minCount && own[k] {
					kept = append(kept, k)
					if _, ok := tr.rows[k]; !ok {
						tr.rows[k] = len(tr.rows)
					}
				}
			}
			fs[i] = kept
		}
	}
	n := len(tr.rows) * tr.ncol
	tr.w, tr.u = make([]float64, n), make([]float64, n)
}

// step decodes one example with the current weights and, where the path
// differs from the gold span tags, moves the weights toward the gold; then,
// for each gold span whose summed category scores pick the wrong
// category, it moves its tokens' category weights toward the right one.
// visit names the step (its epoch and example) for drop, and lex holds
// each token's word features (sentence.lexical). Where a gold
// tag is Unknown, no weight moves for that token, and the transition
// into the next token starts from the predicted tag. weight scales
// every update (0 counts as 1).
func (tr *trainer) step(feats [][]uint32, lex [][nLex]uint32, gold []int, weight float64, visit uint64) {
	nc, n := tr.ncol-nbio, len(gold)
	if n == 0 {
		return
	}
	if weight <= 0 {
		weight = 1
	}
	feats = tr.drop(feats, lex, visit)
	tr.em = slices.Grow(tr.em[:0], n*nbio)[:n*nbio]
	tr.cat = slices.Grow(tr.cat[:0], n*nc)[:n*nc]
	clear(tr.em)
	clear(tr.cat)
	for i, f := range feats {
		for _, k := range f {
			r := tr.rows[k] * tr.ncol
			for t := range nbio {
				tr.em[i*nbio+t] += tr.w[r+t]
			}
			for c := range nc {
				tr.cat[i*nc+c] += tr.w[r+nbio+c]
			}
		}
	}
	// The gold span tags: O, B or I whatever the category.
	tr.bio = slices.Grow(tr.bio[:0], n)[:n]
	for i, t := range gold {
		tr.bio[i] = Unknown
		if t != Unknown {
			tr.bio[i] = min(t, 2-t%2)
		}
	}
	bio := tr.bio
	tr.pathBuf = slices.Grow(tr.pathBuf[:0], n)[:n]
	pred := tr.pathBuf
	greedy(tr.em, tr.tw, nbio, pred)
	for _, sp := range spans(gold) {
		got := bestCategory(tr.cat, nc, sp.Start, sp.End)
		if got == sp.Cat {
			continue
		}
		for i := sp.Start; i < sp.End; i++ {
			for _, k := range feats[i] {
				r := tr.rows[k] * tr.ncol
				tr.update(tr.w, tr.u, r+nbio+sp.Cat, weight)
				tr.update(tr.w, tr.u, r+nbio+got, -weight)
			}
		}
	}
	if slices.Equal(pred, bio) {
		return
	}
	for i, f := range feats {
		if pred[i] == bio[i] || bio[i] == Unknown {
			continue
		}
		for _, k := range f {
			r := tr.rows[k] * tr.ncol
			tr.update(tr.w, tr.u, r+bio[i], weight)
			tr.update(tr.w, tr.u, r+pred[i], -weight)
		}
	}
	for i := range n {
		if bio[i] == Unknown {
			continue
		}
		pg, pp := 0, 0
		if i > 0 {
			pg, pp = bio[i-1]+1, pred[i-1]+1
			if bio[i-1] == Unknown {
				pg = pp
			}
		}
		if pg != pp || bio[i] != pred[i] {
			tr.update(tr.tw, tr.tu, pg*nbio+bio[i], weight)
			tr.update(tr.tw, tr.tu, pp*nbio+pred[i], -weight)
		}
	}
}

// drop returns feats less a share tr.dropout of each token's features,
// or feats itself without dropout. Whether a feature is left out depends
// only on the seed, the step (visit: its epoch and example), the token's
// place and the feature itself, not on a random stream that every
// feature before it advanced: a rule or word class that adds or removes a
// few features on some tokens (a pack's change) leaves the draws of every
// other feature as they were, so retraining moves the model only where
// its inputs moved.
//
// A share Config.WordDropout of the tokens (drawn the same way) also
// lose their word features, lex[i].
func (tr *trainer) drop(feats [][]uint32, lex [][nLex]uint32, visit uint64) [][]uint32 {
	if tr.dropCut == 0 && tr.wordCut == 0 {
		return feats
	}
	for len(tr.kept) < len(feats) {
		tr.kept = append(tr.kept, nil)
	}
	base := splitmix(tr.dropSeed ^ visit)
	for i, f := range feats {
		k := tr.kept[i][:0]
		at := splitmix(base + uint64(i))
		unseen := splitmix(at^wordSalt) < tr.wordCut
		for _, x := range f {
			if splitmix(at^uint64(x)) >= tr.dropCut && !(unseen && slices.Contains(lex[i][:], x)) {
				k = append(k, x)
			}
		}
		tr.kept[i] = k
	}
	return tr.kept[:len(feats)]
}

// wordSalt draws, per token and step, whether its word features are out
// (Config.WordDropout), apart from every feature's own draw.
const wordSalt = 0x7e57ab1e

// splitmix is the SplitMix64 finalizer: a well-mixed 64-bit hash of x.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

func (tr *trainer) update(w, u []float64, i int, d float64) {
	w[i] += d
	u[i] += tr.c * d
}

// unitBits sets the resolution of the integer weights: the largest
// weight becomes 127 << unitBits units.
const unitBits = 10

// model takes the averaged weights w and tw, turns them into integer units (the largest
// weight is 127 << unitBits), stores each feature's row as int8 values and
// the smallest shift that fits them, and drops the rows that round to
// nothing.
func (tr *trainer) model(cfg Config, w, tw []float64) (*Model, error) {
	top := 0.0
	for _, x := range slices.Concat(w, tw) {
		top = max(top, math.Abs(x))
	}
	unit := 1.0
	if top > 0 {
		unit = float64(127<<unitBits) / top
	}
	keys := make([]uint32, 0, len(tr.rows))
	for k := range tr.rows {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	nt := tr.ncol
	var strong []bool
	if cfg.MaxFeatures > 0 && len(keys) > cfg.MaxFeatures {
		strong = tr.strongest(keys, w, cfg.MaxFeatures)
	}
	var kept []uint32
	var qw []int8
	var shifts []uint8
	row := make([]int8, nt)
	for i, k := range keys {
		r := tr.rows[k] * nt
		big := 0.0
		for t := range nt {
			big = max(big, math.Abs(w[r+t]*unit))
		}
		sh := uint8(0)
		for big/float64(int(1)<<sh) > 127 && sh < maxShift {
			sh++
		}
		if big < cfg.Prune*float64(127<<unitBits) || strong != nil && !strong[i] {
			continue
		}
		zero := true
		for t := range nt {
			row[t] = int8(max(-127, min(127, math.Round(w[r+t]*unit/float64(int(1)<<sh)))))
			zero = zero && row[t] == 0
		}
		if !zero {
			kept = append(kept, k)
			qw = append(qw, row...)
			shifts = append(shifts, sh)
		}
	}
	qt := make([]int32, len(tw))
	for i, x := range tw {
		qt[i] = int32(math.Round(x * unit))
	}
	obias := int32(math.Round(cfg.OBias * 127 * (1 << unitBits)))
	return newModel(slices.Clone(cfg.Categories), obias, kept, qw, shifts, qt)
}

// strongest returns, for each of keys, whether it is among the n whose
// largest weight is largest (the earlier key first on a tie).
func (tr *trainer) strongest(keys []uint32, w []float64, n int) []bool {
	bigs := make([]float64, len(keys))
	order := make([]int, len(keys))
	for i, k := range keys {
		r := tr.rows[k] * tr.ncol
		for t := range tr.ncol {
			bigs[i] = max(bigs[i], math.Abs(w[r+t]))
		}
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(bigs[b], bigs[a]) })
	keep := make([]bool, len(keys))
	for _, i := range order[:min(n, len(order))] {
		keep[i] = true
	}
	return keep
}
