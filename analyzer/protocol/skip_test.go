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

func TestParseRewriteOption(t *testing.T) {
	for _, tc := range []struct {
		line string
		skip bool
		want string // a part of the error, "" for none
	}{
		{`{"text":"hi"}`, false, ""},
		{`{"text":"hi","rewrite":true}`, false, ""},
		{`{"text":"hi","rewrite":null}`, false, ""},
		{`{"text":"hi","rewrite":false}`, true, ""},
		{`{"text":"hi","rewrite":0}`, false, `"rewrite" must be true or false`},
		{`{"text":"hi","rewrite":"false"}`, false, `"rewrite" must be true or false`},
	} {
		in, msg := ParseInput([]byte(tc.line))
		if in.SkipRewrite != tc.skip || (tc.want == "") != (msg == "") || !strings.Contains(msg, tc.want) {
			t.Errorf("ParseInput(%s) = SkipRewrite %v, error %q; want %v, %q", tc.line, in.SkipRewrite, msg, tc.skip, tc.want)
		}
	}
}
