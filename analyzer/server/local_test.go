package server

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/rules"
	"github.com/discreet-app/discreet/rules/packsign"
)

// Tests in this file need the in-process server (its logs, its clock, its
// files), so they never run against DISCREET_BASE_URL.

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// Bodies must never reach the logs: not on success, not on bad input,
// not in errors.
func TestLogsNeverContainBodies(t *testing.T) {
	localOnly(t)
	var logs syncBuffer
	tg := newTarget(t, func(c *Config) {
		c.Logger = slog.New(slog.NewTextHandler(&logs, nil))
		c.RateLimit, c.RateBurst = 1000, 1000
	})
	const secret = "Zebulon Quixotically-Marchetti"
	post := "My client " + secret + " is a 40-year-old teacher in Springfield."
	bodies := [][]byte{
		[]byte(`{"text":` + quote(post) + `,"lang":"en"}`),
		[]byte(`{"text":` + quote(post) + `}`),
		[]byte(`{"text":` + quote(post) + `,"lang":"xx"}`),
		[]byte(`{"text":` + quote(post) + `,"platform":"` + secret + `"}`),
		[]byte(`{"text":` + quote(post)),
		[]byte(`{"text":` + quote(post+strings.Repeat(" ", DefaultMaxBodyBytes)) + `}`),
	}
	for _, b := range bodies {
		tg.do("POST", "/v1/analyze", b, bearer(testTeamToken)...)
		tg.do("POST", "/v1/analyze", b)
	}
	tg.do("PUT", "/v1/policy/"+testTeam, []byte(`{"sensitivity":"high","extra_terms":[{"term":"`+secret+`","category":"name"}]}`), bearer(testAdminToken)...)
	out := logs.String()
	if !strings.Contains(out, "path=/v1/analyze") || !strings.Contains(out, "status=200") {
		t.Fatalf("logs do not record requests:\n%s", out)
	}
	for _, word := range append(strings.Fields(secret), "Springfield", "teacher", testTeamToken, testAdminToken) {
		if strings.Contains(out, word) {
			t.Errorf("logs contain %q:\n%s", word, out)
		}
	}
}

func TestRateLimit(t *testing.T) {
	localOnly(t)
	tg := newTarget(t, func(c *Config) { c.RateLimit, c.RateBurst = 0.01, 2 })
	body := []byte(`{"text":"hello","lang":"en"}`)
	for i := 0; i < 2; i++ {
		if r := tg.do("POST", "/v1/analyze", body, bearer(testTeamToken)...); r.status != 200 {
			t.Fatalf("request %d = %d %s; want 200", i, r.status, short(r.body))
		}
	}
	r := tg.do("POST", "/v1/analyze", body, bearer(testTeamToken)...)
	wantError(t, "third request", r, 429)
	if ra := r.header.Get("Retry-After"); ra == "" || ra == "0" {
		t.Errorf("Retry-After = %q; want a positive number of seconds", ra)
	}
	// Packs are not rate limited.
	if r := tg.do("GET", "/v1/packs/en", nil); r.status != 200 {
		t.Errorf("GET /v1/packs/en = %d; want 200", r.status)
	}
}

func TestAnonymousAnalyze(t *testing.T) {
	localOnly(t)
	open := newTarget(t, func(c *Config) { c.Tokens, c.AdminToken = nil, "" })
	body := []byte(`{"text":"hello","lang":"en"}`)
	if r := open.do("POST", "/v1/analyze", body); r.status != 200 {
		t.Errorf("no tokens configured: %d; want 200", r.status)
	}
	wantError(t, "policy without tokens configured", open.do("GET", "/v1/policy/"+testTeam, nil), 403)
	anon := newTarget(t, func(c *Config) { c.AllowAnonymous = true })
	if r := anon.do("POST", "/v1/analyze", body); r.status != 200 {
		t.Errorf("AllowAnonymous: %d; want 200", r.status)
	}
}

func TestAnalyzerUnavailable(t *testing.T) {
	localOnly(t)
	tg := newTarget(t, func(c *Config) {
		c.Analyzer = func() (*analyzer.Analyzer, error) { return nil, errors.New("broken pack") }
	})
	r := tg.do("POST", "/v1/analyze", []byte(`{"text":"hello"}`), bearer(testTeamToken)...)
	wantError(t, "broken analyzer", r, 503)
}

func TestNewRejectsBadConfig(t *testing.T) {
	_, priv, _ := packsign.GenerateKey()
	for name, edit := range map[string]func(*Config){
		"no-analyzer":  func(c *Config) { c.Analyzer = nil },
		"short-token":  func(c *Config) { c.Tokens = []Token{{"a", "short"}} },
		"bad-team":     func(c *Config) { c.Tokens = []Token{{"A B", testTeamToken}} },
		"short-admin":  func(c *Config) { c.AdminToken = "admin" },
		"bad-origin":   func(c *Config) { c.AllowedOrigins = []string{"chrome-extension://ab*"} },
		"bad-pack-key": func(c *Config) { c.PackKey = []byte{1, 2, 3} },
	} {
		cfg := testConfig(t, priv)
		edit(&cfg)
		if _, err := New(cfg); err == nil {
			t.Errorf("New(%s) = nil error", name)
		}
	}
}

func TestPackDir(t *testing.T) {
	localOnly(t)
	dir := t.TempDir()
	_, other, _ := packsign.GenerateKey()
	doc, err := rules.EmbeddedDocument("en")
	if err != nil {
		t.Fatal(err)
	}
	env, err := packsign.SignDocument(other, doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "en.json"), env.Marshal(), 0o644); err != nil {
		t.Fatal(err)
	}
	tg := newTarget(t, func(c *Config) { c.Packs = FirstPack(PackDir(dir), c.Packs) })
	if r := tg.do("GET", "/v1/packs/en", nil); !bytes.Equal(r.body, env.Marshal()) {
		t.Errorf("GET /v1/packs/en = %s; want the file in --packs", short(r.body))
	}
	// A language not in the directory: the signed built-in pack is served.
	lang := secondLanguage(t)
	r := tg.do("GET", "/v1/packs/"+lang, nil)
	if _, _, err := packsign.VerifyEnvelope(tg.pub, r.body); err != nil {
		t.Errorf("GET /v1/packs/%s fallback: %v", lang, err)
	}
}

func TestFileStore(t *testing.T) {
	s := FileStore{Dir: t.TempDir()}
	ctx := context.Background()
	if _, err := s.Get(ctx, "policy/a"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get(missing) error = %v; want ErrNotFound", err)
	}
	if err := s.Put(ctx, "policy/a", []byte("{}")); err != nil {
		t.Fatal(err)
	}
	if b, err := s.Get(ctx, "policy/a"); err != nil || string(b) != "{}" {
		t.Errorf("Get = %q, %v", b, err)
	}
	fi, err := os.Stat(filepath.Join(s.Dir, "policy", "a.json"))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("policy file mode = %v, %v; want 0600", fi, err)
	}
	for _, key := range []string{"../x", "policy/../../etc", "policy/", "policy/A"} {
		if err := s.Put(ctx, key, nil); err == nil {
			t.Errorf("Put(%q) = nil error", key)
		}
	}
	// Policies survive a restart when the server uses a FileStore.
	tg := newTarget(t, func(c *Config) { c.Store = s })
	tg.do("PUT", "/v1/policy/"+testTeam, validPolicy(), bearer(testAdminToken)...)
	if _, err := s.Get(ctx, "policy/"+testTeam); err != nil {
		t.Errorf("policy not written to the file store: %v", err)
	}
}

func TestStatic(t *testing.T) {
	localOnly(t)
	dir := t.TempDir()
	tg := newTarget(t, func(c *Config) { c.StaticDir = dir })
	r := tg.do("GET", "/", nil)
	if r.status != 200 || !bytes.Contains(r.body, []byte("scripts/build")) {
		t.Errorf("GET / before a build = %d %s; want the page saying to run scripts/build", r.status, short(r.body))
	}
	os.MkdirAll(filepath.Join(dir, "playground"), 0o755)
	os.MkdirAll(filepath.Join(dir, "extension"), 0o755)
	os.WriteFile(filepath.Join(dir, "playground", "index.html"), []byte("<h1>playground</h1>"), 0o644)
	os.WriteFile(filepath.Join(dir, "playground", "discreet.wasm"), []byte("\x00asm"), 0o644)
	os.WriteFile(filepath.Join(dir, "extension", "manifest.json"), []byte(`{"manifest_version":3}`), 0o644)
	r = tg.do("GET", "/", nil)
	if r.status != 200 || string(r.body) != "<h1>playground</h1>" {
		t.Errorf("GET / = %d %s; want the playground", r.status, short(r.body))
	}
	if csp := r.header.Get("Content-Security-Policy"); !strings.Contains(csp, "'wasm-unsafe-eval'") {
		t.Errorf("playground CSP = %q; want 'wasm-unsafe-eval'", csp)
	}
	if r := tg.do("GET", "/discreet.wasm", nil); r.header.Get("Content-Type") != "application/wasm" {
		t.Errorf("wasm Content-Type = %q", r.header.Get("Content-Type"))
	}
	if r := tg.do("GET", "/extension/manifest.json", nil); r.status != 200 || !bytes.Contains(r.body, []byte("manifest_version")) {
		t.Errorf("GET /extension/manifest.json = %d %s", r.status, short(r.body))
	}
	if r := tg.do("GET", "/healthz", nil); r.header.Get("Content-Security-Policy") != apiCSP {
		t.Errorf("API CSP = %q", r.header.Get("Content-Security-Policy"))
	}
	wantError(t, "POST /", tg.do("POST", "/", []byte("x")), 405)
}

// A panic in a handler becomes a 500 JSON error, logged without details.
func TestPanicRecovery(t *testing.T) {
	s := &server{log: slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil)), cfg: Config{MaxBodyBytes: 10}}
	h := s.middleware(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("secret text") }))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/x", nil))
	if rec.Code != 500 || !strings.Contains(rec.Body.String(), `"error"`) {
		t.Errorf("panic = %d %s; want 500 JSON", rec.Code, short(rec.Body.Bytes()))
	}
}

// FuzzAnalyzeBody: whatever the body, the answer is 200 or a 4xx JSON
// error, never a 5xx.
func FuzzAnalyzeBody(f *testing.F) {
	for _, s := range []string{`{"text":"hi"}`, `{"text":"my client, 40","lang":"en"}`, `{`, `[]`, "\xff", `{"text":1}`} {
		f.Add([]byte(s))
	}
	_, priv, _ := packsign.GenerateKey()
	h, err := New(Config{Analyzer: analyzer.Default, Packs: SignEmbedded(priv)})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("POST", "/v1/analyze", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 || (rec.Code != 200 && !strings.Contains(rec.Body.String(), `"error"`)) {
			t.Fatalf("POST %q = %d %s", body, rec.Code, short(rec.Body.Bytes()))
		}
	})
}
