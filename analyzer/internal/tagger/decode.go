package tagger

// Span is a run of tokens [Start, End) that the model tags with category
// Cat (an index into Categories). Margin says how sure it is: the mean,
// over its tokens, of how far the chosen tag's score is above O's, in
// units where Unit is the model's largest weight.
type Span struct {
	Start, End, Cat int
	Margin          int32
}

// Unit is the integer value of a model's largest weight; thresholds on
// Span.Margin are fractions of it.
const Unit = 127 << unitBits

// allowed reports whether tag b may follow tag a (a < 0: sentence start):
// an I continues a B or an I of its own category.
func allowed(a, b int) bool {
	if b == 0 || b%2 == 1 {
		return true
	}
	return a > 0 && (a == b || a == b-1)
}

// viterbi writes into path the best tag sequence for the emission scores
// em (n × nt) under the transition scores trans ((nt+1) × nt, row 0 the
// start). back is scratch of at least n × nt.
func viterbi[S int32 | float64](em, trans []S, nt int, path []int, back []int32) {
	n := len(path)
	if n == 0 {
		return
	}
	prev := make([]S, nt)
	cur := make([]S, nt)
	const none = -1
	valid := make([]bool, nt)
	for t := range nt {
		valid[t] = allowed(none, t)
		prev[t] = em[t] + trans[t]
	}
	for i := 1; i < n; i++ {
		for t := range nt {
			best, arg := S(0), -1
			for a := range nt {
				if !valid[a] || !allowed(a, t) {
					continue
				}
				if s := prev[a] + trans[(a+1)*nt+t]; arg < 0 || s > best {
					best, arg = s, a
				}
			}
			cur[t] = best + em[i*nt+t]
			back[i*nt+t] = int32(arg)
		}
		prev, cur = cur, prev
		for t := range nt {
			valid[t] = back[i*nt+t] >= 0
		}
	}
	best, arg := S(0), -1
	for t := range nt {
		if valid[t] && (arg < 0 || prev[t] > best) {
			best, arg = prev[t], t
		}
	}
	for i := n - 1; i >= 0; i-- {
		path[i] = arg
		if i > 0 {
			arg = int(back[i*nt+arg])
		}
	}
}

// spans turns a BIO tag path into spans.
func spans(path []int) []Span {
	var out []Span
	for i := 0; i < len(path); i++ {
		t := path[i]
		if t == 0 {
			continue
		}
		cat := (t - 1) / 2
		j := i + 1
		for j < len(path) && path[j] == 2+2*cat {
			j++
		}
		out = append(out, Span{Start: i, End: j, Cat: cat})
		i = j - 1
	}
	return out
}

// Tag returns the spans the model finds in one sentence. It is linear in
// the number of tokens.
func (m *Model) Tag(toks []Token) []Span {
	if len(toks) == 0 {
		return nil
	}
	nt := m.ntags
	var s sentence
	s.reset(toks)
	em := make([]int32, len(toks)*nt)
	var feats []uint32
	for i := range toks {
		feats = s.features(feats[:0], i)
		row := em[i*nt : (i+1)*nt]
		row[0] += m.obias
		for _, k := range feats {
			if w, sh := m.row(k); w != nil {
				for t, x := range w {
					row[t] += int32(x) << sh
				}
			}
		}
	}
	path := make([]int, len(toks))
	viterbi(em, m.trans, nt, path, make([]int32, len(toks)*nt))
	out := spans(path)
	for k, sp := range out {
		var sum int64
		for i := sp.Start; i < sp.End; i++ {
			sum += int64(em[i*nt+path[i]]) - int64(em[i*nt])
		}
		out[k].Margin = int32(sum / int64(sp.End-sp.Start))
	}
	return out
}
