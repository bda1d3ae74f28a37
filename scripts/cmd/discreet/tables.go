package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/rules"
)

// runTables writes DIR/<lang>.bin for every built-in pack: its phrase index
// compiled natively (analyzer.BuildTables), which the WebAssembly build
// loads instead of building it on every cold start. scripts/build puts
// them beside the extension's .wasm.
func runTables(args []string) int {
	fs := flag.NewFlagSet("tables", flag.ContinueOnError)
	out := fs.String("out", "", "directory for the <lang>.bin files")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: discreet tables --out DIR")
		return 2
	}
	if err := writeTables(*out); err != nil {
		fmt.Fprintln(os.Stderr, "discreet tables:", err)
		return 1
	}
	return 0
}

func writeTables(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, lang := range rules.Languages() {
		p, err := rules.EmbeddedPack(lang)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, lang+".bin"), analyzer.BuildTables(p), 0o644); err != nil {
			return err
		}
	}
	return nil
}
