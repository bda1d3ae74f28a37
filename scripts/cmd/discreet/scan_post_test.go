package main

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer"
)

// A post over the limit is refused without claiming a size it never read
// (it used to say "text is 1048577 bytes" of a 10 MB file).
func TestScanPostTooLong(t *testing.T) {
	in := strings.NewReader(strings.Repeat("a ", analyzer.MaxTextBytes))
	var out, errOut bytes.Buffer
	code := runScan([]string{"--json", "-"}, in, &out, &errOut)
	got := out.String()
	if code != 1 || !strings.Contains(got, `"error":"text is longer than `+strconv.Itoa(analyzer.MaxTextBytes)) ||
		strings.Contains(got, strconv.Itoa(analyzer.MaxTextBytes+1)) {
		t.Errorf("scan --json of %d bytes = %d %s; want 1 and an error that states only the limit", 2*analyzer.MaxTextBytes, code, got)
	}
}
