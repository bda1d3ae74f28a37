package phrase

import (
	"strings"

	"github.com/discreet-app/discreet/analyzer/internal/wordset"
)

// Excluded is what a rule never flags (its exclude terms and exclude
// list), with their plurals when the rule matches plurals. The list is the
// pack's word set, shared by every rule that names it, and a plural is
// recognized by undoing Plural, not stored: a rule once copied its
// list (tens of thousands of common words, and their plurals) into a map of
// its own, megabytes the garbage collector marked on every cycle.
type Excluded struct {
	own     *wordset.Set // the rule's own terms, lower-cased, and their plurals; nil for none
	list    *wordset.Set // a shared word list, hashed; nil for none
	plurals bool
}

// NewExcluded returns the exclusions of terms and list, or nil for none.
func NewExcluded(terms []string, list *wordset.Set, plurals bool) *Excluded {
	if len(terms) == 0 && list == nil {
		return nil
	}
	x := &Excluded{list: list, plurals: plurals}
	if len(terms) > 0 {
		own := make([]string, 0, 2*len(terms))
		for _, t := range terms {
			t = strings.ToLower(t)
			own = append(own, t)
			if plurals {
				own = append(own, Plural(t))
			}
		}
		// A hash set, not a Go map: WebAssembly hashes a Go map's string
		// keys slowly, and Has is asked of every word a rule matches.
		x.own = wordset.New(own)
	}
	return x
}

// Has reports whether the lower-case text w is excluded; a nil x excludes
// nothing.
func (x *Excluded) Has(w string) bool {
	if x == nil {
		return false
	}
	if x.own.Has(w) || x.list.Has(w) {
		return true
	}
	if !x.plurals || x.list == nil {
		return false
	}
	// The words Plural could have made w of ("men" of "man").
	for _, cut := range [...]struct{ suffix, base string }{{"es", ""}, {"ies", "y"}, {"men", "man"}, {"s", ""}} {
		if stem, ok := strings.CutSuffix(w, cut.suffix); ok && (stem != "" || cut.base != "") {
			if e := stem + cut.base; IsPlural(e, w) && x.list.Has(e) {
				return true
			}
		}
	}
	return false
}
