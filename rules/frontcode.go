package rules

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"
)

// Word lists are sorted, so each line shares a prefix with the one before
// it ("Saint-Jean", "Saint-Jérôme"). Front coding stores each line as the
// length of that shared prefix (one byte) and the rest, which gzip then
// compresses about a fifth better than the plain sorted text: it no longer
// spends a back-reference on every repeated prefix. The lengths go
// together before the rests, not one before each line: gzip codes a run
// of small numbers and a run of text each better alone (5% smaller again
// on the built-in lists). The builds that ship to a browser or a Worker
// embed their lists this way (embed_packed*.go, made by
// scripts/cmd/packembed) to keep the .wasm small; ReadFile gives back the
// exact original bytes, so nothing downstream can tell.
//
// The encoding: frontCodeMagic, the number of lines n as a uvarint, n
// bytes (for each line of the original text, split at '\n', the piece
// after the last '\n' counting as a line, empty when the text ends with
// one: the length p ≤ 255 of the prefix it shares with the line before),
// then for each line its bytes after the first p, and '\n'. The first
// line's previous line is empty.
const frontCodeMagic = "\x00front-coded list 2\n"

// EncodeList front-codes the text of a word list (any text, in fact).
func EncodeList(text []byte) []byte {
	n := bytes.Count(text, []byte{'\n'}) + 1
	prefixes := make([]byte, 0, n)
	rests := make([]byte, 0, len(text)/2)
	var prev []byte
	for {
		line, rest, more := bytes.Cut(text, []byte{'\n'})
		p := 0
		for p < len(line) && p < len(prev) && p < 255 && line[p] == prev[p] {
			p++
		}
		prefixes = append(prefixes, byte(p))
		rests = append(rests, line[p:]...)
		rests = append(rests, '\n')
		if !more {
			break
		}
		prev, text = line, rest
	}
	out := make([]byte, 0, len(frontCodeMagic)+binary.MaxVarintLen64+len(prefixes)+len(rests))
	out = append(out, frontCodeMagic...)
	out = binary.AppendUvarint(out, uint64(len(prefixes)))
	out = append(out, prefixes...)
	return append(out, rests...)
}

// errFrontCode is what damaged or plain data gets from DecodeList.
var errFrontCode = errors.New("rules: not a front-coded list")

// DecodeList gives back the text EncodeList was given. It works in one
// pass and refuses data that EncodeList cannot have made.
func DecodeList(data []byte) ([]byte, error) {
	rest, ok := bytes.CutPrefix(data, []byte(frontCodeMagic))
	if !ok {
		return nil, errFrontCode
	}
	n, k := binary.Uvarint(rest)
	if k <= 0 || n == 0 || n > uint64(len(rest)-k)/2 { // each line takes a length and a '\n'
		return nil, errFrontCode
	}
	prefixes, rest := rest[k:k+int(n)], rest[k+int(n):]
	out := make([]byte, 0, 2*len(rest))
	prevStart := 0 // where the previous line starts in out
	for i, p := range prefixes {
		suffix, tail, found := bytes.Cut(rest, []byte{'\n'})
		if !found || int(p) > len(out)-prevStart { // the previous line is out[prevStart:]
			return nil, errFrontCode
		}
		if i > 0 {
			out = append(out, '\n')
		}
		start := len(out)
		out = append(out, out[prevStart:prevStart+int(p)]...)
		out = append(out, suffix...)
		prevStart, rest = start, tail
	}
	if len(rest) > 0 {
		return nil, errFrontCode
	}
	return out, nil
}

// frontCodedFS is a pack tree whose *.txt files are front-coded, perhaps
// bzip2-compressed too, and whose JSON files may be in a bundle (bzip.go):
// it reads them decoded, and everything else as it is.
type frontCodedFS struct {
	fsys    fs.FS
	bundles *bundles
}

func isListFile(name string) bool { return strings.HasSuffix(name, ".txt") }

// ReadFile returns a file's original bytes.
func (f frontCodedFS) ReadFile(name string) ([]byte, error) {
	b, err := fs.ReadFile(f.fsys, name)
	if err != nil {
		return b, err
	}
	if !isListFile(name) {
		if len(b) > 0 {
			return b, nil
		}
		data, ok, err := f.bundled(name)
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: name, Err: err}
		}
		if ok {
			return data, nil
		}
		return b, nil
	}
	text, err := f.decode(b)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	return text, nil
}

// decode decodes a stored list: front-coded, or a delta from a
// front-coded list of the tree (listdelta.go), either of them perhaps
// with its accent twins left out (twins.go), and the whole perhaps
// bzip2-compressed (bzip.go).
func (f frontCodedFS) decode(b []byte) ([]byte, error) {
	b, err := unBzip2(b)
	if err != nil {
		return nil, err
	}
	bitmap, rest, ok, err := cutTwinPrefix(b)
	if err != nil {
		return nil, err
	}
	if !ok {
		return f.decodeInner(rest)
	}
	reduced, err := f.decodeInner(rest)
	if err != nil {
		return nil, err
	}
	return expandTwins(reduced, bitmap)
}

// decodeInner decodes a front-coded list or a list delta, the base's
// text being its reduced text when its twins were left out.
func (f frontCodedFS) decodeInner(b []byte) ([]byte, error) {
	if !IsListDelta(b) {
		return DecodeList(b)
	}
	basePath, err := listDeltaBase(b)
	if err != nil {
		return nil, err
	}
	stored, err := fs.ReadFile(f.fsys, basePath)
	if err == nil {
		stored, err = unBzip2(stored)
	}
	if err == nil {
		_, stored, _, err = cutTwinPrefix(stored)
	}
	if err != nil || !isListFile(basePath) || IsListDelta(stored) {
		return nil, errListDelta
	}
	base, err := DecodeList(stored)
	if err != nil {
		return nil, err
	}
	return decodeListDelta(b, base)
}

// ReadDir lists a folder of the tree, without the JSON bundles.
func (f frontCodedFS) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(f.fsys, name)
	return slices.DeleteFunc(entries, func(e fs.DirEntry) bool { return e.Name() == jsonBundle }), err
}

// Open opens a file; a list or a JSON file opens decoded, as ReadFile
// reads it.
func (f frontCodedFS) Open(name string) (fs.File, error) {
	if !isListFile(name) && path.Ext(name) != ".json" {
		return f.fsys.Open(name)
	}
	text, err := f.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return &decodedFile{name: name, r: bytes.NewReader(text), size: int64(len(text))}, nil
}

// decodedFile is an opened list, decoded in memory.
type decodedFile struct {
	name string
	r    *bytes.Reader
	size int64
}

func (d *decodedFile) Read(p []byte) (int, error) { return d.r.Read(p) }
func (d *decodedFile) Close() error               { return nil }
func (d *decodedFile) Stat() (fs.FileInfo, error) { return decodedInfo{d}, nil }

// decodedInfo describes a decodedFile: a read-only file of its decoded size.
type decodedInfo struct{ d *decodedFile }

func (i decodedInfo) Name() string       { return i.d.name[strings.LastIndexByte(i.d.name, '/')+1:] }
func (i decodedInfo) Size() int64        { return i.d.size }
func (i decodedInfo) Mode() fs.FileMode  { return 0o444 }
func (i decodedInfo) ModTime() time.Time { return time.Time{} }
func (i decodedInfo) IsDir() bool        { return false }
func (i decodedInfo) Sys() any           { return nil }

// packedTree reads the pack folders under packed/ of fsys, as
// scripts/cmd/packembed writes them.
func packedTree(fsys fs.FS) packTree {
	sub, err := fs.Sub(fsys, "packed")
	if err != nil { // only for an invalid path, which "packed" is not
		panic(err)
	}
	return frontCodedFS{sub, &bundles{packs: map[string]map[string][]byte{}}}
}
