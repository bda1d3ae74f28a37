//go:build !unix

package analyzer

import "time"

// processCPU returns false: this platform's CPU time is not read.
func processCPU() (time.Duration, bool) { return 0, false }
