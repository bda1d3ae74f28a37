package rules

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
)

// intentFile is the intent model's path among the model files.
const intentFile = "intent.model"

// BuiltInModelFiles returns the files of the built-in models that the
// analysis of langs uses: each language's story tagger (tagger.json and
// the weights.bin of the language it shares a model with, by their paths
// under rules/: "en/_tagger/weights.bin") and the intent model
// ("intent.model"). It is what `packembed -models` writes for a build
// that embeds no models, which reads them back with UseBuiltInModels.
func BuiltInModelFiles(langs []string) (map[string][]byte, error) {
	files := map[string][]byte{intentFile: IntentModel()}
	for _, lang := range langs {
		spec, err := EmbeddedTaggerSpec(lang)
		if err != nil || spec == nil {
			if err == nil {
				err = fmt.Errorf("no story tagger")
			}
			return nil, fmt.Errorf("rules: %s: %w", lang, err)
		}
		owner := lang
		if spec.Train.Shares != "" {
			owner = spec.Train.Shares
		}
		for _, p := range []string{path.Join(lang, "_tagger", "tagger.json"), path.Join(owner, "_tagger", "weights.bin")} {
			b, err := fs.ReadFile(taggerFiles, p)
			if err != nil && !(errors.Is(err, fs.ErrNotExist) && path.Base(p) == "weights.bin") {
				return nil, fmt.Errorf("rules: %w", err)
			}
			if err == nil {
				files[p] = b
			}
		}
	}
	return files, nil
}
