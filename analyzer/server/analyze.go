package server

import (
	"fmt"
	"math"
	"net/http"
	"slices"
	"strconv"
	"sync"

	"github.com/discreet-app/discreet/analyzer"
)

// lazyAnalyzer builds the analyzer on first use and remembers the outcome.
type lazyAnalyzer struct {
	once sync.Once
	get  func() (*analyzer.Analyzer, error)
	a    *analyzer.Analyzer
	err  error
}

func (l *lazyAnalyzer) analyzer() (*analyzer.Analyzer, error) {
	l.once.Do(func() { l.a, l.err = l.get() })
	return l.a, l.err
}

// analyze is POST /v1/analyze: one CONTRACT §3 result for one post. The
// body is parsed by analyzer.ParseInput and never logged or kept.
func (s *server) analyze(w http.ResponseWriter, r *http.Request) {
	if !allowMethods(w, r, http.MethodPost) {
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	if s.auth.configured() && !s.cfg.AllowAnonymous {
		if _, _, ok := s.auth.who(r); !ok {
			unauthorized(w, "a valid bearer token is required")
			return
		}
	}
	if s.limiter != nil {
		if ok, wait := s.limiter.allow(clientKey(r)); !ok {
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			writeError(w, http.StatusTooManyRequests, "rate limit exceeded")
			return
		}
	}
	body, ok := readBody(w, r, s.cfg.MaxBodyBytes)
	if !ok {
		return
	}
	in, msg := analyzer.ParseInput(body)
	if msg != "" {
		writeError(w, http.StatusBadRequest, msg)
		return
	}
	a, err := s.lazy.analyzer()
	if err != nil {
		s.log.Error("analyzer unavailable", "err", err.Error())
		writeError(w, http.StatusServiceUnavailable, "the analyzer could not load its rules")
		return
	}
	if in.Lang != "" && !slices.Contains(a.Languages(), in.Lang) {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown language %q; supported: %v", in.Lang, a.Languages()))
		return
	}
	res := a.AnalyzeWith(in, s.cfg.Detect)
	if res.Error != "" {
		writeError(w, http.StatusBadRequest, res.Error)
		return
	}
	writeJSON(w, http.StatusOK, res.AppendJSON(make([]byte, 0, 1024)))
}
