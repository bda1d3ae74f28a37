package pattern

// The checks that packs_test.go, in package pattern_test, runs over the
// rule packs' patterns: this package cannot import package rules, which
// imports it.
var (
	CheckMatchesRegexp = checkMatchesRegexp
	CheckDFA           = checkDFA
	CheckDFAStates     = checkDFAStates
	CheckSeek          = checkSeek
	Samples            = samples
	DFAInputs          = dfaInputs
)

// CheckNearFast is checkNearFast, for packs_test.go.
var CheckNearFast = checkNearFast
