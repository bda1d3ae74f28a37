package postclass

import (
	"math"
	"slices"
)

// Example is one labelled post for training.
type Example struct {
	Post  Post
	Class string
}

// item is a training example as features and the index of its class.
type item struct {
	ids   []uint32
	class int
}

// featurize returns the features and class of each example of one of
// classes (the others are skipped).
func featurize(examples []Example, classes []string, bits uint) []item {
	var items []item
	for _, ex := range examples {
		if c := slices.Index(classes, ex.Class); c >= 0 {
			items = append(items, item{Features(ex.Post, bits), c})
		}
	}
	return items
}

// LogisticOptions are the hyper-parameters of TrainLogistic.
type LogisticOptions struct {
	Bits  uint    // feature space of 2^Bits buckets
	L2    float64 // the penalty on the squared weights
	Iters int     // full passes of gradient descent
	// Keep drops the buckets whose largest quantized weight is below it:
	// most of the model's size, little of its decisions.
	Keep int8
	// NB, when above 0, adds that multiple of each feature's naive-Bayes
	// log-likelihood per class to the fitted weights (addNB).
	NB float64
}

// DefaultLogistic are the settings the shipped intent model is trained
// with, chosen by 5-fold cross-validation on the training corpus (L2
// 0.0001-0.01, 100-600 passes): 0.0002 since word pairs are no longer
// features (h-intent5), 0.0003 once the question and concept-pair
// features came, 0.001 before.
// The naive-Bayes term (NB 0.1, h-intent16) took 5-fold CV over 5
// splits from 0.855 to 0.866 (fr 0.797 -> 0.840).
var DefaultLogistic = LogisticOptions{Bits: 16, L2: 0.0002, Iters: 300, Keep: 4, NB: 0.1}

// TrainLogistic fits a multinomial logistic regression with an L2
// penalty to the examples by full-batch gradient descent with AdaGrad
// steps, and quantizes it to int8 weights. Deterministic: it visits examples
// and features in order, sums in a fixed order, and never iterates over
// a map.
func TrainLogistic(examples []Example, classes []string, o LogisticOptions) *Model {
	items := featurize(examples, classes, o.Bits)
	n := len(classes)
	size := 1 << o.Bits
	used := make([]bool, size)
	for _, it := range items {
		for _, id := range it.ids {
			used[id] = true
		}
	}
	w := fitLogistic(items, n, size, used, o)
	if o.NB > 0 {
		addNB(w, items, n, size, used, o.NB)
	}
	avg := map[uint32][]float64{}
	for id := range size {
		if used[id] {
			avg[uint32(id)] = w[id*n : id*n+n]
		}
	}
	return quantize(o.Bits, classes, avg, o.Keep)
}

// fitLogistic fits the weights (n a bucket, for the buckets used) by
// full-batch gradient descent with AdaGrad steps.
func fitLogistic(items []item, n, size int, used []bool, o LogisticOptions) []float64 {
	w := make([]float64, size*n)
	grad := make([]float64, size*n)
	hist := make([]float64, size*n)
	p := make([]float64, n)
	const rate = 0.5
	for range o.Iters {
		clear(grad)
		for _, it := range items {
			top := math.Inf(-1)
			for c := range n {
				s := 0.0
				for _, id := range it.ids {
					s += w[int(id)*n+c]
				}
				p[c] = s
				top = math.Max(top, s)
			}
			sum := 0.0
			for c := range n {
				p[c] = math.Exp(p[c] - top)
				sum += p[c]
			}
			for c := range n {
				g := p[c] / sum
				if c == it.class {
					g--
				}
				for _, id := range it.ids {
					grad[int(id)*n+c] += g
				}
			}
		}
		for id := range size {
			if !used[id] {
				continue
			}
			for c := range n {
				k := id*n + c
				g := grad[k]/float64(len(items)) + o.L2*w[k]
				hist[k] += g * g
				if hist[k] > 0 {
					w[k] -= rate * g / math.Sqrt(hist[k])
				}
			}
		}
	}
	return w
}

// addNB adds alpha times each used feature's naive-Bayes log-likelihood
// per class, centred over the classes, to w: how much more often the
// posts of a class hold the feature than those of the others. On a few
// hundred posts this counts what a feature says even where the
// regression, penalized, leaves it little weight (a rare French word
// that every post holding it shares with one intent), and the two
// together cross-validated better than either (rules/README.md,
// h-intent16).
//
// The likelihood of the feature in class c is smoothed towards its
// share in all posts, pf, with as many pseudo-posts as c has posts:
// (count + docs·pf) / (2·docs). A feature no post of c holds then
// gets pf/2 whatever c's size, so that a rare word is no evidence for
// the small classes (add-one smoothing, 1 / (docs + 2), made every rare
// word a vote for them, and French and Spanish posts, whose words are
// rare, lost: CV fr 0.797 -> 0.731 at alpha 0.1).
func addNB(w []float64, items []item, n, size int, used []bool, alpha float64) {
	count := make([]float64, size*n)
	docs := make([]float64, n)
	for _, it := range items {
		docs[it.class]++
		for _, id := range it.ids {
			count[int(id)*n+it.class]++
		}
	}
	l := make([]float64, n)
	for id := range size {
		if !used[id] {
			continue
		}
		seen := 0.0
		for c := range n {
			seen += count[id*n+c]
		}
		pf := (seen + 1) / (float64(len(items)) + 2)
		mean := 0.0
		for c := range n {
			l[c] = math.Log(pf / 2) // no posts of c: no evidence
			if docs[c] > 0 {
				l[c] = math.Log((count[id*n+c] + docs[c]*pf) / (2 * docs[c]))
			}
			mean += l[c]
		}
		mean /= float64(n)
		for c := range n {
			w[id*n+c] += alpha * (l[c] - mean)
		}
	}
}
