package wordset

// Map is a read-only map from strings to values, built once from a Go
// map and looked up through a Set. In WebAssembly, Go's own maps hash a
// string key with a 64×64→128-bit multiply that the platform lacks and
// emulates, so a map read costs several times what it does natively;
// FNV-1a, which Set uses, needs only the 64-bit multiply WebAssembly has.
// The per-word tables that every analysis reads (word classes, short
// forms) use it.
type Map[V any] struct {
	keys *Set
	vals []V
	big  map[string]V // m itself, when it is too large for a Set
}

// NewMap copies m into a Map. A map too large for a Set's positions
// (2^20 keys, far past any pack's) is kept as it is and read as a Go map.
func NewMap[V any](m map[string]V) *Map[V] {
	keys := make([]string, 0, len(m))
	vals := make([]V, 0, len(m))
	for k, v := range m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	set := New(keys)
	if set == nil {
		return &Map[V]{big: m}
	}
	return &Map[V]{keys: set, vals: vals}
}

// Get returns the value of key and whether m holds it; a nil Map holds
// nothing.
func (m *Map[V]) Get(key string) (V, bool) {
	if m != nil && m.big != nil {
		v, ok := m.big[key]
		return v, ok
	}
	if m != nil {
		if k := m.keys.Index(key); k >= 0 {
			return m.vals[k], true
		}
	}
	var zero V
	return zero, false
}

// Len returns how many keys m holds.
func (m *Map[V]) Len() int {
	switch {
	case m == nil:
		return 0
	case m.big != nil:
		return len(m.big)
	}
	return len(m.vals)
}
