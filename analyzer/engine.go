package analyzer

import engine "github.com/discreet-app/discreet/analyzer/pattern"

// The pattern engine (package pattern) under the names the stages use.
type (
	pattern = engine.Pattern
	near    = engine.Near
)

// ForgetStates makes every pattern automaton start again without states
// when next used, as if new. The extension's warm-up uses it so that the
// code that builds states runs often enough for V8 to optimize it (see
// package pattern's ForgetStates).
func ForgetStates() { engine.ForgetStates() }

// isASCIIWord reports whether b is a word byte for Go's \b: an ASCII
// letter, digit or underscore.
func isASCIIWord(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}
