package rules

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"

	"github.com/discreet-app/discreet/rules/fold"
)

// Place and name lists hold many lines twice, with and without their
// accents ("Saint-Jérôme" and "Saint-Jerome"): GeoNames gives each place
// its ASCII name beside its own, and the name sources spell some names
// both ways. A packed build stores such a list without the accent-free
// twins: a bitmap says which of the lines that fold to another text
// (foldTwin) had their twin left out, and reading gives the twins back by
// folding those lines, sorting what that gives and merging it into the
// other lines by byte order, as the lists are sorted. PackLists keeps a
// list whole where this would not make it smaller, or would not give its
// exact bytes back. On the place lists nearly every accented line has its
// twin, so the bitmap is nearly all ones and costs gzip a few dozen bytes.
//
// The encoding: twinMagic; the bitmap's length in bytes (a uvarint); the
// bitmap, one bit for each line of the reduced text that folds to another
// text, in order, least significant bit first, set when its twin was left
// out; then the reduced text stored as any list is, front-coded or a delta
// from another list's reduced text. Reading takes linear time and a sort
// of the twins.
const twinMagic = "\x00accent twins 2\n"

var errTwins = errors.New("rules: not a list with accent twins left out")

// IsTwinReduced reports whether stored list data has its accent twins
// left out (ReduceTwins, twinPrefix).
func IsTwinReduced(data []byte) bool { return bytes.HasPrefix(data, []byte(twinMagic)) }

// twinPrefix returns what goes before a reduced list's stored text:
// twinMagic and the bitmap.
func twinPrefix(bitmap []byte) []byte {
	out := append([]byte(twinMagic), binary.AppendUvarint(nil, uint64(len(bitmap)))...)
	return append(out, bitmap...)
}

// cutTwinPrefix splits stored data into its twins' bitmap and the stored
// reduced text; ok is false when the data has no twins left out.
func cutTwinPrefix(data []byte) (bitmap, rest []byte, ok bool, err error) {
	rest, ok = bytes.CutPrefix(data, []byte(twinMagic))
	if !ok {
		return nil, data, false, nil
	}
	n, k := binary.Uvarint(rest)
	if k <= 0 || n > uint64(len(rest)-k) {
		return nil, nil, true, errTwins
	}
	return rest[k : k+int(n)], rest[k+int(n):], true, nil
}

// ReduceTwins returns text without the lines that are the accent-free twin
// of another line, the bitmap that says which, and whether any line was
// left out and expandTwins gives text back exactly.
func ReduceTwins(text []byte) (reduced, bitmap []byte, ok bool) {
	lines := bytes.Split(text, []byte{'\n'})
	has := make(map[string]bool, len(lines))
	for _, l := range lines {
		has[string(l)] = true
	}
	twin := map[string]bool{} // the twins left out
	for _, l := range lines {
		if f := foldTwin(l); !bytes.Equal(f, l) && has[string(f)] {
			twin[string(f)] = true
		}
	}
	if len(twin) == 0 {
		return nil, nil, false
	}
	var kept [][]byte
	for _, l := range lines {
		if !twin[string(l)] {
			kept = append(kept, l)
		}
	}
	nFold := 0
	for _, l := range kept {
		if f := foldTwin(l); !bytes.Equal(f, l) {
			if twin[string(f)] {
				bitmap = append(bitmap, make([]byte, nFold/8+1-len(bitmap))...)
				bitmap[nFold/8] |= 1 << (nFold % 8)
			}
			nFold++
		}
	}
	bitmap = append(bitmap, make([]byte, (nFold+7)/8-len(bitmap))...)
	reduced = bytes.Join(kept, []byte{'\n'})
	if back, err := expandTwins(reduced, bitmap); err != nil || !bytes.Equal(back, text) {
		return nil, nil, false
	}
	return reduced, bitmap, true
}

// expandTwins gives back the text ReduceTwins reduced.
func expandTwins(reduced, bitmap []byte) ([]byte, error) {
	var twins []string
	size, nFold := len(reduced), 0
	for rest := reduced; len(rest) > 0; {
		line, tail, _ := bytes.Cut(rest, []byte{'\n'})
		rest = tail
		if f := foldTwin(line); !bytes.Equal(f, line) {
			if nFold/8 >= len(bitmap) {
				return nil, errTwins
			}
			if bitmap[nFold/8]>>(nFold%8)&1 != 0 {
				twins = append(twins, string(f))
				size += len(f) + 1
			}
			nFold++
		}
	}
	if len(bitmap) != (nFold+7)/8 || ones(bitmap, nFold) < 0 {
		return nil, errTwins
	}
	slices.Sort(twins) // of strings, not of []byte: a sort of a new type is ~4 KB of .wasm
	twins = slices.Compact(twins)
	out := make([]byte, 0, size)
	j := 0
	for rest := reduced; ; {
		line, tail, more := bytes.Cut(rest, []byte{'\n'})
		for j < len(twins) && (twins[j] < string(line) || !more && len(line) == 0) {
			out = append(out, twins[j]...)
			out = append(out, '\n')
			j++
		}
		out = append(out, line...)
		if !more {
			break
		}
		out = append(out, '\n')
		rest = tail
	}
	if j < len(twins) {
		return nil, errTwins
	}
	return out, nil
}

// foldTwin returns line without its diacritics (fold.AppendBytes), or
// line itself when it is all ASCII.
func foldTwin(line []byte) []byte {
	if fold.ASCII(line) {
		return line
	}
	return fold.AppendBytes(make([]byte, 0, len(line)), line)
}
