package main

import (
	"bufio"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
)

// letters is an endless run of one byte, n bytes long, made as it is read.
type letters struct{ n int64 }

func (l *letters) Read(p []byte) (int, error) {
	if l.n == 0 {
		return 0, io.EOF
	}
	k := int(min(int64(len(p)), l.n))
	for i := range p[:k] {
		p[i] = 'a'
	}
	l.n -= int64(k)
	return k, nil
}

// TestJSONLLineCap sends a 100 MB line between two good ones: it gets an
// error result that states its size, the batch goes on, and the line is
// never held in memory (it once took 320 MB to reject).
func TestJSONLLineCap(t *testing.T) {
	const textBytes = 100 << 20
	head, tail := `{"id":"big","text":"`, "\"}\n"
	in := io.MultiReader(
		strings.NewReader(`{"id":"a","text":"hello","lang":"en"}`+"\n"),
		strings.NewReader(head), &letters{textBytes}, strings.NewReader(tail),
		strings.NewReader(`{"id":"b","text":"hello","lang":"en"}`),
	)
	var out, errs strings.Builder
	// Compile the English pack first: what is measured is the batch.
	runScan([]string{"--jsonl"}, strings.NewReader(`{"text":"hello","lang":"en"}`), bufio.NewWriter(io.Discard), io.Discard)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	w := bufio.NewWriter(&out)
	code := runScan([]string{"--jsonl"}, in, w, &errs)
	runtime.ReadMemStats(&after)
	w.Flush()
	if code != 1 {
		t.Errorf("exit status %d; want 1 (a line failed)", code)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d result lines; want 3:\n%s", len(lines), out.String())
	}
	size := len(head) + textBytes + len(tail)
	want := fmt.Sprintf(`{"id":"big","error":"line is %d bytes; the limit is %d"}`, size, maxLineBytes)
	if lines[1] != want {
		t.Errorf("result for the long line = %s; want %s", lines[1], want)
	}
	for k, id := range map[int]string{0: "a", 2: "b"} {
		if !strings.HasPrefix(lines[k], `{"id":"`+id+`","language":"en"`) {
			t.Errorf("result %d = %.80s; want an analysis of %q", k, lines[k], id)
		}
	}
	// Holding the line would take 100 MB at least; reading up to the
	// limit and no further takes a few times maxLineBytes (6 MB).
	grew := after.TotalAlloc - before.TotalAlloc
	if grew > 24<<20 {
		t.Errorf("scanning allocated %d MB; want the long line skipped, not kept", grew>>20)
	}
	t.Logf("a %d MB line rejected with %.1f MB allocated", size>>20, float64(grew)/(1<<20))
}
