//go:build !wasm

package once

import "sync"

// Once is sync.Once where threads run in parallel.
type Once = sync.Once
