package rules

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/discreet-app/discreet/scripts/gzsize"
)

// syntheticTree is a packed tree of two packs with front-coded lists and
// JSON files of made-up words, long enough for bzip2 to win.
func syntheticTree() map[string][]byte {
	syll := []string{"ba", "ker", "lo", "mi", "san", "tre", "vil", "do", "ra", "nu", "es", "qua", "pel", "or", "ti", "gan"}
	r := rand.New(rand.NewPCG(7, 17))
	word := func() string {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		return b.String()
	}
	tree := map[string][]byte{}
	for _, pack := range []string{"xx", "yy"} {
		lines := make([]string, 0, 6000)
		for range cap(lines) {
			lines = append(lines, word()+" "+word())
		}
		slices.Sort(lines)
		tree[pack+"/lists/towns.txt"] = EncodeList([]byte(strings.Join(slices.Compact(lines), "\n") + "\n"))
		tree[pack+"/pack.json"] = []byte(`{"lang":"` + pack + `","version":"1"}`)
		for i := range 150 {
			msg := make([]string, 30)
			for j := range msg {
				msg[j] = word()
			}
			tree[fmt.Sprintf("%s/rules/r%03d.json", pack, i)] = fmt.Appendf(nil, `[{"id":"%s-%s","pattern":"\\b%s\\b","message":"%s."}]`, pack, word(), word(), strings.Join(msg, " "))
		}
	}
	return tree
}

func mapFS(tree map[string][]byte) fstest.MapFS {
	m := fstest.MapFS{}
	for p, b := range tree {
		m["packed/"+p] = &fstest.MapFile{Data: b}
	}
	return m
}

// mustPackBzip2 is PackBzip2 with the bzip2 command packembed runs.
func mustPackBzip2(t testing.TB, tree map[string][]byte, size func([]byte) int) map[string][]byte {
	t.Helper()
	out, err := PackBzip2(tree, gzsize.Bzip2, size)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The compressor's failure is PackBzip2's, not a tree quietly left larger.
func TestPackBzip2ReturnsTheCompressorsError(t *testing.T) {
	broken := errors.New("no bzip2 here")
	_, err := PackBzip2(syntheticTree(), func([]byte) ([]byte, error) { return nil, broken }, gzsize.Of)
	if !errors.Is(err, broken) {
		t.Errorf("PackBzip2 with a failing compressor: %v; want its error", err)
	}
}

func TestPackBzip2ReadsBackExactly(t *testing.T) {
	tree := syntheticTree()
	packedForm := mustPackBzip2(t, tree, gzsize.Of)
	if !bytes.HasPrefix(packedForm["xx/lists/towns.txt"], []byte(bzip2Magic)) {
		t.Error("xx/lists/towns.txt: not stored bzip2-compressed")
	}
	if len(packedForm["yy/rules/r003.json"]) != 0 || len(packedForm["yy/"+jsonBundle]) == 0 {
		t.Error("yy: its JSON files are not in a bundle")
	}
	fsys := packedTree(mapFS(packedForm))
	for p, stored := range tree {
		want := stored
		if isListFile(p) {
			want, _ = DecodeList(stored)
		}
		if got, err := fsys.ReadFile(p); err != nil || !bytes.Equal(got, want) {
			t.Errorf("ReadFile(%q) = %q, %v; want %q", p, got, err, want)
		}
	}
	entries, err := fsys.ReadDir("xx")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() == jsonBundle {
			t.Errorf("ReadDir(%q) lists the bundle", "xx")
		}
	}
}

// Where size finds the bzip2 forms no smaller, the tree stays as it was.
func TestPackBzip2KeepsTheSmallerForm(t *testing.T) {
	tree := syntheticTree()
	got := mustPackBzip2(t, tree, func([]byte) int { return 1 })
	if len(got) != len(tree) {
		t.Fatalf("PackBzip2 gave %d files for %d", len(got), len(tree))
	}
	for p, b := range tree {
		if !bytes.Equal(got[p], b) {
			t.Errorf("%s: changed, though no form is smaller", p)
		}
	}
}

// A damaged bundle or bzip2 stream is an error that names the file read.
func TestPackedTreeRefusesDamagedBzip2(t *testing.T) {
	packedForm := mustPackBzip2(t, syntheticTree(), gzsize.Of)
	for _, damaged := range []string{"xx/" + jsonBundle, "xx/lists/towns.txt"} {
		b := bytes.Clone(packedForm[damaged])
		b[len(b)/2] ^= 0x5a
		m := mapFS(packedForm)
		m["packed/"+damaged] = &fstest.MapFile{Data: b}
		read := "xx/rules/r005.json"
		if isListFile(damaged) {
			read = damaged
		}
		_, err := packedTree(m).ReadFile(read)
		var pe *fs.PathError
		if err == nil || !strings.Contains(err.Error(), read) || !errors.As(err, &pe) {
			t.Errorf("%s damaged: ReadFile(%q) = %v; want an error naming it", damaged, read, err)
		}
	}
}
