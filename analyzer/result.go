package analyzer

import (
	"cmp"
	"fmt"
	"slices"
	"unicode/utf16"
)

// Input is one post to analyze. Lang and Platform may be empty: without
// Lang the analyzer guesses the language; without Platform it assumes a
// closed group. Watch, when set, is the user's watch-list of client names.
// SkipRewrite leaves out the whole-post work only the rewrite needs: the
// rewrite, the advice and the intent they are written for (a quarter of an
// analysis). Findings and risk are the same either way; the extension asks
// this way while the user types, and for the rewrite when it shows it.
// Field: see its comment.
type Input struct {
	ID          string
	Text        string
	Lang        string
	Platform    string
	Watch       *Watchlist
	SkipRewrite bool
	// Field, when not empty, names the text field the post is typed in
	// (any key the caller keeps for it): the analyzer keeps what it found
	// in the field's last text and redoes only what the edit since can
	// change. The answer is the same with or without it.
	Field string
}

// Finding is one identifying detail: where it is (UTF-16 offsets into the
// post, end exclusive), what kind it is, why it matters and what to write
// instead. Why says which context made the analyzer keep it.
type Finding struct {
	Start       int
	End         int
	Text        string
	Category    string
	Severity    string
	Rule        string
	Message     string
	Replacement string
	Why         string

	// byteStart and byteEnd locate the span in the normalized Go string.
	byteStart, byteEnd int
}

// Risk is the post-level verdict.
type Risk struct {
	Level   string
	Score   float64
	Reasons []string
}

// Result is the analysis of one post, as docs/api.md §3 describes it.
type Result struct {
	ID       string
	Language string
	Intent   string
	Risk     Risk
	Findings []Finding
	Rewrite  string
	Advice   string
	// FindingsOmitted counts the findings left out past MaxFindings
	// ("findings_omitted" in JSON, only when not 0).
	FindingsOmitted int
	// Error, when set, says why the post could not be analyzed.
	Error string
}

// MaxFindings bounds the findings one result lists. Risk and rewrite are
// computed from all of them first; past the bound, a long text's answer
// would grow by some 300 bytes a finding (a 1 MB text of contact details
// answered 16 MB), for highlights nobody could review.
const MaxFindings = 1000

// capFindings keeps the MaxFindings most severe findings (the earliest
// among equals), in text order, and counts the rest in FindingsOmitted.
func (r *Result) capFindings() {
	if len(r.Findings) <= MaxFindings {
		return
	}
	idx := make([]int, len(r.Findings))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		return cmp.Or(severityRank(r.Findings[b].Severity)-severityRank(r.Findings[a].Severity), a-b)
	})
	keep := idx[:MaxFindings]
	slices.Sort(keep)
	out := make([]Finding, len(keep))
	for i, j := range keep {
		out[i] = r.Findings[j]
	}
	r.FindingsOmitted = len(r.Findings) - MaxFindings
	r.Findings = out
}

// CheckSpans reports the first way res's findings fail to fit text: out of
// order or overlapping, out of bounds, splitting a surrogate pair, or with
// a Text that is not the slice of text at its UTF-16 offsets. Tests of every
// layer that produces results use it.
func CheckSpans(text string, res Result) error {
	units := utf16.Encode([]rune(text))
	low := func(i int) bool { return i < len(units) && 0xDC00 <= units[i] && units[i] < 0xE000 }
	prevEnd := 0
	for _, f := range res.Findings {
		if f.Start < prevEnd || f.End <= f.Start || f.End > len(units) {
			return fmt.Errorf("finding %+v out of order or bounds (length %d)", f, len(units))
		}
		if low(f.Start) || low(f.End) {
			return fmt.Errorf("finding %q splits a surrogate pair at %d-%d", f.Text, f.Start, f.End)
		}
		if got := string(utf16.Decode(units[f.Start:f.End])); got != f.Text {
			return fmt.Errorf("finding text %q is not the slice %q", f.Text, got)
		}
		prevEnd = f.End
	}
	return nil
}
