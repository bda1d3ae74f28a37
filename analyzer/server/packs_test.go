package server

import (
	"bytes"
	"errors"
	"testing"

	"github.com/discreet-app/discreet/rules"
	"github.com/discreet-app/discreet/rules/packsign"
)

// The Worker serves its built-in packs from documents (SignBuiltIn); a
// client must get the very envelope the embedded packs give.
func TestSignBuiltInServesWhatSignEmbeddedServes(t *testing.T) {
	if testing.Short() {
		t.Skip("signs a whole pack")
	}
	_, priv, err := packsign.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := rules.EmbeddedDocument("en")
	if err != nil {
		t.Fatal(err)
	}
	builtIn := SignBuiltIn(priv, map[string][]byte{"en": doc})
	want, err := SignEmbedded(priv)("en")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ { // signed, then from the cache
		got, err := builtIn("en")
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("SignBuiltIn(en), call %d: %d bytes, %v; want SignEmbedded's %d", i+1, len(got), err, len(want))
		}
	}
	for _, lang := range []string{"fr", "../en", ""} {
		if _, err := builtIn(lang); !errors.Is(err, ErrNotFound) {
			t.Errorf("SignBuiltIn(%q): %v, want ErrNotFound", lang, err)
		}
	}
}
