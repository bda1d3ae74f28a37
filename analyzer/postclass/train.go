package postclass

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Example is one labelled post for training.
type Example struct {
	Post  Post
	Class string
}

// Options are the hyper-parameters of Train.
type Options struct {
	Bits   uint   // feature space of 2^Bits buckets
	Epochs int    // passes over the examples
	Seed   uint64 // the order of the examples in each pass
}

// DefaultOptions are the settings the shipped models are trained with.
var DefaultOptions = Options{Bits: 16, Epochs: 12, Seed: 15}

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

// Train fits an averaged perceptron to the examples over the classes
// given (an example of another class is skipped). The same examples and
// options give the same model, byte for byte: the order of each pass
// comes from a seeded generator and every sum is in integers until the
// final average.
func Train(examples []Example, classes []string, o Options) *Model {
	items := featurize(examples, classes, o.Bits)
	n := len(classes)
	w := map[uint32][]int64{}   // current weights
	acc := map[uint32][]int64{} // sum of step × update, for the average
	row := func(m map[uint32][]int64, id uint32) []int64 {
		r := m[id]
		if r == nil {
			r = make([]int64, n)
			m[id] = r
		}
		return r
	}
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15))
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	step := int64(1)
	scores := make([]int64, n)
	for range o.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			it := items[k]
			clear(scores)
			for _, id := range it.ids {
				for c, v := range w[id] {
					scores[c] += v
				}
			}
			guess := 0
			for c := range scores {
				if scores[c] > scores[guess] {
					guess = c
				}
			}
			if guess != it.class {
				for _, id := range it.ids {
					row(w, id)[it.class]++
					row(w, id)[guess]--
					row(acc, id)[it.class] += step
					row(acc, id)[guess] -= step
				}
			}
			step++
		}
	}
	avg := make(map[uint32][]float64, len(w))
	for id, r := range w {
		a := make([]float64, n)
		for c := range r {
			a[c] = float64(r[c]) - float64(acc[id][c])/float64(step)
		}
		avg[id] = a
	}
	return quantize(o.Bits, classes, avg, 1)
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
// 0.0005-0.002, 100-600 passes).
var DefaultLogistic = LogisticOptions{Bits: 16, L2: 0.001, Iters: 300, Keep: 4}

// TrainLogistic fits a multinomial logistic regression with an L2
// penalty to the examples by full-batch gradient descent with AdaGrad
// steps, and quantizes it like Train. Deterministic: it visits examples
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
