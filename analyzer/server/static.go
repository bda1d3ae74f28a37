package server

import (
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// staticCSP lets the playground run its WebAssembly and talk to this
// server only.
const staticCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

const notBuiltPage = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Discreet</title>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>Discreet backend</h1>
<p>The playground and the extension are not built yet. Run <code>scripts/build</code>,
then restart <code>scripts/discreet serve</code>.</p>
<p>The API is up: <a href="/healthz">/healthz</a>, <code>POST /v1/analyze</code>,
<code>GET /v1/packs/en</code>.</p>
</body></html>
`

const apiOnlyPage = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Discreet</title>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>Discreet backend</h1>
<p>API: <a href="/healthz">/healthz</a>, <code>POST /v1/analyze</code>,
<code>GET /v1/packs/{lang}</code>, <code>GET|PUT /v1/policy/{team}</code>.</p>
</body></html>
`

// newStatic serves dir/playground at "/" and dir/extension at
// "/extension/". Without dir (the Worker), or before a build, "/" is a
// small page that says what to do. A js/wasm build (the Worker) serves
// no files whatever dir says (servesFiles, static_js.go): it has no file
// system, and without the calls below its app.wasm links no file server.
func newStatic(dir string) http.Handler {
	if !servesFiles {
		dir = ""
	}
	page := apiOnlyPage
	var playground, extension http.Handler
	if servesFiles && dir != "" {
		page = notBuiltPage
		playground = http.FileServer(noListing{http.Dir(filepath.Join(dir, "playground"))})
		extension = http.StripPrefix("/extension", http.FileServer(noListing{http.Dir(filepath.Join(dir, "extension"))}))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			allowMethods(w, r, http.MethodGet, http.MethodHead)
			return
		}
		w.Header().Set("Content-Security-Policy", staticCSP)
		w.Header().Set("Cache-Control", "no-cache")
		// Checked on every request, so a build made while the server runs shows up.
		switch {
		case servesFiles && dir != "" && strings.HasPrefix(r.URL.Path+"/", "/extension/") && dirExists(filepath.Join(dir, "extension")):
			if r.URL.Path == "/extension" {
				http.Redirect(w, r, "/extension/", http.StatusMovedPermanently)
				return
			}
			extension.ServeHTTP(w, r)
		case servesFiles && dir != "" && dirExists(filepath.Join(dir, "playground")):
			playground.ServeHTTP(w, r)
		case r.URL.Path == "/":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(page))
		default:
			writeError(w, http.StatusNotFound, "not found")
		}
	})
}

// noListing is a file system whose directories open only when they hold
// an index.html, so http.FileServer serves that page or 404 and never
// lists what a directory contains.
type noListing struct{ fs http.FileSystem }

func (n noListing) Open(name string) (http.File, error) {
	f, err := n.fs.Open(name)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		idx, err := n.fs.Open(path.Join(name, "index.html"))
		if err != nil {
			f.Close()
			return nil, fs.ErrNotExist
		}
		idx.Close()
	}
	return f, nil
}

func dirExists(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
