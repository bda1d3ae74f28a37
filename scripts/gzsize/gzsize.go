// Package gzsize measures data the way the size budgets do: gzip at its
// best compression (gzip -9). It lives with the scripts so that nothing
// the .wasm links pulls in a compressor.
package gzsize

import (
	"bytes"
	"compress/gzip"
)

// Of is the size of b compressed with gzip -9.
func Of(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}
