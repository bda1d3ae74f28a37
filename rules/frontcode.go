package rules

import (
	"bytes"
	"errors"
	"io/fs"
	"strings"
	"time"
)

// Word lists are sorted, so each line shares a prefix with the one before
// it ("Saint-Jean", "Saint-Jérôme"). Front coding stores each line as the
// length of that shared prefix (one byte) and the rest, which gzip then
// compresses about a fifth better than the plain sorted text: it no longer
// spends a back-reference on every repeated prefix. The builds that ship
// to a browser or a Worker embed their lists this way (embed_packed*.go,
// made by scripts/cmd/packembed) to keep the .wasm small; ReadFile gives
// back the exact original bytes, so nothing downstream can tell.
//
// The encoding: frontCodeMagic, then for each line of the original text
// (split at '\n'; the piece after the last '\n' counts as a line, empty
// when the text ends with one) a byte n ≤ 255, the line's bytes after the
// first n of the previous line, and '\n'. The first line's previous line
// is empty.
const frontCodeMagic = "\x00front-coded list 1\n"

// EncodeList front-codes the text of a word list (any text, in fact).
func EncodeList(text []byte) []byte {
	out := make([]byte, 0, len(frontCodeMagic)+len(text)/2)
	out = append(out, frontCodeMagic...)
	var prev []byte
	for {
		line, rest, more := bytes.Cut(text, []byte{'\n'})
		n := 0
		for n < len(line) && n < len(prev) && n < 255 && line[n] == prev[n] {
			n++
		}
		out = append(out, byte(n))
		out = append(out, line[n:]...)
		out = append(out, '\n')
		if !more {
			return out
		}
		prev, text = line, rest
	}
}

// errFrontCode is what damaged or plain data gets from DecodeList.
var errFrontCode = errors.New("rules: not a front-coded list")

// DecodeList gives back the text EncodeList was given. It works in one
// pass and refuses data that EncodeList cannot have made.
func DecodeList(data []byte) ([]byte, error) {
	rest, ok := bytes.CutPrefix(data, []byte(frontCodeMagic))
	if !ok || len(rest) == 0 {
		return nil, errFrontCode
	}
	out := make([]byte, 0, 2*len(rest))
	prevStart := 0 // where the previous line starts in out
	for first := true; len(rest) > 0; first = false {
		n := int(rest[0])
		suffix, tail, found := bytes.Cut(rest[1:], []byte{'\n'})
		if !found || n > len(out)-prevStart { // the previous line is out[prevStart:]
			return nil, errFrontCode
		}
		if !first {
			out = append(out, '\n')
		}
		start := len(out)
		out = append(out, out[prevStart:prevStart+n]...)
		out = append(out, suffix...)
		prevStart, rest = start, tail
	}
	return out, nil
}

// frontCodedFS is a pack tree whose *.txt files are front-coded: it reads
// them decoded, and everything else as it is.
type frontCodedFS struct{ fsys fs.FS }

func isListFile(name string) bool { return strings.HasSuffix(name, ".txt") }

// ReadFile returns a file's original bytes.
func (f frontCodedFS) ReadFile(name string) ([]byte, error) {
	b, err := fs.ReadFile(f.fsys, name)
	if err != nil || !isListFile(name) {
		return b, err
	}
	text, err := DecodeList(b)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	return text, nil
}

// ReadDir lists a folder of the tree.
func (f frontCodedFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(f.fsys, name) }

// Open opens a file; a list opens decoded, as ReadFile reads it.
func (f frontCodedFS) Open(name string) (fs.File, error) {
	if !isListFile(name) {
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
	return frontCodedFS{sub}
}
