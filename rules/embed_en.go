//go:build rules_en_only && !rules_no_packs

package rules

import "embed"

// embeddedFiles holds only the English pack in builds tagged rules_en_only
// (the other languages' signed packs are then read from a store).
//
//go:embed en
var embeddedFiles embed.FS

var embedded packTree = embeddedFiles
