package rules

import (
	"bytes"
	"io"
	"io/fs"
	"math/rand/v2"
	"path"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/discreet-app/discreet/scripts/gzsize"
)

func TestFrontCodeRoundTrip(t *testing.T) {
	long := strings.Repeat("x", 300)
	for _, text := range []string{
		"",
		"\n",
		"one",
		"# a comment\nalpha\nalphabet\nalps\nbeta\n",
		"no newline at the end\nno newline",
		"\n\nblank lines\n\n\n",
		"Saint-Jean\nSaint-Jérôme\nSaint-Jérôme-de-Bellechasse\nSão Paulo\n",
		long + "a\n" + long + "b\n" + long + "\n", // shared prefixes past 255 bytes
		"\n\n\n\n\n\n\n\n\n\n\nline after ten newlines: prefix byte 10\nline after ten newlines: prefix byte 10 again\n",
		"\x00\x01\xff\xfe invalid UTF-8 \xc3\n\xc3\xa9\n",
	} {
		enc := EncodeList([]byte(text))
		dec, err := DecodeList(enc)
		if err != nil || string(dec) != text {
			t.Errorf("round trip of %q: got %q, %v", text, dec, err)
		}
	}
}

func TestFrontCodeRoundTripRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("aab\n\nc#é\x00")
	for i := 0; i < 2000; i++ {
		b := make([]byte, r.IntN(64))
		for j := range b {
			b[j] = alphabet[r.IntN(len(alphabet))]
		}
		dec, err := DecodeList(EncodeList(b))
		if err != nil || !bytes.Equal(dec, b) {
			t.Fatalf("round trip of %q: got %q, %v", b, dec, err)
		}
	}
}

func TestDecodeListRefusesDamage(t *testing.T) {
	good := EncodeList([]byte("alpha\nalphabet\n"))
	for name, data := range map[string][]byte{
		"plain text":         []byte("alpha\nalphabet\n"),
		"empty":              nil,
		"magic only":         []byte(frontCodeMagic),
		"prefix too long":    append([]byte(frontCodeMagic), "\x02\x00\x03ab\nc\n"...),
		"first line prefix":  append([]byte(frontCodeMagic), "\x01\x01ab\n"...),
		"no lines":           append([]byte(frontCodeMagic), "\x00"...),
		"too many lines":     append([]byte(frontCodeMagic), "\x03\x00\x00ab\nc\n"...),
		"text past the last": append([]byte(frontCodeMagic), "\x01\x00ab\nc\n"...),
		"version 1":          []byte("\x00front-coded list 1\n\x00alpha\n\x05bet\n"),
		"no final newline":   good[:len(good)-1],
		"truncated mid-line": good[:len(good)-4],
	} {
		if _, err := DecodeList(data); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 2000; i++ { // random damage: an error or some text, never a panic
		b := bytes.Clone(good)
		b[r.IntN(len(b))] = byte(r.IntN(256))
		DecodeList(b)
	}
}

// packedCopy returns the built-in pack folders as packembed writes them:
// every list front-coded or a delta from another pack's (PackLists).
func packedCopy(t testing.TB) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	lists := map[string][]byte{}
	var order []string
	err := fs.WalkDir(embedded, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := embedded.ReadFile(p)
		if err != nil {
			return err
		}
		if isListFile(p) {
			lists[p] = b
			order = append(order, p)
			return nil
		}
		m["packed/"+p] = &fstest.MapFile{Data: b}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	deltas := 0
	for p, b := range PackLists(order, lists, gzsize.Of) {
		m["packed/"+p] = &fstest.MapFile{Data: b}
		if _, rest, _, _ := cutTwinPrefix(b); IsListDelta(rest) {
			deltas++
		}
	}
	if deltas == 0 {
		t.Error("no list of the built-in packs is stored as a delta")
	}
	return m
}

// bzippedCopy is packedCopy with its last layer, the bzip2 forms
// (PackBzip2), as packembed writes rules/packed/.
func bzippedCopy(t testing.TB) fstest.MapFS {
	t.Helper()
	tree := map[string][]byte{}
	for p, f := range packedCopy(t) {
		tree[strings.TrimPrefix(p, "packed/")] = f.Data
	}
	m := fstest.MapFS{}
	bzipped, bundled := 0, 0
	for p, b := range mustPackBzip2(t, tree, gzsize.Of) {
		m["packed/"+p] = &fstest.MapFile{Data: b}
		switch {
		case path.Base(p) == jsonBundle:
			bundled++
		case isListFile(p) && bytes.HasPrefix(b, []byte(bzip2Magic)):
			bzipped++
		}
	}
	if bzipped == 0 || bundled != len(Languages()) {
		t.Errorf("%d lists bzip2-compressed, %d packs' JSON bundled; want some, and every pack's", bzipped, bundled)
	}
	return m
}

// The packed builds must read exactly the packs the plain ones do.
func TestPackedTreeReadsTheSamePacks(t *testing.T) {
	packed := packedTree(bzippedCopy(t))
	lists := 0
	err := fs.WalkDir(embedded, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		want, _ := embedded.ReadFile(p)
		got, err := packed.ReadFile(p)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: read back differs (%v)", p, err)
		}
		if isListFile(p) {
			lists++
		}
		f, err := packed.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		opened, _ := io.ReadAll(f)
		info, _ := f.Stat()
		if !bytes.Equal(opened, want) || info.Size() != int64(len(want)) || info.Name() != p[strings.LastIndexByte(p, '/')+1:] {
			t.Errorf("%s: opened differs from the original", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var plainFiles, packedFiles []string
	for _, tree := range []struct {
		fsys  fs.FS
		paths *[]string
	}{{embedded, &plainFiles}, {packed, &packedFiles}} {
		err := fs.WalkDir(tree.fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				*tree.paths = append(*tree.paths, p)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if !slices.Equal(packedFiles, plainFiles) {
		t.Errorf("the packed tree lists %d files, the plain one %d: want the same paths (no bundle listed)", len(packedFiles), len(plainFiles))
	}
	if lists == 0 {
		t.Fatal("no word lists in the built-in packs")
	}
	for _, lang := range Languages() {
		want, got := loadBoth(t, packed, lang)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the pack read from the packed tree differs", lang)
		}
	}
}

// A list left plain in a packed tree is refused with its name, not read
// as garbage.
func TestPackedTreeRefusesPlainLists(t *testing.T) {
	m := fstest.MapFS{"packed/xx/lists/a.txt": &fstest.MapFile{Data: []byte("alpha\n")}}
	_, err := packedTree(m).ReadFile("xx/lists/a.txt")
	if err == nil || !strings.Contains(err.Error(), "xx/lists/a.txt") {
		t.Errorf("got %v, want an error naming the file", err)
	}
}

// BenchmarkReadPackedLists reads every word list of a pack from the
// packed tree, what a packed build does once when it first reads that
// pack: front-coded lists decoded, deltas decoded with their bases.
func BenchmarkReadPackedLists(b *testing.B) {
	tree := packedTree(packedCopy(b))
	for _, lang := range Languages() {
		b.Run(lang, func(b *testing.B) {
			var paths []string
			size := 0
			err := fs.WalkDir(embedded, lang, func(p string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() && isListFile(p) {
					paths = append(paths, p)
					text, _ := embedded.ReadFile(p)
					size += len(text)
				}
				return err
			})
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, p := range paths {
					if _, err := tree.ReadFile(p); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// loadBoth loads and validates lang's pack from the source files and from
// the tree packed, failing t if either does not load.
func loadBoth(t *testing.T, packed Source, lang string) (want, got *Pack) {
	t.Helper()
	want, err := load(embedded, lang, true)
	if err != nil {
		t.Fatal(err)
	}
	got, err = load(packed, lang, true)
	if err != nil {
		t.Fatalf("%s from the packed tree: %v", lang, err)
	}
	return want, got
}

// BenchmarkReadPackedPack reads every file of a pack, lists and JSON, from
// a packed tree opened afresh, as a start that loads the pack does.
func BenchmarkReadPackedPack(b *testing.B) {
	m := bzippedCopy(b)
	for _, lang := range Languages() {
		b.Run(lang, func(b *testing.B) {
			var paths []string
			err := fs.WalkDir(embedded, lang, func(p string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					paths = append(paths, p)
				}
				return err
			})
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				tree := packedTree(m)
				for _, p := range paths {
					if _, err := tree.ReadFile(p); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
