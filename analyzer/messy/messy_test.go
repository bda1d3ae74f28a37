package messy

import (
	"bufio"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

func TestApplyMovesSpans(t *testing.T) {
	text := "ab Cd ef"
	spans := []Span{{3, 5, "name"}}
	tests := []struct {
		name  string
		edits []edit
		text  string
		span  Span
	}{
		{"insert before", []edit{{0, 0, "xx"}}, "xxab Cd ef", Span{5, 7, "name"}},
		{"insert at start goes before", []edit{{3, 3, "#"}}, "ab #Cd ef", Span{4, 6, "name"}},
		{"insert at end goes after", []edit{{5, 5, "!"}}, "ab Cd! ef", Span{3, 5, "name"}},
		{"replace inside", []edit{{3, 5, "cdd"}}, "ab cdd ef", Span{3, 6, "name"}},
		{"delete before", []edit{{0, 3, ""}}, "Cd ef", Span{0, 2, "name"}},
		{"after", []edit{{6, 8, "g"}}, "ab Cd g", Span{3, 5, "name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, sp := apply(text, spans, tt.edits)
			if got != tt.text || sp[0] != tt.span {
				t.Errorf("apply(%q, %v) = %q, %v; want %q, %v", text, tt.edits, got, sp[0], tt.text, tt.span)
			}
		})
	}
}

func TestEditorRefusesCrossingASpan(t *testing.T) {
	ed := &editor{p: &Post{Text: "ab Cd ef", Spans: []Span{{3, 5, "name"}}}}
	if ed.add(2, 4, "") {
		t.Error("an edit across a span's start was taken")
	}
	if !ed.add(3, 5, "cd") || ed.add(4, 4, "x") {
		t.Error("an edit of the whole span was refused, or one inside it overlapped it")
	}
}

func TestUTF16RoundTrip(t *testing.T) {
	text := "a😔 Jé b"
	u := []Span{{4, 6, "name"}} // "Jé" after a two-unit emoji and a space
	b := SpansToBytes(text, u)
	if got := text[b[0].Start:b[0].End]; got != "Jé" {
		t.Errorf("SpansToBytes = %v (%q)", b, got)
	}
	if back := SpansToUTF16(text, b); !reflect.DeepEqual(back, u) {
		t.Errorf("SpansToUTF16(SpansToBytes(%v)) = %v", u, back)
	}
}

func TestMessifyIsDeterministic(t *testing.T) {
	p := Post{ID: "x", Lang: "en", Text: "My client Dana, 42-year-old nurse. She doesn't sleep! Thank you."}
	a, b := Messify(p, 7), Messify(p, 7)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("Messify gave %q then %q", a.Text, b.Text)
	}
}

// TestMessifyCorpusSpans messifies the labelled corpus and checks that
// every gold span still points at its text: in bounds, on character
// boundaries, not empty, starting with the same letter (unless its first
// word has a short form), and sharing most of its letters with the
// original.
func TestMessifyCorpusSpans(t *testing.T) {
	f, err := os.Open("../testdata/corpus/train.jsonl")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	changed, total := 0, 0
	for sc.Scan() {
		var r struct {
			ID, Lang, Text string
			Keep           []string
			Spans          []struct {
				Start, End int
				Category   string
			}
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		p := Post{ID: r.ID, Lang: r.Lang, Text: r.Text, Keep: r.Keep}
		for _, s := range r.Spans {
			p.Spans = append(p.Spans, Span{s.Start, s.End, s.Category})
		}
		p.Spans = SpansToBytes(p.Text, p.Spans)
		q := Messify(p, 1)
		total++
		if q.Text != p.Text {
			changed++
		}
		if len(q.Spans) != len(p.Spans) {
			t.Fatalf("%s: %d spans, want %d", r.ID, len(q.Spans), len(p.Spans))
		}
		for i, s := range q.Spans {
			orig := p.Text[p.Spans[i].Start:p.Spans[i].End]
			if s.Start < 0 || s.End > len(q.Text) || s.Start >= s.End ||
				!utf8.RuneStart(q.Text[s.Start]) || (s.End < len(q.Text) && !utf8.RuneStart(q.Text[s.End])) {
				t.Errorf("%s: span %d (%q) is %v in %q", r.ID, i, orig, s, q.Text)
				continue
			}
			got := q.Text[s.Start:s.End]
			if s.Category != p.Spans[i].Category {
				t.Errorf("%s: span %q lost its category", r.ID, orig)
			}
			if first(fold(got)) != first(fold(orig)) && !shortened(r.Lang, orig) {
				t.Errorf("%s: span %q became %q", r.ID, orig, got)
			}
			if n := lcs(fold(orig), fold(got)); 10*n < 3*utf8.RuneCountInString(fold(orig)) && !wholeShorthand(r.Lang, orig) {
				t.Errorf("%s: span %q became %q (%d letters in common)", r.ID, orig, got, n)
			}
		}
	}
	if changed < total*9/10 {
		t.Errorf("only %d of %d posts changed", changed, total)
	}
}

// fold lower-cases s and strips its accents.
func fold(s string) string {
	s, _, _ = transform.String(stripMarks, strings.ToLower(s))
	return s
}

func first(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// shortened reports whether s starts with a phrase that has a short form.
func shortened(lang, s string) bool {
	for _, sh := range shorthands[lang] {
		if loc := sh.re.FindStringIndex(s); loc != nil && loc[0] == 0 {
			return true
		}
	}
	return !unicode.IsLetter([]rune(s)[0])
}

// wholeShorthand reports whether all of s is a phrase with a short form.
func wholeShorthand(lang, s string) bool {
	for _, sh := range shorthands[lang] {
		if loc := sh.re.FindStringIndex(s); loc != nil && loc[0] == 0 && loc[1] == len(s) {
			return true
		}
	}
	return false
}

// lcs is the length of the longest common subsequence of a's and b's runes.
func lcs(a, b string) int {
	x, y := []rune(a), []rune(b)
	prev, cur := make([]int, len(y)+1), make([]int, len(y)+1)
	for i := range x {
		for j := range y {
			if x[i] == y[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(y)]
}
