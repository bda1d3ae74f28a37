package protocol

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAppendString checks the hand-written JSON string writer against
// encoding/json: the output is valid JSON, decodes to the input with each
// invalid byte as U+FFFD, and carries no raw U+2028/U+2029 (which would
// end a line in JavaScript).
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "plain", `quote " and \ slash`, "tab\tline\nfeed\rret", "\x00\x1f\x7f",
		"café 日本 🙂", "bad \xff byte \xe2\x82", "sep \u2028 \u2029 end", "\ufffd kept", "\"\"\\\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := appendString([]byte("x"), s)[1:]
		if !json.Valid(out) {
			t.Fatalf("invalid JSON %q for %q", out, s)
		}
		if strings.ContainsAny(string(out), "\u2028\u2029") {
			t.Fatalf("raw line separator in %q", out)
		}
		var got string
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatal(err)
		}
		var want strings.Builder
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			want.WriteRune(r) // RuneError for an invalid byte
			i += size
		}
		if got != want.String() {
			t.Fatalf("%q decodes to %q, want %q", s, got, want.String())
		}
	})
}
