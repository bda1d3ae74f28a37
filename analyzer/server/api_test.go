package server

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/protocol"
	"github.com/discreet-app/discreet/rules"
	"github.com/discreet-app/discreet/rules/packsign"
)

// The HTTP suite in this file runs against an in-process server, or, when
// DISCREET_BASE_URL is set, against a running backend (scripts/test-worker
// points it at the Worker in workerd). That backend must be configured with
// the tokens and origins below and DISCREET_PACK_PUBKEY must hold its
// pack-signing public key.
const (
	testTeam        = "clinic-a"
	testTeamToken   = "team-token-clinic-a-0123456789"
	otherTeam       = "clinic-b"
	otherTeamToken  = "team-token-clinic-b-0123456789"
	testAdminToken  = "admin-token-0123456789abcdef"
	testOrigin      = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
	testOriginAny   = "moz-extension://*"
	deniedOrigin    = "https://evil.example"
	syntheticPost   = `Looking for a trauma therapist in Springfield for a 40-year-old teacher, my client.`
	testMaxBodySize = DefaultMaxBodyBytes
)

// target is a backend under test.
type target struct {
	t     *testing.T
	base  string
	pub   ed25519.PublicKey
	priv  ed25519.PrivateKey // nil for an external backend
	local bool
}

func testConfig(t *testing.T, priv ed25519.PrivateKey) Config {
	return Config{
		Analyzer:       analyzer.Default,
		Packs:          SignEmbedded(priv),
		PackKey:        priv.Public().(ed25519.PublicKey),
		Tokens:         []Token{{testTeam, testTeamToken}, {otherTeam, otherTeamToken}},
		AdminToken:     testAdminToken,
		AllowedOrigins: []string{testOrigin, testOriginAny},
	}
}

// newTarget returns the external backend of DISCREET_BASE_URL or starts
// one in process with testConfig (adjusted by edit, when not nil).
func newTarget(t *testing.T, edit func(*Config)) *target {
	t.Helper()
	if base := os.Getenv("DISCREET_BASE_URL"); base != "" && edit == nil {
		pub, err := packsign.ParsePublicKey(os.Getenv("DISCREET_PACK_PUBKEY"))
		if err != nil {
			t.Fatalf("DISCREET_PACK_PUBKEY: %v", err)
		}
		return &target{t: t, base: strings.TrimSuffix(base, "/"), pub: pub}
	}
	pub, priv, err := packsign.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(t, priv)
	if edit != nil {
		edit(&cfg)
	}
	h, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &target{t: t, base: srv.URL, pub: pub, priv: priv, local: true}
}

// localOnly skips tests that need the in-process server's internals.
func localOnly(t *testing.T) {
	if os.Getenv("DISCREET_BASE_URL") != "" {
		t.Skip("needs the in-process server")
	}
}

type response struct {
	status int
	header http.Header
	body   []byte
}

// do sends one request; hdr alternates names and values. A body, POST
// and PUT are sent as application/json unless hdr says otherwise.
func (tg *target) do(method, path string, body []byte, hdr ...string) response {
	tg.t.Helper()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequest(method, tg.base+path, rd)
	if err != nil {
		tg.t.Fatal(err)
	}
	if body != nil || method == "POST" || method == "PUT" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	client := &http.Client{Timeout: 30 * time.Second}
	res, err := client.Do(req)
	if err != nil {
		tg.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		tg.t.Fatalf("%s %s: reading body: %v", method, path, err)
	}
	return response{res.StatusCode, res.Header, b}
}

func bearer(tok string) []string { return []string{"Authorization", "Bearer " + tok} }

// wantError checks a 4xx answer with a JSON {"error": "..."} body.
func wantError(t *testing.T, what string, r response, status int) {
	t.Helper()
	if r.status != status {
		t.Errorf("%s: status %d (%s); want %d", what, r.status, short(r.body), status)
	}
	var e struct{ Error string }
	if err := json.Unmarshal(r.body, &e); err != nil || e.Error == "" {
		t.Errorf("%s: body %q is not a JSON error", what, short(r.body))
	}
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s: Content-Type %q; want application/json", what, ct)
	}
}

func TestHealthz(t *testing.T) {
	tg := newTarget(t, nil)
	r := tg.do("GET", "/healthz", nil)
	if r.status != 200 || !bytes.Contains(r.body, []byte(`"ok":true`)) {
		t.Fatalf("GET /healthz = %d %s; want 200 ok", r.status, short(r.body))
	}
	for name, want := range map[string]string{
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "no-referrer",
		"Content-Security-Policy": apiCSP,
		"X-Frame-Options":         "DENY",
	} {
		if got := r.header.Get(name); got != want {
			t.Errorf("GET /healthz header %s = %q; want %q", name, got, want)
		}
	}
	wantError(t, "GET /v1/nope", tg.do("GET", "/v1/nope", nil), 404)
	wantError(t, "POST /healthz", tg.do("POST", "/healthz", []byte("{}")), 405)
}

func TestAnalyze(t *testing.T) {
	tg := newTarget(t, nil)
	post := func(body string) response {
		return tg.do("POST", "/v1/analyze", []byte(body), bearer(testTeamToken)...)
	}
	for _, tc := range []struct{ name, body, lang string }{
		{"lang-given", `{"text":` + quote(syntheticPost) + `,"lang":"en","platform":"facebook_group"}`, "en"},
		{"lang-detected", `{"text":` + quote(syntheticPost) + `}`, "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := post(tc.body)
			if r.status != 200 {
				t.Fatalf("POST /v1/analyze %s = %d %s; want 200", tc.body, r.status, short(r.body))
			}
			var res struct {
				Language string
				Risk     struct{ Level string }
				Findings []struct {
					Start, End int
					Category   string
				}
			}
			if err := json.Unmarshal(r.body, &res); err != nil {
				t.Fatalf("result %s: %v", r.body, err)
			}
			if res.Language != tc.lang || res.Risk.Level == "" {
				t.Errorf("result = %s; want language %q and a risk level", r.body, tc.lang)
			}
			if cc := r.header.Get("Cache-Control"); cc != "no-store" {
				t.Errorf("Cache-Control = %q; want no-store", cc)
			}
		})
	}
	// Every built-in language is analyzed (the Worker reads all but
	// English from the packs uploaded to its store).
	for _, lang := range rules.Languages() {
		r := post(`{"text":"hello","lang":"` + lang + `"}`)
		if r.status != 200 || !bytes.Contains(r.body, []byte(`"language":"`+lang+`"`)) {
			t.Errorf("POST /v1/analyze lang %s = %d %s; want 200 in %s", lang, r.status, short(r.body), lang)
		}
	}
	// The server answers exactly what the analyzer gives for the same input.
	if tg.local {
		a, err := analyzer.Default()
		if err != nil {
			t.Fatal(err)
		}
		res := a.Analyze(analyzer.Input{Text: syntheticPost, Lang: "en"})
		want := protocol.AppendResult(nil, &res)
		if r := post(`{"text":` + quote(syntheticPost) + `,"lang":"en"}`); !bytes.Equal(r.body, want) {
			t.Errorf("POST /v1/analyze =\n%s\nwant the analyzer's own\n%s", r.body, want)
		}
		// "compact": true is the protocol's short answer, as the CLI and the bridge give it.
		want = protocol.AppendCompact(nil, &res)
		if r := post(`{"text":` + quote(syntheticPost) + `,"lang":"en","compact":true}`); !bytes.Equal(r.body, want) {
			t.Errorf("POST /v1/analyze compact =\n%s\nwant the analyzer's own\n%s", r.body, want)
		}
	}
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestAnalyzeBadInput(t *testing.T) {
	tg := newTarget(t, nil)
	big := `{"text":"` + strings.Repeat("a", testMaxBodySize) + `"}`
	for _, tc := range []struct {
		name   string
		body   []byte
		status int
	}{
		{"empty", nil, 400},
		{"malformed", []byte(`{"text":`), 400},
		{"not-object", []byte(`["text"]`), 400},
		{"text-missing", []byte(`{"lang":"en"}`), 400},
		{"text-number", []byte(`{"text":42}`), 400},
		{"lang-number", []byte(`{"text":"hi","lang":7}`), 400},
		{"lang-unknown", []byte(`{"text":"hi","lang":"xx"}`), 400},
		{"platform-unknown", []byte(`{"text":"hi","platform":"myspace"}`), 400},
		{"not-utf8", []byte("{\"text\":\"caf\xe9\"}"), 400},
		{"oversized", []byte(big), 413},
		// One answer where JSON parsers disagree (docs/backend.md).
		{"duplicate-text", []byte(`{"text":"hello","text":"my client, a 40-year-old teacher"}`), 400},
		// Nesting deep enough to exhaust a recursive validator's stack
		// in WebAssembly must still be a JSON 400.
		{"deep-nesting", []byte(`{"text":"hi","x":` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + `}`), 400},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := tg.do("POST", "/v1/analyze", tc.body, bearer(testTeamToken)...)
			wantError(t, "POST /v1/analyze "+tc.name, r, tc.status)
		})
	}
	wantError(t, "GET /v1/analyze", tg.do("GET", "/v1/analyze", nil, bearer(testTeamToken)...), 405)
}

func TestAnalyzeAuth(t *testing.T) {
	tg := newTarget(t, nil)
	body := []byte(`{"text":"hello there","lang":"en"}`)
	wantError(t, "no token", tg.do("POST", "/v1/analyze", body), 401)
	wantError(t, "wrong token", tg.do("POST", "/v1/analyze", body, bearer("team-token-clinic-a-012345678X")...), 401)
	wantError(t, "not bearer", tg.do("POST", "/v1/analyze", body, "Authorization", "Basic "+testTeamToken), 401)
	for _, tok := range []string{testTeamToken, otherTeamToken, testAdminToken} {
		if r := tg.do("POST", "/v1/analyze", body, bearer(tok)...); r.status != 200 {
			t.Errorf("POST /v1/analyze with a valid token = %d %s; want 200", r.status, short(r.body))
		}
	}
}

func TestPacks(t *testing.T) {
	tg := newTarget(t, nil)
	for _, lang := range rules.Languages() {
		t.Run(lang, func(t *testing.T) {
			r := tg.do("GET", "/v1/packs/"+lang, nil)
			if r.status != 200 {
				t.Fatalf("GET /v1/packs/%s = %d %s", lang, r.status, short(r.body))
			}
			p, doc, err := packsign.VerifyEnvelope(tg.pub, r.body)
			if err != nil {
				t.Fatalf("VerifyEnvelope: %v", err)
			}
			if p.Lang != lang || len(doc) == 0 {
				t.Errorf("pack lang = %q; want %q", p.Lang, lang)
			}
			var env packsign.Envelope
			if err := json.Unmarshal(r.body, &env); err != nil || env.Version != p.Version || env.KeyID != packsign.KeyID(tg.pub) {
				t.Errorf("envelope = %+v, %v; want version %q, key %q", env, err, p.Version, packsign.KeyID(tg.pub))
			}
			sum := sha256.Sum256(r.body)
			etag := r.header.Get("ETag")
			if want := `"` + hexString(sum[:]) + `"`; etag != want {
				t.Errorf("ETag = %q; want %q", etag, want)
			}
			if cc := r.header.Get("Cache-Control"); cc != "public, max-age=3600" {
				t.Errorf("Cache-Control = %q", cc)
			}
			for _, inm := range []string{etag, `"x", ` + etag, "W/" + etag, "*"} {
				if r := tg.do("GET", "/v1/packs/"+lang, nil, "If-None-Match", inm); r.status != 304 || len(r.body) != 0 {
					t.Errorf("If-None-Match %s: %d %q; want 304 and no body", inm, r.status, short(r.body))
				}
			}
			if r := tg.do("GET", "/v1/packs/"+lang, nil, "If-None-Match", `"stale"`); r.status != 200 {
				t.Errorf("If-None-Match stale: %d; want 200", r.status)
			}
		})
	}
	for _, lang := range []string{"xx", "EN", "en.json", "..%2F..%2Fetc"} {
		wantError(t, "GET /v1/packs/"+lang, tg.do("GET", "/v1/packs/"+lang, nil), 404)
	}
}

func hexString(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}

// An uploaded pack must verify with the server's pack key: a tampered one
// is refused with a 400 and the served pack does not change.
func TestPackUpload(t *testing.T) {
	tg := newTarget(t, nil)
	orig := tg.do("GET", "/v1/packs/en", nil)
	var env map[string]string
	if err := json.Unmarshal(orig.body, &env); err != nil {
		t.Fatal(err)
	}
	env["document"] = strings.Replace(env["document"], `"version":"`, `"version":"9`, 1)
	tampered, _ := json.Marshal(env)
	admin := bearer(testAdminToken)
	r := tg.do("PUT", "/v1/packs/en", tampered, admin...)
	wantError(t, "PUT tampered pack", r, 400)
	if !bytes.Contains(r.body, []byte("signature does not verify")) {
		t.Errorf("PUT tampered pack: %s; want it to say the signature does not verify", short(r.body))
	}
	wantError(t, "PUT malformed pack", tg.do("PUT", "/v1/packs/en", []byte(`{"lang":`), admin...), 400)
	wantError(t, "PUT pack without token", tg.do("PUT", "/v1/packs/en", orig.body), 401)
	wantError(t, "PUT pack with team token", tg.do("PUT", "/v1/packs/en", orig.body, bearer(testTeamToken)...), 401)
	wantError(t, "PUT en pack as zz", tg.do("PUT", "/v1/packs/zz", orig.body, admin...), 400)
	if after := tg.do("GET", "/v1/packs/en", nil); !bytes.Equal(after.body, orig.body) {
		t.Errorf("the served pack changed after refused uploads")
	}
	if tg.priv == nil {
		return
	}
	// A validly signed upload replaces the served pack.
	lang := secondLanguage(t)
	doc, err := rules.EmbeddedDocument(lang)
	if err != nil {
		t.Fatal(err)
	}
	signed, err := packsign.SignDocument(tg.priv, doc)
	if err != nil {
		t.Fatal(err)
	}
	if r := tg.do("PUT", "/v1/packs/"+lang, signed.Marshal(), admin...); r.status != 200 {
		t.Fatalf("PUT signed pack = %d %s", r.status, short(r.body))
	}
	if r := tg.do("GET", "/v1/packs/"+lang, nil); !bytes.Equal(r.body, signed.Marshal()) {
		t.Errorf("GET after PUT = %s; want the uploaded envelope", short(r.body))
	}
}

func validPolicy() []byte {
	salt := bytes.Repeat([]byte{7}, 16)
	h := sha256.Sum256(append(append([]byte(nil), salt...), "jane doe"...))
	p := map[string]any{
		"sensitivity":   "high",
		"enabled_sites": []string{"facebook.com", "*.reddit.com"},
		"extra_terms":   []map[string]string{{"term": "Maple Clinic", "category": "organization"}},
		"watchlist": []map[string]string{{
			"salt": base64.StdEncoding.EncodeToString(salt),
			"hash": base64.StdEncoding.EncodeToString(h[:]),
		}},
		"updated": "2026-01-02T03:04:05Z",
	}
	b, _ := json.Marshal(p)
	return b
}

func TestPolicy(t *testing.T) {
	tg := newTarget(t, nil)
	path := "/v1/policy/" + testTeam
	admin, team := bearer(testAdminToken), bearer(testTeamToken)

	wantError(t, "GET policy of a team without one", tg.do("GET", "/v1/policy/clinic-none", nil, admin...), 404)
	r := tg.do("PUT", path, validPolicy(), admin...)
	if r.status != 200 {
		t.Fatalf("PUT %s = %d %s; want 200", path, r.status, short(r.body))
	}
	stored, err := ParsePolicy(r.body)
	if err != nil {
		t.Fatalf("PUT answer %s: %v", r.body, err)
	}
	if stored.Sensitivity != "high" || len(stored.Watchlist) != 1 || stored.Updated == "" {
		t.Errorf("stored policy = %s", short(r.body))
	}
	got := tg.do("GET", path, nil, team...)
	if got.status != 200 || !bytes.Equal(got.body, r.body) {
		t.Errorf("GET %s = %d %s; want 200 %s", path, got.status, got.body, short(r.body))
	}
	if nm := tg.do("GET", path, nil, append(team, "If-None-Match", got.header.Get("ETag"))...); nm.status != 304 {
		t.Errorf("GET %s If-None-Match = %d; want 304", path, nm.status)
	}
	if r := tg.do("GET", path, nil, admin...); r.status != 200 {
		t.Errorf("GET %s as admin = %d; want 200", path, r.status)
	}
	wantError(t, "GET without token", tg.do("GET", path, nil), 401)
	wantError(t, "GET with wrong token", tg.do("GET", path, nil, bearer("nope-nope-nope-nope-nope")...), 401)
	wantError(t, "GET with other team's token", tg.do("GET", path, nil, bearer(otherTeamToken)...), 403)
	wantError(t, "PUT with team token", tg.do("PUT", path, validPolicy(), team...), 403)
	wantError(t, "PUT without token", tg.do("PUT", path, validPolicy()), 401)
	wantError(t, "DELETE", tg.do("DELETE", path, nil, admin...), 405)

	edit := func(f func(map[string]any)) []byte {
		var m map[string]any
		json.Unmarshal(validPolicy(), &m)
		f(m)
		b, _ := json.Marshal(m)
		return b
	}
	for _, tc := range []struct {
		name   string
		body   []byte
		status int
	}{
		{"malformed", []byte(`{"sensitivity":`), 400},
		{"unknown-field", edit(func(m map[string]any) { m["owner"] = "x" }), 400},
		{"plain-name-in-watchlist", edit(func(m map[string]any) {
			m["watchlist"] = []map[string]string{{"name": "Jane Doe"}}
		}), 400},
		{"name-as-hash", edit(func(m map[string]any) {
			m["watchlist"] = []map[string]string{{"salt": "c2FsdHNhbHRzYWx0c2FsdA==", "hash": "Jane Doe"}}
		}), 400},
		{"name-as-extra-term", edit(func(m map[string]any) {
			m["extra_terms"] = []map[string]string{{"term": "Jane Doe", "category": "name"}}
		}), 400},
		{"bad-category", edit(func(m map[string]any) {
			m["extra_terms"] = []map[string]string{{"term": "x", "category": "colour"}}
		}), 400},
		{"bad-sensitivity", edit(func(m map[string]any) { m["sensitivity"] = "extreme" }), 400},
		{"bad-site", edit(func(m map[string]any) { m["enabled_sites"] = []string{"https://facebook.com/"} }), 400},
		{"bad-updated", edit(func(m map[string]any) { m["updated"] = "yesterday" }), 400},
		{"wrong-type", edit(func(m map[string]any) { m["enabled_sites"] = "facebook.com" }), 400},
		{"trailing", append(validPolicy(), []byte(` {}`)...), 400},
		{"oversized", bytes.Repeat([]byte(" "), MaxPolicyBytes+1), 413},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantError(t, "PUT policy "+tc.name, tg.do("PUT", path, tc.body, admin...), tc.status)
		})
	}
	if after := tg.do("GET", path, nil, team...); !bytes.Equal(after.body, r.body) {
		t.Errorf("policy changed after refused PUTs: %s", short(after.body))
	}
}

func TestCORS(t *testing.T) {
	tg := newTarget(t, nil)
	preflight := func(origin string) response {
		return tg.do("OPTIONS", "/v1/analyze", nil, "Origin", origin,
			"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization, content-type")
	}
	for _, origin := range []string{testOrigin, "moz-extension://0f1e2d3c-aaaa-bbbb-cccc-0123456789ab"} {
		r := preflight(origin)
		if r.status != 204 || r.header.Get("Access-Control-Allow-Origin") != origin ||
			!strings.Contains(r.header.Get("Access-Control-Allow-Headers"), "Authorization") {
			t.Errorf("preflight from %s = %d %v; want 204 allowing it", origin, r.status, r.header)
		}
		g := tg.do("GET", "/v1/packs/en", nil, "Origin", origin)
		if g.header.Get("Access-Control-Allow-Origin") != origin || !strings.Contains(g.header.Get("Access-Control-Expose-Headers"), "ETag") {
			t.Errorf("GET from %s: CORS headers %v", origin, g.header)
		}
	}
	for _, origin := range []string{deniedOrigin, "chrome-extension://otherextensionidotherextensionid", "null"} {
		wantError(t, "preflight from "+origin, preflight(origin), 403)
		if g := tg.do("GET", "/v1/packs/en", nil, "Origin", origin); g.header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("GET from %s got Access-Control-Allow-Origin %q", origin, g.header.Get("Access-Control-Allow-Origin"))
		}
	}
}

// secondLanguage returns a built-in language other than "en" (packs are
// added one language at a time), or skips the test.
func secondLanguage(t *testing.T) string {
	for _, l := range rules.Languages() {
		if l != "en" {
			return l
		}
	}
	t.Skip("only the English pack is built in")
	return ""
}

// short cuts a body for a failure message: packs are megabytes long.
func short(b []byte) string {
	if len(b) > 300 {
		return string(b[:300]) + "…"
	}
	return string(b)
}
