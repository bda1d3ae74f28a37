//go:build !patterncost

package pattern

// costOn: this build does not count each pattern's work; the counting
// branches compile away.
const costOn = false
