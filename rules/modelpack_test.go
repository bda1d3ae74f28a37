package rules

import (
	"bytes"
	"os"
	"testing"

	"github.com/discreet-app/discreet/scripts/gzsize"
)

// The built-in models pack smaller gzipped and unpack to their bytes.
func TestPackModelBuiltIn(t *testing.T) {
	for _, p := range []string{"en/_tagger/weights.bin", "fr/_tagger/weights.bin", "es/_tagger/weights.bin", "intent.model"} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		packed := PackModel(p, b)
		if bytes.Equal(packed, b) {
			t.Errorf("%s: not packed (a changed format? see modelpack.go)", p)
			continue
		}
		if got, err := UnpackModel(packed); err != nil || !bytes.Equal(got, b) {
			t.Errorf("%s: unpacks to other bytes (%v)", p, err)
		}
		if g, w := gzsize.Of(packed), gzsize.Of(b); g >= w {
			t.Errorf("%s: %d bytes gzipped packed, %d as it is", p, g, w)
		} else {
			t.Logf("%s: %d → %d bytes gzipped", p, w, g)
		}
	}
}

// Data in another form is kept as it is; damaged packed data is refused.
func TestPackModelOther(t *testing.T) {
	for _, c := range []struct{ path, data string }{
		{"en/_tagger/weights.bin", "weights"},
		{"en/_tagger/weights.bin", storyFileMagic + "\xff\xff\xff\xff"},
		{"intent.model", "# model\nbits 16\n"},
		{"intent.model", "# model\nQUJD\nQUJD\n!!\n"},
		{"en/_tagger/tagger.json", "{}"},
	} {
		if got := PackModel(c.path, []byte(c.data)); string(got) != c.data {
			t.Errorf("%s %q: packed as %q", c.path, c.data, got)
		}
	}
	for _, bad := range []string{packedWeightsMagic, packedWeightsMagic + "\x05ab", packedWeightsMagic + "\x00\x09xy", packedIntentMagic + "\x09", packedIntentMagic + "\x00\x00"} {
		if _, err := UnpackModel([]byte(bad)); err == nil {
			t.Errorf("%q: unpacked", bad)
		}
	}
	if got, err := UnpackModel([]byte("plain")); err != nil || string(got) != "plain" {
		t.Errorf("plain data: %q, %v", got, err)
	}
}

// A small intent model packs and unpacks exactly, a short last line too.
func TestPackIntentSmall(t *testing.T) {
	text := "# model v1\nbits 16\nAAECAwQF\nBgcICQoL\nDA==\n"
	packed := PackModel("intent.model", []byte(text))
	if string(packed) == text {
		t.Fatal("not packed")
	}
	if got, err := UnpackModel(packed); err != nil || string(got) != text {
		t.Errorf("unpacked to %q, %v", got, err)
	}
}

// What the extension's start pays to unpack its models (models_packed.go):
//
//	go test ./rules -run '^$' -bench UnpackModels
func BenchmarkUnpackModels(b *testing.B) {
	var packed [][]byte
	for _, p := range []string{"en/_tagger/weights.bin", "fr/_tagger/weights.bin", "es/_tagger/weights.bin", "intent.model"} {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		packed = append(packed, PackModel(p, data))
	}
	for b.Loop() {
		for _, d := range packed {
			if _, err := UnpackModel(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
