// Command messify writes a messy copy of a labelled corpus (JSON lines,
// corpus/GUIDE.md): each post rewritten the way people type online by
// package analyzer/messy, its gold spans moved to the text they became.
// Every other field of a line is kept. The same corpus and seed give the
// same bytes.
//
//	go run ./scripts/cmd/messify [-seed N] < train.jsonl > train-messy.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/discreet-app/discreet/analyzer/messy"
)

func main() {
	seed := flag.Uint64("seed", messy.EvalSeed, "the noise's seed")
	flag.Parse()
	if err := run(os.Stdin, os.Stdout, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "messify:", err)
		os.Exit(1)
	}
}

type span struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Category string `json:"category"`
}

func run(in io.Reader, w io.Writer, seed uint64) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	out := bufio.NewWriter(w)
	defer out.Flush()
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		line, err := messifyLine(sc.Bytes(), seed)
		if err != nil {
			return fmt.Errorf("line %d: %v", n, err)
		}
		out.Write(line)
		out.WriteByte('\n')
	}
	return sc.Err()
}

// messifyLine rewrites the text and spans of one corpus line.
func messifyLine(line []byte, seed uint64) ([]byte, error) {
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, err
	}
	var p messy.Post
	var spans []span
	for k, v := range map[string]any{"id": &p.ID, "lang": &p.Lang, "text": &p.Text, "spans": &spans, "keep": &p.Keep} {
		if raw, ok := rec[k]; ok {
			if err := json.Unmarshal(raw, v); err != nil {
				return nil, fmt.Errorf("field %q: %v", k, err)
			}
		}
	}
	for _, s := range spans {
		p.Spans = append(p.Spans, messy.Span{Start: s.Start, End: s.End, Category: s.Category})
	}
	p.Spans = messy.SpansToBytes(p.Text, p.Spans)
	q := messy.Messify(p, seed)
	u := messy.SpansToUTF16(q.Text, q.Spans)
	spans = spans[:0]
	for i, s := range u {
		spans = append(spans, span{s.Start, s.End, q.Text[q.Spans[i].Start:q.Spans[i].End], s.Category})
	}
	var err error
	if rec["text"], err = json.Marshal(q.Text); err != nil {
		return nil, err
	}
	if rec["spans"], err = json.Marshal(spans); err != nil {
		return nil, err
	}
	return json.Marshal(rec)
}
