// Package phrase finds the entries of word lists in text, token by token,
// the way spaCy's PhraseMatcher does: entries are hashed once into a flat
// table when a pack compiles.
package phrase

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/rules"
	"github.com/discreet-app/discreet/rules/fold"
)

// List returns p's word list or vocabulary called name.
func List(p *rules.Pack, name string) []string {
	if l, ok := p.Lists[name]; ok {
		return l
	}
	return p.Vocab[name]
}

// entryCount counts what p's phrase index is sized for: the terms and
// list entries of its terms rules, a list shared by several rules once
// (its entries are one key each). Build then fits the tables to the keys
// they hold, since a term expands to several keys and lists repeat words.
func entryCount(p *rules.Pack) int {
	size, seen := 0, map[string]bool{}
	for _, r := range p.Rules {
		if r.Kind != rules.KindTerms {
			continue
		}
		size += len(r.Terms)
		if !seen[r.List] {
			seen[r.List] = true
			size += len(List(p, r.List))
		}
	}
	return size
}

// Build indexes the terms and list entries of p's terms rules.
func Build(p *rules.Pack) *Index {
	x := newIndex(entryCount(p))
	for i := range p.Rules {
		r := &p.Rules[i]
		if r.Kind != rules.KindTerms {
			continue
		}
		for _, t := range r.Terms {
			for _, e := range Expand(t) {
				x.add(e, i)
			}
		}
		for _, t := range List(p, r.List) {
			x.add(t, i)
			if r.Plurals {
				x.add(Plural(t), i)
			}
		}
	}
	x.numberRules(len(p.Rules))
	x.entries.fit()
	x.prefixes.fit()
	return x
}

// numberRules makes single hold every rule index of a pack of n rules.
func (x *Index) numberRules(n int) {
	x.single = make([]int, n)
	for i := range x.single {
		x.single[i] = i
	}
}

// IsAcronym reports whether a term is an acronym ("PTSD", "TUS"): it
// then matches only when written in capitals, whatever the rule's case,
// so the Spanish "tus" (your) is not the acronym TUS.
func IsAcronym(t string) bool {
	n := 0
	for _, r := range t {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// Plural returns the regular English plural of a phrase's last word.
func Plural(t string) string {
	switch {
	case strings.HasSuffix(t, "s"), strings.HasSuffix(t, "x"), strings.HasSuffix(t, "ch"), strings.HasSuffix(t, "sh"):
		return t + "es"
	case strings.HasSuffix(t, "y") && len(t) > 1 && !strings.ContainsRune("aeiou", rune(t[len(t)-2])):
		return t[:len(t)-1] + "ies"
	case strings.HasSuffix(t, "man"):
		return t[:len(t)-3] + "men"
	}
	return t + "s"
}

// IsPlural reports whether Plural(t) == w, without building the plural.
func IsPlural(t, w string) bool {
	switch {
	case strings.HasSuffix(t, "s"), strings.HasSuffix(t, "x"), strings.HasSuffix(t, "ch"), strings.HasSuffix(t, "sh"):
		return len(w) == len(t)+2 && strings.HasPrefix(w, t) && strings.HasSuffix(w, "es")
	case strings.HasSuffix(t, "y") && len(t) > 1 && !strings.ContainsRune("aeiou", rune(t[len(t)-2])):
		return len(w) == len(t)+2 && strings.HasPrefix(w, t[:len(t)-1]) && strings.HasSuffix(w, "ies")
	case strings.HasSuffix(t, "man"):
		return len(w) == len(t) && strings.HasPrefix(w, t[:len(t)-3]) && strings.HasSuffix(w, "men")
	}
	return len(w) == len(t)+1 && strings.HasPrefix(w, t) && w[len(t)] == 's'
}

// Expand turns a term with {a|b} groups into every phrase it stands for:
// "lost {his|her} {wife|job}" gives four phrases, "{recently |}divorced"
// two. Groups do not nest; a term without braces stands for itself.
func Expand(term string) []string {
	raw := expandRaw(term)
	for i, r := range raw {
		raw[i] = strings.Join(strings.Fields(r), " ")
	}
	return raw
}

func expandRaw(term string) []string {
	open := strings.IndexByte(term, '{')
	if open < 0 {
		return []string{term}
	}
	end := strings.IndexByte(term[open:], '}')
	if end < 0 {
		return []string{term}
	}
	end += open
	var out []string
	for _, alt := range strings.Split(term[open+1:end], "|") {
		for _, rest := range expandRaw(term[end+1:]) {
			out = append(out, term[:open]+alt+rest)
		}
	}
	return out
}

// WordSet is a sorted list of lower-case words searched by bisection: the
// big lists (common words) are sorted on disk already, so building one is a
// single pass instead of tens of thousands of map inserts, which is what
// makes a cold start slow in WebAssembly.
type WordSet []string

// NewWordSet makes the set of words, lower-cased.
func NewWordSet(words []string) WordSet {
	sorted := true
	for i, w := range words {
		if strings.ToLower(w) != w || i > 0 && words[i-1] >= w {
			sorted = false
			break
		}
	}
	if sorted {
		return WordSet(words)
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.ToLower(w)
	}
	slices.Sort(out)
	return WordSet(slices.Compact(out))
}

// Has reports whether the lower-case word w is in s.
func (s WordSet) Has(w string) bool {
	_, ok := slices.BinarySearch(s, w)
	return ok
}

// Index finds word-list entries in text the way spaCy's PhraseMatcher
// does: an entry is its lower-cased, accent-folded words joined with one
// space, and the text is looked up token by token. Keys are stored as
// 64-bit FNV-1a hashes, computed without building strings for plain
// entries: a 50,000-entry index then builds in a few milliseconds even in
// WebAssembly, where string-keyed map inserts made cold starts slow. (An
// Aho-Corasick automaton over the same entries took ~0.9 s to build, see
// BENCHMARKS.md.) At this size a hash collision has odds of ~1e-10.
type Index struct {
	// entries maps a key's hash to its rule index, or, when several rules
	// list the same phrase, to -1-i where shared[i] holds their indexes.
	entries table
	shared  [][]int
	sets    map[[2]int32]int32 // (entry value, added rule) → entry value
	// prefixes holds the keys of the first k words of every entry of
	// more than k words (k ≥ 1): Find extends a phrase only while what
	// it has read so far begins some entry.
	prefixes table
	maxWords int
	// single[i] is i, for every rule: rules answers a key of one rule
	// with single[i:i+1] instead of allocating a list for it.
	single []int
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func newIndex(size int) *Index {
	return &Index{entries: newTable(size), prefixes: newTable(size / 8)}
}

// rules returns the rules that list the key with hash h.
func (x *Index) rules(h uint64) ([]int, bool) {
	v, ok := x.entries.get(h)
	switch {
	case !ok:
		return nil, false
	case v >= 0:
		return x.single[v : v+1 : v+1], true
	}
	return x.shared[-1-v], true
}

// Has reports whether words (any case) is an entry of the index, or the
// first word of one: a word or phrase the pack's lists know.
func (x *Index) Has(words string) bool {
	h, _, n := phraseHash(words)
	if n == 0 {
		return false
	}
	if _, ok := x.rules(h); ok {
		return true
	}
	if n > 1 {
		return false
	}
	_, ok := x.prefixes.get(h)
	return ok
}

// RulesOf returns the rules whose lists or terms hold word (one word, any
// case) as an entry of its own, or nil.
func (x *Index) RulesOf(word string) []int {
	h, _, n := phraseHash(word)
	if n != 1 {
		return nil
	}
	rs, _ := x.rules(h)
	return rs
}

func (x *Index) add(entry string, rule int) {
	var buf [8]uint64
	h, pre, n := phraseHashes(entry, buf[:0])
	if n == 0 {
		return
	}
	if v, ok := x.entries.ref(h); !ok {
		*v = int32(rule)
	} else {
		*v = x.with(*v, rule)
	}
	for _, p := range pre { // one-word entries are found through entries itself
		x.prefixes.put(p, 1)
	}
	x.maxWords = max(x.maxWords, n)
}

// with returns the entry value for the rules of v plus rule. Rule sets are
// shared between entries (every place is listed by both place rules), so
// each distinct set is made once and never changed after.
func (x *Index) with(v int32, rule int) int32 {
	rs := []int{int(v)}
	if v < 0 {
		rs = x.shared[-1-v]
	}
	if slices.Contains(rs, rule) {
		return v
	}
	key := [2]int32{v, int32(rule)}
	if w, ok := x.sets[key]; ok {
		return w
	}
	x.shared = append(x.shared, append(slices.Clone(rs), rule))
	w := int32(-len(x.shared))
	if x.sets == nil {
		x.sets = map[[2]int32]int32{}
	}
	x.sets[key] = w
	return w
}

// phraseHash returns the hash of an entry's key (see phraseKey), of its
// first word, and its word count.
func phraseHash(entry string) (h, first uint64, words int) {
	var buf [8]uint64
	h, pre, words := phraseHashes(entry, buf[:0])
	first = h
	if len(pre) > 0 {
		first = pre[0]
	}
	return h, first, words
}

// phraseHashes returns the hash of an entry's key (see phraseKey) and its
// word count, and appends to pre the hashes of the key's first word,
// first two words, and so on, short of the whole key. ASCII words joined
// by single spaces or hyphens, most list entries, are hashed as they are
// read.
func phraseHashes(entry string, pre []uint64) (h uint64, _ []uint64, words int) {
	words, plain := plainWords(entry)
	if !plain {
		if h, pre, words, ok := latinHash(entry, pre); ok {
			return h, pre, words
		}
		key, _, n := phraseKey(entry)
		h = fnvOffset
		for i := 0; i < len(key); i++ {
			if key[i] == ' ' {
				pre = append(pre, h)
			}
			h = (h ^ uint64(key[i])) * fnvPrime
		}
		return h, pre, n
	}
	h = fnvOffset
	for i := 0; i < len(entry); i++ {
		c := entry[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '-':
			c = ' '
		}
		if c == ' ' {
			pre = append(pre, h)
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h, pre, words
}

// latinHash is phraseHashes for entries of Latin letters and digits, accented
// or not ("Trois-Rivières", "Peñasco"), in words joined by single spaces or
// hyphens: it lower-cases and folds rune by rune as it hashes, where
// phraseKey would build the key. ok is false for anything else.
func latinHash(entry string, pre []uint64) (h uint64, _ []uint64, words int, ok bool) {
	h, words = fnvOffset, 1
	var buf [utf8.UTFMax]byte
	prevSep := true
	for i := 0; i < len(entry); {
		r, size := utf8.DecodeRuneInString(entry[i:])
		i += size
		if r == ' ' || r == '-' {
			if prevSep || i == len(entry) {
				return 0, pre, 0, false
			}
			pre = append(pre, h)
			words++
			prevSep = true
			h = (h ^ ' ') * fnvPrime
			continue
		}
		if !fold.InTable(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return 0, pre, 0, false
		}
		prevSep = false
		if l := unicode.ToLower(r); utf8.RuneLen(l) == size {
			r = l
		}
		if f := fold.Base(r); f >= 0 {
			n := utf8.EncodeRune(buf[:], f)
			h = hashString(h, string(buf[:n]))
		}
	}
	if prevSep {
		return 0, pre, 0, false
	}
	return h, pre, words, true
}

// plainWords reports whether entry is ASCII letters and digits in words
// joined by single spaces or hyphens ("Red Deer", "Kitchener-Waterloo"),
// and how many words it has.
func plainWords(entry string) (int, bool) {
	words := 1
	for i := 0; i < len(entry); i++ {
		c := entry[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case (c == ' ' || c == '-') && i > 0 && i < len(entry)-1 && entry[i-1] != ' ' && entry[i-1] != '-':
			words++
		default:
			return 0, false
		}
	}
	return words, len(entry) > 0
}

// phraseKey returns an entry's lower-cased, accent-folded words joined by
// single spaces, its first word and its word count.
func phraseKey(entry string) (key, first string, words int) {
	lower := Lower(entry)
	toks := Tokenize(lower)
	if len(toks) == 0 {
		return "", "", 0
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(foldWord(lower[t.Start:t.End]))
	}
	return b.String(), foldWord(lower[toks[0].Start:toks[0].End]), len(toks)
}

// foldWord removes diacritics from a lower-case word ("josée" → "josee"),
// so word lists and posts match whether or not accents were typed: lists
// from some sources drop them, and people often do.
func foldWord(w string) string {
	if fold.ASCII(w) {
		return w
	}
	return string(fold.AppendString(make([]byte, 0, len(w)), w))
}

// phraseGap reports whether the bytes between two words may sit inside one
// phrase: spaces, hyphens and the period of an abbreviation ("St. Albert").
func phraseGap(g string) bool {
	if len(g) == 0 || len(g) > 3 {
		return false
	}
	for i := 0; i < len(g); i++ {
		switch g[i] {
		case ' ', '-', '.', '\'':
		default:
			return false
		}
	}
	return true
}

// Match is a word-list entry found in the text: its byte range and the
// rules (indexes into the pack's rules) that list it.
type Match struct {
	Start, End int
	Rules      []int
}

// Find returns the entries found in lower (text lower-cased by Lower),
// given its tokens: for each token position, the longest entries starting
// there, and every shorter one, so a rule can still match when a longer
// entry of another rule fails its context.
func (x *Index) Find(lower string, toks []Token) []Match {
	return x.AppendFind(make([]Match, 0, len(toks)/8+4), lower, toks) // about one word in ten is an entry
}

// AppendFind is Find appending the entries to out.
func (x *Index) AppendFind(out []Match, lower string, toks []Token) []Match {
	for i := range toks {
		h := hashString(fnvOffset, foldWord(lower[toks[i].Start:toks[i].End]))
		if rs, ok := x.rules(h); ok {
			out = append(out, Match{Start: toks[i].Start, End: toks[i].End, Rules: rs})
		}
		if _, more := x.prefixes.get(h); !more {
			continue
		}
		for n := 2; n <= x.maxWords && i+n <= len(toks); n++ {
			prev, cur := toks[i+n-2], toks[i+n-1]
			if !phraseGap(lower[prev.End:cur.Start]) {
				break
			}
			h = hashString(hashString(h, " "), foldWord(lower[cur.Start:cur.End]))
			if rs, ok := x.rules(h); ok {
				out = append(out, Match{Start: toks[i].Start, End: toks[i+n-1].End, Rules: rs})
			}
			if _, more := x.prefixes.get(h); !more {
				break
			}
		}
	}
	return out
}
