package gzsize

import (
	"bytes"
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
