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
// term a need rule already holds keeps that rule's spelling.
func (g *grammar) addConditions(names []string) {
	for _, t := range names {
		lt := strings.ToLower(strings.TrimSpace(t))
		if lt == "" {
			continue
		}
		if _, dup := g.needTerms[lt]; dup {
			continue
		}
		ws := wordSpans(lt)
		if len(ws) == 0 {
			continue
		}
		g.needTerms[lt] = strings.TrimSpace(t)
		g.needWords = max(g.needWords, len(ws))
		first := lt[ws[0].start:ws[0].end]
		g.needFirst[first] = true
		g.mayStart.add(first)
	}
}
