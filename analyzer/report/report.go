// Package report renders an analysis for a terminal: the post wrapped to
// the terminal's width with each finding underlined and numbered, then the
// findings one a line, the risk, the intent, why each rule matters, the
// rewrite and any advice. The CLI's scan command prints it.
package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/width"

	"github.com/discreet-app/discreet/analyzer"
)

// Options say how to render.
type Options struct {
	// Width is the number of columns to wrap the post to; 0 means 80.
	Width int
	// Color turns on ANSI colours by severity.
	Color bool
}

var severityColor = map[string]string{"high": "\x1b[31m", "medium": "\x1b[33m", "low": "\x1b[36m"}

const colorReset = "\x1b[0m"

// Write renders res, the analysis of text, to w.
func Write(w io.Writer, text string, res *analyzer.Result, opt Options) {
	if res.Error != "" {
		fmt.Fprintf(w, "error: %s\n", res.Error)
		return
	}
	if opt.Width <= 0 {
		opt.Width = 80
	}
	runes := []rune(strings.TrimRight(text, "\n"))
	marks := markRunes(runes, res.Findings)
	for _, ln := range wrap(runes, max(opt.Width, 20)) {
		fmt.Fprintln(w, strings.TrimRight(string(runes[ln.start:ln.end]), " "))
		writeMarks(w, runes, marks, ln, opt.Color)
	}
	writeFindings(w, res, opt.Color)
	writeSummary(w, res, opt.Width)
}

// para writes text wrapped to cols, each line after the first indented.
func para(w io.Writer, first, indent, text string, cols int) {
	runes := []rune(text)
	for i, ln := range wrap(runes, max(cols-len(indent), 20)) {
		lead := indent
		if i == 0 {
			lead = first
		}
		fmt.Fprintln(w, lead+strings.TrimRight(string(runes[ln.start:ln.end]), " "))
	}
}

// mark is a finding's span in runes and its number.
type mark struct {
	start, end int
	n          int
	severity   string
}

// markRunes turns the findings' UTF-16 offsets into rune offsets.
func markRunes(runes []rune, findings []analyzer.Finding) []mark {
	unitToRune := make([]int, 0, len(runes)+1)
	for i, r := range runes {
		unitToRune = append(unitToRune, i)
		if utf16.RuneLen(r) == 2 {
			unitToRune = append(unitToRune, i)
		}
	}
	unitToRune = append(unitToRune, len(runes))
	at := func(u int) int { return unitToRune[min(max(u, 0), len(unitToRune)-1)] }
	out := make([]mark, len(findings))
	for i, f := range findings {
		out[i] = mark{start: at(f.Start), end: at(f.End), n: i + 1, severity: f.Severity}
	}
	return out
}

// line is a run of runes [start, end) that fits the width.
type line struct{ start, end int }

// wrap breaks the text at its newlines and, within a line, at the last
// space that keeps it within cols columns (mid-word only when a word is
// longer than the line). The spaces at a break stay on the earlier line.
func wrap(runes []rune, cols int) []line {
	var out []line
	start := 0
	for start <= len(runes) {
		end := start
		for end < len(runes) && runes[end] != '\n' {
			end++
		}
		out = wrapLine(out, runes, start, end, cols)
		start = end + 1
	}
	return out
}

func wrapLine(out []line, runes []rune, start, end, cols int) []line {
	for {
		w, cut, space := 0, start, -1
		for cut < end && w+columns(runes[cut]) <= cols {
			if runes[cut] == ' ' {
				space = cut
			}
			w += columns(runes[cut])
			cut++
		}
		if cut == end {
			return append(out, line{start, end})
		}
		if space > start {
			cut = space + 1
		}
		out = append(out, line{start, cut})
		start = cut
	}
}

// columns is how many terminal columns r takes.
func columns(r rune) int {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	if r < ' ' {
		return 0
	}
	return 1
}

// writeMarks underlines, below ln, the parts of the findings inside it,
// and numbers each finding under the line where it starts, where the
// number fits before the next one.
func writeMarks(w io.Writer, runes []rune, marks []mark, ln line, color bool) {
	var under, nums strings.Builder
	ucol, ncol := 0, 0 // columns written so far to under and nums
	for _, m := range marks {
		s, e := max(m.start, ln.start), min(m.end, ln.end)
		if s >= e {
			continue
		}
		col := colsOf(runes[ln.start:s])
		if col < ucol {
			continue // overlaps the mark before it: findings never do
		}
		under.WriteString(strings.Repeat(" ", col-ucol))
		seg := max(colsOf(runes[s:e]), 1)
		head := "~"
		if s == m.start {
			head = "^"
		}
		body := head + strings.Repeat("~", seg-1)
		if color {
			body = severityColor[m.severity] + body + colorReset
		}
		under.WriteString(body)
		ucol = col + seg
		if label := fmt.Sprint(m.n); s == m.start && col >= ncol {
			nums.WriteString(strings.Repeat(" ", col-ncol))
			nums.WriteString(label)
			ncol = col + len(label) + 1
			nums.WriteByte(' ')
		}
	}
	if ucol > 0 {
		fmt.Fprintln(w, under.String())
	}
	if ncol > 0 {
		fmt.Fprintln(w, strings.TrimRight(nums.String(), " "))
	}
}

func colsOf(rs []rune) int {
	n := 0
	for _, r := range rs {
		n += columns(r)
	}
	return n
}

// writeFindings lists the findings by number: category, severity, the
// text, what it would be replaced with, and the rule.
func writeFindings(w io.Writer, res *analyzer.Result, color bool) {
	if len(res.Findings) == 0 {
		return
	}
	fmt.Fprintln(w, "\nfindings:")
	for i, f := range res.Findings {
		sev := f.Severity
		if color {
			sev = severityColor[f.Severity] + sev + colorReset
		}
		fmt.Fprintf(w, "%4d  %-12s %s  %q", i+1, f.Category, sev, f.Text)
		if f.Replacement != "" {
			fmt.Fprintf(w, " → %q", f.Replacement)
		}
		fmt.Fprintf(w, "  (%s)\n", f.Rule)
	}
}

// writeSummary writes the risk, the intent, why each rule matters, the
// rewrite and the advice, wrapped to cols.
func writeSummary(w io.Writer, res *analyzer.Result, cols int) {
	risk := fmt.Sprintf("risk: %s (%.2f)", res.Risk.Level, res.Risk.Score)
	if len(res.Risk.Reasons) > 0 {
		risk += ": " + strings.Join(res.Risk.Reasons, "; ")
	}
	fmt.Fprintln(w)
	para(w, "", "  ", risk, cols)
	fmt.Fprintf(w, "intent: %s · language: %s · %d finding(s)\n", res.Intent, res.Language, len(res.Findings))
	if len(res.Findings) > 0 {
		fmt.Fprintln(w, "\nwhy:")
		seen := map[string]bool{}
		for _, f := range res.Findings {
			if !seen[f.Rule] {
				seen[f.Rule] = true
				para(w, "  ", "    ", f.Rule+": "+f.Message, cols)
			}
		}
	}
	if res.Rewrite != "" {
		fmt.Fprintln(w, "\nsuggested rewrite:")
		for _, p := range strings.Split(res.Rewrite, "\n") {
			para(w, "  ", "  ", p, cols)
		}
	}
	if res.Advice != "" {
		fmt.Fprintln(w)
		para(w, "advice: ", "  ", res.Advice, cols)
	}
}
