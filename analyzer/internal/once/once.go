// Package once is sync.Once, without its atomic load on WebAssembly.
//
// Go's WebAssembly runs one thread, and there every atomic load is a call
// to a function that cannot be inlined (internal/runtime/atomic), reached
// through sync/atomic's own: a Once checked on each search of every
// pattern (the pattern automata and the pack's lazy expressions) was ~2%
// of the extension's typing request in the .wasm (BENCHMARKS.md, h-tail).
// There Once checks a plain field; everywhere else it is sync.Once.
package once
