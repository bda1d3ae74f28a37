package tagger

import (
	"slices"
	"testing"
)

// fullRowTag is Tag written plainly: every column of every token's row,
// then greedy decoding, spans, categories and margins.
func fullRowTag(m *Model, toks []Token) []Span {
	var s sentence
	s.reset(toks)
	n, nc := len(toks), len(m.cats)
	shared := make([]int64, m.ncol)
	shared[0] = int64(m.obias)
	m.addRows(shared, s.sentenceFeatures(nil), 0)
	em := make([]int64, n*nbio)
	cat := make([]int64, n*nc)
	for i := range toks {
		row := slices.Clone(shared)
		m.addRows(row, s.tokenFeatures(nil, i), 0)
		copy(em[i*nbio:], row[:nbio])
		copy(cat[i*nc:], row[nbio:])
	}
	path := make([]int, n)
	greedy(em, m.trans64, nbio, path)
	var out []Span
	for _, sp := range spans(path) {
		var sum int64
		prev := -1
		if sp.Start > 0 {
			prev = path[sp.Start-1]
		}
		for i := sp.Start; i < sp.End; i++ {
			tr := m.trans64[(prev+1)*nbio : (prev+2)*nbio]
			sum += em[i*nbio+path[i]] + tr[path[i]] - em[i*nbio] - tr[0]
			prev = path[i]
		}
		out = append(out, Span{Start: sp.Start, End: sp.End, Cat: bestCategory(cat, nc, sp.Start, sp.End),
			Margin: int32(sum / int64(sp.End-sp.Start))})
	}
	return out
}

// Tag adds the category columns only for the tokens of the spans it
// finds; it must find what the whole rows give.
func TestTagMatchesFullRows(t *testing.T) {
	m := trained(t)
	tg := m.NewTagger()
	spansSeen := 0
	for k, ex := range synthetic(200, 3) {
		// Zones and marks of every kind, so that the position and zone
		// rows Tag adds without a lookup are checked too.
		for i := range ex.Tokens {
			ex.Tokens[i].Zone = uint8(k % 7 * 37)
			ex.Tokens[i].Marks = uint64(k*i) % 5 << (i % 3 * 20)
		}
		want := fullRowTag(m, ex.Tokens)
		got := tg.Tag(ex.Tokens)
		if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("Tag = %+v, the full rows give %+v", got, want)
		}
		spansSeen += len(want)
	}
	if spansSeen == 0 {
		t.Fatal("no spans tagged: the comparison checked nothing")
	}
}

// TestNear: Near has a score for each token of the sentence last tagged,
// at least 0 on the tokens of a span found and at most 0 elsewhere.
func TestNear(t *testing.T) {
	m := trained(t)
	tg := m.NewTagger()
	tg.KeepNear()
	for _, ex := range synthetic(30, 7) {
		in := make([]bool, len(ex.Tokens))
		for _, sp := range tg.Tag(ex.Tokens) {
			for i := sp.Start; i < sp.End; i++ {
				in[i] = true
			}
		}
		near := tg.Near()
		if len(near) != len(ex.Tokens) {
			t.Fatalf("%d scores for %d tokens", len(near), len(ex.Tokens))
		}
		for i, x := range near {
			if in[i] && x < 0 || !in[i] && x > 0 {
				t.Errorf("token %d (in a span: %v) is %d from O", i, in[i], x)
			}
		}
	}
}
