//go:build !rules_en_only

package rules

import "embed"

// embedded holds the built-in packs, one folder per language.
//
//go:embed en fr es
var embedded embed.FS
