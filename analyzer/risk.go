package analyzer

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/rules"
)

// scoreRisk combines the findings into a post-level risk. Each finding adds
// its category's identifying power; repeats of a category add less (the
// second age says little more than the first); the audience scales the
// result. Quasi-identifiers combine: age + city + occupation is high even
// without a name, which is the point of the product. A post that speaks
// to someone as their therapist confirms a client relationship in public:
// it is at least medium even when no single detail is found.
func scoreRisk(c *pack.Compiled, findings []Finding, platform string, refs *postRefs) Risk {
	m := c.Pack.Risk
	seen := map[string]int{}
	miss := 1.0
	for _, f := range findings {
		w := m.Weights[f.Category]
		if f.Severity == "low" {
			w /= 2
		}
		w /= float64(1 + seen[f.Category])
		seen[f.Category]++
		miss *= 1 - w
	}
	score := 1 - miss
	if mult, ok := m.Platforms[platform]; ok {
		score *= mult
	}
	score = math.Min(1, math.Round(score*100)/100)
	level := "none"
	for _, lv := range []string{"low", "medium", "high"} {
		if score >= m.Levels[lv] && len(findings) > 0 {
			level = lv
		}
	}
	why := reasons(m, findings, seen)
	if score < m.Levels["medium"] && refs != nil && refs.confirms() && !refs.aboutOthers() {
		score = m.Levels["medium"]
		level = "medium"
		if r := m.Reasons["confirms"]; r != "" {
			why = append([]string{r}, why...)
		}
	}
	return Risk{Level: level, Score: score, Reasons: why}
}

// reasons explains the score in the clinician's terms, most identifying first.
func reasons(m rules.RiskModel, findings []Finding, seen map[string]int) []string {
	if len(findings) == 0 {
		return []string{}
	}
	var out []string
	var direct, quasi []string
	cats := slices.Clone(rules.Categories)
	// Most identifying first, so the reason leads with what matters.
	sort.SliceStable(cats, func(i, j int) bool { return m.Weights[cats[i]] > m.Weights[cats[j]] })
	for _, cat := range cats {
		if seen[cat] == 0 {
			continue
		}
		label := m.Labels[cat]
		if label == "" {
			label = cat
		}
		switch cat {
		case "name", "contact", "id_number", "relationship":
			direct = append(direct, label)
		default:
			quasi = append(quasi, label)
		}
	}
	for _, d := range direct {
		out = append(out, strings.ReplaceAll(m.Reasons["direct"], "{label}", d))
	}
	const maxListed = 4
	if len(quasi) > maxListed {
		quasi = quasi[:maxListed]
	}
	switch {
	case len(quasi) >= 2:
		out = append(out, strings.ReplaceAll(m.Reasons["combo"], "{labels}", joinLabels(quasi, m.Reasons["and"])))
	case len(quasi) == 1:
		out = append(out, strings.ReplaceAll(m.Reasons["single"], "{label}", quasi[0]))
	}
	return slices.DeleteFunc(out, func(s string) bool { return s == "" })
}

func joinLabels(labels []string, and string) string {
	if and == "" {
		and = " + "
	}
	return strings.Join(labels, and)
}
