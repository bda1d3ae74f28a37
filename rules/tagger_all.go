//go:build !rules_en_only

package rules

import "embed"

// taggerFiles holds every language's story tagger (see tagger.go).
//
//go:embed */_tagger
var taggerFiles embed.FS
