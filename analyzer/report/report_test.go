package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		text string
		cols int
		want []string
	}{
		{"short line", 20, []string{"short line"}},
		{"one two three four five", 10, []string{"one two ", "three ", "four five"}},
		{"abcdefghijklmnopqrstuvwxyz", 10, []string{"abcdefghij", "klmnopqrst", "uvwxyz"}},
		{"first\nsecond line here", 12, []string{"first", "second line ", "here"}},
		{"日本語のテキスト", 6, []string{"日本語", "のテキ", "スト"}},
	}
	for _, tt := range tests {
		runes := []rune(tt.text)
		var got []string
		for _, ln := range wrap(runes, tt.cols) {
			got = append(got, string(runes[ln.start:ln.end]))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrap(%q, %d) = %q; want %q", tt.text, tt.cols, got, tt.want)
		}
	}
}

// TestMarksFollowTheWrap checks that a finding cut by a line break is
// underlined on both lines, under its own letters, after an emoji outside
// the BMP (two UTF-16 units, one rune, two columns).
func TestMarksFollowTheWrap(t *testing.T) {
	text := "🙂 we saw Maria Gonzalez yesterday"
	res := &analyzer.Result{Findings: []analyzer.Finding{
		{Start: 10, End: 24, Text: "Maria Gonzalez", Category: "name", Severity: "high", Rule: "en/x"},
	}}
	var b bytes.Buffer
	Write(&b, text, res, Options{Width: 20})
	lines := strings.Split(b.String(), "\n")
	want := []string{
		"🙂 we saw Maria ",
		"          ^~~~~~", // the space inside the name too
		"          1",
		"Gonzalez yesterday",
		"~~~~~~~~",
	}
	want[0] = strings.TrimRight(want[0], " ")
	for i, w := range want {
		if i >= len(lines) || lines[i] != w {
			t.Fatalf("report line %d = %q; want %q\n%s", i, lines[min(i, len(lines)-1)], w, b.String())
		}
	}
}
