//go:build !rules_en_only && !rules_no_packs && !rules_packed

package rules

import "embed"

// taggerFiles holds every language's story tagger (see tagger.go).
//
//go:embed */_tagger
var taggerFiles embed.FS
