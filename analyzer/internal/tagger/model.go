package tagger

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"slices"
)

// magic opens every weights file; its last byte is the format version.
const magic = "DSCTAG\x00\x01"

// Limits a weights file must respect, so a corrupt file is rejected
// before it can ask for much memory.
const (
	maxCategories = 16
	maxFeatures   = 1 << 22
)

// Model is a trained tagger: the categories it tags, one row of int8
// weights per feature key (a score for each tag) and the tag-to-tag
// transition weights. Tag 0 is O; category c has B at 1+2c and I at 2+2c.
// Scores are sums of integers, so every platform decodes alike. A Model is
// immutable and safe for concurrent use.
type Model struct {
	cats  []string
	ntags int
	obias int32
	keys  []uint32 // sorted
	w     []int8   // len(keys) × ntags
	trans []int8   // (ntags+1) × ntags; row 0 is the start of a sentence
	table []uint64 // open addressing: key<<32 | row+1
}

// Categories lists the categories the model tags, in tag order.
func (m *Model) Categories() []string { return slices.Clone(m.cats) }

// Features is the number of feature keys the model keeps.
func (m *Model) Features() int { return len(m.keys) }

// newModel checks the parts and builds the lookup table.
func newModel(cats []string, obias int32, keys []uint32, w, trans []int8) (*Model, error) {
	nt := 1 + 2*len(cats)
	switch {
	case len(cats) == 0 || len(cats) > maxCategories:
		return nil, fmt.Errorf("tagger: %d categories; want 1 to %d", len(cats), maxCategories)
	case len(keys) > maxFeatures:
		return nil, fmt.Errorf("tagger: %d features; the limit is %d", len(keys), maxFeatures)
	case len(w) != len(keys)*nt:
		return nil, fmt.Errorf("tagger: %d weights for %d features of %d tags", len(w), len(keys), nt)
	case len(trans) != (nt+1)*nt:
		return nil, fmt.Errorf("tagger: %d transition weights; want %d", len(trans), (nt+1)*nt)
	}
	for i, k := range keys {
		if k == 0 || i > 0 && keys[i-1] >= k {
			return nil, fmt.Errorf("tagger: feature keys not strictly ascending and non-zero at %d", i)
		}
	}
	for i, c := range cats {
		if c == "" || slices.Contains(cats[:i], c) {
			return nil, fmt.Errorf("tagger: category %d is empty or repeated", i)
		}
	}
	m := &Model{cats: cats, ntags: nt, obias: obias, keys: keys, w: w, trans: trans}
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	m.table = make([]uint64, size)
	for row, k := range keys {
		for j := int(k) & (size - 1); ; j = (j + 1) & (size - 1) {
			if m.table[j] == 0 {
				m.table[j] = uint64(k)<<32 | uint64(row+1)
				break
			}
		}
	}
	return m, nil
}

// row returns the weights of feature key k, or nil.
func (m *Model) row(k uint32) []int8 {
	mask := len(m.table) - 1
	for j := int(k) & mask; ; j = (j + 1) & mask {
		e := m.table[j]
		if e == 0 {
			return nil
		}
		if uint32(e>>32) == k {
			r := int(uint32(e)) - 1
			return m.w[r*m.ntags : (r+1)*m.ntags]
		}
	}
}

// MarshalBinary encodes the model: magic, categories, feature count, O
// bias, keys, weights, transitions, then a CRC-32 of all that precedes.
func (m *Model) MarshalBinary() ([]byte, error) {
	b := []byte(magic)
	b = append(b, byte(len(m.cats)))
	for _, c := range m.cats {
		b = append(b, byte(len(c)))
		b = append(b, c...)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m.keys)))
	b = binary.LittleEndian.AppendUint32(b, uint32(m.obias))
	for _, k := range m.keys {
		b = binary.LittleEndian.AppendUint32(b, k)
	}
	for _, x := range m.w {
		b = append(b, byte(x))
	}
	for _, x := range m.trans {
		b = append(b, byte(x))
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b)), nil
}

// ErrFormat is wrapped by every error of Load about the file's bytes.
var ErrFormat = errors.New("tagger: malformed weights file")

// Load decodes a model written by MarshalBinary, checking its magic,
// version, sizes and checksum.
func Load(data []byte) (*Model, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrFormat}, args...)...)
	}
	if len(data) < len(magic)+4 || string(data[:len(magic)-1]) != magic[:len(magic)-1] {
		return nil, bad("no magic number")
	}
	if data[len(magic)-1] != magic[len(magic)-1] {
		return nil, bad("format version %d; this build reads %d", data[len(magic)-1], magic[len(magic)-1])
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, bad("checksum mismatch (truncated or altered)")
	}
	r := body[len(magic):]
	take := func(n int) []byte {
		if n < 0 || n > len(r) {
			return nil
		}
		out := r[:n]
		r = r[n:]
		return out
	}
	nc := take(1)
	if nc == nil {
		return nil, bad("truncated categories")
	}
	cats := make([]string, 0, int(nc[0]))
	for range int(nc[0]) {
		l := take(1)
		if l == nil {
			return nil, bad("truncated categories")
		}
		s := take(int(l[0]))
		if s == nil {
			return nil, bad("truncated categories")
		}
		cats = append(cats, string(s))
	}
	head := take(8)
	if head == nil {
		return nil, bad("truncated header")
	}
	nf := int(binary.LittleEndian.Uint32(head))
	obias := int32(binary.LittleEndian.Uint32(head[4:]))
	nt := 1 + 2*len(cats)
	if nf > maxFeatures || len(r) != nf*4+nf*nt+(nt+1)*nt {
		return nil, bad("%d bytes left for %d features of %d tags", len(r), nf, nt)
	}
	keys := make([]uint32, nf)
	for i := range keys {
		keys[i] = binary.LittleEndian.Uint32(take(4))
	}
	w := make([]int8, nf*nt)
	for i, x := range take(nf * nt) {
		w[i] = int8(x)
	}
	trans := make([]int8, (nt+1)*nt)
	for i, x := range take((nt + 1) * nt) {
		trans[i] = int8(x)
	}
	m, err := newModel(cats, obias, keys, w, trans)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	return m, nil
}
