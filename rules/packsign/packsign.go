// Package packsign signs rule packs and verifies signed ones: the envelope
// the backend serves at /v1/packs/{lang}, and the ed25519 keys it is signed
// with. It is apart from package rules so that what only reads packs (the
// extension's WebAssembly module) does not link crypto: importing
// crypto/ed25519 brings in the FIPS self-tests of every algorithm it
// registers, ~90 KB of the gzipped module.
package packsign

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/discreet-app/discreet/rules"
)

// Envelope is a signed pack as the backend serves it at /v1/packs/{lang}:
// the rules.Document JSON carried as a string, and an ed25519 signature over the
// exact UTF-8 bytes of that string. Clients verify Signature with a public
// key they ship, then load Document with rules.ParseDocument.
type Envelope struct {
	Lang     string `json:"lang"`
	Version  string `json:"version"`
	Document string `json:"document"`
	// Signature is the standard base64 encoding of the 64-byte signature.
	Signature string `json:"signature"`
	// KeyID names the signing key: the first 16 hex digits of sha256(public key).
	KeyID string `json:"key_id"`
}

// Marshal encodes e as the JSON an envelope file or response holds.
func (e *Envelope) Marshal() []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(e) // a struct of strings cannot fail to encode
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// GenerateKey makes a new pack-signing key pair.
func GenerateKey() (ed25519.PublicKey, ed25519.PrivateKey, error) {
	return ed25519.GenerateKey(rand.Reader)
}

// KeyID returns the first 16 hex digits of sha256(pub), which envelopes
// carry so a client can tell which key signed them.
func KeyID(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	return hex.EncodeToString(sum[:8])
}

// SignDocument checks that doc is a valid rules.Document (rules.ParseDocument) and signs
// it with priv.
func SignDocument(priv ed25519.PrivateKey, doc []byte) (Envelope, error) {
	if len(priv) != ed25519.PrivateKeySize {
		return Envelope{}, errors.New("rules: sign: private key is not an ed25519 key")
	}
	p, err := rules.ParseDocument(doc)
	if err != nil {
		return Envelope{}, fmt.Errorf("rules: sign: %w", err)
	}
	pub := priv.Public().(ed25519.PublicKey)
	return Envelope{
		Lang:      p.Lang,
		Version:   p.Version,
		Document:  string(doc),
		Signature: base64.StdEncoding.EncodeToString(ed25519.Sign(priv, doc)),
		KeyID:     KeyID(pub),
	}, nil
}

// SignEmbedded signs the built-in pack of lang. rules.EmbeddedDocument has
// just loaded that document, and the tests validate the built-in packs, so
// unlike SignDocument it is not parsed a second time.
func SignEmbedded(priv ed25519.PrivateKey, lang string) (Envelope, error) {
	if len(priv) != ed25519.PrivateKeySize {
		return Envelope{}, errors.New("rules: sign: private key is not an ed25519 key")
	}
	doc, err := rules.EmbeddedDocument(lang)
	if err != nil {
		return Envelope{}, err
	}
	return SignBuiltIn(priv, doc)
}

// SignBuiltIn signs a document that rules.EmbeddedDocument made in this
// build (the Worker's built-in packs, shipped as static assets) without
// parsing it: its language and version are its first fields.
func SignBuiltIn(priv ed25519.PrivateKey, doc []byte) (Envelope, error) {
	if len(priv) != ed25519.PrivateKeySize {
		return Envelope{}, errors.New("rules: sign: private key is not an ed25519 key")
	}
	// Document's first fields are lang and version: gjson stops there.
	head := gjson.GetManyBytes(doc, "lang", "version")
	if head[0].Type != gjson.String || head[1].Type != gjson.String {
		return Envelope{}, errors.New("rules: sign: not a pack document (no lang or version)")
	}
	pub := priv.Public().(ed25519.PublicKey)
	return Envelope{
		Lang:      head[0].String(),
		Version:   head[1].String(),
		Document:  string(doc),
		Signature: base64.StdEncoding.EncodeToString(ed25519.Sign(priv, doc)),
		KeyID:     KeyID(pub),
	}, nil
}

// ErrBadSignature is returned (wrapped) by VerifyEnvelope when the signature
// does not match the document: the pack was altered or signed by another key.
var ErrBadSignature = errors.New("signature does not verify: the pack was altered or signed with another key")

// VerifyEnvelope decodes an envelope strictly, checks its signature with
// pub and only then loads the document it carries. It returns the pack and
// the document bytes.
func VerifyEnvelope(pub ed25519.PublicKey, data []byte) (*rules.Pack, []byte, error) {
	if len(pub) != ed25519.PublicKeySize {
		return nil, nil, errors.New("rules: envelope: public key is not an ed25519 key")
	}
	var env Envelope
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&env); err != nil {
		return nil, nil, fmt.Errorf("rules: envelope: %s", rules.DescribeJSONError(data, err))
	}
	if dec.More() {
		return nil, nil, errors.New("rules: envelope: trailing data after the envelope object")
	}
	sig, err := base64.StdEncoding.DecodeString(env.Signature)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return nil, nil, errors.New(`rules: envelope: field "signature": not a base64 ed25519 signature`)
	}
	if want := KeyID(pub); env.KeyID != want {
		return nil, nil, fmt.Errorf("rules: envelope: signed with key %q, expected key %q: %w", env.KeyID, want, ErrBadSignature)
	}
	doc := []byte(env.Document)
	if !ed25519.Verify(pub, doc, sig) {
		return nil, nil, fmt.Errorf("rules: envelope %s %s: %w", env.Lang, env.Version, ErrBadSignature)
	}
	p, err := rules.ParseDocument(doc)
	if err != nil {
		return nil, nil, err
	}
	if p.Lang != env.Lang || p.Version != env.Version {
		return nil, nil, fmt.Errorf("rules: envelope says %s %s but its document is %s %s", env.Lang, env.Version, p.Lang, p.Version)
	}
	return p, doc, nil
}

// pkcs8Prefix is the fixed DER header of a PKCS #8 ed25519 private key
// (RFC 8410): the 32-byte seed follows it. Writing it by hand keeps
// crypto/x509 out of the WebAssembly builds.
var pkcs8Prefix = []byte{0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20}

// MarshalPrivateKey encodes priv as a PEM "PRIVATE KEY" block (PKCS #8), the
// format `openssl genpkey -algorithm ed25519` writes.
func MarshalPrivateKey(priv ed25519.PrivateKey) []byte {
	der := append(append([]byte(nil), pkcs8Prefix...), priv.Seed()...)
	return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
}

// ParsePrivateKey reads a private key written by MarshalPrivateKey (PEM
// PKCS #8) or given as standard base64 of the 32-byte seed or the 64-byte
// key, as a Worker secret holds it.
func ParsePrivateKey(data []byte) (ed25519.PrivateKey, error) {
	if block, _ := pem.Decode(data); block != nil {
		if block.Type != "PRIVATE KEY" || len(block.Bytes) != len(pkcs8Prefix)+ed25519.SeedSize ||
			!bytes.Equal(block.Bytes[:len(pkcs8Prefix)], pkcs8Prefix) {
			return nil, errors.New("rules: private key: PEM block is not a PKCS #8 ed25519 private key")
		}
		return ed25519.NewKeyFromSeed(block.Bytes[len(pkcs8Prefix):]), nil
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(data)))
	if err != nil {
		return nil, errors.New("rules: private key: neither PEM nor base64")
	}
	switch len(raw) {
	case ed25519.SeedSize:
		return ed25519.NewKeyFromSeed(raw), nil
	case ed25519.PrivateKeySize:
		priv := ed25519.NewKeyFromSeed(raw[:ed25519.SeedSize])
		if !bytes.Equal(priv, raw) {
			return nil, errors.New("rules: private key: public half does not match the seed")
		}
		return priv, nil
	}
	return nil, fmt.Errorf("rules: private key: %d bytes; want a 32-byte seed or a 64-byte key", len(raw))
}

// EncodePublicKey returns pub as standard base64 of its 32 raw bytes, the
// form the extension builds in and pack-signing.pub holds.
func EncodePublicKey(pub ed25519.PublicKey) string {
	return base64.StdEncoding.EncodeToString(pub)
}

// ParsePublicKey reads a public key written by EncodePublicKey.
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(s))
	if err != nil || len(raw) != ed25519.PublicKeySize {
		return nil, errors.New("rules: public key: want standard base64 of 32 bytes")
	}
	return ed25519.PublicKey(raw), nil
}
