//go:build rules_packed && !rules_en_only && !rules_no_packs

package rules

import (
	"embed"
	"errors"
	"io/fs"
	"strings"
)

// packedModelFiles holds the built-in models as scripts/cmd/packembed
// writes them into packedmodels/ (not in git), each packed (modelpack.go):
// the story taggers as packedmodels/<lang>/tagger/ (a folder whose name
// starts with '_' would not be embedded) and packedmodels/intent.model.
// The extension's .wasm is built with the rules_packed tag; it unpacks
// them once, when it starts.
//
//go:embed packedmodels
var packedModelFiles embed.FS

var taggerFiles, intentModel = unpackModels(packedModelFiles)

// unpackModels returns the tagger files of fsys's packedmodels/ under
// their own paths ("en/_tagger/weights.bin") and the intent model, each
// unpacked; it panics on damaged data, which packembed does not write.
func unpackModels(fsys fs.FS) (fs.FS, []byte) {
	tagger := modelFiles{}
	var intent []byte
	err := fs.WalkDir(fsys, "packedmodels", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err == nil {
			b, err = UnpackModel(b)
		}
		if err != nil {
			return err
		}
		p = strings.TrimPrefix(p, "packedmodels/")
		if p == intentFile {
			intent = b
		} else {
			tagger[strings.Replace(p, "/tagger/", "/_tagger/", 1)] = b
		}
		return nil
	})
	if err != nil {
		panic("rules: the embedded models: " + err.Error())
	}
	return tagger, intent
}

// UseBuiltInModels is for builds that embed no models (rules_no_packs); in
// this one, which embeds them, it changes nothing and says so.
func UseBuiltInModels(map[string][]byte) error {
	return errors.New("rules: this build embeds its models")
}
