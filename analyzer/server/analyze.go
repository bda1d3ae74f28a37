package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sync"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/protocol"
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

// errDeadline is the cause of an analysis stopped by Config.AnalyzeTimeout.
var errDeadline = errors.New("analysis deadline exceeded")

// analyze is POST /v1/analyze: one docs/api.md §3 result for one post. The
// body is parsed by protocol.ParseRequest and never logged or kept.
func (s *server) analyze(w http.ResponseWriter, r *http.Request) {
	if !allowMethods(w, r, http.MethodPost) {
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	validToken := false
	if s.auth.configured() && !s.cfg.AllowAnonymous {
		if _, _, ok := s.authenticate(w, r); !ok {
			return
		}
		validToken = true
	} else if s.auth.configured() {
		_, _, validToken = s.auth.who(r)
	}
	if !s.limitAnalyze(w, r, validToken) || !jsonContent(w, r) {
		return
	}
	body, ok := readBody(w, r, s.cfg.MaxBodyBytes)
	if !ok {
		return
	}
	q, msg := protocol.ParseRequest(body)
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
	if q.Lang != "" && !slices.Contains(a.Languages(), q.Lang) {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown language %q; supported: %v", q.Lang, a.Languages()))
		return
	}
	ctx, cancel := context.WithTimeoutCause(r.Context(), s.cfg.AnalyzeTimeout, errDeadline)
	defer cancel()
	res, err := a.AnalyzeContext(ctx, q.Input, s.cfg.Detect)
	if err != nil {
		// The client gave up or the deadline passed: the analysis stopped
		// at its next stage boundary, and the access log says which.
		why := "client_gone"
		if errors.Is(err, errDeadline) {
			why = "deadline"
		}
		noteStopped(r, why)
		writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("the analysis was stopped (%s); the limit is %s", why, s.cfg.AnalyzeTimeout))
		return
	}
	if res.Error != "" {
		writeError(w, http.StatusBadRequest, res.Error)
		return
	}
	writeJSON(w, http.StatusOK, q.Append(make([]byte, 0, 1024), &res))
}
