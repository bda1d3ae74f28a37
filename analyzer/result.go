package analyzer

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Input is one post to analyze. Lang and Platform may be empty: without
// Lang the analyzer guesses the language; without Platform it assumes a
// closed group. Watch, when set, is the user's watch-list of client names.
type Input struct {
	ID       string
	Text     string
	Lang     string
	Platform string
	Watch    *Watchlist
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

// AppendJSON appends r as one line of JSON (no trailing newline). The
// encoding is hand-written so that the native and WebAssembly builds give
// byte-for-byte the same output, without reflection on the hot path.
func (r *Result) AppendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, r.ID)
	if r.Error != "" {
		b = append(b, `,"error":`...)
		b = appendString(b, r.Error)
		return append(b, '}')
	}
	b = append(b, `,"language":`...)
	b = appendString(b, r.Language)
	b = append(b, `,"intent":`...)
	b = appendString(b, r.Intent)
	b = append(b, `,"risk":{"level":`...)
	b = appendString(b, r.Risk.Level)
	b = append(b, `,"score":`...)
	b = strconv.AppendFloat(b, r.Risk.Score, 'f', 2, 64)
	b = append(b, `,"reasons":[`...)
	for i, s := range r.Risk.Reasons {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	b = append(b, `]},"findings":[`...)
	for i := range r.Findings {
		if i > 0 {
			b = append(b, ',')
		}
		b = r.Findings[i].appendJSON(b)
	}
	b = append(b, ']')
	if r.FindingsOmitted > 0 {
		b = append(b, `,"findings_omitted":`...)
		b = strconv.AppendInt(b, int64(r.FindingsOmitted), 10)
	}
	if r.Rewrite != "" {
		b = append(b, `,"rewrite":`...)
		b = appendString(b, r.Rewrite)
	}
	if r.Advice != "" {
		b = append(b, `,"advice":`...)
		b = appendString(b, r.Advice)
	}
	return append(b, '}')
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

func (f *Finding) appendJSON(b []byte) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(f.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(f.End), 10)
	for _, kv := range [...]struct{ k, v string }{
		{"text", f.Text}, {"category", f.Category}, {"severity", f.Severity},
		{"rule", f.Rule}, {"message", f.Message}, {"replacement", f.Replacement},
	} {
		b = append(b, ',', '"')
		b = append(b, kv.k...)
		b = append(b, '"', ':')
		b = appendString(b, kv.v)
	}
	if f.Why != "" {
		b = append(b, `,"why":`...)
		b = appendString(b, f.Why)
	}
	return append(b, '}')
}

const hex = "0123456789abcdef"

// appendString appends s as a JSON string. Invalid UTF-8 becomes U+FFFD;
// U+2028 and U+2029 are escaped so the output is also valid JavaScript.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20 || c == 0x7f:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, `\u202`...)
			b = append(b, hex[r&0xf])
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
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
