package rules

import (
	"bytes"
	"encoding/binary"
)

// A list delta (listdelta.go) spends a bit on each of its lines to say
// whether it comes from the base or is one of its own: that is most of a
// delta of a long list (fr first names: 7 KB of 56 gzipped). The lists are
// sorted, so where both the kept lines of the base and the list's own
// lines are in byte order, reading can tell by comparing them: the next
// line is whichever of the two sorts first, except that a comment (a line
// that starts with '#': the header, which is not sorted) is always one of
// the list's own and comes first, and an empty line (the one after a
// list's final '\n') comes after every other. A sorted delta is a list
// delta without that bitmap; PackLists stores one only where reading it
// gives the list back exactly, a list delta with the bitmap elsewhere.
//
// The encoding: sortedDeltaMagic; the base's path and '\n'; the number of
// lines of the base and of the list (uvarints); the bitmap of the lines
// of the base the list keeps, as in a list delta; then, if it has any,
// its own lines joined by '\n' and front-coded (EncodeList).
const sortedDeltaMagic = "\x00sorted list delta 1\n"

// encodeSortedDelta returns text as a sorted delta from base, the text of
// the list at basePath, or nil where reading it would not give text back.
func encodeSortedDelta(text, base []byte, basePath string) []byte {
	masked := bytes.Clone(base) // its comments changed to lines no list has, so that none is kept
	for i := 0; i < len(masked); i++ {
		if masked[i] == '#' && (i == 0 || masked[i-1] == '\n') {
			masked[i] = 0
		}
	}
	d := EncodeListDelta(text, masked, basePath)
	rest := d[len(listDeltaMagic)+len(basePath)+1:]
	nBase, k := binary.Uvarint(rest)
	n, k2 := binary.Uvarint(rest[k:])
	head := len(d) - len(rest) + k + k2
	keepLen, fromLen := int(nBase+7)/8, int(n+7)/8
	out := append([]byte(sortedDeltaMagic), d[len(listDeltaMagic):head+keepLen]...)
	out = append(out, d[head+keepLen+fromLen:]...)
	if back, err := decodeSortedDelta(out, base); err != nil || !bytes.Equal(back, text) {
		return nil
	}
	return out
}

// sortsBefore reports whether the list's own line o goes before the
// base's kept line b: a comment first, then by byte order, an empty line
// last.
func sortsBefore(o, b []byte) bool {
	if len(o) > 0 && o[0] == '#' {
		return true
	}
	if len(o) == 0 || len(b) == 0 {
		return len(b) == 0 && len(o) > 0
	}
	return bytes.Compare(o, b) < 0
}

// decodeSortedDelta gives back the text encodeSortedDelta was given, from
// the delta and the decoded text of its base.
func decodeSortedDelta(data, base []byte) ([]byte, error) {
	rest, nBase, n, err := deltaHeader(data, base, sortedDeltaMagic, uint64(len(data)+len(base))*8)
	if err != nil {
		return nil, err
	}
	keepLen := int(nBase+7) / 8
	if len(rest) < keepLen {
		return nil, errListDelta
	}
	keep, ownData := rest[:keepLen], rest[keepLen:]
	taken := ones(keep, int(nBase))
	if taken < 0 || uint64(taken) > n {
		return nil, errListDelta
	}
	nOwn := int(n) - taken
	own, err := decodeOwn(ownData, nOwn)
	if err != nil {
		return nil, err
	}
	bi := 0 // the index of base's next line, which base starts with
	nextKept := func() []byte {
		for {
			var line []byte
			line, base, _ = bytes.Cut(base, []byte{'\n'})
			bi++
			if keep[(bi-1)/8]&(1<<((bi-1)%8)) != 0 {
				return line
			}
		}
	}
	var o, b []byte
	if nOwn > 0 {
		o, own, _ = bytes.Cut(own, []byte{'\n'})
	}
	if taken > 0 {
		b = nextKept()
	}
	out := make([]byte, 0, len(base)+len(own)+len(o)+int(n))
	for i := range int(n) {
		if i > 0 {
			out = append(out, '\n')
		}
		if nOwn > 0 && (taken == 0 || sortsBefore(o, b)) {
			out = append(out, o...)
			if nOwn--; nOwn > 0 {
				o, own, _ = bytes.Cut(own, []byte{'\n'})
			}
		} else {
			out = append(out, b...)
			if taken--; taken > 0 {
				b = nextKept()
			}
		}
	}
	return out, nil
}
