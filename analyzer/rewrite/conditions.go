package rewrite

import "strings"

// conditionList names the pack list of condition names the rewrite keeps
// as needs: a condition the post names, in its ask or in the client's
// story, asks for a clinician experienced with it ("schizoaffective
// disorder"). The list comes from public classifications (see
// rules/README.md); a pack without it keeps only its need rules' terms.
const conditionList = "conditions"

// addConditions makes each condition name a need term, as a need rule's
// term is: found in any sentence of the post, qualified by its neighbours
// and turned into the pack's specialty for it where the pack has one. A
// term a need rule already holds keeps that rule's spelling. The long,
// uncommon adjective before the noun of a two-word name stands for the
// name ("schizoaffective" asks for "schizoaffective disorder").
func (g *grammar) addConditions(names []string) {
	for _, t := range names {
		t = strings.TrimSpace(t)
		lt := strings.ToLower(t)
		g.addCondition(lt, t)
		if ws := wordSpans(lt); len(ws) == 2 && ws[0].end+1 == ws[1].start {
			// A noun before "disorder" ("rumination") names what anyone
			// may do; only an adjective names the condition.
			if adj := lt[:ws[0].end]; len(adj) >= minConditionAdjective && !g.common[adj] && !strings.HasSuffix(adj, "ion") {
				g.addCondition(adj, t)
			}
		}
	}
}

// minConditionAdjective is the fewest bytes an adjective must have to
// stand for its condition's name: shorter ones ("manic") are also said of
// a mood, a day, a person.
const minConditionAdjective = 9

// addCondition makes the lower-cased lt a need term spelled t, unless a
// need rule's term or an earlier name already is.
func (g *grammar) addCondition(lt, t string) {
	if _, dup := g.needTerms[lt]; dup || lt == "" {
		return
	}
	ws := wordSpans(lt)
	if len(ws) == 0 {
		return
	}
	g.needTerms[lt] = t
	g.needWords = max(g.needWords, len(ws))
	first := lt[ws[0].start:ws[0].end]
	g.needFirst[first] = true
	g.mayStart.add(first)
}
