package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer"
)

var update = flag.Bool("update", false, "rewrite the .golden files of TestGolden")

// TestGolden analyzes every testdata/NAME.txt and compares the
// annotated report with NAME.golden. The first line of a post may be
// "#lang xx platform" to set the language and platform. Regenerate only
// with -update; a mismatch never rewrites the file.
func TestGolden(t *testing.T) {
	a, err := analyzer.Default()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden posts: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			in := analyzer.Input{Text: string(raw), Lang: "en"}
			if first, rest, ok := strings.Cut(in.Text, "\n"); ok && strings.HasPrefix(first, "#lang ") {
				fields := strings.Fields(first)
				in.Lang = fields[1]
				if len(fields) > 2 {
					in.Platform = fields[2]
				}
				in.Text = rest
			}
			in.Text = strings.TrimRight(in.Text, "\n")
			res := a.Analyze(in)
			checkSpans(t, in.Text, res)
			var got bytes.Buffer
			Write(&got, in.Text, &res, Options{Width: 80})
			golden := strings.TrimSuffix(file, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./analyzer/report -run TestGolden -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s: report differs from %s (run with -update after checking the change)\n--- got\n%s\n--- want\n%s", file, golden, got.Bytes(), want)
			}
		})
	}
}

// checkSpans checks that each finding's offsets are in order and that its
// text is the slice of the post they give.
func checkSpans(t *testing.T, text string, res analyzer.Result) {
	t.Helper()
	if err := analyzer.CheckSpans(text, res); err != nil {
		t.Fatal(err)
	}
}
