package protocol

import (
	"fmt"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/analyzertest"
	"github.com/discreet-app/discreet/analyzer/watchlist"
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
		{"duplicate-after-many", `{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"text":"x","j":0,"c":1}`, `key "c"`},
		{"many-keys", `{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"text":"x","lang":"en"}`, ""},
		{"escaped-key", `{"te\u0078t":"hi","lang":3}`, `"lang" must be a string`},
		{"text-missing", `{"Text":"hi"}`, `"text" must be a string`},
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

func TestProcessLine(t *testing.T) {
	a := analyzertest.Default(t)
	tests := []struct {
		line    string
		ok      bool
		wantSub string
	}{
		{`{"id":"a","text":"My client is a 42-year-old nurse.","lang":"en"}`, true, `"category":"age"`},
		{`not json`, false, `"error":"input is not valid JSON"`},
		{`[1,2]`, false, `"error":"input must be a JSON object"`},
		{`{"id":"b","text":42}`, false, `"id":"b","error":"\"text\" must be a string"`},
		{`{"id":"c","text":"x","platform":"myspace"}`, false, `unknown platform`},
		{"{\"id\":\"d\",\"text\":\"\xff\"}", false, `not valid UTF-8`},
		{`{"id":7,"text":"hello"}`, true, `"id":"7"`},
	}
	for _, tt := range tests {
		out, ok := ProcessLine(a, []byte(tt.line), nil)
		if ok != tt.ok || !strings.Contains(string(out), tt.wantSub) {
			t.Errorf("ProcessLine(%q) = %s, %v; want ok=%v and %s", tt.line, out, ok, tt.ok, tt.wantSub)
		}
	}
}

func TestWatchlistProtocol(t *testing.T) {
	a := analyzertest.Default(t)
	const salt = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
	line := fmt.Sprintf(`{"id":"w","text":"Sending love to June today.","lang":"en","watchlist":{"salt":%q,"hashes":[%q]}}`,
		salt, watchlist.Hash(salt, "June"))
	out, ok := ProcessLine(a, []byte(line), nil)
	if !ok || !strings.Contains(string(out), `"rule":"en/watch-list"`) {
		t.Errorf("ProcessLine(%s) = %s, %v; want a watch-list finding", line, out, ok)
	}
	for _, bad := range []string{
		`{"text":"x","watchlist":"June"}`,
		`{"text":"x","watchlist":{"salt":"s","hashes":["June"]}}`,
		`{"text":"x","watchlist":{"salt":"0f1e2d3c4b5a69788796a5b4c3d2e1f0","hashes":["June"]}}`,
		`{"text":"x","watchlist":{"salt":"s","hashes":[1]}}`,
	} {
		out, ok := ProcessLine(a, []byte(bad), nil)
		if ok || !strings.Contains(string(out), `"error":"`) || !strings.Contains(string(out), "watchlist") {
			t.Errorf("ProcessLine(%s) = %s, %v; want an error about the watchlist", bad, out, ok)
		}
	}
}

// A result past analyzer.MaxFindings says in its JSON how many findings it
// left out, and stays proportionate to the text.
func TestCappedResultJSON(t *testing.T) {
	a := analyzertest.Default(t)
	text := strings.Repeat("Call Dr. Jane Smith at 555-123-4567. ", 1000)
	res := a.Analyze(analyzer.Input{Text: text, Lang: "en"})
	out := AppendResult(nil, &res)
	if !strings.Contains(string(out), `"findings_omitted":`) {
		t.Errorf("JSON does not say findings were omitted")
	}
	if len(out) > 500*analyzer.MaxFindings+2*len(text) {
		t.Errorf("JSON is %d bytes for a %d-byte text", len(out), len(text))
	}
}
