// Package protocol is the wire format of the analyzer (docs/api.md): one
// JSON request object in, one JSON result line out. The CLI, the native
// server, the Worker and the extension's WebAssembly bridge all speak it
// through this package, so each answers a request byte for byte alike.
package protocol

import (
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/tidwall/gjson"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/watchlist"
)

// MaxInputDepth bounds how deeply a request may nest arrays and objects.
// A request is one flat object; the bound is checked by a loop before
// gjson's recursive validator runs, whose recursion would otherwise
// exhaust the small goroutine stacks of WebAssembly on hostile input.
const MaxInputDepth = 32

// Request is one parsed request: the analyzer's input and how its answer
// is written (Compact: see AppendCompact).
type Request struct {
	analyzer.Input
	Compact bool
	// Field is the request's "field": which text field of the page the
	// post is typed in. Only the extension's bridge uses it
	// (AppendFieldLine); the CLI and the servers answer without it, so
	// that no one's text outlives their request there.
	Field string
}

// Append appends the answer r to b in the form q asked for.
func (q *Request) Append(b []byte, r *analyzer.Result) []byte {
	if q.Compact {
		return AppendCompact(b, r)
	}
	return AppendResult(b, r)
}

// ParseInput is ParseRequest for the callers that write every answer in
// full: the analyzer's input and an error message, as ParseRequest gives.
func ParseInput(line []byte) (analyzer.Input, string) {
	q, msg := ParseRequest(line)
	return q.Input, msg
}

// ParseRequest decodes one request object {"id","text","lang"?,"platform"?,
// "watchlist"?: {"salt","hashes"}, "rewrite"?: false, "compact"?: true,
// "field"?: string}
// with gjson (see Watchlist; "rewrite": false is
// analyzer.Input.SkipRewrite, "compact": true the short answer of
// AppendCompact). It returns the request and, for a line that cannot be
// used, an error message for the result's "error" field (ID is kept when
// readable).
//
// It is strict where JSON parsers disagree: a key given twice at the top
// level is an error (Go's gjson would take the first "text", JavaScript
// and encoding/json the last), and so is nesting deeper than
// MaxInputDepth. The CLI, the native server and the Worker all parse
// requests here.
func ParseRequest(line []byte) (Request, string) {
	var q Request
	if !utf8.Valid(line) {
		q.ID = gjson.GetBytes(line, "id").String()
		return q, "input is not valid UTF-8"
	}
	if depth(line) > MaxInputDepth {
		return q, fmt.Sprintf("input is nested more than %d levels deep", MaxInputDepth)
	}
	if !gjson.ValidBytes(line) {
		return q, "input is not valid JSON"
	}
	root := gjson.ParseBytes(line)
	if !root.IsObject() {
		return q, "input must be a JSON object"
	}
	f, dup := readFields(root)
	if dup != "" {
		return q, fmt.Sprintf("key %q is given more than once", dup)
	}
	in := &q.Input
	id := f[fieldID]
	switch id.Type {
	case gjson.String:
		in.ID = id.Str
	case gjson.Number:
		in.ID = id.Raw
	case gjson.Null:
	default:
		return q, `"id" must be a string`
	}
	text := f[fieldText]
	if text.Type != gjson.String {
		return q, `"text" must be a string`
	}
	in.Text = text.Str
	for _, o := range [...]struct {
		field int
		dst   *string
	}{{fieldLang, &in.Lang}, {fieldPlatform, &in.Platform}, {fieldField, &q.Field}} {
		v := f[o.field]
		switch v.Type {
		case gjson.String:
			*o.dst = v.Str
		case gjson.Null:
		default:
			return q, `"` + fieldKeys[o.field] + `" must be a string`
		}
	}
	for _, o := range [...]struct {
		field int
		dst   *bool
		not   bool // the option is set by false
	}{{fieldRewrite, &in.SkipRewrite, true}, {fieldCompact, &q.Compact, false}} {
		switch v := f[o.field]; v.Type {
		case gjson.True, gjson.False:
			*o.dst = (v.Type == gjson.True) != o.not
		case gjson.Null:
		default:
			return q, `"` + fieldKeys[o.field] + `" must be true or false`
		}
	}
	if w := f[fieldWatchlist]; w.Exists() && w.Type != gjson.Null {
		watch, msg := parseWatchlist(w)
		if msg != "" {
			return q, msg
		}
		in.Watch = watch
	}
	return q, ""
}

// parseWatchlist decodes {"salt": "...", "hashes": ["hex", ...]}.
func parseWatchlist(w gjson.Result) (*watchlist.List, string) {
	const want = `"watchlist" must be {"salt": string, "hashes": [hex strings]}`
	salt, hashes := w.Get("salt"), w.Get("hashes")
	if !w.IsObject() || salt.Type != gjson.String || !hashes.IsArray() {
		return nil, want
	}
	var list []string
	bad := false
	hashes.ForEach(func(_, h gjson.Result) bool {
		if h.Type != gjson.String || len(list) >= watchlist.MaxEntries {
			bad = true
			return false
		}
		list = append(list, h.Str)
		return true
	})
	if bad {
		return nil, want + fmt.Sprintf(", at most %d", watchlist.MaxEntries)
	}
	watch, err := watchlist.New(salt.Str, list)
	if err != nil {
		return nil, err.Error()
	}
	return watch, ""
}

// depth returns the deepest nesting of arrays and objects in b, in one
// pass without recursion, ignoring brackets inside strings. It stops
// counting once past MaxInputDepth.
func depth(b []byte) int {
	d, deepest := 0, 0
	inString, escaped := false, false
	for _, c := range b {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			d++
			if d > deepest {
				deepest = d
				if deepest > MaxInputDepth {
					return deepest
				}
			}
		case c == '}' || c == ']':
			d--
		}
	}
	return deepest
}

// The keys of a request, in the order of fields' indexes.
const (
	fieldID = iota
	fieldText
	fieldLang
	fieldPlatform
	fieldRewrite
	fieldCompact
	fieldWatchlist
	fieldField
	nfields
)

var fieldKeys = [nfields]string{"id", "text", "lang", "platform", "rewrite", "compact", "watchlist", "field"}

// readFields reads the object obj once: the value of each key of a
// request (an absent key's does not Exist, as with obj.Get), and a key
// that obj has more than once (compared after unescaping), or "". One
// pass, where a Get per key and a check for duplicates each went over
// the post's text again.
func readFields(obj gjson.Result) (f [nfields]gjson.Result, dup string) {
	var few [8]string // the keys seen; a map once there are more
	seen := few[:0]
	var many map[string]bool
	obj.ForEach(func(k, v gjson.Result) bool {
		key := k.String()
		switch {
		case many != nil:
			if many[key] {
				dup = key
			}
			many[key] = true
		case slices.Contains(seen, key):
			dup = key
		case len(seen) < cap(seen):
			seen = append(seen, key)
		default:
			many = make(map[string]bool, 2*len(seen))
			for _, s := range seen {
				many[s] = true
			}
			many[key] = true
		}
		if dup != "" {
			return false
		}
		if i := slices.Index(fieldKeys[:], key); i >= 0 {
			f[i] = v
		}
		return true
	})
	return f, dup
}

// ProcessLine runs the docs/api.md §1 batch protocol for one input line and
// returns one output line (no newline) and whether the line succeeded.
// detect, when not nil, is asked for the language of inputs without "lang".
func ProcessLine(a *analyzer.Analyzer, line []byte, detect analyzer.Detector) ([]byte, bool) {
	return AppendLine(nil, a, line, detect)
}

// AppendLine is ProcessLine appending its output line to b, so that a
// caller answering many requests can reuse one buffer.
func AppendLine(b []byte, a *analyzer.Analyzer, line []byte, detect analyzer.Detector) ([]byte, bool) {
	return appendLine(b, a, line, detect, false)
}

// AppendFieldLine is AppendLine that passes the request's "field" on
// (analyzer.Input.Field): the analyzer keeps the field's last analysis in
// the process's memory and reuses what the edit since left as it was; the
// answer is the same. For the extension's bridge, whose process serves one
// browser's user.
func AppendFieldLine(b []byte, a *analyzer.Analyzer, line []byte, detect analyzer.Detector) ([]byte, bool) {
	return appendLine(b, a, line, detect, true)
}

func appendLine(b []byte, a *analyzer.Analyzer, line []byte, detect analyzer.Detector, field bool) ([]byte, bool) {
	q, msg := ParseRequest(line)
	if field {
		q.Input.Field = q.Field
	}
	var res analyzer.Result
	if msg != "" {
		res = analyzer.Result{ID: q.ID, Error: msg}
	} else {
		res = a.AnalyzeWith(q.Input, detect)
	}
	return q.Append(b, &res), res.Error == ""
}
