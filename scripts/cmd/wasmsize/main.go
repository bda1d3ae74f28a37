// Command wasmsize tells where the bytes of a Go WebAssembly module go
// (`go tool nm` does not read wasm): each section raw and gzipped (-9)
// alone, and the code section by Go package (from the name section: build
// without -ldflags="-s -w" to keep it), raw and its function bodies
// gzipped together.
//
//	GOOS=js GOARCH=wasm go build -trimpath -tags rules_packed -o /tmp/x.wasm ./wasm/bridge
//	go run ./scripts/cmd/wasmsize [-top 30] /tmp/x.wasm
package main

import (
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/discreet-app/discreet/scripts/gzsize"
)

func main() {
	top := flag.Int("top", 30, "how many packages to list")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-top N] MODULE.wasm")
		os.Exit(2)
	}
	b, err := os.ReadFile(flag.Arg(0))
	if err == nil {
		err = report(b, *top)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
}

type section struct {
	id         byte
	start, end int
}

var errFormat = errors.New("not a WebAssembly module, or a damaged one")

// uvarint reads a LEB128 number at b[i:], returning it and where it ends.
func uvarint(b []byte, i int) (int, int, error) {
	if i < 0 || i >= len(b) {
		return 0, 0, errFormat
	}
	v, n := binary.Uvarint(b[i:])
	if n <= 0 || v > 1<<31 {
		return 0, 0, errFormat
	}
	return int(v), i + n, nil
}

func report(b []byte, top int) error {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return errFormat
	}
	var secs []section
	for i := 8; i < len(b); {
		n, j, err := uvarint(b, i+1)
		if err != nil || j+n > len(b) {
			return errFormat
		}
		secs = append(secs, section{b[i], j, j + n})
		i = j + n
	}
	names := map[int]string{}
	imports, code := 0, section{}
	fmt.Printf("%-12s %12s %12s\n", "section", "raw", "gzip -9")
	for _, s := range secs {
		label := fmt.Sprint(s.id)
		switch s.id {
		case 0:
			n, k, err := uvarint(b, s.start)
			if err != nil || k+n > s.end {
				return errFormat
			}
			label = "custom " + string(b[k:k+n])
			if string(b[k:k+n]) == "name" {
				if err := readNames(b[k+n:s.end], names); err != nil {
					return err
				}
			}
		case 2:
			n, err := countFuncImports(b[s.start:s.end])
			if err != nil {
				return err
			}
			imports, label = n, "import"
		case 10:
			code, label = s, "code"
		case 11:
			label = "data"
		}
		fmt.Printf("%-12s %12d %12d\n", label, s.end-s.start, gzsize.Of(b[s.start:s.end]))
	}
	if code.end == 0 || len(names) == 0 {
		fmt.Println("(no code section or no name section: build without -ldflags=\"-s -w\" for the packages)")
		return nil
	}
	raw := map[string]int{}
	bodies := map[string][]byte{}
	count, i, err := uvarint(b, code.start)
	if err != nil {
		return err
	}
	for f := range count {
		n, j, err := uvarint(b, i)
		if err != nil || j+n > code.end {
			return errFormat
		}
		pkg := packageOf(names[imports+f])
		raw[pkg] += j + n - i
		bodies[pkg] = append(bodies[pkg], b[j:j+n]...)
		i = j + n
	}
	pkgs := make([]string, 0, len(raw))
	for p := range raw {
		pkgs = append(pkgs, p)
	}
	sort.Slice(pkgs, func(x, y int) bool {
		return raw[pkgs[x]] > raw[pkgs[y]] || raw[pkgs[x]] == raw[pkgs[y]] && pkgs[x] < pkgs[y]
	})
	fmt.Printf("\n%-60s %10s %10s\n", "code by package", "raw", "gzip -9")
	for _, p := range pkgs[:min(top, len(pkgs))] {
		fmt.Printf("%-60s %10d %10d\n", p, raw[p], gzsize.Of(bodies[p]))
	}
	return nil
}

// readNames reads the function names of a name section's body.
func readNames(b []byte, names map[int]string) error {
	for i := 0; i < len(b); {
		sub := b[i]
		n, j, err := uvarint(b, i+1)
		if err != nil || j+n > len(b) {
			return errFormat
		}
		if sub == 1 {
			count, k, err := uvarint(b, j)
			if err != nil {
				return err
			}
			for range count {
				idx, k2, err := uvarint(b, k)
				if err != nil {
					return err
				}
				l, k3, err := uvarint(b, k2)
				if err != nil || k3+l > len(b) {
					return errFormat
				}
				names[idx], k = string(b[k3:k3+l]), k3+l
			}
		}
		i = j + n
	}
	return nil
}

// countFuncImports counts the functions an import section imports: they
// come first in the function index space.
func countFuncImports(b []byte) (int, error) {
	count, i, err := uvarint(b, 0)
	if err != nil {
		return 0, err
	}
	funcs := 0
	skip := func() error { // a name
		n, j, err := uvarint(b, i)
		if err != nil || j+n > len(b) {
			return errFormat
		}
		i = j + n
		return nil
	}
	for range count {
		if skip() != nil || skip() != nil || i >= len(b) {
			return 0, errFormat
		}
		kind := b[i]
		i++
		switch kind {
		case 0: // function: a type index
			funcs++
			_, i, err = uvarint(b, i)
		case 1: // table: element type, limits
			i++
			err = limits(b, &i)
		case 2: // memory: limits
			err = limits(b, &i)
		case 3: // global: value type, mutability
			i += 2
		default:
			err = errFormat
		}
		if err != nil {
			return 0, err
		}
	}
	return funcs, nil
}

// limits skips a limits record at b[*i:].
func limits(b []byte, i *int) error {
	if *i >= len(b) {
		return errFormat
	}
	flags := b[*i]
	_, j, err := uvarint(b, *i+1)
	if err == nil && flags&1 != 0 {
		_, j, err = uvarint(b, j)
	}
	*i = j
	return err
}

// packageOf returns the package of a function's name as Go writes it in a
// wasm name section: "github.com_x_y.Func", "(*regexp.Regexp).Match".
func packageOf(name string) string {
	name = strings.TrimLeft(name, "(*")
	for _, host := range []string{"github.com_", "golang.org_", "gopkg.in_"} {
		if rest, ok := strings.CutPrefix(name, host); ok {
			return host + strings.SplitN(rest, ".", 2)[0]
		}
	}
	if name == "" {
		return "?"
	}
	return strings.SplitN(name, ".", 2)[0]
}
