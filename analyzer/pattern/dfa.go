package pattern

import (
	"regexp/syntax"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// dfa runs one expression, anchored, as a deterministic automaton built
// lazily from Go's compiled program, the way RE2's DFA does: a state is the
// ordered list of program threads alive after some input, plus what the
// rune before was (for \b, ^ and $), and each transition is computed the
// first time it is taken and then read from a table. A try then costs one
// table read per byte, where Go's backtracker, which regexp uses for short
// inputs, walks the program with a visited-set it clears on every call;
// and it stops where no thread is left, so it needs no bounded input.
//
// It answers where the leftmost-first match starting at a position ends
// (Go's and Perl's semantics: threads keep the priority of the
// alternatives that made them, and a match cuts every thread of lower
// priority), or just whether there is one. Submatches are left to regexp,
// which is asked only once the automaton has found a match.
// TestDFAMatchesRegexp compares the answers with regexp's.
type dfa struct {
	prog *syntax.Prog
	// classOf maps an ASCII byte to its class: bytes every instruction
	// treats alike, and alike for the assertions, share transitions.
	classOf [utf8.RuneSelf]uint8
	nclass  int

	// mu is held while a state or a transition is built. The searches
	// take no lock (they did, ~1,040 read locks an analysis of 1,000
	// characters, each two locked atomic adds: BENCHMARKS.md, h-anperf13):
	// they read what is built through atomics, and what is published is
	// never changed after. A state is appended to states, then published
	// (published, a new slice header), and only then named by a
	// transition or a start, each stored atomically: a search that reads
	// a transition to a state past the states it holds reads published
	// again (stateOf), and finds it there.
	mu        sync.Mutex
	states    []*dstate                 // under mu
	published atomic.Pointer[[]*dstate] // states as last published
	index     map[string]int32          // under mu
	start     [4]atomic.Int32           // start state for each context; -1 until made
	full      atomic.Bool               // maxStates reached: the callers use regexp instead
	gen       uint32                    // statesGen when the automaton was made

	// scratch for building states, used under mu.
	seen  []uint32 // seen[pc] == mark: pc already in the closure
	mark  uint32
	stack []uint32
	list  []uint32
	key   []byte
}

// dstate is a set of program threads, in priority order, waiting for the
// next rune, and the context the rune before them gives.
type dstate struct {
	pcs []uint32
	ctx uint8
	// next holds, for each ASCII class, the target state's index times two
	// plus one if a match ended before that byte; -1 until computed. Its
	// entries are read with atomic loads (next) and written, under mu,
	// with atomic stores.
	next []int32
	// other is the same for runes beyond ASCII, rune to int32, made
	// under mu when the first is taken (a sync.Map: searches read it
	// without a lock, and a state that sees many runes adds each in
	// constant time, where a copied map would cost the square).
	other atomic.Pointer[sync.Map]
	end   atomic.Int32 // a match ends at the end of the text: -1 unknown, 0, 1
	// idle: the state holds the program's start alone, so nothing of a
	// match is under way. For an unanchored automaton (seek.go) that is
	// every position where no match has begun.
	idle bool
}

// Contexts: what the rune before a position is, which is all Go's
// empty-width assertions need of it (\b is ASCII-only in Go).
const (
	ctxOther = iota
	ctxWord
	ctxNewline
	ctxStart
)

func ctxOf(r rune) uint8 {
	switch {
	case r < 0:
		return ctxStart
	case r == '\n':
		return ctxNewline
	case r < utf8.RuneSelf && isASCIIWord(byte(r)):
		return ctxWord
	}
	return ctxOther
}

// ctxRune is a rune of each context, for syntax.EmptyOpContext.
var ctxRune = [4]rune{ctxOther: ' ', ctxWord: 'a', ctxNewline: '\n', ctxStart: -1}

// maxStates bounds an automaton's memory; past it the pattern falls back
// to regexp. None of the packs' patterns comes near it (TestDFAStates).
const maxStates = 3000

// compileDFA builds the automaton of src, a valid expression, or of tree,
// src already parsed and simplified, when that is not nil.
func compileDFA(src string, tree *syntax.Regexp) *dfa {
	if tree == nil {
		re, err := syntax.Parse(src, syntax.Perl)
		if err != nil {
			return nil
		}
		tree = re.Simplify()
	}
	prog, err := syntax.Compile(tree)
	if err != nil {
		return nil
	}
	d := &dfa{prog: prog}
	d.classes()
	return d.renew()
}

// statesGen counts ForgetStates calls (see onceDFA).
var statesGen atomic.Uint32

// ForgetStates makes every automaton start again without states when next
// used, as if new. The extension's warm-up uses it so that the code that
// builds states runs often enough for V8 to optimize it: states built for
// each new post are most of what a post seen for the first time costs
// (BENCHMARKS.md).
func ForgetStates() { statesGen.Add(1) }

// renew returns an automaton for d's program with no states yet.
func (d *dfa) renew() *dfa {
	n := &dfa{prog: d.prog, classOf: d.classOf, nclass: d.nclass, index: map[string]int32{},
		gen: statesGen.Load()}
	for k := range n.start {
		n.start[k].Store(-1)
	}
	n.seen = make([]uint32, len(d.prog.Inst))
	n.state(nil, ctxOther) // state 0 is the dead state
	return n
}

// classes splits ASCII into runs of bytes that every instruction of the
// program, and the assertions, treat alike.
func (d *dfa) classes() {
	var cut [utf8.RuneSelf + 1]bool
	edge := func(lo, hi rune) { // the range [lo, hi] is one side of a cut
		if lo < utf8.RuneSelf {
			cut[max(lo, 0)] = true
		}
		if hi+1 < utf8.RuneSelf {
			cut[hi+1] = true
		}
	}
	edge('\n', '\n')
	edge('0', '9')
	edge('A', 'Z')
	edge('_', '_')
	edge('a', 'z')
	for i := range d.prog.Inst {
		in := &d.prog.Inst[i]
		switch in.Op {
		case syntax.InstRune1:
			edge(in.Rune[0], in.Rune[0])
		case syntax.InstRuneAnyNotNL:
			edge('\n', '\n')
		case syntax.InstRune:
			if len(in.Rune) == 1 {
				r0 := in.Rune[0]
				edge(r0, r0)
				if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
					for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
						edge(r, r)
					}
				}
				continue
			}
			for k := 0; k+1 < len(in.Rune); k += 2 {
				edge(in.Rune[k], in.Rune[k+1])
			}
		}
	}
	c := -1
	for b := 0; b < utf8.RuneSelf; b++ {
		if b == 0 || cut[b] {
			c++
		}
		d.classOf[b] = uint8(c)
	}
	d.nclass = c + 1
}

// state returns the index of the state (pcs, ctx), making it if new, or -1
// when the automaton is full.
func (d *dfa) state(pcs []uint32, ctx uint8) int32 {
	if len(pcs) == 0 && len(d.states) > 0 {
		// No thread is left, whatever the rune before: every such state is
		// the dead state 0, where a run stops. Keying it by its context
		// made one live-looking empty state per context, and a run that
		// reached one read on to the end of the word (issue 12).
		return 0
	}
	key := append(d.key[:0], ctx)
	for _, pc := range pcs {
		key = append(key, byte(pc), byte(pc>>8), byte(pc>>16), byte(pc>>24))
	}
	d.key = key
	if i, ok := d.index[string(key)]; ok { // no allocation for a lookup
		return i
	}
	if len(d.states) >= maxStates {
		d.full.Store(true)
		return -1
	}
	st := &dstate{pcs: append([]uint32(nil), pcs...), ctx: ctx, next: make([]int32, d.nclass),
		idle: len(pcs) == 1 && pcs[0] == uint32(d.prog.Start)}
	st.end.Store(-1)
	for k := range st.next {
		st.next[k] = -1
	}
	i := int32(len(d.states))
	d.states = append(d.states, st)
	pub := d.states // a header of its own: d.states grows on
	d.published.Store(&pub)
	d.index[string(key)] = i
	return i
}

// loaded returns the states as last published.
func (d *dfa) loaded() []*dstate { return *d.published.Load() }

// stateOf returns state i, read from states (what the caller loaded)
// or, when i is past them, from the states published since, and the
// states the caller holds from then on. A transition is stored after
// the state it names is published, so a search that read it finds the
// state there.
func (d *dfa) stateOf(states []*dstate, i int32) ([]*dstate, *dstate) {
	if int(i) >= len(states) {
		states = d.loaded()
	}
	return states, states[i]
}

// nextOn returns st's transition on the ASCII class c (see dstate.next).
func (st *dstate) nextOn(c uint8) int32 { return atomic.LoadInt32(&st.next[c]) }

// closure lists, in priority order, the threads st's threads reach
// without consuming input when the next rune is r (-1 at the end of the
// text): the rune instructions and matches they wait at.
func (d *dfa) closure(st *dstate, r rune) []uint32 {
	op := syntax.EmptyOpContext(ctxRune[st.ctx], r)
	d.mark++
	if d.mark == 0 { // wrapped: forget every old mark
		clear(d.seen)
		d.mark = 1
	}
	d.list = d.list[:0]
	for _, pc := range st.pcs {
		d.stack = append(d.stack[:0], pc)
		for len(d.stack) > 0 {
			pc := d.stack[len(d.stack)-1]
			d.stack = d.stack[:len(d.stack)-1]
			if d.seen[pc] == d.mark {
				continue
			}
			d.seen[pc] = d.mark
			in := &d.prog.Inst[pc]
			switch in.Op {
			case syntax.InstAlt, syntax.InstAltMatch:
				d.stack = append(d.stack, in.Arg, in.Out) // Out first: it has priority
			case syntax.InstNop, syntax.InstCapture:
				d.stack = append(d.stack, in.Out)
			case syntax.InstEmptyWidth:
				if syntax.EmptyOp(in.Arg)&^op == 0 {
					d.stack = append(d.stack, in.Out)
				}
			case syntax.InstMatch, syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
				d.list = append(d.list, pc)
			}
		}
	}
	return d.list
}

// transition computes st's move on r: the target state's index times two,
// plus one if a match ends before r; -1 when the automaton is full.
func (d *dfa) transition(st *dstate, r rune) int32 {
	var next []uint32
	matched := int32(0)
	for _, pc := range d.closure(st, r) {
		in := &d.prog.Inst[pc]
		if in.Op == syntax.InstMatch {
			matched = 1 // threads of lower priority than a match are cut
			break
		}
		if in.MatchRune(r) {
			next = append(next, in.Out)
		}
	}
	t := d.state(next, ctxOf(r))
	if t < 0 {
		return -1
	}
	return t<<1 | matched
}

// endMatch reports whether a match ends at the end of the text in st,
// working it out under mu the first time.
func (d *dfa) endMatch(st *dstate) bool {
	if st.end.Load() < 0 {
		d.write(func() {
			if st.end.Load() >= 0 {
				return // another goroutine got there first
			}
			end := int32(0)
			for _, pc := range d.closure(st, -1) {
				if d.prog.Inst[pc].Op == syntax.InstMatch {
					end = 1
					break
				}
			}
			st.end.Store(end)
		})
	}
	return st.end.Load() == 1
}

// write runs f under mu. What the caller read before may have been
// added to meanwhile, never changed.
func (d *dfa) write(f func()) {
	d.mu.Lock()
	f()
	d.mu.Unlock()
}

// otherOf returns st's transition on the rune r beyond ASCII, or -1.
func (st *dstate) otherOf(r rune) int32 {
	if m := st.other.Load(); m != nil {
		if v, ok := m.Load(r); ok {
			return v.(int32)
		}
	}
	return -1
}

// step is one transition from st on r (c is r's class when r is ASCII),
// computed under mu the first time it is taken.
func (d *dfa) step(st *dstate, r rune, c int) int32 {
	var t int32 = -1
	if c >= 0 {
		t = st.nextOn(uint8(c))
	} else {
		t = st.otherOf(r)
	}
	if t >= 0 {
		return t
	}
	d.write(func() {
		// Another goroutine may have built it meanwhile.
		if c >= 0 {
			t = st.nextOn(uint8(c))
		} else {
			t = st.otherOf(r)
		}
		if t >= 0 {
			return
		}
		if t = d.transition(st, r); t < 0 {
			return
		}
		if c >= 0 {
			atomic.StoreInt32(&st.next[c], t)
			return
		}
		m := st.other.Load()
		if m == nil {
			m = new(sync.Map)
			st.other.Store(m)
		}
		m.Store(r, t)
	})
	return t
}

// forwardSlow is the transition from st on the rune at s[pos] (see
// step), and that rune's size, for what the automata's loops do not read
// from the table themselves: a transition not yet computed, or a rune
// beyond ASCII.
func (d *dfa) forwardSlow(st *dstate, s string, pos int) (int32, int) {
	if b := s[pos]; b < utf8.RuneSelf {
		return d.step(st, rune(b), int(d.classOf[b])), 1
	}
	r, size := utf8.DecodeRuneInString(s[pos:])
	return d.step(st, r, -1), size
}

// startState returns the start state for a position whose rune before is
// of context ctx, or nil when the automaton is full.
func (d *dfa) startState(ctx uint8) *dstate {
	if i := d.start[ctx].Load(); i >= 0 {
		return d.loaded()[i]
	}
	var i int32
	d.write(func() {
		if i = d.start[ctx].Load(); i < 0 {
			if i = d.state([]uint32{uint32(d.prog.Start)}, ctx); i >= 0 {
				d.start[ctx].Store(i)
			}
		}
	})
	if i < 0 {
		return nil
	}
	return d.loaded()[i]
}

// Results of a run besides a match's end.
const (
	noMatch = -1
	dfaFull = -2 // the automaton is full: ask regexp
)

// match returns the end of the leftmost-first match of the expression that
// starts at s[i], or noMatch; with earliest, the end of the first match
// found, for callers that only ask whether there is one.
func (d *dfa) match(s string, i int, earliest bool) int {
	end, _ := d.run(s, i, earliest)
	return end
}

// run is match, and also returns where the automaton stopped reading: no
// match from i reaches past that offset, the rune that ended every thread
// included (-1 when it did not run).
func (d *dfa) run(s string, i int, earliest bool) (end, stop int) {
	before := rune(-1)
	if i > 0 {
		before, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	if d.full.Load() {
		return dfaFull, -1
	}
	st := d.startState(ctxOf(before))
	if st == nil {
		return dfaFull, -1
	}
	states := d.loaded()
	last := noMatch
	for pos := i; ; {
		if pos == len(s) {
			addWork(pos - i + 1)
			if d.endMatch(st) {
				last = pos
			}
			return last, pos
		}
		t, size := int32(-1), 1
		if b := s[pos]; b < utf8.RuneSelf {
			t = st.nextOn(d.classOf[b])
		}
		if t < 0 {
			t, size = d.forwardSlow(st, s, pos)
		}
		if t < 0 {
			addWork(pos - i + 1)
			return dfaFull, -1
		}
		if t&1 != 0 {
			if last = pos; earliest {
				addWork(pos - i + 1)
				return last, pos
			}
		}
		if t>>1 == 0 {
			addWork(pos - i + 1)
			return last, pos + size
		}
		states, st = d.stateOf(states, t>>1)
		pos += size
		// Over ASCII bytes whose transitions are known, lead to a live
		// state and end no match: one table read a byte (see seek).
		for ; pos < len(s) && s[pos] < utf8.RuneSelf; pos++ {
			t := st.nextOn(d.classOf[s[pos]])
			if t < 2 || t&1 != 0 {
				break
			}
			states, st = d.stateOf(states, t>>1)
		}
	}
}

// matchReverse reports whether the expression, compiled from a reversed
// pattern, matches s read backwards from its end: what running it on the
// reversed text would say, without building that text. It returns 1, 0,
// or dfaFull.
func (d *dfa) matchReverse(s string) int {
	if d.full.Load() {
		return dfaFull
	}
	st := d.startState(ctxStart)
	if st == nil {
		return dfaFull
	}
	states := d.loaded()
	for pos := len(s); ; {
		if pos == 0 {
			addWork(len(s) + 1)
			if d.endMatch(st) {
				return 1
			}
			return 0
		}
		var t int32
		r, size := rune(s[pos-1]), 1
		if r < utf8.RuneSelf {
			c := d.classOf[r]
			if t = st.nextOn(c); t < 0 {
				t = d.step(st, r, int(c))
			}
		} else {
			r, size = utf8.DecodeLastRuneInString(s[:pos])
			t = d.step(st, r, -1)
		}
		if t < 0 || t&1 != 0 || t>>1 == 0 {
			addWork(len(s) - pos + 1)
		}
		switch {
		case t < 0:
			return dfaFull
		case t&1 != 0:
			return 1
		case t>>1 == 0:
			return 0
		}
		states, st = d.stateOf(states, t>>1)
		pos -= size
		for ; pos > 0 && s[pos-1] < utf8.RuneSelf; pos-- {
			t := st.nextOn(d.classOf[s[pos-1]])
			if t < 2 || t&1 != 0 {
				break
			}
			states, st = d.stateOf(states, t>>1)
		}
	}
}
