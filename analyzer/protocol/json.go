package protocol

import (
	"strconv"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer"
)

// AppendResult appends r as one line of JSON (no trailing newline). The
// encoding is hand-written so that the native and WebAssembly builds give
// byte-for-byte the same output, without reflection on the hot path.
func AppendResult(b []byte, r *analyzer.Result) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, r.ID)
	if r.Error != "" {
		b = append(b, `,"error":`...)
		b = appendString(b, r.Error)
		return append(b, '}')
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
	b = append(b, `]},"findings":[`...)
	for i := range r.Findings {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendFinding(b, &r.Findings[i])
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

func appendFinding(b []byte, f *analyzer.Finding) []byte {
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
	start := 0 // s[start:i] is a run still to copy as it is
	for i := 0; i < len(s); {
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
