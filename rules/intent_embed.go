//go:build !rules_no_packs && (!rules_packed || rules_en_only)

package rules

import (
	_ "embed"
	"errors"
)

//go:embed intent.model
var intentModel []byte

// UseBuiltInModels is for builds that embed no models (rules_no_packs); in
// this one, which embeds them, it changes nothing and says so.
func UseBuiltInModels(map[string][]byte) error {
	return errors.New("rules: this build embeds its models")
}
