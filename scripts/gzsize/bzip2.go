package gzsize

import (
	"bytes"

	"github.com/dsnet/compress/bzip2"
)

// Bzip2 compresses b with bzip2 at its best level (900 KB blocks), for the
// packed tree's bzip2 forms (rules.PackBzip2), which the standard
// library's compress/bzip2 reads; the standard library has no writer.
func Bzip2(b []byte) []byte {
	var buf bytes.Buffer
	w, err := bzip2.NewWriter(&buf, &bzip2.WriterConfig{Level: bzip2.BestCompression})
	if err == nil {
		_, err = w.Write(b)
	}
	if err == nil {
		err = w.Close()
	}
	if err != nil { // writing to a bytes.Buffer does not fail
		panic("gzsize: bzip2: " + err.Error())
	}
	return buf.Bytes()
}
