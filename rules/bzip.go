package rules

import (
	"bytes"
	"compress/bzip2"
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

// The packed tree's last layer (h-room17): bzip2, whose decoder is in the
// standard library. Its sorted blocks code the word lists ~11% smaller
// than gzip does, and the JSON files of a pack ~15% smaller when they go
// together in one stream; the .wasm is gzipped, and bzip2 data then stays
// as it is. Two forms:
//
// A word list, stored as PackLists leaves it (front-coded, a delta, its
// twins left out), may be stored as bzip2Magic and a bzip2 stream of that
// stored form. Reading undoes the bzip2 first, then the rest as before.
//
// A pack's JSON files may go together into one file, <lang>/jsonBundle:
// bzip2Magic and a bzip2 stream of bundleMagic, then for each file in
// byte order of path its path and its bytes, each a uvarint length and
// the bytes. The JSON files themselves are then stored empty, so that
// folders list as before; reading an empty JSON file of a pack with a
// bundle gives the bundle's copy, which is decoded once, on the first read.
//
// PackBzip2 keeps each form only where it is smaller under the size
// measure it is given and reads back to the exact bytes, so no reader can
// tell. The .wasm links only the decoder; the encoder is the caller's
// (packembed runs the bzip2 command: scripts/gzsize.Bzip2).
const (
	bzip2Magic  = "\x00bzip2 1\n"
	bundleMagic = "\x00json bundle 1\n"
	jsonBundle  = "json.bundle"
)

var errBundle = errors.New("rules: damaged JSON bundle")

// unBzip2 undoes the bzip2 form of stored data; other data is returned as
// it is.
func unBzip2(b []byte) ([]byte, error) {
	rest, ok := bytes.CutPrefix(b, []byte(bzip2Magic))
	if !ok {
		return b, nil
	}
	return io.ReadAll(bzip2.NewReader(bytes.NewReader(rest)))
}

// PackBzip2 returns the packed tree (path → stored bytes, as packembed
// writes rules/packed/) with its lists and each pack's JSON files in the
// bzip2 forms wherever size finds them smaller. compress must return a
// bzip2 stream of its argument; its first error is returned.
func PackBzip2(tree map[string][]byte, compress func([]byte) ([]byte, error), size func([]byte) int) (map[string][]byte, error) {
	out := map[string][]byte{}
	jsonOf := map[string][]string{} // pack → its JSON paths
	for p, b := range tree {
		out[p] = b
		switch {
		case isListFile(p):
			z, err := compress(b)
			if err != nil {
				return nil, err
			}
			c := append([]byte(bzip2Magic), z...)
			if dec, err := unBzip2(c); err == nil && bytes.Equal(dec, b) && size(c) < size(b) {
				out[p] = c
			}
		case strings.HasSuffix(p, ".json") && strings.Contains(p, "/"):
			pack := p[:strings.IndexByte(p, '/')]
			jsonOf[pack] = append(jsonOf[pack], p)
		}
	}
	for pack, paths := range jsonOf {
		slices.Sort(paths)
		bundle, plain := []byte(bundleMagic), []byte{}
		for _, p := range paths {
			bundle = appendBytes(appendBytes(bundle, []byte(p)), tree[p])
			plain = append(plain, tree[p]...)
		}
		z, err := compress(bundle)
		if err != nil {
			return nil, err
		}
		c := append([]byte(bzip2Magic), z...)
		files, err := readBundle(c)
		if err != nil || len(files) != len(paths) || size(c) >= size(plain) {
			continue
		}
		same := true
		for _, p := range paths {
			same = same && bytes.Equal(files[p], tree[p])
		}
		if !same {
			continue
		}
		for _, p := range paths {
			out[p] = nil
		}
		out[pack+"/"+jsonBundle] = c
	}
	return out, nil
}

func appendBytes(b, s []byte) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// readBundle decodes a stored JSON bundle into its files by path.
func readBundle(stored []byte) (map[string][]byte, error) {
	b, err := unBzip2(stored)
	if err != nil {
		return nil, err
	}
	rest, ok := bytes.CutPrefix(b, []byte(bundleMagic))
	if !ok {
		return nil, errBundle
	}
	take := func() ([]byte, bool) {
		n, k := binary.Uvarint(rest)
		if k <= 0 || n > uint64(len(rest)-k) {
			return nil, false
		}
		s := rest[k : k+int(n)]
		rest = rest[k+int(n):]
		return s, true
	}
	files := map[string][]byte{}
	for len(rest) > 0 {
		p, ok1 := take()
		data, ok2 := take()
		if !ok1 || !ok2 {
			return nil, errBundle
		}
		files[string(p)] = data
	}
	return files, nil
}

// bundles holds the JSON bundles of a packed tree read so far, by pack.
type bundles struct {
	mu    sync.Mutex
	packs map[string]map[string][]byte // nil: the pack has none
}

// bundled returns the copy of JSON file name in its pack's bundle; ok is
// false when the pack has no bundle or the bundle no such file.
func (f frontCodedFS) bundled(name string) (data []byte, ok bool, err error) {
	pack, _, found := strings.Cut(name, "/")
	if !found || path.Ext(name) != ".json" {
		return nil, false, nil
	}
	f.bundles.mu.Lock()
	defer f.bundles.mu.Unlock()
	files, seen := f.bundles.packs[pack]
	if !seen {
		stored, err := fs.ReadFile(f.fsys, pack+"/"+jsonBundle)
		if err == nil {
			files, err = readBundle(stored)
		} else if errors.Is(err, fs.ErrNotExist) {
			err = nil
		}
		if err != nil {
			return nil, false, err
		}
		f.bundles.packs[pack] = files
	}
	data, ok = files[name]
	return slices.Clone(data), ok, nil
}
