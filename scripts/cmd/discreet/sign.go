package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/discreet-app/discreet/rules"
	"github.com/discreet-app/discreet/rules/packsign"
)

// Key file names written by keygen.
const (
	privateKeyFile = "pack-signing.key"
	publicKeyFile  = "pack-signing.pub"
)

// runKeygen writes a new pack-signing key pair: DIR/pack-signing.key
// (PEM PKCS #8, mode 0600, never to be committed) and DIR/pack-signing.pub
// (standard base64 of the 32-byte public key, what the extension builds in).
func runKeygen(args []string) int {
	fs := flag.NewFlagSet("keygen", flag.ContinueOnError)
	out := fs.String("out", "", "directory for "+privateKeyFile+" and "+publicKeyFile)
	force := fs.Bool("force", false, "replace an existing key")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: discreet keygen --out DIR [--force]")
		return 2
	}
	if err := keygen(*out, *force, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "discreet keygen:", err)
		return 1
	}
	return 0
}

func keygen(dir string, force bool, stdout io.Writer) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	privPath := filepath.Join(dir, privateKeyFile)
	if _, err := os.Stat(privPath); err == nil && !force {
		return fmt.Errorf("%s exists; pass --force to replace it", privPath)
	}
	pub, priv, err := packsign.GenerateKey()
	if err != nil {
		return err
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if !force {
		flags |= os.O_EXCL
	}
	f, err := os.OpenFile(privPath, flags, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(packsign.MarshalPrivateKey(priv)); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(privPath, 0o600); err != nil { // --force on an older, looser file
		return err
	}
	pubPath := filepath.Join(dir, publicKeyFile)
	if err := os.WriteFile(pubPath, []byte(packsign.EncodePublicKey(pub)+"\n"), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (secret: never commit it) and %s\npublic key %s (key id %s)\n",
		privPath, pubPath, packsign.EncodePublicKey(pub), packsign.KeyID(pub))
	return nil
}

// runSignPack signs the built-in packs (all, or --lang) and writes one
// envelope per language to DIR/<lang>.json, ready for `serve --packs DIR`
// or an upload with PUT /v1/packs/{lang}.
func runSignPack(args []string) int {
	fs := flag.NewFlagSet("sign-pack", flag.ContinueOnError)
	keyPath := fs.String("key", "", "private key file written by keygen")
	lang := fs.String("lang", "", "sign only this language (default: every built-in pack)")
	docPath := fs.String("document", "", "sign this Document JSON file instead of a built-in pack")
	out := fs.String("out", "", "directory for the envelopes (<lang>.json)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *keyPath == "" || *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: discreet sign-pack --key FILE [--lang L | --document FILE] --out DIR")
		return 2
	}
	if err := signPacks(*keyPath, *lang, *docPath, *out, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "discreet sign-pack:", err)
		return 1
	}
	return 0
}

func signPacks(keyPath, lang, docPath, out string, stdout io.Writer) error {
	keyData, err := loadPrivateKey(keyPath)
	if err != nil {
		return err
	}
	priv, err := packsign.ParsePrivateKey(keyData)
	if err != nil {
		return fmt.Errorf("%s: %w", keyPath, err)
	}
	var docs [][]byte
	switch {
	case docPath != "":
		if lang != "" {
			return errors.New("--lang and --document do not go together")
		}
		b, err := os.ReadFile(docPath)
		if err != nil {
			return err
		}
		docs = append(docs, b)
	default:
		langs := rules.Languages()
		if lang != "" {
			langs = []string{lang}
		}
		for _, l := range langs {
			b, err := rules.EmbeddedDocument(l)
			if err != nil {
				return err
			}
			docs = append(docs, b)
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, doc := range docs {
		env, err := packsign.SignDocument(priv, doc)
		if err != nil {
			return err
		}
		p := filepath.Join(out, env.Lang+".json")
		if err := os.WriteFile(p, env.Marshal(), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "signed %s %s with key %s → %s\n", env.Lang, env.Version, env.KeyID, p)
	}
	return nil
}

// loadPrivateKey reads a key file, refusing one that others can read.
func loadPrivateKey(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("%s is readable by others (mode %v); chmod 600 it", path, fi.Mode().Perm())
	}
	b, err := os.ReadFile(path)
	return []byte(strings.TrimSpace(string(b)) + "\n"), err
}
