package server

import (
	"crypto/sha256"
	"math"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"time"
)

// This file holds the checks that keep a browser page or a client with
// many guesses from using the server: the Host check (DNS rebinding), the
// Content-Type check (no CORS-simple POSTs), and the rate limits on
// analysis and on failed authentication.

// hostAllowed reports whether r's Host header names this server. With no
// Config.AllowedHosts every host is accepted (the Worker, where Cloudflare
// routes by host).
func (s *server) hostAllowed(r *http.Request) bool {
	if len(s.cfg.AllowedHosts) == 0 {
		return true
	}
	host := strings.ToLower(r.Host)
	for _, h := range s.cfg.AllowedHosts {
		if strings.EqualFold(h, host) {
			return true
		}
	}
	return false
}

// LoopbackHosts returns the Host header values a browser sends for a
// server listening on loopback port port: 127.0.0.1, localhost and [::1].
func LoopbackHosts(port string) []string {
	return []string{"127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port}
}

// jsonContent answers 415 unless the request says its body is JSON. A
// page can send a cross-origin POST without a preflight only with a
// "simple" type (text/plain, form encodings), so this keeps pages from
// running requests they cannot read.
func jsonContent(w http.ResponseWriter, r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		writeError(w, http.StatusUnsupportedMediaType, "Content-Type must be application/json")
		return false
	}
	return true
}

// clientIP names the caller's address for rate limiting: the header
// Config.ClientIPHeader when a trusted proxy sets it, else the peer. An
// IPv6 address counts as its /64, which one client usually holds whole.
func (s *server) clientIP(r *http.Request) string {
	addr := ""
	if s.cfg.ClientIPHeader != "" {
		addr = strings.TrimSpace(r.Header.Get(s.cfg.ClientIPHeader))
	}
	if addr == "" {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			host = r.RemoteAddr
		}
		addr = host
	}
	if ip, err := netip.ParseAddr(addr); err == nil && ip.Is6() && !ip.Is4In6() {
		if p, err := ip.Prefix(64); err == nil {
			return p.String()
		}
	}
	return addr
}

// authenticate checks the bearer token. A client whose failures used up
// its bucket gets 429 before its token is even looked at, so guessing is
// no faster than the limit whatever the guesses; each failure (no token or
// a wrong one) takes from that bucket and answers 401. It returns false
// when it has answered.
func (s *server) authenticate(w http.ResponseWriter, r *http.Request) (team string, admin, ok bool) {
	ip := s.clientIP(r)
	if s.failures != nil {
		if wait, blocked := s.failures.blocked("f:" + ip); blocked {
			tooMany(w, wait, "too many failed authentications")
			return "", false, false
		}
	}
	team, admin, ok = s.auth.who(r)
	if !ok {
		if s.failures != nil {
			s.failures.allow("f:" + ip)
		}
		unauthorized(w, "a valid bearer token is required")
	}
	return team, admin, ok
}

// limitAnalyze takes one request from the caller's address bucket and,
// when it holds a valid token, from that token's bucket too: a client
// cannot escape the limit by inventing tokens, nor a token by changing
// address. It returns false when it has answered 429.
func (s *server) limitAnalyze(w http.ResponseWriter, r *http.Request, validToken bool) bool {
	if s.limiter == nil {
		return true
	}
	keys := []string{"a:" + s.clientIP(r)}
	if validToken {
		tok, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		h := sha256.Sum256([]byte(tok))
		keys = append(keys, "t:"+string(h[:8]))
	}
	for _, k := range keys {
		if ok, wait := s.limiter.allow(k); !ok {
			tooMany(w, wait, "rate limit exceeded")
			return false
		}
	}
	return true
}

// tooMany answers 429 with Retry-After in whole seconds.
func tooMany(w http.ResponseWriter, wait time.Duration, msg string) {
	w.Header().Set("Retry-After", strconv.Itoa(max(1, int(math.Ceil(wait.Seconds())))))
	writeError(w, http.StatusTooManyRequests, msg)
}
