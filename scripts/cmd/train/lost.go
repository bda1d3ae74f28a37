package main

// -lost: where gold spans are lost. Each held-out post (or, without -cv,
// each post under the committed tagger) is traced (analyzer.Trace) and
// each gold span no finding overlaps is put down to one reason: nothing
// proposed it, attribution dropped the candidates over it (with the
// reason), or overlap resolution kept another candidate over them. With
// -messy the post's plain copy is traced by the same model too, and a
// span lost in the messy copy but found in the plain one is put down to
// what the messy copy changed in the span's own words, or to nothing in
// them (the change was around it: case, shorthand or run-on text).
// The report holds counts only, never a post.

import (
	"bufio"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/discreet-app/discreet/analyzer"
	"golang.org/x/text/unicode/norm"
)

// lostTally counts gold spans by reason, category and language.
type lostTally struct {
	n      map[[3]string]int // reason, category, lang
	broke  map[[3]string]int // for spans lost only in the messy copy: what changed, reason, category
	traced int
}

func newLostTally() *lostTally {
	return &lostTally{n: map[[3]string]int{}, broke: map[[3]string]int{}}
}

// spanFates returns, for each gold span of r, "found" or why it was lost.
func spanFates(a *analyzer.Analyzer, r record) []string {
	res, props := a.Trace(analyzer.Input{ID: r.ID, Text: r.Text, Lang: r.Lang, Platform: r.Platform})
	out := make([]string, len(r.Spans))
	for i, s := range r.Spans {
		over := func(st, en int) bool { return st < s.End && s.Start < en }
		if slices.ContainsFunc(res.Findings, func(f analyzer.Finding) bool { return over(f.Start, f.End) }) {
			out[i] = "found"
			continue
		}
		// The candidate over the span that went furthest says where it
		// was lost; of equals, one of the span's own category.
		best, rank := "not proposed", 0
		for _, p := range props {
			if !over(p.Start, p.End) {
				continue
			}
			k := 1
			if p.Category == s.Category {
				k = 2
			}
			if p.Fate == "overlap" || p.Fate == "kept" {
				k += 2
			}
			if k > rank {
				best, rank = "dropped: "+p.Fate, k
				if p.Fate == "overlap" || p.Fate == "kept" {
					best = "overlap resolution"
				}
			}
		}
		out[i] = best
	}
	return out
}

// add traces r (and, when plain is not nil, its plain copy) and counts
// its spans.
func (t *lostTally) add(a *analyzer.Analyzer, r record, plain *record) {
	t.traced++
	fates := spanFates(a, r)
	var pf []string
	if plain != nil {
		pf = spanFates(a, *plain)
	}
	for i, s := range r.Spans {
		t.n[[3]string{fates[i], s.Category, r.Lang}]++
		if pf != nil && fates[i] != "found" && i < len(pf) && pf[i] == "found" {
			t.broke[[3]string{spanChange(plain.Text, plain.Spans[i], r.Text, s), fates[i], s.Category}]++
		}
	}
}

// spanChange says what the messy copy changed in a span's own words.
func spanChange(plainText string, ps span, messyText string, ms span) string {
	a, b := utf16Slice(plainText, ps), utf16Slice(messyText, ms)
	switch {
	case a == b:
		return "words as typed (changed around them)"
	case strings.ToLower(a) == strings.ToLower(b):
		return "case"
	case foldAccents(strings.ToLower(a)) == foldAccents(strings.ToLower(b)):
		return "accents"
	}
	return "spelling (typo, shorthand, apostrophe)"
}

func utf16Slice(text string, s span) string {
	u := []rune(text) // offsets count UTF-16 units: map them through runes
	var b strings.Builder
	pos := 0
	for _, r := range u {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if pos >= s.Start && pos < s.End {
			b.WriteRune(r)
		}
		pos += w
	}
	return b.String()
}

func foldAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// print writes the tally: reasons by category, then by language.
func (t *lostTally) print(out *bufio.Writer) {
	reasons, cats, langs := map[string]int{}, map[string]bool{}, map[string]bool{}
	for k, n := range t.n {
		reasons[k[0]] += n
		cats[k[1]], langs[k[2]] = true, true
	}
	rs := slices.SortedFunc(maps.Keys(reasons), func(a, b string) int {
		if n := reasons[b] - reasons[a]; n != 0 {
			return n
		}
		return strings.Compare(a, b)
	})
	cs, ls := slices.Sorted(maps.Keys(cats)), slices.Sorted(maps.Keys(langs))
	fmt.Fprintf(out, "gold spans of %d posts, by where they were lost:\n", t.traced)
	fmt.Fprintf(out, "%-38s %6s", "reason", "all")
	for _, l := range ls {
		fmt.Fprintf(out, " %5s", l)
	}
	for _, c := range cs {
		fmt.Fprintf(out, " %6.6s", c)
	}
	fmt.Fprintln(out)
	for _, r := range rs {
		fmt.Fprintf(out, "%-38.38s %6d", r, reasons[r])
		for _, l := range ls {
			n := 0
			for _, c := range cs {
				n += t.n[[3]string{r, c, l}]
			}
			fmt.Fprintf(out, " %5d", n)
		}
		for _, c := range cs {
			n := 0
			for _, l := range ls {
				n += t.n[[3]string{r, c, l}]
			}
			fmt.Fprintf(out, " %6d", n)
		}
		fmt.Fprintln(out)
	}
	if len(t.broke) == 0 {
		return
	}
	fmt.Fprintln(out, "lost in the messy copy, found in the plain one: what changed in the span, where it was lost:")
	keys := slices.SortedFunc(maps.Keys(t.broke), func(a, b [3]string) int {
		if n := t.broke[b] - t.broke[a]; n != 0 {
			return n
		}
		return strings.Compare(strings.Join(a[:], "|"), strings.Join(b[:], "|"))
	})
	for _, k := range keys {
		fmt.Fprintf(out, "  %5d  %-40s %-28s %s\n", t.broke[k], k[0], k[1], k[2])
	}
}
