// Command discreet is Discreet's native command line: it scans posts for
// details that identify a client, serves the local backend and playground,
// and signs rule packs. Run it through scripts/discreet.
package main

import (
	"fmt"
	"os"
)

const usage = `usage:
  discreet scan [--lang L] [--platform P] [FILE|-]   report on one post
  discreet scan --json [FILE|-]                       one result object
  discreet scan --jsonl                               JSON lines in, JSON lines out
  discreet serve [--addr 127.0.0.1:8787] ...          local backend and playground
  discreet keygen --out DIR                           make a pack-signing key pair
  discreet sign-pack --key FILE [--lang L] --out DIR  sign rule packs
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	args := os.Args[2:]
	var code int
	switch os.Args[1] {
	case "scan":
		code = runScan(args, os.Stdin, os.Stdout, os.Stderr)
	case "serve":
		code = runServe(args)
	case "keygen":
		code = runKeygen(args)
	case "sign-pack":
		code = runSignPack(args)
	case "help", "-h", "--help":
		fmt.Print(usage)
	default:
		fmt.Fprintf(os.Stderr, "discreet: unknown command %q\n%s", os.Args[1], usage)
		code = 2
	}
	os.Exit(code)
}
