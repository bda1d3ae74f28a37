//go:build js

package server

// servesFiles: a js/wasm build (the Cloudflare Worker) has no file system
// to serve, so Config.StaticDir is ignored and newStatic's file servers
// are left out of its app.wasm (BENCHMARKS.md, h-wsize13).
const servesFiles = false
