package main

import (
	"context"
	"crypto/ed25519"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/langid"
	"github.com/discreet-app/discreet/analyzer/server"
	"github.com/discreet-app/discreet/rules/packsign"
)

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// runServe starts the backend of analyzer/server on loopback, with the
// playground and the built extension at "/". See docs/backend.md.
func runServe(args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8787", "listen address; anything but loopback must be asked for explicitly")
	static := fs.String("static", "dist", "directory holding playground/ and extension/ (from scripts/build)")
	packs := fs.String("packs", "", "directory of pre-signed envelopes <lang>.json, served before the built-in packs")
	keyPath := fs.String("key", "", "pack-signing private key (default: a new key for this run only)")
	policyDir := fs.String("policy-dir", "", "directory for team policies and uploaded packs (default: in memory)")
	admin := fs.String("admin-token", os.Getenv("DISCREET_ADMIN_TOKEN"), "admin token (or $DISCREET_ADMIN_TOKEN)")
	requireToken := fs.Bool("require-token", false, "require a team token for /v1/analyze even on loopback")
	rate := fs.Float64("rate-limit", 20, "/v1/analyze requests per second per token or client (0: no limit)")
	burst := fs.Int("rate-burst", 40, "rate-limit bucket size")
	authFail := fs.Float64("auth-fail-limit", 10, "failed authentications per minute per client before 429 (0: no limit)")
	authBurst := fs.Int("auth-fail-burst", 10, "failed-authentication bucket size")
	timeout := fs.Duration("analyze-timeout", server.DefaultAnalyzeTimeout, "longest one analysis may run before it is stopped")
	var teamTokens, origins, hosts listFlag
	fs.Var(&hosts, "allow-host", "Host header to answer besides the listen address (a name in front of this server), repeatable")
	fs.Var(&teamTokens, "team-token", "TEAM=TOKEN, repeatable (also $DISCREET_TEAM_TOKENS, comma-separated)")
	fs.Var(&origins, "cors-origin", "allowed browser origin, repeatable (default on loopback: chrome-extension://* and moz-extension://*)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "discreet serve: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	addrGiven := false
	fs.Visit(func(f *flag.Flag) { addrGiven = addrGiven || f.Name == "addr" })
	loopback, err := isLoopback(*addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "discreet serve:", err)
		return 2
	}
	if !loopback && !addrGiven {
		fmt.Fprintln(os.Stderr, "discreet serve: refusing to listen beyond loopback unless --addr says so")
		return 2
	}
	// The Host check needs a name to compare with (DNS rebinding).
	if h, _, _ := net.SplitHostPort(*addr); !loopback && len(hosts) == 0 && (h == "" || net.ParseIP(h).IsUnspecified()) {
		fmt.Fprintln(os.Stderr, "discreet serve: listening on every address: name the host clients use with --allow-host HOST:PORT")
		return 2
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))

	tokens, err := parseTeamTokens(append(splitNonEmpty(os.Getenv("DISCREET_TEAM_TOKENS")), teamTokens...))
	if err != nil {
		fmt.Fprintln(os.Stderr, "discreet serve:", err)
		return 2
	}
	priv, err := signingKey(*keyPath, logger)
	if err != nil {
		fmt.Fprintln(os.Stderr, "discreet serve:", err)
		return 1
	}
	if len(origins) == 0 && loopback {
		origins = listFlag{"chrome-extension://*", "moz-extension://*"}
	}
	cfg := server.Config{
		Analyzer:        analyzer.Default,
		Detect:          langid.Detect,
		Packs:           server.SignEmbedded(priv),
		PackKey:         priv.Public().(ed25519.PublicKey),
		Tokens:          tokens,
		AdminToken:      *admin,
		AllowAnonymous:  loopback && !*requireToken,
		AllowedOrigins:  origins,
		RateLimit:       *rate,
		RateBurst:       *burst,
		FailedAuthLimit: *authFail,
		FailedAuthBurst: *authBurst,
		AnalyzeTimeout:  *timeout,
		Logger:          logger,
		StaticDir:       *static,
	}
	if *packs != "" {
		cfg.Packs = server.FirstPack(server.PackDir(*packs), cfg.Packs)
	}
	if *policyDir != "" {
		cfg.Store = server.FileStore{Dir: *policyDir}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "discreet serve:", err)
		return 1
	}
	defer ln.Close()
	cfg.AllowedHosts = append(listenHosts(*addr, ln.Addr().String(), loopback), hosts...)
	h, err := server.New(cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "discreet serve:", err)
		return 2
	}
	// Compile the rules now, so the first request is not the slow one.
	if _, err := analyzer.Default(); err != nil {
		fmt.Fprintln(os.Stderr, "discreet serve: rules:", err)
		return 1
	}

	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    32 << 10,
	}
	logger.Info("listening", "url", "http://"+ln.Addr().String(), "static", *static, "packs", *packs,
		"policy_dir", *policyDir, "teams", len(tokens), "anonymous_analyze", cfg.AllowAnonymous)
	if !loopback {
		logger.Warn("listening beyond loopback: put TLS in front of this server")
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		fmt.Fprintln(os.Stderr, "discreet serve:", err)
		return 1
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, context.Canceled) {
		fmt.Fprintln(os.Stderr, "discreet serve: shutdown:", err)
		return 1
	}
	return 0
}

// signingKey loads the pack-signing key, or makes one for this run and
// logs its public half so a developer can point the extension at it.
func signingKey(path string, logger *slog.Logger) (ed25519.PrivateKey, error) {
	if path == "" {
		pub, priv, err := packsign.GenerateKey()
		if err != nil {
			return nil, err
		}
		logger.Warn("no --key: packs are signed with a key made for this run only",
			"public_key", packsign.EncodePublicKey(pub), "key_id", packsign.KeyID(pub))
		return priv, nil
	}
	data, err := loadPrivateKey(path)
	if err != nil {
		return nil, err
	}
	priv, err := packsign.ParsePrivateKey(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	pub := priv.Public().(ed25519.PublicKey)
	logger.Info("pack-signing key", "public_key", packsign.EncodePublicKey(pub), "key_id", packsign.KeyID(pub))
	return priv, nil
}

func isLoopback(addr string) (bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false, fmt.Errorf("--addr %q: %w", addr, err)
	}
	if host == "localhost" {
		return true, nil
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback(), nil
}

// listenHosts is what a browser sends as Host for the listening address:
// on loopback every name of loopback at the port listened on (which --addr
// may leave to the system with port 0), elsewhere --addr as given (name
// others with --allow-host). Any other name (DNS rebinding) gets 421.
func listenHosts(addr, listen string, loopback bool) []string {
	if !loopback {
		return []string{addr}
	}
	_, port, _ := net.SplitHostPort(listen)
	return server.LoopbackHosts(port)
}

func splitNonEmpty(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// parseTeamTokens reads TEAM=TOKEN pairs.
func parseTeamTokens(pairs []string) ([]server.Token, error) {
	var out []server.Token
	for _, p := range pairs {
		team, tok, ok := strings.Cut(p, "=")
		if !ok || team == "" || tok == "" {
			return nil, errors.New("a team token is not TEAM=TOKEN")
		}
		out = append(out, server.Token{Team: team, Secret: tok})
	}
	return out, nil
}
