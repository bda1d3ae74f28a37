package tagger

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// synthetic makes sentences of filler words in which "alpha beta" is a
// span of category 0 and "gamma" (or "delta" after "my") one of category 1.
func synthetic(n int, seed uint64) []Example {
	rng := rand.New(rand.NewPCG(seed, 1))
	filler := []string{"the", "a", "client", "said", "was", "in", "and", "it", "my", "of", "to", "she"}
	var out []Example
	for range n {
		var ex Example
		add := func(w string, tag int) {
			ex.Tokens = append(ex.Tokens, Token{Word: w, Lower: w})
			ex.Tags = append(ex.Tags, tag)
		}
		for range 4 + rng.IntN(10) {
			switch r := rng.IntN(10); {
			case r == 0:
				add("alpha", 1)
				add("beta", 2)
			case r == 1:
				add("gamma", 3)
			case r == 2:
				add("my", 0)
				add("delta", 3)
			default:
				add(filler[rng.IntN(len(filler))], 0)
			}
		}
		out = append(out, ex)
	}
	return out
}

var testConfig = Config{Categories: []string{"event", "clinical"}, Epochs: 5, Seed: 7, MinCount: 1}

func trained(t *testing.T) *Model {
	t.Helper()
	m, err := Train(synthetic(300, 1), testConfig)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainLearnsSpans(t *testing.T) {
	m := trained(t)
	wrong, total := 0, 0
	for _, ex := range synthetic(100, 2) {
		want := spans(ex.Tags)
		got := m.Tag(ex.Tokens)
		total += len(want)
		for _, s := range want {
			if !slices.ContainsFunc(got, func(g Span) bool { return g.Start == s.Start && g.End == s.End && g.Cat == s.Cat }) {
				wrong++
			}
		}
		for _, g := range got {
			if g.Margin <= 0 {
				t.Errorf("span %v has margin %d; a chosen tag scores above O", g, g.Margin)
			}
		}
	}
	if total == 0 || wrong > total/50 {
		t.Fatalf("Tag missed %d of %d spans on held-out synthetic sentences", wrong, total)
	}
	toks := []Token{{Word: "my", Lower: "my"}, {Word: "delta", Lower: "delta"}, {Word: "the", Lower: "the"}}
	if got, want := m.Tag(toks), []Span{{Start: 1, End: 2, Cat: 1}}; len(got) != 1 || got[0].Start != 1 || got[0].End != 2 || got[0].Cat != 1 {
		t.Errorf("Tag(my delta the) = %v; want %v", got, want)
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	a, _ := trained(t).MarshalBinary()
	b, _ := trained(t).MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same examples and config gave different bytes")
	}
	other := testConfig
	other.Seed++
	m, _ := Train(synthetic(300, 1), other)
	c, _ := m.MarshalBinary()
	if bytes.Equal(a, c) {
		t.Error("another seed gave the same bytes: the seed is not used")
	}
}

// TestDropout checks that training with dropout is deterministic, differs
// from training without it, and still learns the synthetic spans.
func TestDropout(t *testing.T) {
	cfg := testConfig
	cfg.Dropout = 0.3
	cfg.Epochs = 10
	train := func() (*Model, []byte) {
		m, err := Train(synthetic(300, 1), cfg)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := m.MarshalBinary()
		return m, b
	}
	m, a := train()
	if _, b := train(); !bytes.Equal(a, b) {
		t.Fatal("two trainings with dropout gave different bytes")
	}
	if plain, _ := trained(t).MarshalBinary(); bytes.Equal(a, plain) {
		t.Error("dropout 0.3 gave the bytes of no dropout: it is not used")
	}
	wrong, total := 0, 0
	for _, ex := range synthetic(100, 2) {
		got := m.Tag(ex.Tokens)
		for _, s := range spans(ex.Tags) {
			total++
			if !slices.ContainsFunc(got, func(g Span) bool { return g.Start == s.Start && g.End == s.End && g.Cat == s.Cat }) {
				wrong++
			}
		}
	}
	if total == 0 || wrong > total/20 {
		t.Fatalf("with dropout, Tag missed %d of %d spans on held-out synthetic sentences", wrong, total)
	}
}

// TestDropoutIsLocal checks that which features a training step leaves
// out of a token depends on that token alone: a feature added to one token
// (a pack's new rule marking a word) leaves the draws of the others as they
// were, so retraining moves the model only where its inputs moved. It also
// checks that about the configured share is left out.
func TestDropoutIsLocal(t *testing.T) {
	tr := &trainer{}
	tr.reset(7, 0.25)
	feats := make([][]uint32, 6)
	for i := range feats {
		for k := range 40 {
			feats[i] = append(feats[i], uint32(1000*i+k+1))
		}
	}
	copyOf := func(ff [][]uint32) [][]uint32 {
		out := make([][]uint32, len(ff))
		for i, f := range ff {
			out[i] = slices.Clone(f)
		}
		return out
	}
	before := copyOf(tr.drop(feats, nil, 3))
	kept := 0
	for _, f := range before {
		kept += len(f)
	}
	if kept < 6*40*6/10 || kept > 6*40*9/10 {
		t.Errorf("dropout 0.25 kept %d of %d features", kept, 6*40)
	}
	changed := copyOf(feats)
	changed[2] = append([]uint32{999999}, changed[2]...)
	after := tr.drop(changed, nil, 3)
	for i := range feats {
		got := slices.DeleteFunc(slices.Clone(after[i]), func(k uint32) bool { return k == 999999 })
		if !slices.Equal(got, before[i]) {
			t.Errorf("token %d: a feature added to token 2 changed what token %d keeps: %v, then %v", i, i, before[i], got)
		}
	}
	if again := tr.drop(feats, nil, 4); slices.Equal(again[0], before[0]) && slices.Equal(again[1], before[1]) {
		t.Error("another step left out the same features: the step is not drawn")
	}
}

// TestWordDropoutLeavesTheWordOut checks that a step that reads a token
// as an unseen word (Config.WordDropout) leaves out all of its word
// features and nothing else, on about the configured share of tokens.
func TestWordDropoutLeavesTheWordOut(t *testing.T) {
	var s sentence
	toks := make([]Token, 200)
	for i := range toks {
		w := fmt.Sprintf("w%d", i)
		toks[i] = Token{Word: w, Lower: w, Zone: 1}
	}
	s.reset(toks)
	feats := make([][]uint32, len(toks))
	lex := make([][nLex]uint32, len(toks))
	for i := range toks {
		feats[i] = s.features(nil, i)
		lex[i] = s.lexical(i)
		for _, k := range lex[i] {
			if !slices.Contains(feats[i], k) {
				t.Fatalf("token %d: lexical key %d is not among its features", i, k)
			}
		}
	}
	tr := &trainer{}
	tr.reset(7, 0)
	tr.wordCut = cut(0.3)
	out := tr.drop(feats, lex, 5)
	unseen := 0
	for i, f := range out {
		switch len(f) {
		case len(feats[i]):
		case len(feats[i]) - nLex:
			unseen++
			for _, k := range lex[i] {
				if slices.Contains(f, k) {
					t.Errorf("token %d: read as unseen but kept word feature %d", i, k)
				}
			}
		default:
			t.Errorf("token %d: kept %d of %d features; want all, or all but its %d word features", i, len(f), len(feats[i]), nLex)
		}
	}
	if unseen < 40 || unseen > 80 {
		t.Errorf("word dropout 0.3 read %d of %d tokens as unseen", unseen, len(toks))
	}
}

func TestRoundTrip(t *testing.T) {
	m := trained(t)
	data, _ := m.MarshalBinary()
	back, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := back.MarshalBinary()
	if !bytes.Equal(data, again) {
		t.Fatal("Load then MarshalBinary changed the bytes")
	}
	for _, ex := range synthetic(20, 3) {
		if a, b := m.Tag(ex.Tokens), back.Tag(ex.Tokens); !slices.Equal(a, b) {
			t.Fatalf("loaded model tags %v; trained one %v", b, a)
		}
	}
}

func TestLoadRejectsMalformed(t *testing.T) {
	good, _ := trained(t).MarshalBinary()
	flip := slices.Clone(good)
	flip[len(flip)/2] ^= 0x40
	version := slices.Clone(good)
	version[len(magic)-1] = 99
	cases := map[string][]byte{
		"empty":     nil,
		"not ours":  []byte("PK\x03\x04 a zip file, not weights"),
		"truncated": good[:len(good)-7],
		"flipped":   flip,
		"version":   version,
		"trailing":  append(slices.Clone(good), 0),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			m, err := Load(data)
			if err == nil || !errors.Is(err, ErrFormat) || m != nil {
				t.Fatalf("Load(%s) = %v, %v; want nil and an ErrFormat error", name, m, err)
			}
		})
	}
}

// TestLoadChecksFieldsBehindAValidChecksum rebuilds files whose checksum
// is right but whose content is not: the structural checks must hold.
func TestLoadChecksFieldsBehindAValidChecksum(t *testing.T) {
	m := trained(t)
	for name, mutate := range map[string]func(*Model){
		"keys out of order": func(m *Model) { m.keys[0], m.keys[1] = m.keys[1], m.keys[0] },
		"zero key":          func(m *Model) { m.keys[0] = 0 },
		"shift too large":   func(m *Model) { m.shift[0] = maxShift + 1 },
		"repeated category": func(m *Model) { m.cats[1] = m.cats[0] },
	} {
		t.Run(name, func(t *testing.T) {
			c := *m
			c.keys, c.shift, c.cats = slices.Clone(m.keys), slices.Clone(m.shift), slices.Clone(m.cats)
			mutate(&c)
			data, _ := c.MarshalBinary()
			if _, err := Load(data); !errors.Is(err, ErrFormat) {
				t.Fatalf("Load accepted a model with %s: %v", name, err)
			}
		})
	}
}

func TestTagEdgeCases(t *testing.T) {
	m := trained(t)
	if got := m.Tag(nil); got != nil {
		t.Errorf("Tag(nil) = %v; want nil", got)
	}
	long := make([]Token, 5000)
	for i := range long {
		w := fmt.Sprint(i % 17)
		long[i] = Token{Word: w, Lower: w}
	}
	for _, s := range m.Tag(long) {
		if s.Start < 0 || s.End > len(long) || s.End <= s.Start {
			t.Fatalf("span %v out of bounds", s)
		}
	}
}

func TestTrainRejectsBadExamples(t *testing.T) {
	bad := []Example{{Tokens: []Token{{Word: "a", Lower: "a"}}, Tags: []int{9}}}
	if _, err := Train(bad, testConfig); err == nil {
		t.Error("Train accepted tag 9 of 5")
	}
	short := []Example{{Tokens: []Token{{Word: "a", Lower: "a"}}}}
	if _, err := Train(short, testConfig); err == nil {
		t.Error("Train accepted an example without tags")
	}
}

// TestZoneDecides trains on sentences where the same words are a span
// only in sentences of zone 1 (about the client, say) and never in zone 2
// (about the poster): the zone features alone can tell them apart.
func TestZoneDecides(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	words := []string{"went", "to", "the", "lake", "on", "sunday", "with", "friends"}
	var exs []Example
	for i := range 400 {
		zone := uint8(1 + i%2)
		var ex Example
		for range 3 + rng.IntN(4) {
			w := words[rng.IntN(len(words))]
			ex.Tokens = append(ex.Tokens, Token{Word: w, Lower: w, Zone: zone})
			ex.Tags = append(ex.Tags, 0)
		}
		ex.Tokens = append(ex.Tokens, Token{Word: "omega", Lower: "omega", Zone: zone})
		tag := 0
		if zone == 1 {
			tag = 1
		}
		ex.Tags = append(ex.Tags, tag)
		exs = append(exs, ex)
	}
	m, err := Train(exs, testConfig)
	if err != nil {
		t.Fatal(err)
	}
	sent := func(zone uint8) []Token {
		var out []Token
		for _, w := range []string{"the", "lake", "omega"} {
			out = append(out, Token{Word: w, Lower: w, Zone: zone})
		}
		return out
	}
	if got := m.Tag(sent(1)); len(got) != 1 || got[0].Start != 2 {
		t.Errorf("Tag(zone 1) = %v; want omega tagged", got)
	}
	if got := m.Tag(sent(2)); len(got) != 0 {
		t.Errorf("Tag(zone 2) = %v; want nothing", got)
	}
}

// fnvByRune is fnv written rune by rune, as the weights were trained.
func fnvByRune(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if b := foldRune(r); b != 0 {
			h = (h ^ uint64(b)) * 1099511628211
		} else {
			for _, c := range []byte(s[i : i+size]) {
				h = (h ^ uint64(c)) * 1099511628211
			}
		}
		i += size
	}
	return h
}

// shapeByRune is shape as first written: the counts of upper-case
// letters, digits and others rune by rune, and the first rune decoded
// again.
func shapeByRune(w string) uint64 {
	var upper, lower, digit int
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsDigit(r):
			digit++
		default:
			lower++
		}
	}
	first, _ := utf8.DecodeRuneInString(w)
	return shapeOf(upper, lower, digit, unicode.IsUpper(first))
}

var hashedWords = []string{"I", "Ab", "AB", "ABC", "A1", "12", "١٢", "Éa", "ÉTÉ", "éT", "\xffA", "Ω", "ǅx", "x\xc3", "", "a", "ab", "abc", "abcd", "abcde", "séance", "seance", "año", "😀x", "été", "ça", "naïveté",
	"walked", "x\xffy", "\xe2\x82", "ab\xff", "日本語", "café", "caféx", "xcafé", "it's", "9am"}

func TestFnvPrefixesHashesThePrefixes(t *testing.T) {
	for _, w := range hashedWords {
		whole, pre3, pre4 := fnvPrefixes(w)
		if whole != fnvByRune(w) || pre3 != fnvByRune(prefix(w, 3)) || pre4 != fnvByRune(prefix(w, 4)) {
			t.Errorf("fnvPrefixes(%q) = %x, %x, %x; want %x, %x, %x", w, whole, pre3, pre4, fnvByRune(w), fnvByRune(prefix(w, 3)), fnvByRune(prefix(w, 4)))
		}
		if fnv(w) != fnvByRune(w) {
			t.Errorf("fnv(%q) = %x; want %x", w, fnv(w), fnvByRune(w))
		}
		if got, want := shape(w), shapeByRune(w); got != want {
			t.Errorf("shape(%q) = %d; want %d", w, got, want)
		}
		suf3, suf2 := suffixHashes(w)
		if suf3 != fnvByRune(suffix(w, 3)) || suf2 != fnvByRune(suffix(w, 2)) {
			t.Errorf("suffixHashes(%q) = %x, %x; want %x, %x", w, suf3, suf2, fnvByRune(suffix(w, 3)), fnvByRune(suffix(w, 2)))
		}
	}
	if fnv("séance") != fnv("seance") {
		t.Error(`fnv("séance") != fnv("seance"): accents are not folded`)
	}
}

// prefix returns the first n runes of s (all of s if shorter).
func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

func TestMaxFeaturesBoundsTheModel(t *testing.T) {
	all := trained(t)
	cfg := testConfig
	cfg.MaxFeatures = all.Features() / 3
	m, err := Train(synthetic(300, 1), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if m.Features() > cfg.MaxFeatures || m.Features() == 0 {
		t.Fatalf("%d features kept of %d; want 1 to %d", m.Features(), all.Features(), cfg.MaxFeatures)
	}
	// The strongest features stay: "gamma" still tags a span.
	toks := []Token{{Word: "she", Lower: "she"}, {Word: "gamma", Lower: "gamma"}}
	if got := m.Tag(toks); len(got) != 1 || got[0].Start != 1 {
		t.Errorf("Tag(she gamma) = %+v; want the span of gamma", got)
	}
}

func TestForeignExamplesKeepNoFeatureOfTheirOwn(t *testing.T) {
	own := synthetic(100, 1)
	// The same sentences in "another language": every word changed, so
	// only the features that see no word (position, shape) are shared.
	var foreign []Example
	for _, ex := range synthetic(300, 3) {
		fx := Example{Tags: ex.Tags, Foreign: true}
		for _, tk := range ex.Tokens {
			fx.Tokens = append(fx.Tokens, Token{Word: tk.Word + "x", Lower: tk.Lower + "x"})
		}
		foreign = append(foreign, fx)
	}
	both, err := Train(slices.Concat(own, foreign), testConfig)
	if err != nil {
		t.Fatal(err)
	}
	alone, err := Train(own, testConfig)
	if err != nil {
		t.Fatal(err)
	}
	if both.Features() > alone.Features() {
		t.Errorf("%d features with the foreign sentences, %d without: they added features of their own", both.Features(), alone.Features())
	}
	if w, _ := both.row(mix(tWord, fnv("gammax"))); w != nil {
		t.Errorf("a word of the foreign sentences alone kept a feature")
	}
	if w, _ := both.row(mix(tWord, fnv("gamma"))); w == nil {
		t.Errorf("a word of the model's own sentences lost its feature")
	}
}

// TestSuffix: the last n runes of a word, ASCII or not, as the rune-by-rune
// definition gives them (an invalid byte counts as a rune).
func TestSuffix(t *testing.T) {
	byRune := func(s string, n int) string {
		i := len(s)
		for k := 0; k < n && i > 0; k++ {
			_, size := utf8.DecodeLastRuneInString(s[:i])
			i -= size
		}
		return s[i:]
	}
	for _, s := range []string{"", "a", "ab", "abc", "walking", "séance", "café", "naïve", "日本語", "x\xffy", "\xe2\x82", "été"} {
		for n := 0; n <= 4; n++ {
			if got, want := suffix(s, n), byRune(s, n); got != want {
				t.Errorf("suffix(%q, %d) = %q; want %q", s, n, got, want)
			}
		}
	}
}
