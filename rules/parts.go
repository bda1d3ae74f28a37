package rules

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
)

// A pack may be one pack.json, or a pack.json with its sections in files
// of their own beside it: any other *.json in the pack folder, and one file
// per rule category under rules/. Each part is a JSON object holding some
// of the pack's top-level fields. The arrays "rules" and "intents" may
// stand in several parts and are joined in file order (pack.json, then the
// folder's files by name, then rules/ in the order of Categories); any
// other field may be set
// by one part only.
const ruleDir = "rules"

// appendable are the top-level arrays several parts may add to.
var appendable = []string{"rules", "intents"}

// part is one file of a pack and the top-level fields it sets.
type part struct {
	file   string
	fields map[string]json.RawMessage
	keys   []string // in the order of the file
}

// origin records, after assembly, which file each rule came from, so
// errors name the file a maintainer has to open.
type origin struct {
	ruleFiles []string          // by rule index
	fields    map[string]string // top-level field → file
}

// partFiles lists the part files of the pack in dir besides pack.json, in
// load order, relative to dir. A Source that cannot list folders has
// pack.json only.
func partFiles(src Source, dir string) ([]string, error) {
	var top, rules []string
	switch s := src.(type) {
	case Files:
		prefix := dir + "/"
		if dir == "." || dir == "" {
			prefix = ""
		}
		for name := range s {
			rel, ok := strings.CutPrefix(name, prefix)
			if !ok || !strings.HasSuffix(rel, ".json") {
				continue
			}
			switch d, f := path.Split(rel); d {
			case "":
				top = append(top, rel)
			case ruleDir + "/":
				rules = append(rules, path.Join(ruleDir, f))
			}
		}
	case fs.ReadDirFS:
		var err error
		if top, err = jsonIn(s, dir, ""); err != nil {
			return nil, err
		}
		if rules, err = jsonIn(s, path.Join(dir, ruleDir), ruleDir); err != nil {
			return nil, err
		}
	default:
		return nil, nil
	}
	top = slices.DeleteFunc(top, func(f string) bool { return f == "pack.json" })
	sort.Strings(top)
	slices.SortFunc(rules, byCategory)
	return append(top, rules...), nil
}

// byCategory orders rule files named after a category (rules/age.json)
// as Categories does, then any other file by name: where two rules find
// the same span with the same severity, the one loaded first wins.
func byCategory(a, b string) int {
	rank := func(f string) int {
		i := slices.Index(Categories, strings.TrimSuffix(path.Base(f), ".json"))
		if i < 0 {
			return len(Categories)
		}
		return i
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra - rb
	}
	return strings.Compare(a, b)
}

// jsonIn lists the *.json files of dir in fsys, as prefix/name; a missing
// folder has none.
func jsonIn(fsys fs.ReadDirFS, dir, prefix string) ([]string, error) {
	entries, err := fsys.ReadDir(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".json") {
			out = append(out, path.Join(prefix, e.Name()))
		}
	}
	return out, nil
}

// readPart decodes the top level of one part.
func readPart(file string, data []byte) (part, *Error) {
	p := part{file: file, fields: map[string]json.RawMessage{}}
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return p, &Error{File: file, Msg: "a pack file must hold one JSON object"}
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return p, &Error{File: file, Msg: DescribeJSONError(data, err)}
		}
		key, _ := t.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return p, &Error{File: file, Msg: DescribeJSONError(data, err)}
		}
		if _, dup := p.fields[key]; dup {
			return p, &Error{File: file, Field: key, Msg: "set twice in this file"}
		}
		p.fields[key] = raw
		p.keys = append(p.keys, key)
	}
	if _, err := dec.Token(); err != nil {
		return p, &Error{File: file, Msg: DescribeJSONError(data, err)}
	}
	if dec.More() {
		return p, &Error{File: file, Msg: "trailing data after the pack object"}
	}
	return p, nil
}

// assemble joins the parts into the JSON of one pack object, and says
// where each rule and field came from.
func assemble(parts []part) ([]byte, origin, ErrorList) {
	var errs ErrorList
	o := origin{fields: map[string]string{}}
	var out bytes.Buffer
	out.WriteByte('{')
	arrays := map[string][]json.RawMessage{}
	sep := func() {
		if out.Len() > 1 {
			out.WriteByte(',')
		}
	}
	for _, pt := range parts {
		for _, key := range pt.keys {
			raw := pt.fields[key]
			if slices.Contains(appendable, key) {
				var items []json.RawMessage
				if err := json.Unmarshal(raw, &items); err != nil {
					errs.Add(pt.file, "", key, "must be an array")
					continue
				}
				arrays[key] = append(arrays[key], items...)
				if key == "rules" {
					for range items {
						o.ruleFiles = append(o.ruleFiles, pt.file)
					}
				}
				if _, ok := o.fields[key]; !ok {
					o.fields[key] = pt.file
				}
				continue
			}
			if prev, ok := o.fields[key]; ok {
				errs.Add(pt.file, "", key, fmt.Sprintf("already set in %s", prev))
				continue
			}
			o.fields[key] = pt.file
			sep()
			k, _ := json.Marshal(key)
			out.Write(k)
			out.WriteByte(':')
			out.Write(raw)
		}
	}
	for _, key := range appendable {
		items, ok := arrays[key]
		if !ok {
			continue
		}
		sep()
		fmt.Fprintf(&out, "%q:[", key)
		for i, it := range items {
			if i > 0 {
				out.WriteByte(',')
			}
			out.Write(it)
		}
		out.WriteByte(']')
	}
	out.WriteByte('}')
	return out.Bytes(), o, errs
}

// blame finds, after the assembled pack failed to decode, the part at
// fault by decoding each on its own.
func blame(parts []part, raw map[string][]byte) ErrorList {
	var errs ErrorList
	for _, pt := range parts {
		if _, err := decode(pt.file, raw[pt.file]); err != nil {
			if el, ok := err.(ErrorList); ok {
				errs = append(errs, el...)
			}
		}
	}
	return errs
}
