package analyzer

import (
	"strings"
	"testing"
)

// A long text full of details answers with at most MaxFindings findings
// and says how many it left out; before the cap a 1 MB text of contact
// details answered 16 MB.
func TestFindingsCapped(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("Call Dr. Jane Smith at 555-123-4567. ", 1000)
	res := a.Analyze(Input{Text: text, Lang: "en"})
	if len(res.Findings) != MaxFindings || res.FindingsOmitted == 0 {
		t.Fatalf("Analyze(%d bytes) = %d findings, %d omitted; want %d and some omitted",
			len(text), len(res.Findings), res.FindingsOmitted, MaxFindings)
	}
	if res.Rewrite == "" {
		t.Errorf("capped result has no rewrite")
	}
}

// The most severe findings are kept, in text order.
func TestCapFindingsKeepsSevere(t *testing.T) {
	var r Result
	n := MaxFindings + 10
	for i := range n {
		sev := "low"
		if i%100 == 99 {
			sev = "high"
		}
		r.Findings = append(r.Findings, Finding{Start: i, Severity: sev})
	}
	r.capFindings()
	if len(r.Findings) != MaxFindings || r.FindingsOmitted != 10 {
		t.Fatalf("capFindings = %d kept, %d omitted; want %d, 10", len(r.Findings), r.FindingsOmitted, MaxFindings)
	}
	highs := 0
	for i, f := range r.Findings {
		if i > 0 && f.Start <= r.Findings[i-1].Start {
			t.Fatalf("findings out of text order at %d", i)
		}
		if f.Severity == "high" {
			highs++
		}
	}
	if highs != n/100 {
		t.Errorf("kept %d high findings; want all %d", highs, n/100)
	}
}

func TestCheckSpans(t *testing.T) {
	text := "Hi 😀 Ana and Bo"
	good := Result{Findings: []Finding{{Start: 6, End: 9, Text: "Ana"}, {Start: 14, End: 16, Text: "Bo"}}}
	if err := CheckSpans(text, good); err != nil {
		t.Errorf("CheckSpans(good) = %v", err)
	}
	for name, f := range map[string][]Finding{
		"overlap":   {{Start: 6, End: 9, Text: "Ana"}, {Start: 8, End: 9, Text: "a"}},
		"bounds":    {{Start: 14, End: 17, Text: "Bo"}},
		"surrogate": {{Start: 4, End: 5, Text: "\xed"}},
		"text":      {{Start: 6, End: 9, Text: "Ann"}},
	} {
		if err := CheckSpans(text, Result{Findings: f}); err == nil {
			t.Errorf("CheckSpans(%s) = nil; want an error", name)
		}
	}
}
