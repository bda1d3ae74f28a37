//go:build js && wasm

// Command bridge is the analyzer as WebAssembly for the browser extension,
// the playground and scripts/discreet-wasm. It is instantiated once, compiles
// the built-in packs once, publishes globalThis.discreet and then stays
// alive so every call reuses the same compiled analyzer.
//
// JSON goes in and out as strings; requests are parsed with gjson by
// protocol.ProcessLine (no reflection) and results already carry UTF-16
// offsets, so JavaScript can slice the field's text with them directly.
package main

import (
	"bytes"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"syscall/js"
	"unsafe"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/protocol"
	"github.com/discreet-app/discreet/rules"
)

// gcPercent is the garbage collector's target. The worker calls collect()
// in the pauses between requests (idleGarbage, collectSoon in
// extension/src/engine/wasm.js), so the target decides only when requests
// come back to back: the warm-up's first pass, which compiles the patterns
// (tens of MB of garbage in one analysis), and bursts of requests. There
// each percent is linear memory kept for good, since WebAssembly memory
// never shrinks: at 200 the worker held 74-82 MB after the warm-up and
// 107 MB after 500 analyses back to back; at 100, 64-68 and 83 MB, for one
// more collection (~15-30 ms) every ~250 back-to-back analyses of 1,000
// characters, past the p99 (BENCHMARKS.md, Extension).
const gcPercent = 100

// idleGarbage is how much the heap may grow past what the last collection
// kept before collect() runs one. The service worker calls collect() after
// sending each answer, so collections land between requests instead of
// inside an analysis: at ~0.1 MB per analysis of 1,000 characters that is
// one collection every ~60 analyses. In a page the gcPercent target above
// decides alone (see collectSoon in extension/src/engine/wasm.js).
const idleGarbage = 6 << 20

// maxKeptAnswer is the largest answer buffer analyze keeps for the next
// call: typing's answers are a few KB, and a long post's may be megabytes.
const maxKeptAnswer = 256 << 10

// heapSamples are what collect reads: the heap's objects and what the last
// collection found live. JavaScript calls in one at a time, so one array
// serves every call.
var heapSamples = [2]metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}

// collect runs a garbage collection if more than idleGarbage bytes have
// been allocated on top of the live heap, and reports whether it did.
// After it, the heap holds pages enough for the garbage that requests
// back to back may leave before Go's pacer collects (see reserve).
func collect() bool {
	s := heapSamples[:]
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 || s[1].Value.Kind() != metrics.KindUint64 {
		return false
	}
	if s[0].Value.Uint64() < s[1].Value.Uint64()+idleGarbage {
		return false
	}
	runtime.GC()
	reserve()
	return true
}

// reserveHeadroom is the garbage the heap holds pages for, past what the
// last collection found live (see reserve): ~800 typing requests of 1,000
// characters back to back (~40 KB each). Bursts longer than that grow the
// memory as before, up to the pacer's goal (gcPercent).
const reserveHeadroom = 32 << 20

// reserveChunk is the size of the blocks reserve allocates: large objects
// (past 32 KB), each of whole pages, that hold no pointers.
const reserveChunk = 1 << 20

// reserveSamples are what reserve reads: the live heap and the heap's
// memory in its four classes, whose sum is what the heap has taken from
// the linear memory.
var reserveSamples = [5]metrics.Sample{
	{Name: "/gc/heap/live:bytes"},
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/memory/classes/heap/unused:bytes"},
	{Name: "/memory/classes/heap/free:bytes"},
	{Name: "/memory/classes/heap/released:bytes"},
}

// reserve grows the heap, in an idle moment, to hold reserveHeadroom of
// garbage past the live heap, so that requests back to back do not grow
// the linear memory themselves. Each growth of a WebAssembly memory sets
// off V8's own collector: 500 typing requests back to back that grew the
// worker's memory by 17 MB ran 84-100 of V8's collections (scavenges and
// full ones, 1-20 ms each, each inside a request) against 7-8 when it did
// not grow (BENCHMARKS.md, h-tail). Such a burst reaches that memory anyway, since
// WebAssembly memory never shrinks; reserve only takes it before the
// requests instead of during them. Once the heap holds the pages it does
// nothing; when it grows them it allocates blocks up to the headroom with
// the collector off, drops them and collects again, which frees the
// blocks' pages for later allocations.
func reserve() {
	s := reserveSamples[:]
	metrics.Read(s)
	for i := range s {
		if s[i].Value.Kind() != metrics.KindUint64 {
			return
		}
	}
	want := s[0].Value.Uint64() + reserveHeadroom
	held := s[1].Value.Uint64() + s[2].Value.Uint64() + s[3].Value.Uint64() + s[4].Value.Uint64()
	if held >= want {
		return
	}
	objects := s[1].Value.Uint64() + s[2].Value.Uint64()
	blocks := make([][]byte, 0, (want-objects)/reserveChunk+1)
	old := debug.SetGCPercent(-1)
	for n := objects; n < want; n += reserveChunk {
		blocks = append(blocks, make([]byte, reserveChunk))
	}
	runtime.KeepAlive(blocks)
	blocks = nil
	debug.SetGCPercent(old)
	runtime.GC()
}

// published are functions that add to the API before it is published
// (stats.go, in a build with its tag).
var published []func(api js.Value)

func main() {
	debug.SetGCPercent(gcPercent)
	a, err := analyzer.Default()
	api := js.Global().Get("Object").New()
	if err != nil {
		// Publish the failure instead of dying, so the page can show why.
		api.Set("error", err.Error())
		js.Global().Set("discreet", api)
		notifyReady()
		select {}
	}

	// analyze(requestJSON string) → resultJSON string (docs/api.md §3).
	// The answer is written into one buffer that every call reuses, and
	// handed to JavaScript without a copy in Go: js.ValueOf decodes it into
	// a JavaScript string before this function returns, and JavaScript
	// calls in one at a time, so nothing writes the buffer meanwhile.
	var answer []byte
	api.Set("analyze", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) < 1 || args[0].Type() != js.TypeString {
			return `{"error":"analyze wants one JSON string"}`
		}
		if cap(answer) > maxKeptAnswer {
			answer = nil // one huge answer does not stay in memory for good
		}
		// The request is read as bytes without a second copy: AppendLine
		// only reads its line, so the string's bytes are never written.
		req := args[0].String()
		// A request's "field" lets the analyzer reuse that field's last
		// analysis (analyzer.Input.Field): this process serves one user.
		answer, _ = protocol.AppendFieldLine(answer[:0], a, unsafe.Slice(unsafe.StringData(req), len(req)), nil)
		return unsafe.String(unsafe.SliceData(answer), len(answer))
	}))

	// processLine(Uint8Array) → Uint8Array | null: the docs/api.md §1 batch
	// protocol for one raw input line (its newline may be included), so
	// scripts/discreet-wasm sees exactly what the native CLI sees: a JS string
	// would already have replaced invalid UTF-8. Blank lines give null, like
	// the native CLI, which skips them. The result's last byte is 1 when the
	// line succeeded and 0 when it failed.
	api.Set("processLine", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) < 1 || args[0].Type() != js.TypeObject {
			return js.Null()
		}
		in := make([]byte, args[0].Get("length").Int())
		js.CopyBytesToGo(in, args[0])
		if len(bytes.TrimSpace(in)) == 0 {
			return js.Null()
		}
		out, ok := protocol.ProcessLine(a, bytes.TrimRight(in, "\r\n"), nil)
		if ok {
			out = append(out, 1)
		} else {
			out = append(out, 0)
		}
		dst := js.Global().Get("Uint8Array").New(len(out))
		js.CopyBytesToJS(dst, out)
		return dst
	}))

	// loadPack(documentJSON string) → "" or an error message. The caller
	// has already verified the pack's signature; this only parses, checks
	// and compiles it, then swaps it in for its language.
	api.Set("loadPack", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) < 1 || args[0].Type() != js.TypeString {
			return "loadPack wants one JSON string"
		}
		p, err := rules.ParseDocument([]byte(args[0].String()))
		if err != nil {
			return err.Error()
		}
		if err := a.SetPack(p); err != nil {
			return err.Error()
		}
		return ""
	}))

	// prepare(lang string, step number) → "" or an error message: read
	// lang's pack (step 0), then compile it (step 1), a task each, before
	// warmUp's passes.
	api.Set("prepare", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) < 2 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeNumber {
			return "prepare wants a language code and a step"
		}
		if err := a.Prepare(args[0].String(), args[1].Int()); err != nil {
			return err.Error()
		}
		return ""
	}))

	// forgetStates(): the pattern automata start again without states (the
	// warm-up's later passes, so that building them gets optimized too).
	api.Set("forgetStates", js.FuncOf(func(js.Value, []js.Value) any { analyzer.ForgetStates(); return nil }))

	// warmUpRequests(lang string, part, parts number) → [requestJSON...] or
	// an error message: what the extension's warm-up sends through analyze,
	// the path a real request takes (see protocol.WarmUpRequests).
	api.Set("warmUpRequests", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) < 3 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeNumber || args[2].Type() != js.TypeNumber {
			return "warmUpRequests wants a language code, a part and a number of parts"
		}
		reqs, err := protocol.WarmUpRequests(a, args[0].String(), args[1].Int(), args[2].Int())
		if err != nil {
			return err.Error()
		}
		out := make([]any, len(reqs))
		for i, r := range reqs {
			out[i] = r
		}
		return out
	}))

	// forget(field string): drop what the analyzer keeps of the field's
	// last analysis (its text and findings), when its port closes.
	api.Set("forget", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) > 0 && args[0].Type() == js.TypeString {
			a.Forget(args[0].String())
		}
		return nil
	}))

	// collect() → true when it ran a garbage collection (see idleGarbage).
	api.Set("collect", js.FuncOf(func(js.Value, []js.Value) any { return collect() }))

	// languages() → ["en","fr",...]
	api.Set("languages", js.FuncOf(func(js.Value, []js.Value) any {
		langs := a.Languages()
		out := make([]any, len(langs))
		for i, l := range langs {
			out[i] = l
		}
		return out
	}))

	// packVersion(lang) → the version of the pack in use, or "".
	api.Set("packVersion", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) < 1 {
			return ""
		}
		return a.PackVersion(args[0].String())
	}))

	for _, f := range published {
		f(api)
	}
	js.Global().Set("discreet", api)
	notifyReady()
	select {} // keep the instance alive: one instantiation serves every call
}

// notifyReady calls globalThis.__discreetReady if the loader set one, so it
// knows the API is published without polling.
func notifyReady() {
	if f := js.Global().Get("__discreetReady"); f.Type() == js.TypeFunction {
		f.Invoke()
	}
}
