//go:build rules_no_packs

package rules

import "embed"

// embeddedFiles is empty in builds tagged rules_no_packs: the Cloudflare
// Worker, whose app.wasm must fit in 3 MB compressed, reads its built-in
// packs from its static assets (ParseBuiltInDocument) and the other
// languages' signed packs from its store. Its story taggers stay embedded
// (tagger_en.go).
var embeddedFiles embed.FS

var embedded packTree = embeddedFiles
