package phrase

import (
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// BenchmarkBuild times building each built-in pack's phrase index from its
// lists: what compiling a pack costs the extension on a cold start, now
// that it ships no prebuilt tables. In WebAssembly, one iteration in a
// fresh process is the cold cost (BENCHMARKS.md, module size):
//
//	GOOS=js GOARCH=wasm go test -exec "$(go env GOROOT)/lib/wasm/go_js_wasm_exec" \
//	  -run '^$' -bench Build -benchtime 1x ./analyzer/internal/phrase
func BenchmarkBuild(b *testing.B) {
	for _, lang := range rules.Languages() {
		p, err := rules.EmbeddedPack(lang)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(lang, func(b *testing.B) {
			for b.Loop() {
				Build(p)
			}
		})
	}
}
