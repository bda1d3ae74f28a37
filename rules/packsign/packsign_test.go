package packsign

import (
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

func signedEnglish(t *testing.T) (ed25519.PublicKey, ed25519.PrivateKey, []byte, []byte) {
	t.Helper()
	pub, priv, err := GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := rules.EmbeddedDocument("en")
	if err != nil {
		t.Fatalf("rules.EmbeddedDocument(en): %v", err)
	}
	env, err := SignDocument(priv, doc)
	if err != nil {
		t.Fatalf("SignDocument: %v", err)
	}
	return pub, priv, doc, env.Marshal()
}

func TestSignVerifyRoundTrip(t *testing.T) {
	for _, lang := range rules.Languages() {
		t.Run(lang, func(t *testing.T) {
			pub, priv, err := GenerateKey()
			if err != nil {
				t.Fatal(err)
			}
			doc, err := rules.EmbeddedDocument(lang)
			if err != nil {
				t.Fatal(err)
			}
			env, err := SignDocument(priv, doc)
			if err != nil {
				t.Fatal(err)
			}
			if env.Lang != lang || env.KeyID != KeyID(pub) || len(env.KeyID) != 16 {
				t.Errorf("envelope = %s %q key %q; want %s key %q", env.Lang, env.Version, env.KeyID, lang, KeyID(pub))
			}
			p, got, err := VerifyEnvelope(pub, env.Marshal())
			if err != nil {
				t.Fatalf("VerifyEnvelope: %v", err)
			}
			if !bytes.Equal(got, doc) || p.Lang != lang || p.Version != env.Version {
				t.Errorf("VerifyEnvelope returned %s %s and %d bytes; want %s %s and the signed %d bytes",
					p.Lang, p.Version, len(got), lang, env.Version, len(doc))
			}
		})
	}
}

// SignEmbedded skips the second parse but must give the same envelope.
func TestSignEmbeddedMatchesSignDocument(t *testing.T) {
	_, priv, _, data := signedEnglish(t)
	env, err := SignEmbedded(priv, "en")
	if err != nil {
		t.Fatal(err)
	}
	if got := env.Marshal(); !bytes.Equal(got, data) {
		t.Errorf("SignEmbedded(en) differs from SignDocument(rules.EmbeddedDocument(en))")
	}
	if _, err := SignEmbedded(priv, "xx"); err == nil {
		t.Error("SignEmbedded(xx) = nil error")
	}
}

// The signature covers the exact bytes of the document string, so any
// change to it, however small, must be refused before the pack is loaded.
func TestVerifyEnvelopeRejectsTampering(t *testing.T) {
	pub, _, _, data := signedEnglish(t)
	var env map[string]string
	if err := json.Unmarshal(data, &env); err != nil {
		t.Fatal(err)
	}
	otherPub, _, _ := GenerateKey()
	flip := func(s string) string { // change one character of a valid signature
		b, _ := base64.StdEncoding.DecodeString(s)
		b[10] ^= 1
		return base64.StdEncoding.EncodeToString(b)
	}
	cases := []struct {
		name   string
		edit   func(map[string]string)
		pub    ed25519.PublicKey
		errSub string
		bad    bool // wraps ErrBadSignature
	}{
		{"document-changed", func(e map[string]string) {
			e["document"] = strings.Replace(e["document"], `"version":"`, `"version":"9`, 1)
		}, pub, "signature does not verify", true},
		{"document-space-added", func(e map[string]string) { e["document"] += " " }, pub, "signature does not verify", true},
		{"signature-flipped", func(e map[string]string) { e["signature"] = flip(e["signature"]) }, pub, "signature does not verify", true},
		{"signature-garbage", func(e map[string]string) { e["signature"] = "not base64!" }, pub, `field "signature"`, false},
		{"other-key", func(map[string]string) {}, otherPub, "expected key", true},
		{"unknown-field", func(e map[string]string) { e["extra"] = "x" }, pub, `unknown field "extra"`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := map[string]string{}
			for k, v := range env {
				e[k] = v
			}
			tc.edit(e)
			b, _ := json.Marshal(e)
			p, _, err := VerifyEnvelope(tc.pub, b)
			if err == nil {
				t.Fatalf("VerifyEnvelope(%s) = %v, nil; want an error", tc.name, p)
			}
			if !strings.Contains(err.Error(), tc.errSub) {
				t.Errorf("VerifyEnvelope(%s) error = %q; want it to contain %q", tc.name, err, tc.errSub)
			}
			if got := errors.Is(err, ErrBadSignature); got != tc.bad {
				t.Errorf("errors.Is(%q, ErrBadSignature) = %v; want %v", err, got, tc.bad)
			}
		})
	}
	if _, _, err := VerifyEnvelope(pub, []byte(`{"lang":`)); err == nil {
		t.Error("VerifyEnvelope(truncated JSON) = nil error")
	}
}

func TestSignDocumentRejectsInvalidDocument(t *testing.T) {
	_, priv, _ := GenerateKey()
	if _, err := SignDocument(priv, []byte(`{"lang":"en","version":"1","files":{}}`)); err == nil {
		t.Error("SignDocument(document without pack.json) = nil error")
	}
}

func TestKeyEncodings(t *testing.T) {
	pub, priv, err := GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	pemKey := MarshalPrivateKey(priv)
	if !bytes.HasPrefix(pemKey, []byte("-----BEGIN PRIVATE KEY-----")) {
		t.Errorf("MarshalPrivateKey = %q; want a PEM PRIVATE KEY block", pemKey)
	}
	for name, data := range map[string][]byte{
		"pem":  pemKey,
		"seed": []byte(base64.StdEncoding.EncodeToString(priv.Seed()) + "\n"),
		"full": []byte(base64.StdEncoding.EncodeToString(priv)),
	} {
		got, err := ParsePrivateKey(data)
		if err != nil || !got.Equal(priv) {
			t.Errorf("ParsePrivateKey(%s) = %v; want the original key", name, err)
		}
	}
	for _, bad := range []string{"", "hello", base64.StdEncoding.EncodeToString([]byte("short")),
		"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"} {
		if _, err := ParsePrivateKey([]byte(bad)); err == nil {
			t.Errorf("ParsePrivateKey(%q) = nil error", bad)
		}
	}
	got, err := ParsePublicKey(EncodePublicKey(pub) + "\n")
	if err != nil || !got.Equal(pub) {
		t.Errorf("ParsePublicKey(EncodePublicKey(pub)) = %v, %v", got, err)
	}
	if _, err := ParsePublicKey("AAAA"); err == nil {
		t.Error("ParsePublicKey(3 bytes) = nil error")
	}
}

// SignBuiltIn signs a built-in document as SignDocument would, and refuses
// what is not a pack document.
func TestSignBuiltInMatchesSignDocument(t *testing.T) {
	_, priv, doc, data := signedEnglish(t)
	env, err := SignBuiltIn(priv, doc)
	if err != nil {
		t.Fatal(err)
	}
	if got := env.Marshal(); !bytes.Equal(got, data) {
		t.Errorf("SignBuiltIn(en document) differs from SignDocument")
	}
	for _, bad := range []string{`{}`, `{"lang":"en"}`, `not json`, `{"lang":1,"version":"x"}`} {
		if _, err := SignBuiltIn(priv, []byte(bad)); err == nil {
			t.Errorf("SignBuiltIn(%s) = nil error", bad)
		}
	}
}
