package rules

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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

// expandTwins gives back the text ReduceTwins reduced. It looks only at
// the lines with a byte past ASCII, folds them into one buffer, sorts the
// twins and finds where each goes by bisecting the lines after the
// header (the '#' lines): reading is on the extension's start, so it
// spends no call or allocation on each line.
func expandTwins(reduced, bitmap []byte) ([]byte, error) {
	var folded []byte // the twins, back to back
	var ends []int    // where each twin ends in folded
	nFold := 0
	for i := 0; i < len(reduced); i++ {
		if reduced[i] < utf8.RuneSelf {
			continue
		}
		start := bytes.LastIndexByte(reduced[:i], '\n') + 1
		end := bytes.IndexByte(reduced[i:], '\n')
		if end < 0 {
			end = len(reduced)
		} else {
			end += i
		}
		line, n0 := reduced[start:end], len(folded)
		folded = appendFold(folded, line)
		if !bytes.Equal(folded[n0:], line) {
			if nFold/8 >= len(bitmap) {
				return nil, errTwins
			}
			if bitmap[nFold/8]>>(nFold%8)&1 != 0 {
				ends = append(ends, len(folded))
				n0 = len(folded)
			}
			nFold++
		}
		folded, i = folded[:n0], end
	}
	if len(bitmap) != (nFold+7)/8 || ones(bitmap, nFold) < 0 {
		return nil, errTwins
	}
	twin := func(k int) []byte {
		if k == 0 {
			return folded[:ends[0]]
		}
		return folded[ends[k-1]:ends[k]]
	}
	order := make([]int, len(ends))
	for k := range order {
		order[k] = k
	}
	slices.SortFunc(order, func(a, b int) int { return bytes.Compare(twin(a), twin(b)) })
	body := 0 // where the lines after the header start
	for body < len(reduced) && reduced[body] == '#' {
		if n := bytes.IndexByte(reduced[body:], '\n'); n >= 0 {
			body += n + 1
		} else {
			body = len(reduced)
		}
	}
	out := make([]byte, 0, len(reduced)+len(folded)+len(ends))
	at, copied, prev := body, 0, []byte(nil) // at: the first line not yet known to sort before the twins to come
	for _, k := range order {
		t := twin(k)
		if prev != nil && bytes.Equal(t, prev) {
			continue
		}
		prev = t
		lo, hi := at, len(reduced)
		for step := 256; lo+step < hi; step *= 2 { // galloping: the twins go near each other
			p := lo + step
			s := lo + bytes.LastIndexByte(reduced[lo:p], '\n') + 1
			e := bytes.IndexByte(reduced[s:], '\n')
			if e < 0 {
				e = len(reduced) - s
			}
			if bytes.Compare(reduced[s:s+e], t) > 0 {
				hi = s
				break
			}
			lo = s + e + 1
		}
		for lo < hi { // the first line after lo that sorts after t
			mid := lo + (hi-lo)/2
			s := lo + bytes.LastIndexByte(reduced[lo:mid], '\n') + 1
			e := bytes.IndexByte(reduced[s:], '\n')
			if e < 0 {
				e = len(reduced) - s
			}
			if bytes.Compare(reduced[s:s+e], t) > 0 {
				hi = s
			} else {
				lo = s + e + 1
			}
		}
		if lo > len(reduced) || lo == len(reduced) && len(reduced) > 0 && reduced[len(reduced)-1] != '\n' {
			return nil, errTwins
		}
		out = append(out, reduced[copied:lo]...)
		out = append(out, t...)
		out = append(out, '\n')
		at, copied = lo, lo
	}
	return append(out, reduced[copied:]...), nil
}

// foldTwin returns line without its diacritics (each rune decomposed, its
// combining marks dropped), or line itself when it is all ASCII.
func foldTwin(line []byte) []byte {
	i := 0
	for i < len(line) && line[i] < utf8.RuneSelf {
		i++
	}
	if i == len(line) {
		return line
	}
	return appendFold(make([]byte, 0, len(line)), line)
}

// appendFold appends line without its diacritics to dst.
func appendFold(dst, line []byte) []byte {
	twinFoldOnce.Do(buildTwinFold)
	for i := 0; i < len(line); {
		if line[i] < utf8.RuneSelf {
			dst = append(dst, line[i])
			i++
			continue
		}
		r, n := utf8.DecodeRune(line[i:])
		i += n
		if r < rune(len(twinFold)) {
			if f := twinFold[r]; f >= 0 {
				dst = utf8.AppendRune(dst, f)
			}
			continue
		}
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				dst = utf8.AppendRune(dst, d)
			}
		}
	}
	return dst
}

// twinFold maps each rune below U+0370 to its first rune decomposed, or
// to -1 for a combining mark, so that folding seldom calls norm.
var (
	twinFoldOnce sync.Once
	twinFold     [0x370]rune
)

func buildTwinFold() {
	for r := rune(0); r < rune(len(twinFold)); r++ {
		twinFold[r] = -1
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		twinFold[r] = r
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				twinFold[r] = d
				break
			}
		}
	}
}
