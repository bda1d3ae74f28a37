package analyzer

import (
	"sort"
	"strings"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// endSelf ends each of the poster's own spans where the post turns to
// someone else before the clause ends (h-famrel14). A self zone runs to
// the end of its clause, and a post typed in a hurry has none: "I'm a
// school counselor, have a 9 yo whose dad..." gave the child's details to
// the poster. The zone ends at the first of, after its first word:
//
//   - a reference to a specific person (a person zone: "my client", "a
//     9 yo", "ma cliente", "una señora de 70") after a comma or a
//     connective: before either, it is the poster's own description ("as
//     a black woman in this field I...");
//   - a relative pronoun of someone else's (the pack's other_relatives:
//     "whose", "dont", "cuyo");
//   - a run-on connective (the pack's run_ons: "so", "and", "pis",
//     "entonces") with a third_person word or a person zone within the
//     next few words ("and she", "pis son père");
//   - a dash set off by spaces, or an en or em dash.
//
// A person zone that opens with an indefinite article right after a
// connective goes on with the poster's own description ("I'm a
// therapist and a single mom"), and the poster's own words after a
// connective ("...so I'm looking") stay theirs. spans is changed in place
// and returned; the work is linear in the spans' length, plus a
// bisection of the person zones for each.
func (x *context) endSelf(spans []pack.Span) []pack.Span {
	c := x.c
	for i, s := range spans {
		lower := x.v.Lower[s.Start:s.End] // same offsets as Text
		toks := phrase.Tokenize(lower)
		if len(toks) < 2 {
			continue
		}
		// at reports whether the k-th word is one of set; false past the end.
		at := func(k int, set interface{ Has(string) bool }) bool {
			return k >= 0 && k < len(toks) && set.Has(lower[toks[k].Start:toks[k].End])
		}
		// other reports whether a person zone begins at the j-th word, and
		// is not a description the poster's connective goes on with.
		other := func(j int) bool {
			z := s.Start + toks[j].Start
			return x.personAt(z, z+1) && (c.Indef == nil || c.RunOns == nil || !at(j, c.Indef) || !at(j-1, c.RunOns))
		}
		end := s.End
		broken := false // a comma or a connective since the first word
		for j := 1; j < len(toks); j++ {
			t := toks[j]
			gap := lower[toks[j-1].End:t.Start]
			if strings.Contains(gap, " - ") || strings.ContainsAny(gap, "–—") {
				end = s.Start + toks[j-1].End
				break
			}
			broken = broken || strings.Contains(gap, ",")
			if broken && other(j) || c.Relatives != nil && at(j, c.Relatives) {
				end = s.Start + t.Start
				break
			}
			if c.RunOns == nil || !at(j, c.RunOns) {
				continue
			}
			broken = true
			someone := false
			for k := j + 1; k < min(len(toks), j+1+subordinateReach) && !someone; k++ {
				someone = other(k) || c.ThirdPerson != nil && at(k, c.ThirdPerson)
			}
			if someone {
				end = s.Start + t.Start
				break
			}
		}
		spans[i].End = end
	}
	return spans
}

// personAt reports whether a person zone begins in [from, to).
func (x *context) personAt(from, to int) bool {
	z := x.person
	k := sort.Search(len(z), func(k int) bool { return z[k].End > from })
	for ; k < len(z) && z[k].Start < to; k++ {
		if z[k].Start >= from {
			return true
		}
	}
	return false
}
