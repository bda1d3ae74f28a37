//go:build rules_en_only && !rules_packed

package rules

import "embed"

// embeddedFiles holds only the English pack in builds tagged rules_en_only:
// the Cloudflare Worker, which must fit in 3 MB compressed, reads the
// other languages' signed packs from its store instead (docs/backend.md).
//
//go:embed en
var embeddedFiles embed.FS

var embedded packTree = embeddedFiles
