package rules

import (
	"bytes"
	"encoding/json"
	"path"
	"strings"
)

// The extension's .wasm embeds the packs' JSON files as scripts/cmd/packembed
// writes them with PackJSON: without the indentation the repository keeps
// for people (gzip codes it nearly free, but not free: 16 KB of the .wasm),
// and with each rule's examples cut to its first "flag" and first "pass"
// sentence. The analysis never reads the examples; the extension's warm-up
// does (Analyzer.WarmUpInputs), and one of each per rule still reaches
// every rule's pattern and the code for the text around a detail. The
// tests keep reading the files as written (TestRuleExamples runs them all);
// TestPackedJSONLoadsTheSamePacks proves a stripped pack decodes to the
// same Pack but for the examples cut. Together 54 KB of the .wasm gzipped
// (BENCHMARKS.md, h-size12).

// PackJSON returns the JSON file at p (a path in a pack tree, "en/rules/age.json")
// as the packed builds embed it: compact, each rule's examples cut to one
// "flag" and one "pass". A .json file PackJSON cannot read as a pack part
// is returned compacted only; any other file, or one not JSON, as it is.
func PackJSON(p string, b []byte) []byte {
	var out bytes.Buffer
	if !strings.HasSuffix(p, ".json") || json.Compact(&out, b) != nil {
		return b
	}
	compact := out.Bytes()
	if path.Base(p) == "tagger.json" {
		return compact
	}
	pt, perr := readPart(p, compact)
	if perr != nil {
		return compact
	}
	raw, ok := pt.fields["rules"]
	if !ok {
		return compact
	}
	var rules []map[string]json.RawMessage
	if json.Unmarshal(raw, &rules) != nil {
		return compact
	}
	for _, r := range rules {
		exRaw, ok := r["examples"]
		if !ok {
			continue
		}
		var ex Examples
		if json.Unmarshal(exRaw, &ex) != nil {
			return compact
		}
		ex.Flag, ex.Pass = firstOnly(ex.Flag), firstOnly(ex.Pass)
		cut, err := marshal(ex)
		if err != nil {
			return compact
		}
		r["examples"] = cut
	}
	cutRules, err := marshal(rules)
	if err != nil {
		return compact
	}
	pt.fields["rules"] = cutRules
	var w bytes.Buffer
	w.WriteByte('{')
	for i, key := range pt.keys {
		if i > 0 {
			w.WriteByte(',')
		}
		k, _ := json.Marshal(key)
		w.Write(k)
		w.WriteByte(':')
		w.Write(pt.fields[key])
	}
	w.WriteByte('}')
	return w.Bytes()
}

// marshal encodes v compactly, with '<', '>' and '&' as they are
// (json.Marshal would write each as six bytes).
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte{'\n'}), nil
}

// firstOnly keeps the first element of s, if any.
func firstOnly(s []string) []string {
	if len(s) > 1 {
		return s[:1]
	}
	return s
}
