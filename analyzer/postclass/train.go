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
}

// DefaultLogistic are the settings the shipped intent model is trained
// with, chosen by 5-fold cross-validation on the training corpus (L2
// 0.0001-0.01, 100-600 passes): 0.0002 since word pairs are no longer
// features (h-intent5), 0.0003 once the question and concept-pair
// features came, 0.001 before.
var DefaultLogistic = LogisticOptions{Bits: 16, L2: 0.0002, Iters: 300, Keep: 4}

// TrainLogistic fits a multinomial logistic regression with an L2
// penalty to the examples by full-batch gradient descent with AdaGrad
// steps, and quantizes it to int8 weights. Deterministic: it visits examples
// and features in order, sums in a fixed order, and never iterates over
// a map.
func TrainLogistic(examples []Example, classes []string, o LogisticOptions) *Model {
	l2, iters := o.L2, o.Iters
	items := featurize(examples, classes, o.Bits)
	n := len(classes)
	size := 1 << o.Bits
	w := make([]float64, size*n)
	grad := make([]float64, size*n)
	hist := make([]float64, size*n)
	used := make([]bool, size)
	for _, it := range items {
		for _, id := range it.ids {
			used[id] = true
		}
	}
	p := make([]float64, n)
	const rate = 0.5
	for range iters {
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
				g := grad[k]/float64(len(items)) + l2*w[k]
				hist[k] += g * g
				if hist[k] > 0 {
					w[k] -= rate * g / math.Sqrt(hist[k])
				}
			}
		}
	}
	avg := map[uint32][]float64{}
	for id := range size {
		if used[id] {
			avg[uint32(id)] = w[id*n : id*n+n]
		}
	}
	return quantize(o.Bits, classes, avg, o.Keep)
}
