package main

import (
	"strings"
	"testing"
)

// TestReadWritten reads the analyzer's test tables: thousands of rows,
// each with its wanted span in its text, few skipped, and the same rows
// twice.
func TestReadWritten(t *testing.T) {
	set, err := readWritten("../../../analyzer")
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Rows) < 2000 || set.Skipped*20 > len(set.Rows) {
		t.Errorf("%d rows read, %d skipped", len(set.Rows), set.Skipped)
	}
	by := map[string]int{}
	held := 0
	for _, r := range set.Rows {
		by[r.Lang+" "+r.Category]++
		if heldOut(r) {
			held++
		}
		rec := r.record()
		if !strings.Contains(rec.Text, r.Want) || rec.Spans[0].End <= rec.Spans[0].Start {
			t.Errorf("%q: bad span %+v", r.Text, rec.Spans)
		}
	}
	t.Logf("%d rows (%d held out), %d skipped; %v", len(set.Rows), held, set.Skipped, by)
	again, err := readWritten("../../../analyzer")
	if err != nil || again.SHA256 != set.SHA256 {
		t.Errorf("read twice: %s then %s (%v)", set.SHA256, again.SHA256, err)
	}
}
