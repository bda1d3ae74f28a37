package fold

import (
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func TestAppendString(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Trois-Rivières", "Trois-Rivieres"},
		{"Peñasco", "Penasco"},
		{"josée", "josee"},
		{"Ærø", "Ærø"}, // no decomposition: kept
		{"e\u0301te\u0301", "ete"},
		{"Ωμέγα", "Ωμεγα"},
		{"plain", "plain"},
		{"", ""},
		{"a\xffé", "a\uFFFDe"}, // invalid UTF-8 reads as U+FFFD, as range does
	} {
		if got := string(AppendString(nil, c.in)); got != c.want {
			t.Errorf("AppendString(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := string(AppendBytes(nil, []byte(c.in))); got != c.want {
			t.Errorf("AppendBytes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTableIsNorm holds the table to what norm gives rune by rune.
func TestTableIsNorm(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		var want []byte
		if !unicode.Is(unicode.Mn, r) {
			for _, d := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					want = append(want, string(d)...)
					if InTable(r) {
						break // the table keeps the first base rune
					}
				}
			}
		}
		if got := AppendRune(nil, r); string(got) != string(want) {
			t.Fatalf("AppendRune(%U) = %q, want %q", r, got, want)
		}
	}
}

func TestASCII(t *testing.T) {
	if !ASCII("abc 123") || ASCII("abé") || !ASCII([]byte("x")) || ASCII([]byte("ñ")) {
		t.Fatal("ASCII")
	}
}
