package postclass

import (
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

// Train fits an averaged perceptron to the examples over the classes
// given (an example of another class is skipped). The same examples and
// options give the same model, byte for byte: the order of each pass
// comes from a seeded generator and every sum is in integers until the
// final average.
func Train(examples []Example, classes []string, o Options) *Model {
	type item struct {
		ids   []uint32
		class int
	}
	var items []item
	for _, ex := range examples {
		if c := slices.Index(classes, ex.Class); c >= 0 {
			items = append(items, item{Features(ex.Post, o.Bits), c})
		}
	}
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
	return quantize(o.Bits, classes, avg)
}
