package phrase

// table is an open-addressing hash table from a 64-bit phrase hash to an
// int32: two flat arrays filled in one pass and probed in a step or two.
// With a Go map, inserting ~50,000 list entries was most of a cold start
// in WebAssembly.
type table struct {
	keys  []uint64 // 0 marks an empty slot; a hash of 0 is stored as 1
	vals  []int32
	shift uint
	n     int
}

// newTable makes a table for size keys, at most half full.
func newTable(size int) table {
	b := slotBits(size)
	return table{keys: make([]uint64, 1<<b), vals: make([]int32, 1<<b), shift: 64 - b}
}

// slotBits is the log2 of the slots a table of size keys has: the
// smallest power of two, 16 at least, that holds them at most half full.
func slotBits(size int) uint {
	b := uint(4)
	for 1<<b < 2*size {
		b++
	}
	return b
}

// slot returns where h is, or the empty slot where it would go.
func (t *table) slot(h uint64) int {
	mask := len(t.keys) - 1
	i := int((h * 0x9e3779b97f4a7c15) >> t.shift) // Fibonacci hashing spreads FNV's bits
	for t.keys[i] != h && t.keys[i] != 0 {
		i = (i + 1) & mask
	}
	return i
}

func (t *table) get(h uint64) (int32, bool) {
	if h == 0 {
		h = 1
	}
	i := t.slot(h)
	return t.vals[i], t.keys[i] != 0
}

// ref returns the value of h to read or set, and whether h was there; a
// missing h is inserted, so adding costs one probe.
func (t *table) ref(h uint64) (*int32, bool) {
	if h == 0 {
		h = 1
	}
	if 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	i := t.slot(h)
	if t.keys[i] == h {
		return &t.vals[i], true
	}
	t.keys[i] = h
	t.n++
	return &t.vals[i], false
}

// grow doubles the table, keeping it at most half full.
func (t *table) grow() { t.resize(len(t.keys)) }

// fit shrinks the table to the smallest that holds its keys at most half
// full, once they are all in: a pack's index is sized for every list entry
// before duplicates are known, and each slot is 12 bytes of memory the
// analyzer keeps (the English index took 2M slots, 24 MB, for 161 k keys).
// Look-ups answer the same at any size: a key is a whole 64-bit hash.
// A table already at that size is left as it is.
func (t *table) fit() {
	if 1<<slotBits(t.n) < len(t.keys) {
		t.resize(t.n)
	}
}

// resize moves the keys to a new table sized for size keys.
func (t *table) resize(size int) {
	old := *t
	*t = newTable(size)
	for i, k := range old.keys {
		if k != 0 {
			t.put(k, old.vals[i])
		}
	}
}

// put stores v for h.
func (t *table) put(h uint64, v int32) {
	p, _ := t.ref(h)
	*p = v
}
