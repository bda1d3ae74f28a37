package normalize

import "unsafe"

// editor rebuilds a text with some of its runs replaced, keeping for every
// byte the original range it came from, as Text's start and end do: the
// bytes kept keep theirs, and every byte of a replacement maps to the
// whole run it replaces, so a finding in it maps back to what was typed.
// Replacements come in text order.
type editor struct {
	s          string
	start, end []int32 // s's map to the original; nil when s is the original
	b          []byte
	ns, ne     []int32
	last       int // s[:last] is written
}

// replace writes what lies between the last replacement and from as it
// is, then repl in place of s[from:to] (to > from). The map is written
// into the arrays ns and ne hold at the first replacement (a caller's
// spare pair, which must not be start's or end's) when they have room
// for s.
func (e *editor) replace(from, to int, repl string) {
	if e.b == nil {
		e.b = make([]byte, 0, len(e.s)+16)
		e.ns, e.ne = room(e.ns, len(e.s)+16), room(e.ne, len(e.s)+16)
	}
	e.b, e.ns, e.ne = appendMapped(e.b, e.ns, e.ne, e.s, e.start, e.end, e.last, from)
	e.b, e.ns, e.ne = appendReplaced(e.b, e.ns, e.ne, e.start, e.end, from, to, repl)
	e.last = to
}

// done returns the edited text and its map; ok is false, and the text is
// s as it was, when nothing was replaced.
func (e *editor) done() (out string, start, end []int32, ok bool) {
	if e.b == nil {
		return e.s, e.start, e.end, false
	}
	e.b, e.ns, e.ne = appendMapped(e.b, e.ns, e.ne, e.s, e.start, e.end, e.last, len(e.s))
	// The bytes as a string without a copy: e.b is not written again.
	return unsafe.String(unsafe.SliceData(e.b), len(e.b)), e.ns, e.ne, true
}

// room returns buf emptied when it holds n entries, else a new array of
// n.
func room(buf []int32, n int) []int32 {
	if cap(buf) < n {
		return make([]int32, 0, n)
	}
	return buf[:0]
}
