//go:build rules_packed && rules_en_only

package rules

import "embed"

// packedFiles holds the English pack only (rules_en_only, the Worker),
// front-coded as in embed_packed.go.
//
//go:embed packed/en
var packedFiles embed.FS

var embedded packTree = packedTree(packedFiles)
