package analyzer

import (
	"strings"
	"testing"
)

func TestParseInputStrict(t *testing.T) {
	deep := strings.Repeat("[", 200000) + strings.Repeat("]", 200000)
	for _, tc := range []struct {
		name, line, want string // want: a part of the error, "" for none
	}{
		{"plain", `{"id":"a","text":"hi","lang":"en"}`, ""},
		{"brackets-in-strings", `{"text":"` + strings.Repeat("[{", 100) + `\"[","id":"]"}`, ""},
		{"nested-ok", `{"text":"hi","extra":` + strings.Repeat("[", MaxInputDepth-1) + strings.Repeat("]", MaxInputDepth-1) + `}`, ""},
		{"duplicate-text", `{"text":"first","text":"second"}`, `key "text" is given more than once`},
		{"duplicate-escaped", `{"text":"first","te\u0078t":"second"}`, `key "text" is given more than once`},
		{"duplicate-other", `{"text":"a","lang":"en","lang":"fr"}`, `key "lang"`},
		{"deep-value", `{"text":"hi","extra":` + deep + `}`, "nested more than"},
		{"deep-root", deep, "nested more than"},
		{"deep-unclosed", strings.Repeat(`{"a":`, 100000), "nested more than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, msg := ParseInput([]byte(tc.line))
			if (tc.want == "") != (msg == "") || !strings.Contains(msg, tc.want) {
				t.Errorf("ParseInput(%.60q) error = %q; want %q", tc.line, msg, tc.want)
			}
		})
	}
}
