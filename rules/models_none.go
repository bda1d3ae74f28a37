//go:build rules_no_packs

package rules

import (
	"fmt"
	"io/fs"
	"strings"
)

// Builds tagged rules_no_packs (the Cloudflare Worker, whose app.wasm must
// fit in 3 MB compressed) embed neither the story taggers nor the intent
// model: the program reads them from elsewhere (the Worker's static
// assets, written by `packembed -models`) and hands them over with
// UseBuiltInModels before its first analysis.
var (
	taggerFiles fs.FS = modelFiles{}
	intentModel []byte
)

// UseBuiltInModels sets the built-in story taggers and intent model of a
// build that embeds none: files maps paths as BuiltInModelFiles gives them
// ("en/_tagger/weights.bin", "intent.model") to their bytes. Call it
// once, before the first analysis; a language left out has no tagger, and
// without "intent.model" intents come from the packs' cues alone.
func UseBuiltInModels(files map[string][]byte) error {
	tagger := modelFiles{}
	for p, b := range files {
		switch {
		case p == intentFile:
			intentModel = b
		case fs.ValidPath(p) && strings.Count(p, "/") == 2 && strings.Contains(p, "/_tagger/"):
			tagger[p] = b
		default:
			return fmt.Errorf("rules: %q is no model file", p)
		}
	}
	taggerFiles = tagger
	return nil
}
