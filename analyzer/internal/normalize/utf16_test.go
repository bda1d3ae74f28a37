package normalize

import (
	"testing"
	"unicode/utf16"
)

// TestUTF16RoundTrip: every character boundary of a text mixing ASCII,
// two-byte, three-byte and astral characters converts to the UTF-16
// offset JavaScript would give, and back.
func TestUTF16RoundTrip(t *testing.T) {
	text := "a é 漢 😀 b\u200b, ñ🅹z"
	var bytesAt []int
	for i := range text {
		bytesAt = append(bytesAt, i)
	}
	bytesAt = append(bytesAt, len(text))
	units := UTF16Index(text, bytesAt)
	m := UnitsOf(text)
	if want := len(utf16.Encode([]rune(text))); m.Len() != want {
		t.Fatalf("Len = %d; want %d", m.Len(), want)
	}
	for k, b := range bytesAt {
		if want := len(utf16.Encode([]rune(text[:b]))); units[k] != want {
			t.Errorf("UTF16Index at byte %d = %d; want %d", b, units[k], want)
		}
		if got := m.Byte(units[k]); got != b {
			t.Errorf("Byte(%d) = %d; want %d", units[k], got, b)
		}
	}
	// Inside a surrogate pair: the start of its character; out of range:
	// clamped.
	emoji := len("a é 漢 ")
	if got := m.Byte(units[len([]rune("a é 漢 "))] + 1); got != emoji {
		t.Errorf("Byte(inside the pair) = %d; want %d", got, emoji)
	}
	if m.Byte(-3) != 0 || m.Byte(m.Len()+5) != len(text) {
		t.Errorf("out-of-range units are not clamped: %d, %d", m.Byte(-3), m.Byte(m.Len()+5))
	}
}
