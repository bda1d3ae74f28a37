package server

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/discreet-app/discreet/rules"
	"github.com/discreet-app/discreet/rules/packsign"
)

// MaxPackBytes bounds an uploaded envelope (the word lists make packs
// larger than ordinary requests).
const MaxPackBytes = 8 << 20

// PackSource returns the signed envelope (packsign.Envelope JSON) of a
// language, or an error wrapping ErrNotFound.
type PackSource func(lang string) ([]byte, error)

var langCode = regexp.MustCompile(`^[a-z]{2,3}$`)

// SignEmbedded serves the built-in packs, signed with priv on first use
// and then cached. ed25519 signatures are deterministic, so every instance
// (every Worker isolate) produces the same bytes and the same ETag.
func SignEmbedded(priv ed25519.PrivateKey) PackSource {
	return signCached(func(lang string) (packsign.Envelope, error) {
		env, err := packsign.SignEmbedded(priv, lang)
		if err != nil && !slices.Contains(rules.Languages(), lang) {
			return env, fmt.Errorf("%w: %v", ErrNotFound, err)
		}
		return env, err // a built-in pack that does not load is a server error
	})
}

// SignBuiltIn serves docs, the built-in packs' documents by language (the
// Worker's static assets, made by rules.EmbeddedDocument), signed with priv
// on first use and then cached, as SignEmbedded serves embedded ones.
func SignBuiltIn(priv ed25519.PrivateKey, docs map[string][]byte) PackSource {
	return signCached(func(lang string) (packsign.Envelope, error) {
		doc, ok := docs[lang]
		if !ok {
			return packsign.Envelope{}, fmt.Errorf("%w: no built-in pack for %q", ErrNotFound, lang)
		}
		return packsign.SignBuiltIn(priv, doc)
	})
}

// signCached serves the envelopes sign makes, once per language.
func signCached(sign func(lang string) (packsign.Envelope, error)) PackSource {
	var mu sync.Mutex
	cache := map[string][]byte{}
	return func(lang string) ([]byte, error) {
		mu.Lock()
		defer mu.Unlock()
		if b, ok := cache[lang]; ok {
			return b, nil
		}
		if !langCode.MatchString(lang) {
			return nil, ErrNotFound
		}
		env, err := sign(lang)
		if err != nil {
			return nil, err
		}
		b := env.Marshal()
		cache[lang] = b
		return b, nil
	}
}

// PackDir serves pre-signed envelopes from dir/<lang>.json, read on every
// request so a test or an operator can publish a new pack by replacing the
// file. The server does not check these signatures: clients do, and a test
// can publish a tampered pack to prove that they refuse it.
func PackDir(dir string) PackSource {
	return func(lang string) ([]byte, error) {
		if !langCode.MatchString(lang) {
			return nil, ErrNotFound
		}
		b, err := os.ReadFile(filepath.Join(dir, lang+".json"))
		if errors.Is(err, os.ErrNotExist) {
			return nil, ErrNotFound
		}
		return b, err
	}
}

// FirstPack asks each source in turn and returns the first envelope found.
func FirstPack(srcs ...PackSource) PackSource {
	return func(lang string) ([]byte, error) {
		for _, src := range srcs {
			if src == nil {
				continue
			}
			b, err := src(lang)
			if !errors.Is(err, ErrNotFound) {
				return b, err
			}
		}
		return nil, ErrNotFound
	}
}

func packKey(lang string) string { return "pack/" + lang }

// StoredPack returns the pack of lang uploaded to store with PUT
// /v1/packs/{lang}, checked again against key: a build that leaves a
// language out (the Worker) analyzes it with the uploaded pack. The error
// wraps ErrNotFound when nothing was uploaded.
func StoredPack(ctx context.Context, store Store, key ed25519.PublicKey, lang string) (*rules.Pack, error) {
	b, err := store.Get(ctx, packKey(lang))
	if err != nil {
		return nil, err
	}
	p, _, err := packsign.VerifyEnvelope(key, b)
	if err != nil {
		return nil, fmt.Errorf("stored pack %s: %w", lang, err)
	}
	if p.Lang != lang {
		return nil, fmt.Errorf("stored pack %s: the envelope is for %q", lang, p.Lang)
	}
	return p, nil
}

// packs is GET /v1/packs/{lang} (the current signed pack) and PUT (an
// admin uploads an envelope signed offline; it must verify with PackKey).
func (s *server) packs(w http.ResponseWriter, r *http.Request) {
	lang := r.PathValue("lang")
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		s.getPack(w, r, lang)
	case http.MethodPut:
		s.putPack(w, r, lang)
	default:
		allowMethods(w, r, http.MethodGet, http.MethodHead, http.MethodPut)
	}
}

func (s *server) getPack(w http.ResponseWriter, r *http.Request, lang string) {
	if !langCode.MatchString(lang) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no pack for language %q", lang))
		return
	}
	b, err := s.cfg.Store.Get(r.Context(), packKey(lang))
	if errors.Is(err, ErrNotFound) && s.cfg.Packs != nil {
		b, err = s.cfg.Packs(lang)
	}
	switch {
	case errors.Is(err, ErrNotFound):
		writeError(w, http.StatusNotFound, fmt.Sprintf("no pack for language %q", lang))
		return
	case err != nil:
		s.log.Error("pack unavailable", "lang", lang, "err", err.Error())
		writeError(w, http.StatusServiceUnavailable, "the pack is unavailable")
		return
	}
	serveCacheable(w, r, b, "public, max-age=3600")
}

// serveCacheable sends b with a strong ETag (quoted hex SHA-256) and
// answers a matching If-None-Match with 304.
func serveCacheable(w http.ResponseWriter, r *http.Request, b []byte, cacheControl string) {
	sum := sha256.Sum256(b)
	etag := `"` + hex.EncodeToString(sum[:]) + `"`
	h := w.Header()
	h.Set("ETag", etag)
	h.Set("Cache-Control", cacheControl)
	// Values, not Get: syumai/workers splits header values at commas.
	if etagMatch(strings.Join(r.Header.Values("If-None-Match"), ","), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if r.Method == http.MethodHead {
		h.Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		return
	}
	writeJSON(w, http.StatusOK, b)
}

// etagMatch implements If-None-Match's weak comparison over a list.
func etagMatch(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == etag {
			return true
		}
	}
	return false
}

func (s *server) putPack(w http.ResponseWriter, r *http.Request, lang string) {
	_, admin, ok := s.authenticate(w, r)
	if !ok {
		return
	}
	if !admin {
		unauthorized(w, "the admin token is required")
		return
	}
	if s.cfg.PackKey == nil {
		writeError(w, http.StatusForbidden, "pack uploads are disabled: no pack public key is configured")
		return
	}
	if !jsonContent(w, r) {
		return
	}
	body, ok := readBody(w, r, MaxPackBytes)
	if !ok {
		return
	}
	p, _, err := packsign.VerifyEnvelope(s.cfg.PackKey, body)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if p.Lang != lang {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("envelope is for %q, not %q", p.Lang, lang))
		return
	}
	if err := s.cfg.Store.Put(r.Context(), packKey(lang), body); err != nil {
		s.log.Error("store pack", "lang", lang, "err", err.Error())
		writeError(w, http.StatusServiceUnavailable, "could not store the pack")
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	b, _ := json.Marshal(struct {
		OK      bool   `json:"ok"`
		Lang    string `json:"lang"`
		Version string `json:"version"`
	}{true, p.Lang, p.Version})
	writeJSON(w, http.StatusOK, b)
}
