package protocol

import (
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer"
)

// AppendResult appends r as one line of JSON (no trailing newline). The
// encoding is hand-written so that the native and WebAssembly builds give
// byte-for-byte the same output, without reflection on the hot path.
func AppendResult(b []byte, r *analyzer.Result) []byte {
	b, ok := appendHead(b, r)
	if !ok {
		return b
	}
	for i := range r.Findings {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendFinding(b, &r.Findings[i], true, true)
	}
	return appendTail(append(b, ']'), r)
}

// AppendCompact appends r as AppendResult does, less what a reader that
// holds the post can do without ("compact": true in a request; the
// extension asks this way): a finding carries no "text" (it is the post's
// slice at its offsets), no "why" and no empty "replacement" (a finding to
// remove), and each rule's message is written
// once, in a "messages" object keyed by rule after "findings", instead of
// in every finding of that rule. A finding whose message is not its rule's
// first one (no pack gives one rule two messages) keeps its own. The rest
// is as AppendResult writes it. For a post of 1,000 characters the answer
// is about half as long.
func AppendCompact(b []byte, r *analyzer.Result) []byte {
	b, ok := appendHead(b, r)
	if !ok {
		return b
	}
	var first [32]int // the first finding of each rule, in order of appearance
	rules := first[:0]
	for i := range r.Findings {
		if i > 0 {
			b = append(b, ',')
		}
		f := &r.Findings[i]
		j := slices.IndexFunc(rules, func(k int) bool { return r.Findings[k].Rule == f.Rule })
		own := j >= 0 && r.Findings[rules[j]].Message != f.Message
		if j < 0 {
			rules = append(rules, i)
		}
		b = appendFinding(b, f, false, own)
	}
	b = append(b, `],"messages":{`...)
	for i, k := range rules {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, r.Findings[k].Rule)
		b = append(b, ':')
		b = appendString(b, r.Findings[k].Message)
	}
	return appendTail(append(b, '}'), r)
}

// appendHead appends r up to its findings' opening bracket, or r's whole
// error answer, and reports whether findings follow.
func appendHead(b []byte, r *analyzer.Result) ([]byte, bool) {
	b = append(b, `{"id":`...)
	b = appendString(b, r.ID)
	if r.Error != "" {
		b = append(b, `,"error":`...)
		b = appendString(b, r.Error)
		return append(b, '}'), false
	}
	b = append(b, `,"language":`...)
	b = appendString(b, r.Language)
	if r.Intent != "" { // absent only when the request skipped the rewrite
		b = append(b, `,"intent":`...)
		b = appendString(b, r.Intent)
	}
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
	return append(b, `]},"findings":[`...), true
}

// appendTail appends what follows the findings (and the messages).
func appendTail(b []byte, r *analyzer.Result) []byte {
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

// appendFinding appends f; full says whether with its text, its why and
// an empty replacement (AppendResult) or without them (AppendCompact),
// message whether with its message.
func appendFinding(b []byte, f *analyzer.Finding, full, message bool) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(f.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(f.End), 10)
	for _, kv := range [...]struct {
		k, v string
		keep bool
	}{
		{"text", f.Text, full}, {"category", f.Category, true}, {"severity", f.Severity, true},
		{"rule", f.Rule, true}, {"message", f.Message, message}, {"replacement", f.Replacement, full || f.Replacement != ""},
	} {
		if !kv.keep {
			continue
		}
		b = append(b, ',', '"')
		b = append(b, kv.k...)
		b = append(b, '"', ':')
		b = appendString(b, kv.v)
	}
	if full && f.Why != "" {
		b = append(b, `,"why":`...)
		b = appendString(b, f.Why)
	}
	return append(b, '}')
}

const hex = "0123456789abcdef"

// appendString appends s as a JSON string. Invalid UTF-8 becomes U+FFFD;
// U+2028 and U+2029 are escaped so the output is also valid JavaScript.
// Runs that need no escaping, most of an answer, are passed over eight
// bytes at a time (plainRun).
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0 // s[start:i] is a run still to copy as it is
	for i := 0; i < len(s); {
		if i = plainRun(s, i); i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != 0x7f && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r != utf8.RuneError || size != 1) && r != '\u2028' && r != '\u2029' {
			i += size
			continue
		}
		b = append(b, s[start:i]...)
		if r == utf8.RuneError {
			b = append(b, `\ufffd`...)
		} else {
			b = append(b, `\u202`...)
			b = append(b, hex[r&0xf])
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// plainRun returns i moved past the groups of eight bytes of s that are
// all printable ASCII other than '"' and '\\', which appendString copies
// as they are. The tests are the usual bit tricks on a 64-bit word, each
// exact as to whether any byte qualifies: a byte below 0x20, a byte equal
// to '"' or '\\' (a zero byte after the XOR), a byte of 0x7f or more.
func plainRun(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		v := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		ctrl := (v - 0x20*ones) &^ v
		quote := v ^ '"'*ones
		quote = (quote - ones) &^ quote
		slash := v ^ '\\'*ones
		slash = (slash - ones) &^ slash
		high := v | (v + ones)
		if (ctrl|quote|slash|high)&highs != 0 {
			return i
		}
	}
	return i
}
