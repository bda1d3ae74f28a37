package analyzer

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

var severityColor = map[string]string{"high": "\x1b[31m", "medium": "\x1b[33m", "low": "\x1b[36m"}

const colorReset = "\x1b[0m"

// Annotate writes text line by line with each finding underlined (^~~~),
// labelled with its category, severity, rule and replacement and followed
// by its message; then the risk, intent, rewrite and advice. With color it
// uses ANSI colours by severity. The CLI and the golden tests print this.
func Annotate(w io.Writer, text string, res *Result, color bool) {
	if res.Error != "" {
		fmt.Fprintf(w, "error: %s\n", res.Error)
		return
	}
	units := utf16.Encode([]rune(text))
	lineStart := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		lineEnd := lineStart + len(utf16.Encode([]rune(line)))
		if line == "" {
			continue
		}
		fmt.Fprintln(w, strings.TrimRight(line, "\n"))
		for _, f := range res.Findings {
			if f.Start < lineStart || f.Start >= lineEnd {
				continue
			}
			col := utf8.RuneCountInString(string(utf16.Decode(units[lineStart:f.Start])))
			width := max(1, utf8.RuneCountInString(f.Text))
			mark := strings.Repeat(" ", col) + "^" + strings.Repeat("~", width-1)
			label := fmt.Sprintf(" %s (%s, %s)", f.Category, f.Severity, f.Rule)
			if f.Replacement != "" {
				label += fmt.Sprintf(" → %q", f.Replacement)
			}
			if color {
				fmt.Fprintf(w, "%s%s%s%s\n", severityColor[f.Severity], mark, label, colorReset)
			} else {
				fmt.Fprintf(w, "%s%s\n", mark, label)
			}
		}
		lineStart = lineEnd
	}
	fmt.Fprintf(w, "\nrisk: %s (%.2f)", res.Risk.Level, res.Risk.Score)
	if len(res.Risk.Reasons) > 0 {
		fmt.Fprintf(w, ": %s", strings.Join(res.Risk.Reasons, "; "))
	}
	fmt.Fprintf(w, "\nintent: %s · language: %s · %d finding(s)\n", res.Intent, res.Language, len(res.Findings))
	if len(res.Findings) > 0 {
		fmt.Fprintln(w, "\nwhy:")
		seen := map[string]bool{}
		for _, f := range res.Findings {
			if !seen[f.Rule] {
				seen[f.Rule] = true
				fmt.Fprintf(w, "  %s: %s\n", f.Rule, f.Message)
			}
		}
	}
	if res.Rewrite != "" {
		fmt.Fprintf(w, "\nsuggested rewrite:\n  %s\n", res.Rewrite)
	}
	if res.Advice != "" {
		fmt.Fprintf(w, "\nadvice: %s\n", res.Advice)
	}
}
