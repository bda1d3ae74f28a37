//go:build !rules_en_only && !rules_packed && !rules_no_packs

package rules

import "embed"

// embeddedFiles holds the built-in packs, one folder per language.
//
//go:embed en fr es
var embeddedFiles embed.FS

var embedded packTree = embeddedFiles
