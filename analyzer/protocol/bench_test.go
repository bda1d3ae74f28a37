package protocol

import (
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/analyzertest"
	"github.com/discreet-app/discreet/analyzer/internal/adversarial"
)

// BenchmarkProcessLine1000 times one request of 1,000 characters through
// the wire format, as the extension's worker runs it: "full" is the
// default request (rewrite included), "typing" what the extension sends
// while the user types ("rewrite": false).
func BenchmarkProcessLine1000(b *testing.B) {
	a := analyzertest.Default(b)
	text := strings.Repeat(adversarial.Prose, 1000/len(adversarial.Prose)+1)[:1000]
	for _, tc := range []struct{ name, extra string }{{"full", ""}, {"typing", `,"rewrite":false`}} {
		line := []byte(`{"text":` + string(appendString(nil, text)) + `,"lang":"en","platform":"facebook_group"` + tc.extra + `}`)
		b.Run(tc.name, func(b *testing.B) {
			ProcessLine(a, line, nil) // the pack and the automata this text reaches
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				ProcessLine(a, line, nil)
			}
		})
	}
}
