package server

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// writeJSON sends body, which must already be JSON.
func writeJSON(w http.ResponseWriter, status int, body []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}

// writeError sends {"error": msg}.
func writeError(w http.ResponseWriter, status int, msg string) {
	b, _ := json.Marshal(struct {
		Error string `json:"error"`
	}{msg})
	if w.Header().Get("Cache-Control") == "" {
		w.Header().Set("Cache-Control", "no-store")
	}
	writeJSON(w, status, b)
}

// readBody reads the whole body within the configured limit. On failure
// it has already answered (413 for too large, 400 otherwise).
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, bool) {
	if r.ContentLength > limit {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body is larger than %d bytes", limit))
		return nil, false
	}
	b, err := io.ReadAll(io.LimitReader(r.Body, limit+1))
	switch {
	case int64(len(b)) > limit:
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body is larger than %d bytes", limit))
		return nil, false
	case err != nil:
		writeError(w, http.StatusBadRequest, "could not read the body")
		return nil, false
	}
	return b, true
}

// authenticator checks bearer tokens in constant time: every configured
// token is compared (as a SHA-256 digest, so lengths never leak) on every
// call, whatever matches.
type authenticator struct {
	teams  []string
	hashes [][32]byte
	admin  *[32]byte
}

var teamName = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,63}$`)

func newAuthenticator(tokens []Token, admin string) (authenticator, error) {
	var a authenticator
	for _, t := range tokens {
		if !teamName.MatchString(t.Team) {
			return a, fmt.Errorf("server: team %q: want 1-64 of a-z, 0-9, '_' and '-'", t.Team)
		}
		if len(t.Secret) < 16 {
			return a, fmt.Errorf("server: team %q: token is shorter than 16 characters", t.Team)
		}
		a.teams = append(a.teams, t.Team)
		a.hashes = append(a.hashes, sha256.Sum256([]byte(t.Secret)))
	}
	if admin != "" {
		if len(admin) < 16 {
			return a, errors.New("server: admin token is shorter than 16 characters")
		}
		h := sha256.Sum256([]byte(admin))
		a.admin = &h
	}
	return a, nil
}

func (a *authenticator) configured() bool { return len(a.hashes) > 0 || a.admin != nil }

// who returns the team of the request's bearer token, whether it is the
// admin token, and whether any token matched.
func (a *authenticator) who(r *http.Request) (team string, admin, ok bool) {
	tok, found := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !found || tok == "" {
		return "", false, false
	}
	h := sha256.Sum256([]byte(tok))
	match := -1
	for i := range a.hashes {
		if subtle.ConstantTimeCompare(h[:], a.hashes[i][:]) == 1 {
			match = i
		}
	}
	if a.admin != nil && subtle.ConstantTimeCompare(h[:], a.admin[:]) == 1 {
		return "", true, true
	}
	if match >= 0 {
		return a.teams[match], false, true
	}
	return "", false, false
}

func unauthorized(w http.ResponseWriter, msg string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="discreet"`)
	writeError(w, http.StatusUnauthorized, msg)
}

// checkOriginPattern accepts "scheme://host" or "scheme://*".
func checkOriginPattern(p string) error {
	scheme, host, ok := strings.Cut(p, "://")
	if !ok || scheme == "" || host == "" || strings.ContainsAny(host, "/?#") || (strings.Contains(host, "*") && host != "*") {
		return fmt.Errorf("server: allowed origin %q: want scheme://host or scheme://*", p)
	}
	return nil
}

func (s *server) originAllowed(origin string) bool {
	scheme, host, ok := strings.Cut(origin, "://")
	if !ok || host == "" || strings.ContainsAny(host, "/?#* ") {
		return false
	}
	for _, p := range s.cfg.AllowedOrigins {
		if p == origin || p == scheme+"://*" {
			return true
		}
	}
	return false
}

// cors adds CORS headers for allowed origins and answers preflights. It
// returns false when it has answered the request.
func (s *server) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	h := w.Header()
	h.Add("Vary", "Origin")
	preflight := r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != ""
	if origin == "" {
		if r.Method == http.MethodOptions {
			h.Set("Allow", "GET, HEAD, POST, PUT, OPTIONS")
			w.WriteHeader(http.StatusNoContent)
			return false
		}
		return true
	}
	if !s.originAllowed(origin) {
		if preflight {
			writeError(w, http.StatusForbidden, "origin not allowed")
			return false
		}
		return true // no CORS headers: the browser keeps the answer from the page
	}
	h.Set("Access-Control-Allow-Origin", origin)
	h.Set("Access-Control-Expose-Headers", "ETag, Retry-After")
	if preflight {
		h.Set("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT")
		h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, If-None-Match")
		h.Set("Access-Control-Max-Age", "600")
		w.WriteHeader(http.StatusNoContent)
		return false
	}
	return true
}

// limiter is an in-memory token bucket per key. In a Worker it lasts as
// long as one isolate, and Cloudflare runs many: there use Cloudflare's
// rate-limiting rules in front of it (docs/backend.md).
type limiter struct {
	mu      sync.Mutex
	rate    float64
	burst   float64
	buckets map[string]*bucket
	now     func() time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

const maxBuckets = 10000

func newLimiter(rate float64, burst int) *limiter {
	return &limiter{rate: rate, burst: float64(burst), buckets: map[string]*bucket{}, now: time.Now}
}

// allow takes one token from key's bucket, or returns how long to wait.
func (l *limiter) allow(key string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b := l.buckets[key]
	if b == nil {
		if len(l.buckets) >= maxBuckets {
			l.sweep(now)
		}
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	b.tokens = math.Min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	return false, time.Duration((1 - b.tokens) / l.rate * float64(time.Second))
}

// blocked reports, without taking anything, whether key's bucket is
// empty, and how long until it holds one token again.
func (l *limiter) blocked(key string) (time.Duration, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.buckets[key]
	if b == nil {
		return 0, false
	}
	tokens := math.Min(l.burst, b.tokens+l.now().Sub(b.last).Seconds()*l.rate)
	if tokens >= 1 {
		return 0, false
	}
	return time.Duration((1 - tokens) / l.rate * float64(time.Second)), true
}

// sweep forgets full buckets, which behave exactly like new ones.
func (l *limiter) sweep(now time.Time) {
	for k, b := range l.buckets {
		if b.tokens+now.Sub(b.last).Seconds()*l.rate >= l.burst {
			delete(l.buckets, k)
		}
	}
}
