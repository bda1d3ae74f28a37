//go:build js && wasm && discreet_stats

package main

import (
	"runtime/metrics"
	"syscall/js"
)

// With -tags discreet_stats the bridge also publishes gcStats() → [the
// collections run so far, the bytes allocated so far, the heap's objects
// in bytes, the pacer's goal, the live heap, all the runtime's memory], what wasm/bridge/typing.cjs reports per 100 requests. The
// extension's builds leave it out.
func init() {
	published = append(published, func(api js.Value) {
		s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}, {Name: "/gc/heap/allocs:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/goal:bytes"}, {Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/total:bytes"}}
		api.Set("gcStats", js.FuncOf(func(js.Value, []js.Value) any {
			metrics.Read(s)
			out := make([]any, len(s))
			for i := range s {
				out[i] = float64(s[i].Value.Uint64())
			}
			return out
		}))
	})
}
