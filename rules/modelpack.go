package rules

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"io/fs"
	"path"
)

// The extension's .wasm (rules_packed, models_packed.go) embeds its model
// files packed by scripts/cmd/packembed, each undone to its exact bytes
// when the program starts; nothing downstream can tell. Two forms:
//
// The story taggers' weights.bin: a model's feature keys are sorted
// 32-bit hashes, which gzip codes at ~4 bytes each. Stored as the
// differences between consecutive keys, split into four byte planes (the
// low bytes of all the differences, then the next ones…), they take ~2.7
// bytes each gzipped: most high bytes are zero. The packed form is
// packedWeightsMagic, then segments: a uvarint length and that many bytes
// as they are, then, unless the data ends there, a uvarint count n of
// keys and their 4n plane bytes (differences modulo 2³², the first from
// zero), and the next segment.
//
// The intent model (intent.model): its weights are base64 text, so that
// it travels in pack documents; gzip codes base64 at ~6 bits a character
// whatever the bytes, the bytes themselves gzip to ~25% less. The packed
// form is packedIntentMagic, a uvarint length and the text before the
// base64 (the header lines), a uvarint line width, then the decoded bytes;
// unpacking writes them back as base64 lines of that width, each ending
// in '\n'.
const (
	packedWeightsMagic = "\x00packed weights 1\n"
	packedIntentMagic  = "\x00packed intent 1\n"
)

// errPackedModel is what damaged packed model data gets.
var errPackedModel = errors.New("rules: damaged packed model file")

// PackModel returns the packed form of the model file at p (a path as
// BuiltInModelFiles gives it: "en/_tagger/weights.bin", "intent.model"),
// or b itself when it has none, or when b's form is not the one expected
// (the packed form is only kept when UnpackModel gives b back exactly).
// The packed form is about as long: it is smaller gzipped.
func PackModel(p string, b []byte) []byte {
	var enc []byte
	switch {
	case path.Base(p) == "weights.bin":
		enc = packWeights(b)
	case p == intentFile:
		enc = packIntent(b)
	}
	if enc == nil {
		return b
	}
	if dec, err := UnpackModel(enc); err != nil || !bytes.Equal(dec, b) {
		return b
	}
	return enc
}

// UnpackModel undoes PackModel; data in no packed form is returned as it is.
func UnpackModel(data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte(packedWeightsMagic)):
		return unpackWeights(data[len(packedWeightsMagic):])
	case bytes.HasPrefix(data, []byte(packedIntentMagic)):
		return unpackIntent(data[len(packedIntentMagic):])
	}
	return data, nil
}

// Magic numbers of the story weights' parts (analyzer/spans.go,
// analyzer/internal/tagger, analyzer/internal/spanclf): a file of another
// version is stored as it is (PackModel checks that it unpacks exactly).
const (
	storyFileMagic  = "DSCSTY\x00\x01"
	taggerFileMagic = "DSCTAG\x00\x03"
	spanFileMagic   = "DSCSPC\x00\x01"
)

// weightKeys returns where the feature keys of a story weights file are:
// pairs of offset and count, in order; nil when b is not as expected.
func weightKeys(b []byte) []int {
	u32 := func(i int) int {
		if i < 0 || i+4 > len(b) {
			return -1
		}
		return int(binary.LittleEndian.Uint32(b[i:]))
	}
	tag, span := 0, len(b)
	if bytes.HasPrefix(b, []byte(storyFileMagic)) {
		n := u32(len(storyFileMagic))
		tag = len(storyFileMagic) + 4
		if n < 0 || tag+n > len(b) {
			return nil
		}
		span = tag + n
	}
	var keys []int
	if !bytes.HasPrefix(b[tag:], []byte(taggerFileMagic)) {
		return nil
	}
	i := tag + len(taggerFileMagic)
	if i >= len(b) {
		return nil
	}
	nc := int(b[i])
	i++
	for range nc {
		if i >= len(b) {
			return nil
		}
		i += 1 + int(b[i])
	}
	if nf := u32(i); nf >= 0 && i+8+4*nf <= span {
		keys = append(keys, i+8, nf)
	} else {
		return nil
	}
	if span < len(b) {
		if !bytes.HasPrefix(b[span:], []byte(spanFileMagic)) {
			return nil
		}
		i := span + len(spanFileMagic) + 1
		if n := u32(i); n >= 0 && i+4+4*n <= len(b) {
			keys = append(keys, i+4, n)
		} else {
			return nil
		}
	}
	return keys
}

// packWeights packs a story weights file, or returns nil.
func packWeights(b []byte) []byte {
	keys := weightKeys(b)
	if keys == nil {
		return nil
	}
	out := []byte(packedWeightsMagic)
	at := 0
	for k := 0; k < len(keys); k += 2 {
		start, n := keys[k], keys[k+1]
		out = binary.AppendUvarint(out, uint64(start-at))
		out = append(out, b[at:start]...)
		out = binary.AppendUvarint(out, uint64(n))
		planes := make([]byte, 4*n)
		var prev uint32
		for j := range n {
			key := binary.LittleEndian.Uint32(b[start+4*j:])
			d := key - prev
			prev = key
			for p := range 4 {
				planes[p*n+j] = byte(d >> (8 * p))
			}
		}
		out = append(out, planes...)
		at = start + 4*n
	}
	out = binary.AppendUvarint(out, uint64(len(b)-at))
	return append(out, b[at:]...)
}

// unpackWeights undoes packWeights on r, the data after the magic.
func unpackWeights(r []byte) ([]byte, error) {
	out := make([]byte, 0, len(r)) // about as long as the packed form
	for {
		n, k := binary.Uvarint(r)
		if k <= 0 || n > uint64(len(r)-k) {
			return nil, errPackedModel
		}
		out = append(out, r[k:k+int(n)]...)
		if r = r[k+int(n):]; len(r) == 0 {
			return out, nil
		}
		c, k := binary.Uvarint(r)
		if k <= 0 || c > uint64(len(r)-k)/4 {
			return nil, errPackedModel
		}
		nk := int(c)
		planes := r[k : k+4*nk]
		var key uint32
		for j := range nk {
			key += uint32(planes[j]) | uint32(planes[nk+j])<<8 | uint32(planes[2*nk+j])<<16 | uint32(planes[3*nk+j])<<24
			out = binary.LittleEndian.AppendUint32(out, key)
		}
		r = r[k+4*nk:]
	}
}

// packIntent packs the text of an intent model, or returns nil: the
// base64 is the run of lines at its end of one width (the last one no
// wider).
func packIntent(b []byte) []byte {
	if len(b) == 0 || b[len(b)-1] != '\n' {
		return nil
	}
	lines := bytes.Split(b[:len(b)-1], []byte{'\n'})
	last := len(lines) - 1
	if last < 1 || !isBase64(lines[last]) || !isBase64(lines[last-1]) || len(lines[last]) > len(lines[last-1]) {
		return nil
	}
	width := len(lines[last-1])
	first := last - 1
	for first > 0 && len(lines[first-1]) == width && isBase64(lines[first-1]) {
		first--
	}
	var head []byte
	for _, l := range lines[:first] {
		head = append(append(head, l...), '\n')
	}
	bin, err := base64.StdEncoding.DecodeString(string(bytes.Join(lines[first:], nil)))
	if err != nil {
		return nil
	}
	out := []byte(packedIntentMagic)
	out = binary.AppendUvarint(out, uint64(len(head)))
	out = append(out, head...)
	out = binary.AppendUvarint(out, uint64(width))
	return append(out, bin...)
}

// isBase64 reports whether l is one or more base64 characters.
func isBase64(l []byte) bool {
	for _, c := range l {
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/' || c == '=') {
			return false
		}
	}
	return len(l) > 0
}

// unpackIntent undoes packIntent on r, the data after the magic.
func unpackIntent(r []byte) ([]byte, error) {
	n, k := binary.Uvarint(r)
	if k <= 0 || n > uint64(len(r)-k) {
		return nil, errPackedModel
	}
	head := r[k : k+int(n)]
	r = r[k+int(n):]
	w, k := binary.Uvarint(r)
	if k <= 0 || w == 0 || w > 1<<20 {
		return nil, errPackedModel
	}
	text := base64.StdEncoding.EncodeToString(r[k:])
	out := make([]byte, 0, len(head)+len(text)+len(text)/int(w)+1)
	out = append(out, head...)
	for len(text) > 0 {
		l := min(int(w), len(text))
		out = append(append(out, text[:l]...), '\n')
		text = text[l:]
	}
	return out, nil
}

// modelFiles is a read-only tree of files held in memory, by path.
type modelFiles map[string][]byte

// Open opens a file (folders cannot be opened; nothing here lists them).
func (m modelFiles) Open(name string) (fs.File, error) {
	b, ok := m[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return &decodedFile{name: name, r: bytes.NewReader(b), size: int64(len(b))}, nil
}
