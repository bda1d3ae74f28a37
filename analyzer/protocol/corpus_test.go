package protocol

import (
	"bytes"
	"os"
	"testing"
)

// corpusLines returns the JSON lines of one of the analyzer's corpora
// (analyzer/testdata/corpus/<name>), one labelled post each.
func corpusLines(tb testing.TB, name string) [][]byte {
	tb.Helper()
	data, err := os.ReadFile("../testdata/corpus/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return bytes.Split(bytes.TrimRight(data, "\n"), []byte("\n"))
}
