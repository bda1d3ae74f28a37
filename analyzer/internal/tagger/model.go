package tagger

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"slices"
)

// magic opens every weights file; its last byte is the format version.
const magic = "DSCTAG\x00\x03"

// Limits a weights file must respect, so a corrupt file is rejected
// before it can ask for much memory.
const (
	maxCategories = 16
	maxFeatures   = 1 << 22
)

// Model is a trained tagger. It finds spans with three tags (O, B, I:
// whether a token is in a detail of the story at all, whatever its
// category), so that every category's examples teach it where details
// are; a span's category is then the one whose scores, summed over the
// span's tokens, are highest. Each feature key has one row of weights: a
// score for each tag, then one for each category. A row is int8 values
// and a shift: weight = value << shift, so a rare strong feature and a
// common weak one both keep two significant digits in a byte each. The
// tag-to-tag transition weights complete it. Scores are sums of
// integers, so every platform decodes alike. A Model is immutable and
// safe for concurrent use.
type Model struct {
	cats  []string
	ncol  int // nbio + len(cats): the length of a row
	obias int32
	keys  []uint32 // sorted
	w     []int8   // len(keys) × ncol
	shift []uint8  // by row
	trans []int32  // (nbio+1) × nbio; row 0 is the start of a sentence
	// trans64 is trans widened once, for decoding: path scores are int64.
	trans64 []int64
	// table is an open-addressing hash of the keys: a slot holds
	// key<<32 | the row's span-tag weights (3 bytes) | its shift, so
	// that decoding, which reads only those, finds them in the one
	// cache line it probes; rows[slot] is the slot's row, for the
	// categories' columns. A zero slot is empty (keys are non-zero).
	table []uint64
	rows  []int32
	// fixed holds nFixed whole rows (ncol weights each, shifts applied):
	// of the position feature's values, then of the zone feature's, so
	// that decoding adds each of them without a lookup (fixedRow).
	fixed []int64
}

// nbio is the number of span tags: O, B and I.
const nbio = 3

// maxShift bounds a row's shift, so that no sum of a sentence's weights
// can overflow an int32.
const maxShift = 16

// Categories lists the categories the model tags, in tag order.
func (m *Model) Categories() []string { return slices.Clone(m.cats) }

// Features is the number of feature keys the model keeps.
func (m *Model) Features() int { return len(m.keys) }

// newModel checks the parts and builds the lookup table.
func newModel(cats []string, obias int32, keys []uint32, w []int8, shift []uint8, trans []int32) (*Model, error) {
	nc := nbio + len(cats)
	switch {
	case len(cats) == 0 || len(cats) > maxCategories:
		return nil, fmt.Errorf("tagger: %d categories; want 1 to %d", len(cats), maxCategories)
	case len(keys) > maxFeatures:
		return nil, fmt.Errorf("tagger: %d features; the limit is %d", len(keys), maxFeatures)
	case len(w) != len(keys)*nc || len(shift) != len(keys):
		return nil, fmt.Errorf("tagger: %d weights and %d shifts for %d features of %d columns", len(w), len(shift), len(keys), nc)
	case len(trans) != (nbio+1)*nbio:
		return nil, fmt.Errorf("tagger: %d transition weights; want %d", len(trans), (nbio+1)*nbio)
	}
	for i, k := range keys {
		if k == 0 || i > 0 && keys[i-1] >= k {
			return nil, fmt.Errorf("tagger: feature keys not strictly ascending and non-zero at %d", i)
		}
	}
	for i, sh := range shift {
		if sh > maxShift {
			return nil, fmt.Errorf("tagger: feature %d has shift %d; the limit is %d", i, sh, maxShift)
		}
	}
	for i, x := range trans {
		if x < -1<<24 || x > 1<<24 {
			return nil, fmt.Errorf("tagger: transition weight %d out of range", i)
		}
	}
	if obias < -1<<24 || obias > 1<<24 {
		return nil, fmt.Errorf("tagger: O bias out of range")
	}
	for i, c := range cats {
		if c == "" || slices.Contains(cats[:i], c) {
			return nil, fmt.Errorf("tagger: category %d is empty or repeated", i)
		}
	}
	m := &Model{cats: cats, ncol: nc, obias: obias, keys: keys, w: w, shift: shift, trans: trans}
	m.trans64 = make([]int64, len(trans))
	for i, x := range trans {
		m.trans64[i] = int64(x)
	}
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	m.table = make([]uint64, size)
	m.rows = make([]int32, size)
	for row, k := range keys {
		w := w[row*nc:]
		for j := int(k) & (size - 1); ; j = (j + 1) & (size - 1) {
			if m.table[j] == 0 {
				m.table[j] = uint64(k)<<32 | uint64(uint8(w[0]))<<24 | uint64(uint8(w[1]))<<16 | uint64(uint8(w[2]))<<8 | uint64(shift[row])
				m.rows[j] = int32(row)
				break
			}
		}
	}
	m.fixed = make([]int64, nFixed*nc)
	for p := range uint64(nPositions) {
		m.addRows(m.fixed[p*uint64(nc):(p+1)*uint64(nc)], []uint32{mix(tPos, p)}, 0)
	}
	for z := range uint64(256) {
		k := (nPositions + z) * uint64(nc)
		m.addRows(m.fixed[k:k+uint64(nc)], []uint32{mix(tZone, z)}, 0)
	}
	return m, nil
}

// addFixed adds to out the weights, from column col on, of the
// position feature of token i of n and of the zone feature of zone z
// (tPos and tZone, whose rows the model keeps whole).
func (m *Model) addFixed(out []int64, col, i, n int, z uint8) {
	p := m.fixed[int(position(i, n))*m.ncol+col:]
	q := m.fixed[(nPositions+int(z))*m.ncol+col:]
	p, q = p[:len(out)], q[:len(out)]
	for t := range out {
		out[t] += p[t] + q[t]
	}
}

// slot returns the table slot of feature key k, or -1.
func (m *Model) slot(k uint32) int {
	mask := len(m.table) - 1
	for j := int(k) & mask; ; j = (j + 1) & mask {
		e := m.table[j]
		if e == 0 {
			return -1
		}
		if uint32(e>>32) == k {
			return j
		}
	}
}

// row returns the weights and shift of feature key k, or nil.
func (m *Model) row(k uint32) ([]int8, uint8) {
	j := m.slot(k)
	if j < 0 {
		return nil, 0
	}
	r := int(m.rows[j])
	return m.w[r*m.ncol : (r+1)*m.ncol], m.shift[r]
}

// MarshalBinary encodes the model: magic, categories, feature count, O
// bias, keys, weights, shifts, transitions, then a CRC-32 of all that
// precedes (integers little-endian).
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
	b = append(b, m.shift...)
	for _, x := range m.trans {
		b = binary.LittleEndian.AppendUint32(b, uint32(x))
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
	ncol := nbio + len(cats)
	if nf > maxFeatures || len(r) != nf*4+nf*ncol+nf+(nbio+1)*nbio*4 {
		return nil, bad("%d bytes left for %d features of %d columns", len(r), nf, ncol)
	}
	keys := make([]uint32, nf)
	for i := range keys {
		keys[i] = binary.LittleEndian.Uint32(take(4))
	}
	w := make([]int8, nf*ncol)
	for i, x := range take(nf * ncol) {
		w[i] = int8(x)
	}
	shift := slices.Clone(take(nf))
	trans := make([]int32, (nbio+1)*nbio)
	for i := range trans {
		trans[i] = int32(binary.LittleEndian.Uint32(take(4)))
	}
	m, err := newModel(cats, obias, keys, w, shift, trans)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	return m, nil
}
