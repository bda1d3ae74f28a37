package postclass

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Model is a linear classifier over hashed features: for each bucket
// that carries weight, one signed byte per class. Scores are sums of
// small integers, so a prediction is the same natively and in
// WebAssembly.
type Model struct {
	Bits    uint
	Classes []string
	rows    map[uint32][]int8
}

// Predict returns the index of the best class for the feature ids, ties
// going to the earlier class, and every class's score.
func (m *Model) Predict(ids []uint32) (int, []int32) {
	scores := make([]int32, len(m.Classes))
	for _, id := range ids {
		row := m.rows[id]
		for c, w := range row {
			scores[c] += int32(w)
		}
	}
	best := 0
	for c, s := range scores {
		if s > scores[best] {
			best = c
		}
	}
	return best, scores
}

// Classify returns the best class of p.
func (m *Model) Classify(p Post) string {
	best, _ := m.Predict(Features(p, m.Bits))
	return m.Classes[best]
}

// Len returns how many buckets carry weight.
func (m *Model) Len() int { return len(m.rows) }

const magic = "# discreet postclass model v1"

// MarshalText writes the model as text (it travels inside signed pack
// documents, which hold text files): a header, then base64 lines of the
// buckets in order, each a uvarint gap from the previous bucket and one
// byte per class.
func (m *Model) MarshalText() ([]byte, error) {
	ids := make([]uint32, 0, len(m.rows))
	for id := range m.rows {
		ids = append(ids, id)
	}
	sort.Sort(ids32(ids)) // not slices.Sort, whose copy for uint32 was ~12 KB of the .wasm
	var body []byte
	prev := uint32(0)
	for _, id := range ids {
		body = binary.AppendUvarint(body, uint64(id-prev))
		prev = id
		for _, w := range m.rows[id] {
			body = append(body, byte(w))
		}
	}
	var out bytes.Buffer
	fmt.Fprintf(&out, "%s\nbits %d\nclasses %s\n", magic, m.Bits, strings.Join(m.Classes, " "))
	enc := base64.StdEncoding.EncodeToString(body)
	for len(enc) > 76 {
		out.WriteString(enc[:76] + "\n")
		enc = enc[76:]
	}
	out.WriteString(enc + "\n")
	return out.Bytes(), nil
}

// Parse reads a model written by MarshalText.
func Parse(data []byte) (*Model, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	var head []string
	var b64 strings.Builder
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if len(head) < 3 {
			head = append(head, line)
			continue
		}
		b64.WriteString(line)
	}
	if len(head) < 3 || head[0] != magic {
		return nil, fmt.Errorf("postclass: not a model (want %q first)", magic)
	}
	bitsText, ok := strings.CutPrefix(head[1], "bits ")
	bits, err := strconv.Atoi(bitsText)
	if !ok || err != nil || bits < 1 || bits > 30 {
		return nil, fmt.Errorf("postclass: bad bits line %q", head[1])
	}
	classText, ok := strings.CutPrefix(head[2], "classes ")
	if !ok || classText == "" {
		return nil, fmt.Errorf("postclass: bad classes line %q", head[2])
	}
	m := &Model{Bits: uint(bits), Classes: strings.Fields(classText), rows: map[uint32][]int8{}}
	body, err := base64.StdEncoding.DecodeString(b64.String())
	if err != nil {
		return nil, fmt.Errorf("postclass: %w", err)
	}
	n := len(m.Classes)
	id := uint64(0)
	for len(body) > 0 {
		gap, k := binary.Uvarint(body)
		if k <= 0 || len(body) < k+n {
			return nil, fmt.Errorf("postclass: truncated model")
		}
		id += gap
		if id >= 1<<bits {
			return nil, fmt.Errorf("postclass: bucket %d out of range", id)
		}
		row := make([]int8, n)
		for c := range row {
			row[c] = int8(body[k+c])
		}
		m.rows[uint32(id)] = row
		body = body[k+n:]
	}
	return m, nil
}

// quantize turns averaged weights into bytes with one scale for the whole
// model (the argmax only compares sums), dropping buckets whose largest
// byte is below keep (1: those that round to nothing).
func quantize(bits uint, classes []string, avg map[uint32][]float64, keep int8) *Model {
	top := 0.0
	for _, row := range avg {
		for _, w := range row {
			top = math.Max(top, math.Abs(w))
		}
	}
	m := &Model{Bits: bits, Classes: classes, rows: map[uint32][]int8{}}
	if top == 0 {
		return m
	}
	scale := 127 / top
	for id, row := range avg {
		q := make([]int8, len(row))
		big := int8(0)
		for c, w := range row {
			q[c] = int8(math.Round(w * scale))
			big = max(big, q[c], -q[c])
		}
		if big >= keep {
			m.rows[id] = q
		}
	}
	return m
}

// ids32 sorts uint32s in increasing order.
type ids32 []uint32

func (s ids32) Len() int           { return len(s) }
func (s ids32) Less(i, j int) bool { return s[i] < s[j] }
func (s ids32) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
