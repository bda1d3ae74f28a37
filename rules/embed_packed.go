//go:build rules_packed && !rules_en_only && !rules_no_packs

package rules

import "embed"

// packedFiles holds the built-in packs as scripts/cmd/packembed writes
// them into packed/ (not in git): the same folders with front-coded word
// lists (frontcode.go), about a fifth smaller gzipped. The extension's
// .wasm is built with the rules_packed tag.
//
//go:embed packed
var packedFiles embed.FS

var embedded packTree = packedTree(packedFiles)
