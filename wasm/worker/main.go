//go:build js && wasm

// Command worker is Discreet's backend as a Cloudflare Worker: the
// handler of analyzer/server, with team policies and uploaded packs in
// Workers KV (binding POLICY) and its secrets in the Worker's environment.
// syumai/workers starts a fresh Go instance for every request, so nothing
// here compiles rules up front: the analyzer is built only by /v1/analyze.
//
// Environment (docs/backend.md): PACK_SIGNING_KEY (secret, base64 seed or
// PEM), TEAM_TOKENS ("team=token,..."; secret), ADMIN_TOKEN (secret),
// CORS_ORIGINS (comma-separated), ALLOW_ANONYMOUS ("1" to let /v1/analyze
// run without a token).
package main

import (
	"crypto/ed25519"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"syscall/js"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/server"
	"github.com/discreet-app/discreet/rules"
	"github.com/syumai/workers"
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
	workers.Serve(h)
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
	cfg := server.Config{
		Analyzer:       analyzer.Default,
		AdminToken:     getenv("ADMIN_TOKEN"),
		AllowAnonymous: getenv("ALLOW_ANONYMOUS") == "1",
		ClientIPHeader: "CF-Connecting-IP",
		Logger:         logger,
	}
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
		priv, err := rules.ParsePrivateKey([]byte(key))
		if err != nil {
			return nil, fmt.Errorf("PACK_SIGNING_KEY: %w", err)
		}
		cfg.Packs = server.SignEmbedded(priv)
		cfg.PackKey = priv.Public().(ed25519.PublicKey)
	}
	if pub := getenv("PACK_PUBLIC_KEY"); pub != "" {
		k, err := rules.ParsePublicKey(pub)
		if err != nil {
			return nil, fmt.Errorf("PACK_PUBLIC_KEY: %w", err)
		}
		cfg.PackKey = k
	}
	if ns, err := kv.NewNamespace("POLICY"); err == nil {
		cfg.Store = kvStore{ns}
	} else {
		logger.Warn("no POLICY KV binding: policies and uploaded packs last one request")
	}
	return server.New(cfg)
}
