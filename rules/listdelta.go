package rules

import (
	"bytes"
	"encoding/binary"
	"errors"
	"maps"
	"math/bits"
	"path"
)

// The languages' word lists overlap: every English first name is in the
// French and Spanish lists, the Spanish surnames are the English ones,
// two thirds of the Spanish places are English places too. A packed
// build stores such a list as a delta from the same list of another pack
// (PackLists picks the base where that is smaller gzipped):
// which lines of the base it keeps, where they go, and its own lines
// front-coded. Reading it decodes the base first; a base is always a
// front-coded list, never a delta, so reading takes one step, in time
// linear in the two lists.
//
// The encoding: listDeltaMagic; the base's path in the pack tree and
// '\n'; the number of lines of the base and of the list (uvarints); a
// bitmap with one bit for each line of the base, set when the list keeps
// it, then one with a bit for each line of the list, set when it is the
// next kept line of the base, clear when it is the next of its own lines
// (both bitmaps least significant bit first, padded to a byte); then, if
// it has any, its own lines joined by '\n' and front-coded (EncodeList).
// Lines are split at '\n' as in front coding.
const listDeltaMagic = "\x00list delta 1\n"

// errListDelta is what damaged data gets from decodeListDelta.
var errListDelta = errors.New("rules: not a list delta")

// IsListDelta reports whether data is a list delta (EncodeListDelta).
func IsListDelta(data []byte) bool {
	return bytes.HasPrefix(data, []byte(listDeltaMagic)) || bytes.HasPrefix(data, []byte(sortedDeltaMagic))
}

// EncodeListDelta encodes text as a delta from base, the text of the list
// at basePath in the same pack tree. Each line of text is taken from the
// first unused line of base after the last one taken, if there is one
// equal to it, else stored; for two sorted lists that is their merge.
func EncodeListDelta(text, base []byte, basePath string) []byte {
	baseLines := bytes.Split(base, []byte{'\n'})
	lines := bytes.Split(text, []byte{'\n'})
	at := map[string][]int{} // line → its positions in base, ascending
	for i, l := range baseLines {
		at[string(l)] = append(at[string(l)], i)
	}
	keep := make([]byte, (len(baseLines)+7)/8)
	from := make([]byte, (len(lines)+7)/8)
	var own [][]byte
	next := 0 // the first line of base not yet passed
	for i, l := range lines {
		pos := at[string(l)]
		for len(pos) > 0 && pos[0] < next {
			pos = pos[1:]
		}
		at[string(l)] = pos
		if len(pos) == 0 {
			own = append(own, l)
			continue
		}
		keep[pos[0]/8] |= 1 << (pos[0] % 8)
		from[i/8] |= 1 << (i % 8)
		next = pos[0] + 1
	}
	out := append([]byte(listDeltaMagic), basePath...)
	out = append(out, '\n')
	out = binary.AppendUvarint(out, uint64(len(baseLines)))
	out = binary.AppendUvarint(out, uint64(len(lines)))
	out = append(out, keep...)
	out = append(out, from...)
	if len(own) > 0 {
		out = append(out, EncodeList(bytes.Join(own, []byte{'\n'}))...)
	}
	return out
}

// listDeltaBase returns the path of the base of a list delta.
func listDeltaBase(data []byte) (string, error) {
	rest, ok := bytes.CutPrefix(data, []byte(listDeltaMagic))
	if !ok {
		rest, ok = bytes.CutPrefix(data, []byte(sortedDeltaMagic))
	}
	path, _, found := bytes.Cut(rest, []byte{'\n'})
	if !ok || !found || len(path) == 0 {
		return "", errListDelta
	}
	return string(path), nil
}

// decodeListDelta gives back the text EncodeListDelta was given, from the
// delta and the decoded text of its base. It refuses data EncodeListDelta
// cannot have made for that base.
func decodeListDelta(data, base []byte) ([]byte, error) {
	if bytes.HasPrefix(data, []byte(sortedDeltaMagic)) {
		return decodeSortedDelta(data, base)
	}
	rest, nBase, n, err := deltaHeader(data, base, listDeltaMagic, uint64(len(data))*8)
	if err != nil {
		return nil, err
	}
	keepLen, fromLen := int(nBase+7)/8, int(n+7)/8
	if len(rest) < keepLen+fromLen {
		return nil, errListDelta
	}
	keep, from, ownData := rest[:keepLen], rest[keepLen:keepLen+fromLen], rest[keepLen+fromLen:]
	taken := ones(from, int(n))
	if taken < 0 || ones(keep, int(nBase)) != taken {
		return nil, errListDelta
	}
	own, err := decodeOwn(ownData, int(n)-taken)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(base)+len(own)+int(n))
	bi := 0 // the index of base's next line, which base starts with
	for i := range int(n) {
		if i > 0 {
			out = append(out, '\n')
		}
		var line []byte
		if from[i/8]&(1<<(i%8)) == 0 {
			line, own, _ = bytes.Cut(own, []byte{'\n'})
		} else {
			for {
				line, base, _ = bytes.Cut(base, []byte{'\n'})
				bi++
				if keep[(bi-1)/8]&(1<<((bi-1)%8)) != 0 {
					break
				}
			}
		}
		out = append(out, line...)
	}
	return out, nil
}

// ones counts the set bits among the first n of bitmap b, and refuses
// (with -1) padding bits that are set.
func ones(b []byte, n int) int {
	c := 0
	for i, x := range b {
		if i == len(b)-1 && n%8 != 0 && x>>(n%8) != 0 {
			return -1
		}
		c += bits.OnesCount8(x)
	}
	return c
}

// PackLists returns the stored form of each list of a pack tree (lists:
// path in the tree → plain text; order: their paths, the order in which
// they may serve as bases): front-coded, or a delta from the list of the
// same name of a pack before it where that is at least a tenth smaller
// by size (the size compressed: scripts/cmd/packembed, which writes this
// for the packed builds, gives gzip's; it is a parameter so that the
// .wasm, which never packs, links no compressor). A base is a list stored
// whole, so reading a list takes one step.
//
// A list whose accent twins can be left out (twins.go) is stored so where
// that makes it smaller: its reduced text then stands for it, as a list
// and as a base, behind twinMagic.
func PackLists(order []string, lists map[string][]byte, size func([]byte) int) map[string][]byte {
	lists = maps.Clone(lists)
	prefix := map[string][]byte{} // the twins' prefix of each reduced list
	for _, p := range order {
		r, bitmap, ok := ReduceTwins(lists[p])
		if pre := twinPrefix(bitmap); ok && size(append(pre, EncodeList(r)...)) < size(EncodeList(lists[p])) {
			lists[p], prefix[p] = r, pre
		}
	}
	out := map[string][]byte{}
	defer func() {
		for p, pre := range prefix {
			out[p] = append(pre, out[p]...)
		}
	}()
	var whole []string // the lists stored front-coded so far
	for _, p := range order {
		best := EncodeList(lists[p])
		bestSize := size(best)
		for _, base := range whole {
			if path.Base(base) != path.Base(p) {
				continue
			}
			d := EncodeListDelta(lists[p], lists[base], base)
			if s := encodeSortedDelta(lists[p], lists[base], base); s != nil && size(s) < size(d) {
				d = s // sorteddelta.go
			}
			if n := size(d); n < bestSize*9/10 {
				best, bestSize = d, n
			}
		}
		out[p] = best
		if !IsListDelta(best) {
			whole = append(whole, p)
		}
	}
	return out
}

// decodeOwn decodes a delta's own lines, which must number nOwn (none
// when nOwn is 0, and then no bytes may follow).
func decodeOwn(ownData []byte, nOwn int) ([]byte, error) {
	if nOwn <= 0 {
		if len(ownData) > 0 {
			return nil, errListDelta
		}
		return nil, nil
	}
	text, err := DecodeList(ownData)
	if err != nil || bytes.Count(text, []byte{'\n'})+1 != nOwn {
		return nil, errListDelta
	}
	return text, nil
}

// deltaHeader reads a delta's header — its magic line, the base's line
// count, which must be base's, and its own line count, at most maxN — and
// returns the bytes after it.
func deltaHeader(data, base []byte, magic string, maxN uint64) (rest []byte, nBase, n uint64, err error) {
	rest, ok := bytes.CutPrefix(data, []byte(magic))
	_, rest, found := bytes.Cut(rest, []byte{'\n'})
	if !ok || !found {
		return nil, 0, 0, errListDelta
	}
	nBase, k := binary.Uvarint(rest)
	if k <= 0 || nBase != uint64(bytes.Count(base, []byte{'\n'})+1) {
		return nil, 0, 0, errListDelta
	}
	rest = rest[k:]
	n, k = binary.Uvarint(rest)
	if k <= 0 || n == 0 || n > maxN {
		return nil, 0, 0, errListDelta
	}
	return rest[k:], nBase, n, nil
}
