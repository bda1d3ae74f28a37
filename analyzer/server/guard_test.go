package server

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/discreet-app/discreet/rules/packsign"
)

// These tests drive the in-process handler: each one is a way a client or
// a web page could misuse the server (issue 12, part 3).

const clientHeader = "X-Test-Client"

var helloBody = []byte(`{"text":"hello","lang":"en"}`)

// Inventing tokens does not buy a fresh bucket: the client's address has
// its own, whatever token it sends.
func TestRateLimitPerAddress(t *testing.T) {
	localOnly(t)
	tg := newTarget(t, func(c *Config) {
		c.AllowAnonymous = true
		c.RateLimit, c.RateBurst = 0.01, 3
		c.ClientIPHeader = clientHeader
	})
	for i := range 3 {
		r := tg.do("POST", "/v1/analyze", helloBody, "Authorization", fmt.Sprintf("Bearer random-%d", i), clientHeader, "192.0.2.1")
		if r.status != 200 {
			t.Fatalf("request %d = %d %s; want 200", i, r.status, short(r.body))
		}
	}
	r := tg.do("POST", "/v1/analyze", helloBody, "Authorization", "Bearer random-99", clientHeader, "192.0.2.1")
	wantError(t, "fourth request with a new random token", r, 429)
	if r := tg.do("POST", "/v1/analyze", helloBody, clientHeader, "192.0.2.2"); r.status != 200 {
		t.Errorf("another address = %d; want 200", r.status)
	}
}

// The addresses of one IPv6 /64 share a bucket.
func TestRateLimitIPv6Prefix(t *testing.T) {
	localOnly(t)
	tg := newTarget(t, func(c *Config) {
		c.AllowAnonymous = true
		c.RateLimit, c.RateBurst = 0.01, 1
		c.ClientIPHeader = clientHeader
	})
	if r := tg.do("POST", "/v1/analyze", helloBody, clientHeader, "2001:db8:1:2::1"); r.status != 200 {
		t.Fatalf("first request = %d; want 200", r.status)
	}
	wantError(t, "same /64", tg.do("POST", "/v1/analyze", helloBody, clientHeader, "2001:db8:1:2:ffff::9"), 429)
	if r := tg.do("POST", "/v1/analyze", helloBody, clientHeader, "2001:db8:1:3::1"); r.status != 200 {
		t.Errorf("another /64 = %d; want 200", r.status)
	}
}

// A token's bucket follows it from one address to the next.
func TestRateLimitPerToken(t *testing.T) {
	localOnly(t)
	tg := newTarget(t, func(c *Config) {
		c.RateLimit, c.RateBurst = 0.01, 2
		c.ClientIPHeader = clientHeader
	})
	for i := range 2 {
		ip := fmt.Sprintf("192.0.2.%d", 10+i)
		if r := tg.do("POST", "/v1/analyze", helloBody, "Authorization", "Bearer "+testTeamToken, clientHeader, ip); r.status != 200 {
			t.Fatalf("request %d = %d %s; want 200", i, r.status, short(r.body))
		}
	}
	r := tg.do("POST", "/v1/analyze", helloBody, "Authorization", "Bearer "+testTeamToken, clientHeader, "192.0.2.20")
	wantError(t, "same token from a third address", r, 429)
	if r := tg.do("POST", "/v1/analyze", helloBody, "Authorization", "Bearer "+otherTeamToken, clientHeader, "192.0.2.21"); r.status != 200 {
		t.Errorf("other token = %d; want 200", r.status)
	}
}

// Failed authentications are limited per address, and once the bucket is
// empty even the right token gets 429: guessing cannot go faster.
func TestFailedAuthLimit(t *testing.T) {
	localOnly(t)
	tg := newTarget(t, func(c *Config) {
		c.FailedAuthLimit, c.FailedAuthBurst = 0.01, 3
		c.ClientIPHeader = clientHeader
	})
	guess := func(path, tok, ip string) response {
		return tg.do("POST", path, helloBody, "Authorization", "Bearer "+tok, clientHeader, ip)
	}
	for i := range 3 {
		wantError(t, fmt.Sprintf("guess %d", i), guess("/v1/analyze", fmt.Sprintf("guess-%d-0123456789abcdef", i), "192.0.2.30"), 401)
	}
	r := guess("/v1/analyze", testTeamToken, "192.0.2.30")
	wantError(t, "right token after three failures", r, 429)
	if ra := r.header.Get("Retry-After"); ra == "" || ra == "0" {
		t.Errorf("Retry-After = %q; want a positive number of seconds", ra)
	}
	wantError(t, "policy read after three failures", tg.do("GET", "/v1/policy/"+testTeam, nil, bearer(testTeamToken)[0], bearer(testTeamToken)[1], clientHeader, "192.0.2.30"), 429)
	if r := guess("/v1/analyze", testTeamToken, "192.0.2.31"); r.status != 200 {
		t.Errorf("another address with the right token = %d; want 200", r.status)
	}
}

// Only application/json bodies are analyzed or stored: a page's
// cross-origin text/plain or form POST, which needs no preflight, is 415.
func TestContentType(t *testing.T) {
	localOnly(t)
	tg := newTarget(t, nil)
	for _, ct := range []string{"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "application/jsonx"} {
		r := tg.do("POST", "/v1/analyze", helloBody, "Authorization", "Bearer "+testTeamToken, "Content-Type", ct, "Origin", deniedOrigin)
		wantError(t, "POST /v1/analyze as "+ct, r, 415)
	}
	r := tg.do("POST", "/v1/analyze", helloBody, "Authorization", "Bearer "+testTeamToken, "Content-Type", "application/json; charset=utf-8")
	if r.status != 200 {
		t.Errorf("application/json; charset=utf-8 = %d %s; want 200", r.status, short(r.body))
	}
	wantError(t, "PUT policy as text/plain",
		tg.do("PUT", "/v1/policy/"+testTeam, validPolicy(), "Authorization", "Bearer "+testAdminToken, "Content-Type", "text/plain"), 415)
}

// A page that rebinds its own host name to the server's address sends its
// own name as Host: answered 421, whatever the path.
func TestHostCheck(t *testing.T) {
	localOnly(t)
	tg := newTarget(t, func(c *Config) { c.AllowedHosts = LoopbackHosts("8787") })
	for _, host := range []string{"evil.example", "evil.example:8787", "127.0.0.1:9999", ""} {
		req, _ := http.NewRequest("GET", tg.base+"/healthz", nil)
		req.Host = host
		if host == "" {
			req.Host = "127.0.0.2:8787"
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusMisdirectedRequest {
			t.Errorf("GET /healthz with Host %q = %d; want 421", req.Host, res.StatusCode)
		}
	}
	for _, host := range []string{"127.0.0.1:8787", "LOCALHOST:8787", "[::1]:8787"} {
		req, _ := http.NewRequest("GET", tg.base+"/healthz", nil)
		req.Host = host
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 200 {
			t.Errorf("GET /healthz with Host %q = %d; want 200", host, res.StatusCode)
		}
	}
}

// Directories are never listed: with an index.html it is served, without
// one the answer is 404.
func TestNoDirectoryListing(t *testing.T) {
	localOnly(t)
	dir := t.TempDir()
	for _, p := range []string{"playground/index.html", "playground/assets/app.js", "extension/manifest.json", "extension/popup/index.html", "extension/icons/icon16.png"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte("x"), 0o644)
	}
	tg := newTarget(t, func(c *Config) { c.StaticDir = dir })
	for _, p := range []string{"/extension/", "/extension/icons/", "/assets/"} {
		r := tg.do("GET", p, nil)
		if r.status != 404 || bytes.Contains(r.body, []byte("manifest.json")) || bytes.Contains(r.body, []byte("icon16")) || bytes.Contains(r.body, []byte("app.js")) {
			t.Errorf("GET %s = %d %s; want 404 and no listing", p, r.status, short(r.body))
		}
	}
	for _, p := range []string{"/", "/extension/popup/", "/extension/icons/icon16.png"} {
		if r := tg.do("GET", p, nil); r.status != 200 {
			t.Errorf("GET %s = %d; want 200", p, r.status)
		}
	}
}

// An analysis that overruns its deadline is stopped with a JSON 503 and
// the access log says why.
func TestAnalyzeDeadline(t *testing.T) {
	localOnly(t)
	var logs syncBuffer
	tg := newTarget(t, func(c *Config) {
		c.AnalyzeTimeout = time.Nanosecond
		c.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	})
	r := tg.do("POST", "/v1/analyze", helloBody, bearer(testTeamToken)...)
	wantError(t, "analysis past its deadline", r, 503)
	if out := logs.String(); !strings.Contains(out, "stopped=deadline") {
		t.Errorf("log does not show the stop:\n%s", out)
	}
}

// A client that has gone away stops its analysis, and the log says so.
func TestAnalyzeClientGone(t *testing.T) {
	localOnly(t)
	var logs syncBuffer
	_, priv, err := packsign.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(t, priv)
	cfg.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	var h http.Handler
	h, err = New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := httptest.NewRequestWithContext(ctx, "POST", "/v1/analyze", bytes.NewReader(helloBody))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+testTeamToken)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code == 200 {
		t.Errorf("analysis for a client that is gone = 200; want it stopped")
	}
	if out := logs.String(); !strings.Contains(out, "stopped=client_gone") {
		t.Errorf("log does not show the stop:\n%s", out)
	}
}
