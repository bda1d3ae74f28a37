package protocol

import (
	"testing"
	"unicode/utf16"

	"github.com/tidwall/gjson"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/analyzertest"
)

// TestCompactSaysTheSame asks for every train post in full and with
// "compact": true (both as typing asks, "rewrite": false, and with the
// rewrite): rebuilt as the extension rebuilds it (the text sliced from the
// post, the message from "messages"), every finding must be the full
// answer's less its "why", and the rest of the answer the same JSON.
func TestCompactSaysTheSame(t *testing.T) {
	a := analyzertest.Default(t)
	var fullBytes, compactBytes, findings int
	for _, line := range corpusLines(t, "train.jsonl") {
		post := gjson.GetBytes(line, "text")
		units := utf16.Encode([]rune(post.Str))
		for _, extra := range []string{`,"rewrite":false`, ``} {
			full, ok1 := ProcessLine(a, []byte(`{"text":`+post.Raw+extra+`}`), nil)
			compact, ok2 := ProcessLine(a, []byte(`{"text":`+post.Raw+extra+`,"compact":true}`), nil)
			if !ok1 || !ok2 {
				t.Fatalf("ProcessLine failed: %s / %s", full, compact)
			}
			if extra != "" { // typing's answers: the ones the extension sends most
				fullBytes += len(full)
				compactBytes += len(compact)
			}
			for _, key := range []string{"id", "language", "intent", "risk", "findings_omitted", "rewrite", "advice"} {
				if g, w := gjson.GetBytes(compact, key).Raw, gjson.GetBytes(full, key).Raw; g != w {
					t.Errorf("post %.40s…: %q compact = %s; want %s", post.Str, key, g, w)
				}
			}
			want := gjson.GetBytes(full, "findings").Array()
			got := gjson.GetBytes(compact, "findings").Array()
			messages := gjson.GetBytes(compact, "messages")
			if len(got) != len(want) || !messages.IsObject() {
				t.Fatalf("post %.40s…: compact findings %d, messages %s; want %d findings and an object", post.Str, len(got), messages.Raw, len(want))
			}
			for i, g := range got {
				w := want[i]
				if g.Get("text").Exists() || g.Get("why").Exists() {
					t.Errorf("post %.40s…: compact finding %s has a text or why", post.Str, g.Raw)
				}
				if r := g.Get("replacement"); r.Exists() && r.Str == "" {
					t.Errorf("post %.40s…: compact finding %s has an empty replacement", post.Str, g.Raw)
				}
				for _, key := range []string{"start", "end", "category", "severity", "rule"} {
					if g.Get(key).Raw != w.Get(key).Raw {
						t.Errorf("post %.40s…: finding %d %q = %s; want %s", post.Str, i, key, g.Get(key).Raw, w.Get(key).Raw)
					}
				}
				if g.Get("replacement").Str != w.Get("replacement").Str {
					t.Errorf("post %.40s…: finding %d replacement %s; want %s", post.Str, i, g.Get("replacement").Raw, w.Get("replacement").Raw)
				}
				msg := g.Get("message")
				if !msg.Exists() {
					msg = messages.Get(gjson.Escape(g.Get("rule").Str))
				}
				if msg.Str != w.Get("message").Str {
					t.Errorf("post %.40s…: finding %d message %q; want %q", post.Str, i, msg.Str, w.Get("message").Str)
				}
				start, end := g.Get("start").Int(), g.Get("end").Int()
				if text := string(utf16.Decode(units[start:end])); text != w.Get("text").Str {
					t.Errorf("post %.40s…: finding %d slices %q; want %q", post.Str, i, text, w.Get("text").Str)
				}
				findings++
			}
		}
	}
	if findings < 1000 {
		t.Fatalf("compared %d findings; want a corpus with many", findings)
	}
	if compactBytes*100 > fullBytes*80 {
		t.Errorf("typing's compact answers are %d bytes, full ones %d; want at most 80%%", compactBytes, fullBytes)
	} else {
		t.Logf("typing's answers: compact %d bytes, full %d", compactBytes, fullBytes)
	}
}

// TestCompactOwnMessage: a finding whose message is not the one its rule
// gave first keeps its own, and each rule's message is written once.
func TestCompactOwnMessage(t *testing.T) {
	r := analyzer.Result{ID: "x", Language: "en", Risk: analyzer.Risk{Level: "low"}, Findings: []analyzer.Finding{
		{Start: 0, End: 1, Text: "a", Rule: "r1", Message: "one", Why: "w"},
		{Start: 2, End: 3, Text: "b", Rule: "r2", Message: "two", Replacement: "b2"},
		{Start: 4, End: 5, Text: "c", Rule: "r1", Message: "one"},
		{Start: 6, End: 7, Text: "d", Rule: "r1", Message: "other"},
	}}
	got := string(AppendCompact(nil, &r))
	want := `{"id":"x","language":"en","risk":{"level":"low","score":0.00,"reasons":[]},"findings":[` +
		`{"start":0,"end":1,"category":"","severity":"","rule":"r1"},` +
		`{"start":2,"end":3,"category":"","severity":"","rule":"r2","replacement":"b2"},` +
		`{"start":4,"end":5,"category":"","severity":"","rule":"r1"},` +
		`{"start":6,"end":7,"category":"","severity":"","rule":"r1","message":"other"}],` +
		`"messages":{"r1":"one","r2":"two"}}`
	if got != want {
		t.Errorf("AppendCompact =\n%s\nwant\n%s", got, want)
	}
	r.Error = "bad"
	if got := string(AppendCompact(nil, &r)); got != `{"id":"x","error":"bad"}` {
		t.Errorf("AppendCompact of an error = %s", got)
	}
}
