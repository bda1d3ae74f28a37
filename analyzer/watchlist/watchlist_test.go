package watchlist

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const testSalt = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"

var updateVectors = flag.Bool("update-vectors", false, "rewrite testdata/watch-vectors.json (TestHashVectors)")

// listOf is the watch-list of names under testSalt.
func listOf(t testing.TB, names ...string) *List {
	t.Helper()
	var hashes []string
	for _, n := range names {
		hashes = append(hashes, Hash(testSalt, n))
	}
	w, err := New(testSalt, hashes)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestFind(t *testing.T) {
	for _, tc := range []struct{ names, text, want string }{
		{"Hope", "Saw Hope again.", "Hope"},
		{"Mary Smith", "Ideas for Mary  Smith's case?", "Mary  Smith"},
		{"Dan O'Neil", "A colleague of Dan O'Neil asked.", "Dan O'Neil"},
		{"Will", "She was willing to try.", ""},
		{"Mary Smith", "Mary\nSmith", ""},
	} {
		var got []string
		for _, sp := range listOf(t, tc.names).Find(tc.text) {
			got = append(got, tc.text[sp.Start:sp.End])
		}
		if want := strings.Fields(tc.want); tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || got[0] != tc.want) {
			t.Errorf("Find(%q) with %q = %q; want %q", tc.text, tc.names, got, want)
		}
	}
}

func TestKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Hope", "hope"},
		{"  Zoë  O’Brien ", "zoe o brien"},
		{"JOSÉ-LUIS", "jose luis"},
		{"Ｍａｒｙ", "mary"}, // full-width letters decompose to ASCII
		{"Çağla", "cagla"},
		{"", ""},
		{" - ", ""},
	} {
		if got := Key(tc.in); got != tc.want {
			t.Errorf("Key(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestNewErrors(t *testing.T) {
	good := Hash(testSalt, "xy")
	for _, tc := range []struct {
		name   string
		salt   string
		hashes []string
		want   string
	}{
		{"no salt", "", []string{good}, "salt"},
		{"short salt", "abcd", []string{good}, "salt"},
		{"salt not hex", strings.Repeat("z", 32), []string{good}, "salt"},
		{"short hash", testSalt, []string{good, "abc"}, "hashes[1]"},
		{"not hex", testSalt, []string{strings.Repeat("z", 16)}, "hashes[0]"},
		{"signed", testSalt, []string{"+123456789abcdef"}, "hashes[0]"},
		{"too many", testSalt, make([]string, MaxEntries+1), "more than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.salt, tc.hashes)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New(%q, …) = %v; want an error about %s", tc.salt, err, tc.want)
			}
		})
	}
}

// A name that is also an ordinary word is flagged in every language once
// it is on the watch-list, and only where it stands as a whole word.
// benchList is a 50-name watch-list, none of which is in the text, so
// every word and pair is hashed and looked up: the usual case.
func benchList(b *testing.B) *List {
	var names []string
	for i := range 50 {
		names = append(names, fmt.Sprintf("Client%d Name%d", i, i))
	}
	return listOf(b, names...)
}

// BenchmarkFind1000 is what a 50-name watch-list adds to the analysis
// of 1,000 characters: finding the words, folding and hashing them.
func BenchmarkFind1000(b *testing.B) {
	w := benchList(b)
	text := strings.Repeat("My client asked about a new group near the park today. ", 19)[:1000]
	b.SetBytes(1000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.Find(text)
	}
}

// TestHashVectors holds Hash to testdata/watch-vectors.json, which
// the extension's unit test (extension/test/unit/watchlist.test.mjs) also
// reads: the two implementations must agree. -update-vectors rewrites the file.
func TestHashVectors(t *testing.T) {
	type vector struct {
		Salt string `json:"salt"`
		Name string `json:"name"`
		Hash string `json:"hash"`
	}
	var want []vector
	for _, name := range []string{"Hope", "  Zoë  O’Brien ", "JOSÉ-LUIS", "Mary-Jane O'Neil", "Ｍａｒｙ", "Çağla"} {
		want = append(want, vector{testSalt, name, Hash(testSalt, name)})
	}
	path := filepath.Join("testdata", "watch-vectors.json")
	if *updateVectors {
		data, _ := json.MarshalIndent(want, "", " ")
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []vector
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s = %v; want %v (go test -run TestHashVectors -update-vectors)", path, got, want)
	}
}
