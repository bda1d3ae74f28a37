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
	return true
}

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
