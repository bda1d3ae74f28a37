package protocol

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tidwall/gjson"

	"github.com/discreet-app/discreet/analyzer/analyzertest"
)

// TestParseField checks the request's "field": a string or null, and
// anything else refused by name.
func TestParseField(t *testing.T) {
	for _, tc := range []struct{ line, field, want string }{
		{`{"text":"hi"}`, "", ""},
		{`{"text":"hi","field":"tab3/field1"}`, "tab3/field1", ""},
		{`{"text":"hi","field":null}`, "", ""},
		{`{"text":"hi","field":3}`, "", `"field" must be a string`},
		{`{"text":"hi","field":"a","field":"b"}`, "", `"field" is given more than once`},
	} {
		q, msg := ParseRequest([]byte(tc.line))
		if !strings.Contains(msg, tc.want) || (tc.want == "") != (msg == "") || q.Field != tc.field {
			t.Errorf("%s: field %q, error %q; want %q, %q", tc.line, q.Field, msg, tc.field, tc.want)
		}
		if q.Input.Field != "" {
			t.Errorf("%s: ParseRequest set Input.Field: only AppendFieldLine passes it on", tc.line)
		}
	}
}

// TestFieldLineSaysTheSame types each dev post a few characters a request,
// as the extension does, through AppendFieldLine with a field, and checks
// every answer against AppendLine's byte for byte.
func TestFieldLineSaysTheSame(t *testing.T) {
	a := analyzertest.Default(t)
	lines := corpusLines(t, "dev.jsonl")
	if testing.Short() {
		lines = lines[:20]
	}
	for _, line := range lines {
		text := gjson.GetBytes(line, "text").String()
		lang := gjson.GetBytes(line, "lang").String()
		for n := 0; n < len(text); {
			n = min(len(text), n+25)
			for n < len(text) && !utf8.RuneStart(text[n]) {
				n++
			}
			body, _ := json.Marshal(text[:n])
			req := []byte(`{"text":` + string(body) + `,"lang":"` + lang + `","rewrite":false,"compact":true,"field":"dev"}`)
			want, _ := AppendLine(nil, a, req, nil)
			got, _ := AppendFieldLine(nil, a, req, nil)
			if !bytes.Equal(got, want) {
				t.Fatalf("%s at %d bytes: the field's answer differs\n got: %s\nwant: %s", gjson.GetBytes(line, "id"), n, got, want)
			}
		}
	}
}
