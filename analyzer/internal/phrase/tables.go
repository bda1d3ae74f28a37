package phrase

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/discreet-app/discreet/rules"
)

// Tables are the part of a compiled pack that costs the most to build and
// the least to store: the phrase index of its terms and word lists (tens of
// thousands of entries, each hashed as it is added). Building it natively
// at build time and loading it in WebAssembly saves that hashing on every
// cold start, where it runs in V8's baseline tier, many times slower than
// native Go (BENCHMARKS.md). Tables makes them; Load reads them back.
//
// The encoding, little-endian:
//
//	magic "DSCTBL2\n"
//	lang, version       a byte of length, then the bytes
//	size                u32: the terms and list entries the index was built from
//	maxWords            u32
//	entries             a table (below)
//	shared              u32 count, then for each: u32 count, then i32 rules
//	first               a table
//
// A table is its size as a power of two (a byte), a u32 count, then for
// each key its (u32 slot, u64 hash, i32 value), so that loading one puts
// each key where it goes without hashing or probing: in WebAssembly's
// baseline tier that is what made loading the index cost nearly as much as
// building it. The tables are sized for the keys they hold, at most half
// full.
const tablesMagic = "DSCTBL2\n"

// Tables builds p's phrase index and encodes it for Load.
func Tables(p *rules.Pack) []byte {
	x := Build(p)
	b := []byte(tablesMagic)
	for _, s := range []string{p.Lang, p.Version} {
		b = append(b, byte(len(s)))
		b = append(b, s...)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(entryCount(p)))
	b = binary.LittleEndian.AppendUint32(b, uint32(x.maxWords))
	b = appendTable(b, x.entries)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(x.shared)))
	for _, rs := range x.shared {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(rs)))
		for _, r := range rs {
			b = binary.LittleEndian.AppendUint32(b, uint32(r))
		}
	}
	return appendTable(b, x.first)
}

// appendTable writes t's keys into a table sized for them.
func appendTable(b []byte, t table) []byte {
	fit := newTable(t.n)
	for i, k := range t.keys {
		if k != 0 {
			fit.put(k, t.vals[i])
		}
	}
	b = append(b, byte(64-fit.shift))
	b = binary.LittleEndian.AppendUint32(b, uint32(fit.n))
	for i, k := range fit.keys {
		if k != 0 {
			b = binary.LittleEndian.AppendUint32(b, uint32(i))
			b = binary.LittleEndian.AppendUint64(b, k)
			b = binary.LittleEndian.AppendUint32(b, uint32(fit.vals[i]))
		}
	}
	return b
}

// errTables is what a damaged or foreign table file gets.
var errTables = errors.New("not a phrase table of this build")

// tableReader reads the encoding above, remembering the first error.
type tableReader struct {
	b   []byte
	err error
}

func (r *tableReader) take(n int) []byte {
	if r.err != nil || len(r.b) < n {
		r.err = errTables
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *tableReader) str() string { return string(r.take(int(r.u8()))) }
func (r *tableReader) u8() byte {
	if b := r.take(1); b != nil {
		return b[0]
	}
	return 0
}
func (r *tableReader) u32() uint32 {
	if b := r.take(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}
func (r *tableReader) u64() uint64 {
	if b := r.take(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

// count reads a count of items of at least each bytes, refusing one the
// rest of the data cannot hold (so damaged data cannot ask for gigabytes).
func (r *tableReader) count(each int) int {
	n := int(r.u32())
	if r.err == nil && n > len(r.b)/each {
		r.err = errTables
	}
	if r.err != nil {
		return 0
	}
	return n
}

// table reads a table (see Tables), refusing slots out of range or
// taken twice and empty keys.
func (r *tableReader) table() table {
	bits := uint(r.u8())
	if r.err == nil && (bits < 4 || bits > 30) {
		r.err = errTables
	}
	n := r.count(16)
	if r.err != nil || 2*n > 1<<bits {
		r.err = errTables
		return newTable(0)
	}
	t := table{keys: make([]uint64, 1<<bits), vals: make([]int32, 1<<bits), shift: 64 - bits, n: n}
	data := r.take(16 * n)
	for i := 0; i+16 <= len(data); i += 16 {
		slot := binary.LittleEndian.Uint32(data[i:])
		k := binary.LittleEndian.Uint64(data[i+4:])
		if int(slot) >= len(t.keys) || k == 0 || t.keys[slot] != 0 {
			r.err = errTables
			break
		}
		t.keys[slot] = k
		t.vals[slot] = int32(binary.LittleEndian.Uint32(data[i+12:]))
	}
	return t
}

// Load decodes tables made by Tables for p, or fails when they
// were made for another pack (language, version or size) or are damaged.
func Load(data []byte, p *rules.Pack) (*Index, error) {
	r := &tableReader{b: data}
	if string(r.take(len(tablesMagic))) != tablesMagic {
		return nil, fmt.Errorf("analyzer: tables: %w", errTables)
	}
	lang, version := r.str(), r.str()
	size, maxWords := int(r.u32()), int(r.u32())
	if want := entryCount(p); r.err == nil && (lang != p.Lang || version != p.Version || size != want) {
		return nil, fmt.Errorf("analyzer: tables for %s %s (%d entries), pack is %s %s (%d)",
			lang, version, size, p.Lang, p.Version, want)
	}
	x := &Index{maxWords: maxWords}
	x.entries = r.table()
	x.shared = make([][]int, r.count(4))
	for i := range x.shared {
		rs := make([]int, r.count(4))
		for j := range rs {
			rs[j] = int(int32(r.u32()))
		}
		x.shared[i] = rs
	}
	x.first = r.table()
	if r.err == nil && len(r.b) > 0 {
		r.err = errTables
	}
	if r.err != nil {
		return nil, fmt.Errorf("analyzer: tables for %s: %w", p.Lang, r.err)
	}
	x.numberRules(len(p.Rules))
	return x, nil
}
