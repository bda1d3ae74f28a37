package match

import (
	"strings"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
)

// A post typed fast drops the commas a tidy writer puts around an age:
// "mr delacroix 81, lost his dog last week", "a retired miner 74) has
// black lung", "she's a bus driver 58, and". The age rules key on those commas
// ("Dana, 67,"). agesBeside finds such an age where it stands right after
// a name or a job the rules found: a number of one or two digits (not
// starting with 0), after one space or " (", followed at once by a comma,
// a semicolon, a closing parenthesis or a dash. It is reported as the
// pack's age-bare rule (its message and severity); a pack without that
// rule gets none. The work is one look after each candidate.

// ageRuleID is the rule whose finding an age beside a name is.
const ageRuleID = "age-bare"

// agesBeside appends to out the ages found right after its name and
// occupation candidates.
func agesBeside(c *pack.Compiled, v *pack.View, out []pack.Candidate) []pack.Candidate {
	var carrier *pack.Rule
	for _, r := range c.Rules {
		if r.ID == ageRuleID && r.Category == "age" {
			carrier = r
			break
		}
	}
	if carrier == nil {
		return out
	}
	for _, cd := range out[:len(out):len(out)] {
		if cat := cd.Rule.Category; cat != "name" && cat != "occupation" {
			continue
		}
		if s, e, ok := ageAfter(v.Text, cd.End); ok {
			sp := pack.Span{Start: s, End: e}
			out = append(out, pack.Candidate{Span: sp, Base: sp, Rule: carrier})
		}
	}
	return out
}

// ageAfter returns the span of the age that starts right after position
// i of s, as agesBeside describes it.
func ageAfter(s string, i int) (start, end int, ok bool) {
	paren := strings.HasPrefix(s[i:], " (")
	switch {
	case paren:
		i += 2
	case strings.HasPrefix(s[i:], " "):
		i++
	default:
		return 0, 0, false
	}
	j := i
	for j < len(s) && j-i < 3 && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	if j == i || j-i > 2 || s[i] == '0' {
		return 0, 0, false
	}
	rest := s[j:]
	if paren {
		return i, j, strings.HasPrefix(rest, ")")
	}
	for _, p := range []string{",", ";", ")", "—", "–", " —", " –"} {
		if strings.HasPrefix(rest, p) {
			return i, j, true
		}
	}
	return 0, 0, false
}
