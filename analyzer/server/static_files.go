//go:build !js

package server

// servesFiles: a native server serves Config.StaticDir (static.go).
const servesFiles = true
