package gzsize

import (
	"bytes"
	"compress/bzip2"
	"io"
	"testing"
)

func TestOfShrinksRepeats(t *testing.T) {
	repeated := bytes.Repeat([]byte("front-coded list line\n"), 1000)
	if got := Of(repeated); got <= 0 || got >= len(repeated)/10 {
		t.Fatalf("Of(%d repeated bytes) = %d, want a small positive size", len(repeated), got)
	}
	if Of(nil) <= 0 {
		t.Fatal("Of(nil) must count gzip's header")
	}
}

func TestBzip2ReadsBack(t *testing.T) {
	text := bytes.Repeat([]byte("Saint-Jean\nSaint-Jérôme\nSainte-Foy\n"), 500)
	c, err := Bzip2(text)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(bzip2.NewReader(bytes.NewReader(c)))
	if err != nil || !bytes.Equal(got, text) {
		t.Fatalf("Bzip2 of %d bytes reads back as %d bytes (%v)", len(text), len(got), err)
	}
	if !bytes.HasPrefix(c, []byte("BZh9")) {
		t.Errorf("Bzip2 starts %q; want the header of level 9 (900 KB blocks)", c[:min(4, len(c))])
	}
}
