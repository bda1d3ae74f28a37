package pattern

import (
	"reflect"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// seekCases are expressions whose unanchored pass must not skip a start:
// matches that begin inside a word, at a non-ASCII byte, after a run the
// automaton read without a match, or at the very end of the input.
var seekCases = []string{
	`\b(\d{1,2})\b`, `(?i)\b(?:she|he|they)\s+is\b`, `(?:^|[^\p{L}])(?:in|near)\s+(\p{Lu}\p{Ll}+)`,
	`\d{3}-\d{4}\b`, `(?i)straße|k\w`, `é\w+`, `\b\w+\B`, `x$`, `(?m)^\s*to\s+\w+`,
	`\b(?:alpha|beta|gamma|delta)\b`, `[A-Z]\.\s?[A-Z]\.`, `(?i)\b(?:my|our)\s+(?:\w+\s+)?(?:son|daughter)\b`,
	// Branches that need ^ start only at the input's first position
	// (firstBytesAt with later); the jumps elsewhere look for the other
	// branches'.
	`(?i)(?:^|\n)\s*(?:to|dear|she)\s+\w+`, `(?:^\s*|[.!?]\s+|\n\s*)(\p{Lu}\p{Ll}+)\s+(?:is|at)`,
	`(?i)(?:^|[.!?]\s+)[^.!?\n]{0,40}\b(?:is|are)\s+\d`, `(?:^S|^\d)\w+|\n\w`, `\s*^Sh|\.\s`, `(?:^|\n\n)\p{Lu}\w*`,
}

// TestSeekJumps: the jumps that look for a pattern's few first bytes one
// by one (nextByte, nextRare), after the input's first position or
// from it, find every start, whichever of the bytes it begins with.
func TestSeekJumps(t *testing.T) {
	pats := []string{
		`(?:^\s*|[.!?]\s+|\n\s*)(\p{Lu}\p{Ll}+)\s+(?:is|at)`, `(?:^|\n)\s*(?:to|dear)\s+\w+`,
		`[#@]\w+|\(\d+\)`, `(?:^|[;:])\s*no\b`, `\n\n\w+`,
	}
	var inputs []string
	for _, s := range []string{
		"Sam is here", "ok.\nSam is here", "ok! Sam at home", "why? Sam is", "x\n\nSam at",
		"to you", "hi\n  dear Ann", "a #tag and @me (12)", "no way; no\n\nEnd", ":no", "(7)",
		"ok. sam is. Sam is. \nBo at", "é!\nZo is", "ok.\n", ".", "\n",
	} {
		inputs = append(inputs, s, " "+s, s+" "+s)
	}
	checkSeek(t, pats, inputs)
	checkMatchesRegexp(t, append(pats, `(?:^|[^\p{L}])(?:[Ii]n|[Nn]ear)\s+(\p{Lu}\p{Ll}+)`), append(inputs,
		"In Oslo", "within Oslo", "x in Oslo", "(near Rome)", "win Rome; in Rome", "é in Oslo"))
}

// TestLaterFirstBytes: away from the input's first position, a branch
// that needs ^ adds no first byte, and neither do the bytes after it.
func TestLaterFirstBytes(t *testing.T) {
	for src, want := range map[string]string{
		`(?:^|\n)\s*(?:to|dear)`:     "\n",
		`(?:^\s*|[.!?]\s+|\n\s*)\w+`: "\n!.?",
		`(?:^|x)?ab`:                 "ax",
		`(?:^a|^b)c|d`:               "d",
		`\s*^foo|bar`:                "\t\n\f\r b",
		`(?:^)*x`:                    "x",
		`(?m)^x|y`:                   "xy", // a line's start is not the input's
	} {
		re, err := syntax.Parse(src, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		var set byteSet
		if !firstBytesAt(re.Simplify(), &set, true) {
			t.Fatalf("%q: firstBytesAt cannot tell", src)
		}
		var got []byte
		for b := 0; b < 256; b++ {
			if set.has(byte(b)) {
				got = append(got, byte(b))
			}
		}
		if string(got) != want {
			t.Errorf("%q: firstBytesAt(later) = %q; want %q", src, got, want)
		}
	}
}

// TestSeekMatchesTries: every search that the unanchored pass (seek.go)
// may cut short gives what the tries alone give, with keyword hits over
// all of the input, a few hits, or hits in a text the input is a part of.
func TestSeekMatchesTries(t *testing.T) { checkSeek(t, seekCases, samples(t)) }

// checkSeek compares, for each pattern of pats and each input, the
// searches with the unanchored pass and without it.
func checkSeek(t *testing.T, pats, inputs []string) {
	t.Helper()
	searches := 0
	for _, src := range pats {
		with, err := compilePattern(src)
		if err != nil {
			t.Fatal(err)
		}
		if with.seek.src == nil {
			continue
		}
		without, _ := compilePattern(src)
		without.seek = onceDFA{}
		re := regexp.MustCompile(src)
		for _, s := range inputs {
			if g, w := with.MatchString(s), re.MatchString(s); g != w {
				t.Fatalf("%q on %q: MatchString = %v; regexp gives %v", src, s, g, w)
			}
			for _, hits := range nearCases(s) {
				var got, want [][]int
				with.EachNear(hits.in, hits.near, true, func(m []int) { got = append(got, slices.Clone(m)) })
				without.EachNear(hits.in, hits.near, true, func(m []int) { want = append(want, slices.Clone(m)) })
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%q on %q (%s): EachNear gives %v; the tries alone %v", src, s, hits.name, got, want)
				}
				searches++
			}
		}
	}
	t.Logf("%d searches compared", searches)
}

// nearCase is an input and the keyword hits a search of it is given.
type nearCase struct {
	name string
	in   string
	near *Near
}

// nearCases returns searches of s: gated by one hit over all of it, by a
// short hit at every fifth word, the same inside a longer text (where s
// starts at an offset), and ungated with the text's edges.
func nearCases(s string) []nearCase {
	var sparse []Span
	for k, e := range AppendEdges(nil, s) {
		if k%5 == 2 {
			sparse = append(sparse, Span{int(e), min(len(s), int(e)+2)})
		}
	}
	const pre = "Zé x9 "
	text := pre + s
	shifted := make([]Span, len(sparse))
	for k, h := range sparse {
		shifted[k] = Span{h.Start + len(pre), h.End + len(pre)}
	}
	return []nearCase{
		{"all", s, NewNear([]Span{{0, len(s)}}, 0, &Text{MaxKeyword: len(s), Edges: AppendEdges(nil, s)})},
		{"sparse", s, NewNear(sparse, 0, &Text{MaxKeyword: 2, Edges: AppendEdges(nil, s)})},
		{"sparse, indexed", s, NewNear(sparse, 0, indexed(s, 2))},
		{"sparse, no edges", s, NewNear(sparse, 0, &Text{MaxKeyword: 2})},
		{"offset", s, NewNear(shifted, len(pre), &Text{MaxKeyword: 2, Edges: AppendEdges(nil, text)})},
		{"offset, indexed", s, NewNear(shifted, len(pre), indexed(text, 2))},
		{"ungated", s, Ungated(0, &Text{Edges: AppendEdges(nil, s)})},
		{"ungated, offset", s, Ungated(len(pre), &Text{Edges: AppendEdges(nil, text)})},
		{"ungated, offset, indexed", s, Ungated(len(pre), indexed(text, 0))},
	}
}

// indexed returns a Text for s made as the analyzer makes them (Index).
func indexed(s string, maxKeyword int) *Text {
	t := &Text{MaxKeyword: maxKeyword}
	t.Index(s)
	return t
}

// TestSeekIdle: the automaton of an unanchored expression is idle where
// it starts and again after a byte no match starts with, so the pass can
// jump; and it jumps, reading less than the input on text without a
// possible start.
func TestSeekIdle(t *testing.T) {
	p, err := compilePattern(`\b(\d{1,2})\b`)
	if err != nil {
		t.Fatal(err)
	}
	d := p.seek.get()
	st := d.startState(ctxOther)
	if !st.idle {
		t.Fatal("start state not idle")
	}
	s := strings.Repeat("no digits here, ", 64)
	w := starts{p: p}
	var got int
	steps := CountWork(func() { got = d.seek(s, 0, len(s), &w) })
	if got != 0 {
		t.Errorf("seek = %d on text without digits; want 0", got)
	}
	if steps > int64(len(s))+1 {
		t.Errorf("seek took %d steps for %d bytes", steps, len(s))
	}
	if n := countTransitions(d); n != 0 {
		t.Errorf("%d transitions computed; a pass that jumps over non-digits needs none", n)
	}
}

// countTransitions counts the transitions an automaton has computed.
func countTransitions(d *dfa) int {
	n := 0
	for _, st := range d.states {
		for _, t := range st.next {
			if t >= 0 {
				n++
			}
		}
	}
	return n
}
