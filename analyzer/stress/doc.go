// Package stress holds the analyzer's long black-box checks: 1 MB posts,
// and agreement with lingua-go over the whole development corpus. They
// run in CI with the rest of `go test ./...` (scripts/test), and stay out
// of `go test ./analyzer` so that the package's own suite is quick to run
// while working on it. The package has no code of its own.
package stress
