//go:build rules_en_only

package rules

import "embed"

// embedded holds only the English pack in builds tagged rules_en_only:
// the Cloudflare Worker, which must fit in 3 MB compressed, reads the
// other languages' signed packs from its store instead (docs/backend.md).
//
//go:embed en
var embedded embed.FS
