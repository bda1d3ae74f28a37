//go:build js && wasm

// Command worker is Discreet's backend as a Cloudflare Worker: the
// handler of analyzer/server, with team policies and uploaded packs in
// Workers KV (binding POLICY) and its secrets in the Worker's environment.
// Environment (docs/backend.md): PACK_SIGNING_KEY (secret, base64 seed or
// PEM), TEAM_TOKENS ("team=token,..."; secret), ADMIN_TOKEN (secret),
// CORS_ORIGINS (comma-separated), ALLOW_ANONYMOUS ("1" to let /v1/analyze
// run without a token), RATE_LIMIT and RATE_BURST (/v1/analyze requests
// per second and bucket size, per client address and per token) and
// AUTH_FAIL_LIMIT (failed authentications per minute per address); the
// limits hold per isolate, and are off when unset.
//
// One Go instance serves every request of an isolate (worker.mjs and
// bridge.go), so the rules compile once per isolate, on the first
// /v1/analyze. To fit Cloudflare's 3 MB limit the Worker is built with
// the rules_no_packs and rules_en_only tags: app.wasm embeds no pack and
// no model; the English pack, its story tagger and the intent model come
// with the Worker as static assets (worker.mjs reads them), and the other
// languages' packs
// are read from KV (uploaded with PUT /v1/packs/{lang}) when the analyzer
// is first built.
package main

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/server"
	"github.com/discreet-app/discreet/rules"
	"github.com/discreet-app/discreet/rules/packsign"
	"github.com/syumai/workers/cloudflare"
	"github.com/syumai/workers/cloudflare/kv"
)

func main() {
	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	h, err := newHandler(logger)
	if err != nil {
		logger.Error("configuration", "err", err.Error())
		h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte(`{"error":"the worker is misconfigured; see its logs"}`))
		})
	}
	serve(h)
}

// storedLangs are the languages whose packs the Worker does not ship;
// each is analyzed once its signed pack is in KV.
var storedLangs = []string{"fr", "es"}

// builtInDocs returns the documents of the built-in packs that worker.mjs
// read from the static assets (context.packs, language → bytes): the
// Worker is built with rules_no_packs, so that its app.wasm, without them,
// fits the free plan's 3 MB.
func builtInDocs() map[string][]byte { return contextFiles("packs") }

// builtInModels returns the built-in models (story tagger, intent model)
// that worker.mjs read from the static assets (context.models, path as in
// rules.BuiltInModelFiles → bytes), which app.wasm does not embed either.
func builtInModels() map[string][]byte { return contextFiles("models") }

// contextFiles copies the object context[name] (key → Uint8Array) that
// worker.mjs hands to the program; empty when it is not there.
func contextFiles(name string) map[string][]byte {
	files := map[string][]byte{}
	obj := js.Global().Get("context").Get(name)
	if obj.Type() != js.TypeObject {
		return files
	}
	keys := js.Global().Get("Object").Call("keys", obj)
	for i := 0; i < keys.Length(); i++ {
		key := keys.Index(i).String()
		v := obj.Get(key)
		b := make([]byte, v.Get("byteLength").Int())
		js.CopyBytesToGo(b, v)
		files[key] = b
	}
	return files
}

// newAnalyzer builds the analyzer of the built-in packs (docs) and of the
// packs of storedLangs uploaded to store; a language with no valid
// upload is logged and left out.
func newAnalyzer(docs map[string][]byte, store server.Store, key ed25519.PublicKey, logger *slog.Logger) (*analyzer.Analyzer, error) {
	packs := map[string]*rules.Pack{}
	for lang, doc := range docs {
		p, err := rules.ParseBuiltInDocument(doc)
		if err != nil {
			return nil, fmt.Errorf("built-in pack %s: %w", lang, err)
		}
		packs[lang] = p
	}
	for _, lang := range storedLangs {
		if _, ok := packs[lang]; ok || store == nil || key == nil {
			continue
		}
		p, err := server.StoredPack(context.Background(), store, key, lang)
		if err != nil {
			logger.Warn("no pack for a language", "lang", lang, "err", err.Error())
			continue
		}
		packs[lang] = p
	}
	return analyzer.New(packs)
}

// getenv returns a text binding, or "" when it is not set (syumai's
// Getenv would give "<undefined>").
func getenv(name string) string {
	v := cloudflare.GetBinding(name)
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}

func newHandler(logger *slog.Logger) (http.Handler, error) {
	docs := builtInDocs()
	if len(docs) == 0 {
		logger.Warn("no built-in packs: is the ASSETS binding set? (scripts/build-worker writes them)")
	}
	models := builtInModels()
	if len(models) == 0 {
		logger.Warn("no built-in models: the story tagger and the intent model are off (scripts/build-worker writes them)")
	}
	if err := rules.UseBuiltInModels(models); err != nil {
		return nil, err
	}
	cfg := server.Config{
		AdminToken:     getenv("ADMIN_TOKEN"),
		AllowAnonymous: getenv("ALLOW_ANONYMOUS") == "1",
		ClientIPHeader: "CF-Connecting-IP",
		Logger:         logger,
	}
	for _, l := range []struct {
		name string
		dst  *float64
	}{{"RATE_LIMIT", &cfg.RateLimit}, {"AUTH_FAIL_LIMIT", &cfg.FailedAuthLimit}} {
		if v := getenv(l.name); v != "" {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil || f < 0 {
				return nil, fmt.Errorf("%s: want a number ≥ 0", l.name)
			}
			*l.dst = f
		}
	}
	if v := getenv("RATE_BURST"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("RATE_BURST: want a whole number ≥ 1")
		}
		cfg.RateBurst = n
	}
	cfg.FailedAuthBurst = max(1, int(cfg.FailedAuthLimit))
	for _, o := range strings.Split(getenv("CORS_ORIGINS"), ",") {
		if o = strings.TrimSpace(o); o != "" {
			cfg.AllowedOrigins = append(cfg.AllowedOrigins, o)
		}
	}
	for _, pair := range strings.Split(getenv("TEAM_TOKENS"), ",") {
		if pair = strings.TrimSpace(pair); pair == "" {
			continue
		}
		team, tok, ok := strings.Cut(pair, "=")
		if !ok {
			return nil, fmt.Errorf("TEAM_TOKENS: an entry is not team=token")
		}
		cfg.Tokens = append(cfg.Tokens, server.Token{Team: team, Secret: tok})
	}
	if key := getenv("PACK_SIGNING_KEY"); key != "" {
		priv, err := packsign.ParsePrivateKey([]byte(key))
		if err != nil {
			return nil, fmt.Errorf("PACK_SIGNING_KEY: %w", err)
		}
		cfg.Packs = server.SignBuiltIn(priv, docs)
		cfg.PackKey = priv.Public().(ed25519.PublicKey)
	}
	if pub := getenv("PACK_PUBLIC_KEY"); pub != "" {
		k, err := packsign.ParsePublicKey(pub)
		if err != nil {
			return nil, fmt.Errorf("PACK_PUBLIC_KEY: %w", err)
		}
		cfg.PackKey = k
	}
	if ns, err := kv.NewNamespace("POLICY"); err == nil {
		cfg.Store = kvStore{ns}
	} else {
		logger.Warn("no POLICY KV binding: policies and uploaded packs are kept in memory")
		cfg.Store = server.NewMemStore()
	}
	cfg.Analyzer = func() (*analyzer.Analyzer, error) { return newAnalyzer(docs, cfg.Store, cfg.PackKey, logger) }
	return server.New(cfg)
}
