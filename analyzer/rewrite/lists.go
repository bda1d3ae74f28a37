// List helpers of the rewrite: items a re-analysis flagged, items already
// said, the frame's own provider words.

package rewrite

import (
	"slices"
	"strings"

	"github.com/discreet-app/discreet/rules"
)

// pruneLists takes the items a re-analysis flagged out of the needs lists
// and the client groups (an ask that names a client can tie "grief" to
// them), and reports whether it took any.
func pruneLists(dirty []string, lists [][]string, who *[]string) bool {
	flagged := func(item string) bool {
		return slices.ContainsFunc(dirty, func(d string) bool {
			return containsWord(strings.ToLower(item), strings.ToLower(d))
		})
	}
	n := len(*who)
	*who = slices.DeleteFunc(*who, flagged)
	pruned := len(*who) < n
	for i := range lists {
		n := len(lists[i])
		lists[i] = slices.DeleteFunc(slices.Clone(lists[i]), flagged)
		pruned = pruned || len(lists[i]) < n
	}
	return pruned
}

// saysProvider reports whether an ask names the kind of clinician sought
// (the frame's own words): "Looking for a therapist."
func saysProvider(rw *rules.Rewrite, ask string) bool {
	la := strings.ToLower(ask)
	if containsWord(la, strings.ToLower(rw.DefaultProvider)) {
		return true
	}
	for _, p := range rw.Providers {
		if containsWord(la, strings.ToLower(p)) {
			return true
		}
	}
	return false
}

func firstOnly(s []string) []string {
	if len(s) > 1 {
		return s[:1]
	}
	return s
}

// without returns the items not already said by one of the others.
func without(items, others []string) []string {
	if len(items) == 0 {
		return nil
	}
	var buf [8]string
	lowers := buf[:0]
	for _, o := range others {
		lowers = append(lowers, strings.ToLower(o))
	}
	return withoutLower(items, lowers)
}

// withoutLower is without for others already lower-cased: a caller that
// weighs several lists against the same text lower-cases it once.
func withoutLower(items, lowers []string) []string {
	var out []string
	for _, it := range items {
		lit := strings.ToLower(it)
		dup := false
		for _, o := range lowers {
			if containsWord(o, lit) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, it)
		}
	}
	return out
}
