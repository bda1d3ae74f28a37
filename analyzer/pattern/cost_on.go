//go:build patterncost

package pattern

// costOn: this build counts each pattern's work (cost.go).
const costOn = true
