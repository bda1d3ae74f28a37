// Package analyzertest helps the tests of the packages around the analyzer
// (protocol, rewrite, stress): the analyzer they run, set up once per
// test the same way.
package analyzertest

import (
	"testing"

	"github.com/discreet-app/discreet/analyzer"
)

// Default returns the analyzer with the built-in packs, and fails tb when
// they do not load.
func Default(tb testing.TB) *analyzer.Analyzer {
	tb.Helper()
	a, err := analyzer.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return a
}
