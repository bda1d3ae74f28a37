//go:build wasm

package once

import "sync"

// Once runs a function once, as sync.Once does: Do returns after the
// first call's f has returned (or panicked), and f never runs again. On
// WebAssembly goroutines take turns on one thread, so the fast path reads
// done without an atomic load; the mutex still serves a goroutine that
// arrives while f has yielded.
type Once struct {
	done bool
	m    sync.Mutex
}

// Do calls f if and only if Do is being called for the first time for
// this Once.
func (o *Once) Do(f func()) {
	if !o.done {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer func() { o.done = true }()
		f()
	}
}
