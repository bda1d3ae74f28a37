package pattern

import "sync/atomic"

// work counts what the engine does while a test or a fuzz target measures
// it (CountWork): bytes the automata read, bytes handed to regexp, and
// keyword hits looked at. Counting is off unless CountWork turned it on,
// so the hot path pays one predictable branch per try, not per byte.
var work struct {
	on atomic.Bool
	n  atomic.Int64
}

// addWork adds n steps to the count, when counting is on.
func addWork(n int) {
	if work.on.Load() {
		work.n.Add(int64(n))
	}
}

// CountWork runs f and returns the steps the engine took meanwhile. Runs
// of the engine in other goroutines count too: callers measure alone.
func CountWork(f func()) int64 {
	work.n.Store(0)
	work.on.Store(true)
	defer work.on.Store(false)
	f()
	return work.n.Load()
}
