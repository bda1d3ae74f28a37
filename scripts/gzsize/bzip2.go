package gzsize

import (
	"bytes"
	"fmt"
	"os/exec"
)

// Bzip2 compresses b with the bzip2 command at its best level (`bzip2 -9`,
// 900 KB blocks), for the packed tree's bzip2 forms (rules.PackBzip2),
// which the standard library's compress/bzip2 reads; the standard library
// has no writer, and the command codes these lists ~11% smaller than the
// pure-Go writer of github.com/dsnet/compress (h-room17). Every bzip2
// since 1.0 writes the same bytes at -9, as gzip -9 does for the budgets.
func Bzip2(b []byte) ([]byte, error) {
	cmd := exec.Command("bzip2", "-9", "-c")
	cmd.Stdin = bytes.NewReader(b)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("gzsize: bzip2 -9: %v %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	return out.Bytes(), nil
}
