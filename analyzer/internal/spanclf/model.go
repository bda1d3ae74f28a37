package spanclf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

// magic opens every span model; its last byte is the format version.
const magic = "DSCSPC\x00\x01"

// maxClasses and maxFeatures bound what a file may ask for.
const (
	maxClasses  = 17
	maxFeatures = 1 << 20
)

// Model scores a proposal's features for each class: 0 is "no detail",
// 1.. the categories, in the order the caller trained them. Each feature
// key has a row of int8 weights; scores are sums of integers, so every
// platform decides alike. A Model is immutable and safe for concurrent
// use.
type Model struct {
	ncls  int
	keys  []uint32 // sorted
	w     []int8   // len(keys) × ncls
	index map[uint32]int32
}

// Classes is the number of classes, "no detail" included.
func (m *Model) Classes() int { return m.ncls }

// Features is the number of feature keys the model keeps.
func (m *Model) Features() int { return len(m.keys) }

// Score adds, into scores (one per class, zeroed first), the weights of
// feats, and returns the best class and its lead: over class 0 if it is
// a category, over the best category if it is class 0.
func (m *Model) Score(feats []uint32, scores []int32) (best int, lead int32) {
	clear(scores)
	for _, f := range feats {
		r, ok := m.index[f]
		if !ok {
			continue
		}
		row := m.w[int(r)*m.ncls : int(r+1)*m.ncls]
		for c, x := range row {
			scores[c] += int32(x)
		}
	}
	for c := 1; c < m.ncls; c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	if best > 0 {
		return best, scores[best] - scores[0]
	}
	return 0, scores[0] - slices.Max(scores[1:])
}

// Example is one proposal of the training posts: its features and its
// class (0: it overlaps no gold detail).
type Example struct {
	Feats []uint32
	Class int
}

// Config holds Train's hyper-parameters.
type Config struct {
	Classes, Epochs, MinCount int
	Seed                      uint64
}

// Train fits an averaged perceptron to examples, visiting them in an
// order drawn from cfg.Seed at each epoch, and keeps the features seen at
// least cfg.MinCount times. The same examples and config give the same
// model.
func Train(examples []Example, cfg Config) (*Model, error) {
	if cfg.Classes < 2 || cfg.Classes > maxClasses {
		return nil, fmt.Errorf("spanclf: %d classes; want 2 to %d", cfg.Classes, maxClasses)
	}
	count := map[uint32]int{}
	for _, e := range examples {
		for _, f := range e.Feats {
			count[f]++
		}
	}
	var keys []uint32
	for k, n := range count {
		if n >= cfg.MinCount && k != 0 {
			keys = append(keys, k)
		}
	}
	sort.Sort(keys32(keys)) // not slices.Sort, whose copy for uint32 was ~12 KB of the .wasm
	if len(keys) > maxFeatures {
		return nil, fmt.Errorf("spanclf: %d features; the limit is %d", len(keys), maxFeatures)
	}
	row := make(map[uint32]int, len(keys))
	for i, k := range keys {
		row[k] = i
	}
	nc := cfg.Classes
	w := make([]float64, len(keys)*nc)
	u := make([]float64, len(keys)*nc) // for the average: Daumé's trick
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x5eed))
	scores := make([]float64, nc)
	t := 1.0
	for range cfg.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, n := range order {
			e := examples[n]
			clear(scores)
			for _, f := range e.Feats {
				if r, ok := row[f]; ok {
					for c := range nc {
						scores[c] += w[r*nc+c]
					}
				}
			}
			best := 0
			for c := 1; c < nc; c++ {
				if scores[c] > scores[best] {
					best = c
				}
			}
			if best != e.Class {
				for _, f := range e.Feats {
					if r, ok := row[f]; ok {
						w[r*nc+e.Class]++
						u[r*nc+e.Class] += t
						w[r*nc+best]--
						u[r*nc+best] -= t
					}
				}
			}
			t++
		}
	}
	avg := make([]float64, len(w))
	big := 0.0
	for i := range w {
		avg[i] = w[i] - u[i]/t
		big = max(big, math.Abs(avg[i]))
	}
	q := make([]int8, len(avg))
	if big > 0 {
		for i, x := range avg {
			q[i] = int8(math.Round(x / big * 127))
		}
	}
	return newModel(nc, keys, q)
}

func newModel(nc int, keys []uint32, w []int8) (*Model, error) {
	if nc < 2 || nc > maxClasses || len(keys) > maxFeatures || len(w) != len(keys)*nc {
		return nil, fmt.Errorf("%w: %d classes, %d keys, %d weights", ErrFormat, nc, len(keys), len(w))
	}
	if !sort.SliceIsSorted(keys, func(i, j int) bool { return keys[i] < keys[j] }) {
		return nil, fmt.Errorf("%w: keys not sorted", ErrFormat)
	}
	m := &Model{ncls: nc, keys: keys, w: w, index: make(map[uint32]int32, len(keys))}
	for i, k := range keys {
		m.index[k] = int32(i)
	}
	return m, nil
}

// MarshalBinary writes the model: magic, the number of classes (a byte),
// of keys (uint32), the keys, the weights row by row, and a CRC-32 of
// what precedes (integers little-endian).
func (m *Model) MarshalBinary() ([]byte, error) {
	b := []byte(magic)
	b = append(b, byte(m.ncls))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m.keys)))
	for _, k := range m.keys {
		b = binary.LittleEndian.AppendUint32(b, k)
	}
	for _, x := range m.w {
		b = append(b, byte(x))
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b)), nil
}

// ErrFormat is wrapped by every error of Load about the file's bytes.
var ErrFormat = errors.New("spanclf: malformed span model")

// Load decodes a model written by MarshalBinary, checking its magic,
// sizes and checksum.
func Load(data []byte) (*Model, error) {
	if len(data) < len(magic)+9 || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: no magic number or version %q", ErrFormat, data[:min(len(data), len(magic))])
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrFormat)
	}
	r := body[len(magic):]
	nc := int(r[0])
	n := int(binary.LittleEndian.Uint32(r[1:5]))
	r = r[5:]
	if nc < 2 || nc > maxClasses || n > maxFeatures || len(r) != n*4+n*nc {
		return nil, fmt.Errorf("%w: %d classes and %d keys in %d bytes", ErrFormat, nc, n, len(r))
	}
	keys := make([]uint32, n)
	for i := range keys {
		keys[i] = binary.LittleEndian.Uint32(r[4*i:])
	}
	w := make([]int8, n*nc)
	for i, x := range r[4*n:] {
		w[i] = int8(x)
	}
	return newModel(nc, keys, w)
}

// keys32 sorts uint32s in increasing order.
type keys32 []uint32

func (s keys32) Len() int           { return len(s) }
func (s keys32) Less(i, j int) bool { return s[i] < s[j] }
func (s keys32) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
