package protocol

import (
	"strings"
	"testing"

	"github.com/tidwall/gjson"

	"github.com/discreet-app/discreet/analyzer/analyzertest"
)

// TestSkipRewriteKeepsFindings asks for every train post with and without
// "rewrite": false: the findings and the risk must be the same JSON, and
// only the request that skipped it goes without intent, rewrite and advice.
func TestSkipRewriteKeepsFindings(t *testing.T) {
	a := analyzertest.Default(t)
	posts, rewrites := 0, 0
	for _, line := range corpusLines(t, "train.jsonl") {
		post := gjson.GetBytes(line, "text").Raw
		full, ok1 := ProcessLine(a, []byte(`{"text":`+post+`}`), nil)
		typing, ok2 := ProcessLine(a, []byte(`{"text":`+post+`,"rewrite":false}`), nil)
		if !ok1 || !ok2 {
			t.Fatalf("ProcessLine failed: %s / %s", full, typing)
		}
		for _, key := range []string{"id", "language", "risk", "findings", "findings_omitted"} {
			if g, w := gjson.GetBytes(typing, key).Raw, gjson.GetBytes(full, key).Raw; g != w {
				t.Errorf("post %.40s…: %q with \"rewrite\": false = %s; want %s", post, key, g, w)
			}
		}
		for _, key := range []string{"intent", "rewrite", "advice"} {
			if gjson.GetBytes(typing, key).Exists() {
				t.Errorf("post %.40s…: %q present with \"rewrite\": false", post, key)
			}
		}
		if gjson.GetBytes(full, "rewrite").Exists() {
			rewrites++
		}
		posts++
	}
	if posts < 100 || rewrites < posts/4 {
		t.Fatalf("read %d posts, %d with a rewrite; want a corpus that exercises the rewrite", posts, rewrites)
	}
}

// TestParseBooleanOptions checks the request's two switches, "rewrite"
// (false skips it) and "compact" (true asks for the short answer): each
// takes true, false or null, and anything else is refused by name.
func TestParseBooleanOptions(t *testing.T) {
	for _, tc := range []struct {
		line          string
		skip, compact bool
		want          string // a part of the error, "" for none
	}{
		{`{"text":"hi"}`, false, false, ""},
		{`{"text":"hi","rewrite":true}`, false, false, ""},
		{`{"text":"hi","rewrite":null}`, false, false, ""},
		{`{"text":"hi","rewrite":false}`, true, false, ""},
		{`{"text":"hi","rewrite":0}`, false, false, `"rewrite" must be true or false`},
		{`{"text":"hi","rewrite":"false"}`, false, false, `"rewrite" must be true or false`},
		{`{"text":"hi","compact":false}`, false, false, ""},
		{`{"text":"hi","compact":null}`, false, false, ""},
		{`{"text":"hi","compact":true}`, false, true, ""},
		{`{"text":"hi","compact":1}`, false, false, `"compact" must be true or false`},
		{`{"text":"hi","compact":"true"}`, false, false, `"compact" must be true or false`},
	} {
		q, msg := ParseRequest([]byte(tc.line))
		if q.SkipRewrite != tc.skip || q.Compact != tc.compact || (tc.want == "") != (msg == "") || !strings.Contains(msg, tc.want) {
			t.Errorf("ParseRequest(%s) = SkipRewrite %v, Compact %v, error %q; want %v, %v, %q",
				tc.line, q.SkipRewrite, q.Compact, msg, tc.skip, tc.compact, tc.want)
		}
		if in, inMsg := ParseInput([]byte(tc.line)); in.SkipRewrite != tc.skip || inMsg != msg {
			t.Errorf("ParseInput(%s) = SkipRewrite %v, error %q; want %v, %q", tc.line, in.SkipRewrite, inMsg, tc.skip, msg)
		}
	}
}
