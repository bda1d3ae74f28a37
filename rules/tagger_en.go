//go:build rules_en_only && !rules_no_packs

package rules

import "embed"

// taggerFiles holds only the English story tagger in builds tagged
// rules_en_only (the Cloudflare Worker, which reads the other languages'
// packs from its store; a pack from there runs without a tagger).
//
//go:embed en/_tagger
var taggerFiles embed.FS
