package protocol

import (
	"encoding/json"
	"fmt"
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
		"café 日本 🙂", "bad \xff byte \xe2\x82", "sep \u2028 \u2029 end", "\ufffd kept", "\"\"\\\\",
		"seven b\"eight by\\nine byte\x1fs and \x7f more \xff\xff\xfe plain ascii text é",
		"0123456\x7f01234567\x0001234567\xff0123456\u2028x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := appendString([]byte("x"), s)[1:]
		if want := appendStringByByte(nil, s); string(out) != string(want) {
			t.Fatalf("appendString(%q) = %q; byte by byte %q", s, out, want)
		}
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

// appendStringByByte is appendString without the eight-byte runs: the
// reference its output must equal byte for byte.
func appendStringByByte(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c == '\n':
			b = append(b, `\n`...)
		case c == '\r':
			b = append(b, `\r`...)
		case c == '\t':
			b = append(b, `\t`...)
		case c < 0x20 || c == 0x7f:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		case c < utf8.RuneSelf:
			b = append(b, c)
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				b = append(b, `\ufffd`...)
			case r == '\u2028' || r == '\u2029':
				b = append(b, fmt.Sprintf(`\u%04x`, r)...)
			default:
				b = append(b, s[i:i+size]...)
			}
			i += size
			continue
		}
		i++
	}
	return append(b, '"')
}
