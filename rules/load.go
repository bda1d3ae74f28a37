package rules

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
)

// preferred orders the built-in languages; a pack folder of another
// language is still loaded, after these.
var preferred = []string{"en", "fr", "es"}

// Languages lists the languages whose packs are built in, in order of preference.
func Languages() []string {
	var out []string
	entries, _ := fs.ReadDir(embedded, ".")
	var dirs []string
	for _, e := range entries {
		if _, err := fs.Stat(embedded, e.Name()+"/pack.json"); err == nil {
			dirs = append(dirs, e.Name())
		}
	}
	for _, l := range preferred {
		if slices.Contains(dirs, l) {
			out = append(out, l)
		}
	}
	for _, d := range dirs {
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// packTree is what the built-in packs are read from: the pack folders as
// embedded (embed_all.go, embed_en.go), or the same with front-coded word
// lists (embed_packed.go, embed_packed_en.go).
type packTree interface {
	fs.ReadDirFS
	fs.ReadFileFS
}

// EmbeddedFS returns the built-in pack folders, for Load.
func EmbeddedFS() Source { return embedded }

// Source is anything that can read a pack's files by slash-separated path:
// an embed.FS, an os.DirFS, or the Files of a served Document.
type Source interface {
	ReadFile(name string) ([]byte, error)
}

// Files is an in-memory Source, as carried by a Document.
type Files map[string]string

// ReadFile returns the named file or fs.ErrNotExist.
func (f Files) ReadFile(name string) ([]byte, error) {
	s, ok := f[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return []byte(s), nil
}

// Load reads, decodes and validates the pack in dir of src. Every problem
// found is returned together as an ErrorList.
func Load(src Source, dir string) (*Pack, error) { return load(src, dir, true) }

// load reads the pack in dir; validate=false skips Validate and the
// per-line checks of word lists, for the built-in packs, which the test
// suite validates (TestEmbeddedPacksLoad, TestRuleExamples): a Worker
// instance lives for one request and cannot afford to check them again.
func load(src Source, dir string, validate bool) (*Pack, error) {
	file := path.Join(dir, "pack.json")
	data, err := src.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("rules: %s: %w", file, err)
	}
	p, err := decodeParts(src, dir, file, data)
	if err != nil {
		return nil, err
	}
	errs := p.expandWordClasses()
	p.Lists = make(map[string][]string, len(p.ListFiles))
	for _, name := range sortedKeys(p.ListFiles) {
		lf := path.Join(dir, p.ListFiles[name])
		b, err := src.ReadFile(lf)
		if err != nil {
			errs.Add(p.fileOf("lists"), "", "lists."+name, err.Error())
			continue
		}
		if !validate {
			p.Lists[name] = splitList(b)
			continue
		}
		entries, lerrs := ParseList(lf, b)
		errs = append(errs, lerrs...)
		p.Lists[name] = entries
	}
	if validate {
		errs = append(errs, p.Validate()...)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return p, nil
}

// decodeParts decodes pack.json (file, holding data) and the part files
// beside it (parts.go) as one pack.
func decodeParts(src Source, dir, file string, data []byte) (*Pack, error) {
	names, err := partFiles(src, dir)
	if err != nil {
		return nil, fmt.Errorf("rules: %s: %w", dir, err)
	}
	if len(names) == 0 {
		return decode(file, data)
	}
	raw := map[string][]byte{file: data}
	var errs ErrorList
	var parts []part
	for _, name := range append([]string{""}, names...) {
		f := file
		if name != "" {
			f = path.Join(dir, name)
			b, err := src.ReadFile(f)
			if err != nil {
				errs.Add(f, "", "", err.Error())
				continue
			}
			raw[f] = b
		}
		pt, perr := readPart(f, raw[f])
		if perr != nil {
			errs = append(errs, perr)
			continue
		}
		parts = append(parts, pt)
	}
	joined, o, aerrs := assemble(parts)
	if errs = append(errs, aerrs...); len(errs) > 0 {
		return nil, errs
	}
	p, err := decode(file, joined)
	if err != nil {
		if el := blame(parts, raw); len(el) > 0 {
			return nil, el
		}
		return nil, err
	}
	p.origin = o
	for i := range p.Rules {
		if i < len(o.ruleFiles) {
			p.Rules[i].File = o.ruleFiles[i]
		}
	}
	return p, nil
}

func decode(file string, data []byte) (*Pack, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	p := &Pack{File: file}
	if err := dec.Decode(p); err != nil {
		return nil, ErrorList{{File: file, Msg: DescribeJSONError(data, err)}}
	}
	if dec.More() {
		return nil, ErrorList{{File: file, Msg: "trailing data after the pack object"}}
	}
	return p, nil
}

// DescribeJSONError turns a decoding error of data into a message with a line number
// and, for unknown fields, the field's name.
func DescribeJSONError(data []byte, err error) string {
	var off int64 = -1
	switch e := err.(type) {
	case *json.SyntaxError:
		off = e.Offset
	case *json.UnmarshalTypeError:
		return fmt.Sprintf("field %q: %s value where %s was expected (line %d)",
			e.Field, e.Value, e.Type, lineOf(data, e.Offset))
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Sprintf("line %d: unexpected end of JSON (unclosed bracket or string?)", lineOf(data, int64(len(data))))
	}
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "json: ")
	if strings.HasPrefix(msg, "unknown field ") {
		return "unknown field " + strings.TrimPrefix(msg, "unknown field ")
	}
	if off >= 0 {
		return fmt.Sprintf("line %d: %s", lineOf(data, off), msg)
	}
	return msg
}

func lineOf(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// ParseList reads a word list: one entry a line, '#' starts a comment line,
// surrounding space is trimmed, blank lines are skipped. Entries must be
// valid UTF-8 and free of control characters.
func ParseList(file string, data []byte) ([]string, ErrorList) {
	var out []string
	var errs ErrorList
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !validText(line) {
			errs.Add(file, "", fmt.Sprintf("line %d", i+1), "invalid UTF-8 or control character")
			continue
		}
		out = append(out, line)
	}
	return out, errs
}

// splitList is ParseList without the checks, for trusted lists.
func splitList(data []byte) []string {
	text := string(data)
	out := make([]string, 0, strings.Count(text, "\n")+1)
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if line != "" && (edgeMaySpace(line[0]) || edgeMaySpace(line[len(line)-1])) {
			line = strings.TrimSpace(line)
		}
		if line != "" && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
}

// edgeMaySpace reports whether a line starting or ending with b may have
// white space to trim: ASCII space and controls, or a multi-byte rune.
func edgeMaySpace(b byte) bool { return b <= ' ' || b >= 0x80 }

type embeddedPack struct {
	once sync.Once
	pack *Pack
	err  error
}

var embeddedByLang sync.Map // lang → *embeddedPack

// EmbeddedPack returns the built-in pack of lang, read once per process
// and only when first asked for.
func EmbeddedPack(lang string) (*Pack, error) {
	if !slices.Contains(Languages(), lang) {
		return nil, fmt.Errorf("rules: no pack for language %q", lang)
	}
	v, _ := embeddedByLang.LoadOrStore(lang, &embeddedPack{})
	ep := v.(*embeddedPack)
	ep.once.Do(func() { ep.pack, ep.err = load(embedded, lang, false) })
	return ep.pack, ep.err
}

// Embedded returns all the built-in packs, validated.
func Embedded() (map[string]*Pack, error) {
	packs := make(map[string]*Pack)
	var errs ErrorList
	for _, lang := range Languages() {
		p, err := Load(embedded, lang)
		if err != nil {
			if el, ok := err.(ErrorList); ok {
				errs = append(errs, el...)
			} else {
				errs = append(errs, &Error{File: lang, Msg: err.Error()})
			}
			continue
		}
		packs[lang] = p
	}
	if len(errs) > 0 {
		return packs, errs
	}
	return packs, nil
}

// Document is a pack as one self-contained JSON value: the pack's files by
// path, so it can be served, signed, cached and loaded again with Load.
type Document struct {
	Lang    string `json:"lang"`
	Version string `json:"version"`
	Files   Files  `json:"files"`
}

// EmbeddedDocument returns the built-in pack of lang as a Document in its
// canonical JSON encoding (sorted keys, no insignificant space).
func EmbeddedDocument(lang string) ([]byte, error) {
	if !slices.Contains(Languages(), lang) {
		return nil, fmt.Errorf("rules: no pack for language %q", lang)
	}
	files := Files{}
	err := fs.WalkDir(embedded, lang, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := embedded.ReadFile(p)
		if err != nil {
			return err
		}
		files[strings.TrimPrefix(p, lang+"/")] = string(b)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Only the version is needed here; the tests validate the built-in packs.
	var head struct {
		Version string `json:"version"`
	}
	if err := json.Unmarshal([]byte(files["pack.json"]), &head); err != nil {
		return nil, fmt.Errorf("rules: %s/pack.json: %w", lang, err)
	}
	return json.Marshal(Document{Lang: lang, Version: head.Version, Files: files})
}

// ParseDocument decodes a Document and loads the pack it carries.
func ParseDocument(data []byte) (*Pack, error) { return parseDocument(data, true) }

// ParseBuiltInDocument is ParseDocument for a document made by
// EmbeddedDocument in the same build (the Worker ships its built-in packs
// as static assets beside its code): like EmbeddedPack, it skips the
// validation the test suite has done, which would cost an isolate seconds
// of WebAssembly on its first request.
func ParseBuiltInDocument(data []byte) (*Pack, error) { return parseDocument(data, false) }

func parseDocument(data []byte, validate bool) (*Pack, error) {
	var doc Document
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, ErrorList{{File: "document", Msg: DescribeJSONError(data, err)}}
	}
	p, err := load(doc.Files, ".", validate)
	if err != nil {
		return nil, err
	}
	if p.Lang != doc.Lang || p.Version != doc.Version {
		return nil, ErrorList{{File: "document", Msg: fmt.Sprintf(
			"document says %s %s but its pack.json says %s %s", doc.Lang, doc.Version, p.Lang, p.Version)}}
	}
	return p, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
