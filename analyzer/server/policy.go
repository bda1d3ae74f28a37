package server

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/discreet-app/discreet/rules"
)

// Limits of a team policy.
const (
	MaxPolicyBytes = 128 << 10
	maxSites       = 200
	maxTerms       = 500
	maxWatch       = 2000
	maxTermBytes   = 100
)

// Policy is a team's shared settings. The watch-list holds only salted
// SHA-256 hashes of normalized names: a plain-text name is never accepted.
type Policy struct {
	Sensitivity  string       `json:"sensitivity"`
	EnabledSites []string     `json:"enabled_sites"`
	ExtraTerms   []ExtraTerm  `json:"extra_terms"`
	Watchlist    []WatchEntry `json:"watchlist"`
	// Updated is set by the server to the time of the last PUT (RFC 3339, UTC).
	Updated string `json:"updated"`
}

// ExtraTerm is a word or phrase the team wants flagged, with its category.
type ExtraTerm struct {
	Term     string `json:"term"`
	Category string `json:"category"`
}

// WatchEntry is one watched name: Hash is base64 of sha256(Salt || the
// normalized name), Salt base64 of 16 to 64 random bytes.
type WatchEntry struct {
	Salt string `json:"salt"`
	Hash string `json:"hash"`
}

var siteName = regexp.MustCompile(`^(\*\.)?[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?(:[0-9]{1,5})?$`)

// ParsePolicy decodes a policy strictly (unknown fields, trailing data and
// wrong types are errors) and validates it.
func ParsePolicy(data []byte) (*Policy, error) {
	if !utf8.Valid(data) {
		return nil, errors.New("policy is not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var p Policy
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("policy: %s", strings.TrimPrefix(err.Error(), "json: "))
	}
	if dec.More() {
		return nil, errors.New("policy: trailing data after the object")
	}
	return &p, p.Validate()
}

// Validate reports the first problem of p, naming its field.
func (p *Policy) Validate() error {
	if !slices.Contains([]string{"low", "medium", "high"}, p.Sensitivity) {
		return fmt.Errorf(`policy: "sensitivity": %q is not low, medium or high`, p.Sensitivity)
	}
	if len(p.EnabledSites) > maxSites {
		return fmt.Errorf(`policy: "enabled_sites": more than %d sites`, maxSites)
	}
	for i, s := range p.EnabledSites {
		if !siteName.MatchString(s) {
			return fmt.Errorf(`policy: "enabled_sites"[%d]: %q is not a lower-case host name`, i, s)
		}
	}
	if len(p.ExtraTerms) > maxTerms {
		return fmt.Errorf(`policy: "extra_terms": more than %d terms`, maxTerms)
	}
	for i, t := range p.ExtraTerms {
		switch {
		case t.Term == "" || len(t.Term) > maxTermBytes || strings.TrimSpace(t.Term) != t.Term ||
			strings.ContainsFunc(t.Term, unicode.IsControl):
			return fmt.Errorf(`policy: "extra_terms"[%d].term: want 1-%d bytes of text without control characters or surrounding space`, i, maxTermBytes)
		case t.Category == "name":
			return fmt.Errorf(`policy: "extra_terms"[%d].category: names go in the watch-list as salted hashes, never as plain text`, i)
		case !slices.Contains(rules.Categories, t.Category):
			return fmt.Errorf(`policy: "extra_terms"[%d].category: unknown category %q`, i, t.Category)
		}
	}
	if len(p.Watchlist) > maxWatch {
		return fmt.Errorf(`policy: "watchlist": more than %d entries`, maxWatch)
	}
	for i, e := range p.Watchlist {
		salt, err := base64.StdEncoding.DecodeString(e.Salt)
		if err != nil || len(salt) < 16 || len(salt) > 64 {
			return fmt.Errorf(`policy: "watchlist"[%d].salt: want standard base64 of 16-64 random bytes`, i)
		}
		hash, err := base64.StdEncoding.DecodeString(e.Hash)
		if err != nil || len(hash) != 32 {
			return fmt.Errorf(`policy: "watchlist"[%d].hash: want standard base64 of a 32-byte SHA-256 (names are never stored in plain text)`, i)
		}
	}
	if p.Updated != "" {
		if _, err := time.Parse(time.RFC3339, p.Updated); err != nil {
			return fmt.Errorf(`policy: "updated": %q is not an RFC 3339 time`, p.Updated)
		}
	}
	return nil
}

// Marshal encodes p with empty lists as [] rather than null.
func (p *Policy) Marshal() []byte {
	q := *p
	if q.EnabledSites == nil {
		q.EnabledSites = []string{}
	}
	if q.ExtraTerms == nil {
		q.ExtraTerms = []ExtraTerm{}
	}
	if q.Watchlist == nil {
		q.Watchlist = []WatchEntry{}
	}
	b, _ := json.Marshal(&q)
	return b
}

func policyKey(team string) string { return "policy/" + team }

// policy is GET /v1/policy/{team} (that team's token or the admin token)
// and PUT (the admin token).
func (s *server) policy(w http.ResponseWriter, r *http.Request) {
	team := r.PathValue("team")
	if !allowMethods(w, r, http.MethodGet, http.MethodHead, http.MethodPut) {
		return
	}
	if !s.auth.configured() {
		writeError(w, http.StatusForbidden, "team policies are disabled: no tokens are configured")
		return
	}
	who, admin, ok := s.authenticate(w, r)
	if !ok {
		return
	}
	if !teamName.MatchString(team) {
		writeError(w, http.StatusNotFound, "no such team")
		return
	}
	if r.Method == http.MethodPut {
		if !admin {
			writeError(w, http.StatusForbidden, "the admin token is required to change a policy")
			return
		}
		s.putPolicy(w, r, team)
		return
	}
	if !admin && who != team {
		writeError(w, http.StatusForbidden, "this token is not for team "+team)
		return
	}
	b, err := s.cfg.Store.Get(r.Context(), policyKey(team))
	switch {
	case errors.Is(err, ErrNotFound):
		writeError(w, http.StatusNotFound, "team "+team+" has no policy yet")
		return
	case err != nil:
		s.log.Error("read policy", "team", team, "err", err.Error())
		writeError(w, http.StatusServiceUnavailable, "could not read the policy")
		return
	}
	serveCacheable(w, r, b, "private, no-cache")
}

func (s *server) putPolicy(w http.ResponseWriter, r *http.Request, team string) {
	if !jsonContent(w, r) {
		return
	}
	body, ok := readBody(w, r, min(s.cfg.MaxBodyBytes, MaxPolicyBytes))
	if !ok {
		return
	}
	p, err := ParsePolicy(body)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	p.Updated = time.Now().UTC().Format(time.RFC3339)
	b := p.Marshal()
	if err := s.cfg.Store.Put(r.Context(), policyKey(team), b); err != nil {
		s.log.Error("store policy", "team", team, "err", err.Error())
		writeError(w, http.StatusServiceUnavailable, "could not store the policy")
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, b)
}
