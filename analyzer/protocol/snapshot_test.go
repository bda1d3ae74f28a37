package protocol

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tidwall/gjson"

	"github.com/discreet-app/discreet/analyzer/analyzertest"
)

var update = flag.Bool("update", false, "rewrite testdata/dev-snapshot.txt from the analyzer's current output")

// snapshotFile holds, for every dev post, its id and the SHA-256 of the
// analyzer's answer line as `scripts/discreet scan --jsonl` writes it.
// Hashes, not the answers: the answers quote the posts, and no corpus
// text goes into a test expectation.
var snapshotFile = filepath.Join("testdata", "dev-snapshot.txt")

// TestDevSnapshot pins the analyzer's whole answer on the dev corpus, so a
// change meant to keep behaviour (a move, a speed-up) is proven to keep it
// byte for byte, and a change meant to alter it shows what it altered in
// review. After checking a wanted change, rewrite the file with
// `go test ./analyzer/protocol -run TestDevSnapshot -update`. A mismatch
// never rewrites it.
func TestDevSnapshot(t *testing.T) {
	a := analyzertest.Default(t)
	var got strings.Builder
	answers := map[string][]byte{}
	for _, line := range corpusLines(t, "dev.jsonl") {
		out, _ := ProcessLine(a, line, nil)
		id := gjson.GetBytes(line, "id").String()
		answers[id] = out
		fmt.Fprintf(&got, "%s %x\n", id, sha256.Sum256(out))
	}
	if *update {
		if err := os.WriteFile(snapshotFile, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(snapshotFile)
	if err != nil {
		t.Fatalf("%v (create it with go test ./analyzer/protocol -run TestDevSnapshot -update)", err)
	}
	gotLines, wantLines := strings.Split(got.String(), "\n"), strings.Split(string(want), "\n")
	diffs := 0
	for i := 0; i < max(len(gotLines), len(wantLines)); i++ {
		var g, w string
		if i < len(gotLines) {
			g = gotLines[i]
		}
		if i < len(wantLines) {
			w = wantLines[i]
		}
		if g == w {
			continue
		}
		if diffs++; diffs <= 3 {
			id, _, _ := strings.Cut(g, " ")
			t.Errorf("dev post %d answers differently from %s (%q, want %q); it now answers:\n%s", i+1, snapshotFile, g, w, bytes.TrimSpace(answers[id]))
		}
	}
	if diffs > 0 {
		t.Errorf("%d of %d dev answers differ; if the change is wanted, run go test ./analyzer/protocol -run TestDevSnapshot -update", diffs, len(wantLines)-1)
	}
}
