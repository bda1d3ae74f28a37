// Package server is Discreet's backend as one http.Handler: the analyzer
// over HTTP, signed rule packs, and team policies. The same handler runs
// natively (scripts/discreet serve) and as a Cloudflare Worker (wasm/worker);
// everything that differs between them (store, language detector, secrets)
// comes in through Config.
package server

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/discreet-app/discreet/analyzer"
)

// DefaultMaxBodyBytes bounds a request body when Config.MaxBodyBytes is 0.
const DefaultMaxBodyBytes = 256 << 10

// DefaultAnalyzeTimeout bounds one analysis when Config.AnalyzeTimeout is 0.
const DefaultAnalyzeTimeout = 10 * time.Second

// Token is a bearer token that lets its holder read Team's policy and
// call /v1/analyze.
type Token struct {
	Team   string
	Secret string
}

// Config is everything the handler needs. Only Analyzer is required.
type Config struct {
	// Analyzer returns the analyzer; it is called once, on the first
	// request that needs it, so a Worker isolate that only serves packs
	// never compiles rules. analyzer.Default fits.
	Analyzer func() (*analyzer.Analyzer, error)
	// Detect guesses the language of posts sent without "lang"; nil lets
	// the analyzer use its own stop-word fallback (the Worker).
	Detect analyzer.Detector

	// Store keeps team policies and uploaded packs; nil means in memory.
	Store Store
	// Packs provides the signed envelope of a language when no pack was
	// uploaded to Store. nil serves uploaded packs only.
	Packs PackSource
	// PackKey is the public key that PUT /v1/packs/{lang} checks uploads
	// against; nil refuses uploads.
	PackKey ed25519.PublicKey

	// Tokens are the team tokens. AdminToken may PUT policies and packs.
	Tokens     []Token
	AdminToken string
	// AllowAnonymous lets /v1/analyze run without a token even when
	// tokens are configured (a single user on loopback).
	AllowAnonymous bool

	// AllowedOrigins are the browser origins that may call the API
	// cross-origin: exact origins ("chrome-extension://abc…") or a scheme
	// wildcard ("moz-extension://*").
	AllowedOrigins []string

	// RateLimit is the sustained number of /v1/analyze requests per second
	// allowed for one token (or one client address when anonymous), and
	// RateBurst the bucket size. RateLimit 0 disables the limit.
	RateLimit float64
	RateBurst int

	// FailedAuthLimit is the sustained number of failed authentications
	// (401s) per minute allowed for one client address, and FailedAuthBurst
	// its bucket size; past it every request with a token gets 429 before
	// the token is checked. 0 disables the limit.
	FailedAuthLimit float64
	FailedAuthBurst int

	// ClientIPHeader names a header that a trusted proxy in front sets to
	// the client's address ("CF-Connecting-IP" on Cloudflare); empty uses
	// the peer address. Rate limits key on it.
	ClientIPHeader string

	// AllowedHosts, when not empty, are the only Host header values
	// answered ("127.0.0.1:8787"); any other gets 421, so a page that
	// rebinds its own name to this address cannot read the answers.
	AllowedHosts []string

	// AnalyzeTimeout bounds one analysis (DefaultAnalyzeTimeout when 0).
	// Analysis also stops when the client goes away.
	AnalyzeTimeout time.Duration

	// MaxBodyBytes bounds request bodies (DefaultMaxBodyBytes when 0),
	// except pack uploads (MaxPackBytes).
	MaxBodyBytes int64

	// Logger receives one line per request: method, path, status,
	// duration and sizes, never a body. nil discards.
	Logger *slog.Logger

	// StaticDir, when set, is served at "/": StaticDir/playground at "/"
	// and StaticDir/extension at "/extension/".
	StaticDir string
}

type server struct {
	cfg      Config
	lazy     lazyAnalyzer
	auth     authenticator
	limiter  *limiter // /v1/analyze, per address and per token
	failures *limiter // failed authentications, per address
	log      *slog.Logger
}

// New checks cfg and returns the backend's handler.
func New(cfg Config) (http.Handler, error) {
	if cfg.Analyzer == nil {
		return nil, errors.New("server: Config.Analyzer is required")
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.AnalyzeTimeout <= 0 {
		cfg.AnalyzeTimeout = DefaultAnalyzeTimeout
	}
	if cfg.Store == nil {
		cfg.Store = NewMemStore()
	}
	if cfg.PackKey != nil && len(cfg.PackKey) != ed25519.PublicKeySize {
		return nil, errors.New("server: Config.PackKey is not an ed25519 public key")
	}
	for _, o := range cfg.AllowedOrigins {
		if err := checkOriginPattern(o); err != nil {
			return nil, err
		}
	}
	auth, err := newAuthenticator(cfg.Tokens, cfg.AdminToken)
	if err != nil {
		return nil, err
	}
	s := &server{cfg: cfg, auth: auth, log: cfg.Logger}
	s.lazy.get = cfg.Analyzer
	if s.log == nil {
		s.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.RateLimit > 0 {
		burst := cfg.RateBurst
		if burst < 1 {
			burst = max(1, int(cfg.RateLimit))
		}
		s.limiter = newLimiter(cfg.RateLimit, burst)
	}
	if cfg.FailedAuthLimit > 0 {
		s.failures = newLimiter(cfg.FailedAuthLimit/60, max(1, cfg.FailedAuthBurst))
	}

	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", s.healthz)
	mux.HandleFunc("/v1/analyze", s.analyze)
	mux.HandleFunc("/v1/packs/{lang}", s.packs)
	mux.HandleFunc("/v1/policy/{team}", s.policy)
	mux.HandleFunc("/v1/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint")
	})
	mux.Handle("/", newStatic(cfg.StaticDir))
	return s.middleware(mux), nil
}

// middleware wraps every request: panic recovery, security headers, CORS
// and the access log. It never reads or logs the body.
func (s *server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		note := &logNote{}
		r = r.WithContext(context.WithValue(r.Context(), logNoteKey{}, note))
		defer func() {
			if v := recover(); v != nil {
				// The panic value may quote request text: log only where.
				s.log.Error("panic", "method", r.Method, "path", r.URL.Path)
				if !rec.wrote {
					writeError(rec, http.StatusInternalServerError, "internal error")
				}
			}
			attrs := []any{"method", r.Method, "path", r.URL.Path, "status", rec.status,
				"dur_ms", float64(time.Since(start).Microseconds()) / 1000,
				"in", max(r.ContentLength, 0), "out", rec.size}
			if note.stopped != "" {
				attrs = append(attrs, "stopped", note.stopped)
			}
			s.log.Info("request", attrs...)
		}()
		securityHeaders(rec.Header(), r)
		if !s.hostAllowed(r) {
			writeError(rec, http.StatusMisdirectedRequest, "this server does not answer for that host name")
			return
		}
		if !s.cors(rec, r) {
			return
		}
		next.ServeHTTP(rec, r)
	})
}

// apiCSP locks API responses down: they are data, never a document.
const apiCSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"

func securityHeaders(h http.Header, r *http.Request) {
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", apiCSP)
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
	if r.TLS != nil || r.URL.Scheme == "https" {
		h.Set("Strict-Transport-Security", "max-age=31536000")
	}
}

func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	if !allowMethods(w, r, http.MethodGet, http.MethodHead) {
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, []byte(`{"ok":true,"service":"discreet"}`))
}

// allowMethods answers 405 unless r's method is one of methods.
func allowMethods(w http.ResponseWriter, r *http.Request, methods ...string) bool {
	for _, m := range methods {
		if r.Method == m {
			return true
		}
	}
	w.Header().Set("Allow", strings.Join(methods, ", "))
	writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed", r.Method))
	return false
}

// logNote carries what a handler adds to the access log line.
type logNote struct{ stopped string }

type logNoteKey struct{}

// noteStopped records on r's log line why its work was stopped.
func noteStopped(r *http.Request, why string) {
	if n, ok := r.Context().Value(logNoteKey{}).(*logNote); ok {
		n.stopped = why
	}
}

// recorder notes the status and size of a response for the access log.
type recorder struct {
	http.ResponseWriter
	status int
	size   int
	wrote  bool
}

func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	n, err := r.ResponseWriter.Write(b)
	r.size += n
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
