// Package pattern runs the rule packs' regular expressions with Go's
// syntax and package regexp's answers (leftmost-first, the same
// submatches), in time linear in the text: a first-byte prefilter picks
// where a match can start, a lazily built automaton answers each try, and
// regexp is asked only for the submatches of a match already found.
//
// Compile is the one way a pattern is checked and compiled: the rule-pack
// validator and the analyzer both use it, so a pattern the validator
// accepts is one the analyzer runs.
package pattern

import (
	"regexp/syntax"
	"unicode/utf8"

	"github.com/discreet-app/discreet/analyzer/internal/once"
)

// Pattern is a compiled regular expression. Compile only parses it: the
// prefilter and the automata a search needs are prepared the first time
// one runs, so a pack compiles in a few milliseconds and pays for the
// patterns its texts reach. A Pattern is safe for concurrent use.
type Pattern struct {
	src  string
	caps int
	once once.Once
	tree *syntax.Regexp // parsed, until prepared
	p    *pattern
}

// Compile parses src, an expression in the syntax of package regexp
// (syntax.Perl), and returns it ready to search, or the parser's error.
func Compile(src string) (*Pattern, error) {
	tree, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil, err
	}
	return &Pattern{src: src, caps: tree.MaxCap(), tree: tree}, nil
}

// get returns the prepared pattern, preparing it on first use.
func (x *Pattern) get() *pattern {
	x.once.Do(func() {
		tree := x.tree.Simplify()
		x.p = fromTree(&source{text: x.src}, tree, true)
		x.p.fffd = readsRune(tree, utf8.RuneError)
		if costOn {
			x.p.setCost(newCost(x.src))
		}
		if x.p.seek.src != nil {
			x.p.prepareSeek()
			x.p.prepareLater(tree)
		}
		x.tree = nil
	})
	return x.p
}

// String returns the source text of the expression.
func (x *Pattern) String() string { return x.src }

// NumSubexp returns the number of capture groups, as regexp's method of
// that name does.
func (x *Pattern) NumSubexp() int { return x.caps }

// MatchString reports whether s contains a match.
func (x *Pattern) MatchString(s string) bool { return x.get().MatchString(s) }

// FindStringIndex returns the leftmost match in s, as regexp does.
func (x *Pattern) FindStringIndex(s string) []int { return x.get().FindStringIndex(s) }

// FindAllStringSubmatchIndex returns every successive match in s, as
// regexp's method of that name does with n = -1.
func (x *Pattern) FindAllStringSubmatchIndex(s string) [][]int {
	return x.get().FindAllStringSubmatchIndex(s)
}

// FindAllNear returns the successive matches in s that overlap one of
// the keyword hits of hits, each with its submatches when groups is set,
// else only {start, end}. A start is tried only where a hit lies within
// reach of it, and a match that holds no hit does not hide the matches it
// overlaps. With a nil hits it is FindAllStringSubmatchIndex.
func (x *Pattern) FindAllNear(s string, hits *Near, groups bool) [][]int {
	return x.get().FindAllNear(s, hits, groups)
}

// EachNear calls f with each match FindAllNear(s, hits, groups) would
// return, in order. m is only valid during the call: the memory of the
// matches is reused from one search to the next, so a caller that reads
// them as they come allocates nothing for them.
func (x *Pattern) EachNear(s string, hits *Near, groups bool, f func(m []int)) {
	x.get().EachNear(s, hits, groups, f)
}

// FindNear returns the first match FindAllNear would, or nil.
func (x *Pattern) FindNear(s string, hits *Near) []int { return x.get().FindNear(s, hits) }

// Span is a keyword hit: the byte offsets [Start, End) of a keyword in
// the text.
type Span struct{ Start, End int }
