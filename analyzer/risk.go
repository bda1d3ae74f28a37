package analyzer

import (
	"math"
	"slices"
	"strings"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/internal/wordset"
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
	var seen categoryCounts
	miss := 1.0
	for _, f := range findings {
		w := m.Weights[f.Category]
		if f.Severity == "low" {
			w /= 2
		}
		w /= float64(1 + seen.add(f.Category))
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
	why := reasons(m, findings, &seen)
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
func reasons(m rules.RiskModel, findings []Finding, seen *categoryCounts) []string {
	if len(findings) == 0 {
		return []string{}
	}
	var out []string
	// The lists below are as long as there are categories (13): arrays
	// of that size keep them on the stack, off the collector's hands.
	var directBuf, quasiBuf [16]string
	direct, quasi := directBuf[:0], quasiBuf[:0]
	// Most identifying first, so the reason leads with what matters: of
	// the categories seen, each weight read once, in a stable sort.
	type weighed struct {
		cat string
		w   float64
	}
	var catsBuf [16]weighed
	cats := catsBuf[:0]
	for i, cat := range rules.Categories {
		if seen.known[i] > 0 {
			cats = append(cats, weighed{cat, m.Weights[cat]})
		}
	}
	slices.SortStableFunc(cats, func(a, b weighed) int {
		switch {
		case a.w > b.w:
			return -1
		case b.w > a.w:
			return 1
		}
		return 0
	})
	for _, c := range cats {
		cat := c.cat
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

// categoryIndex numbers rules.Categories: scoreRisk counts the findings
// of each in an array, not a map keyed by the category's name.
var categoryIndex = func() *wordset.Map[int] {
	m := map[string]int{}
	for i, c := range rules.Categories {
		m[c] = i
	}
	return wordset.NewMap(m)
}()

// categoryCounts counts findings by category: those of rules.Categories
// by index, any other in a map made only if one comes.
type categoryCounts struct {
	known [maxCategories]int
	other map[string]int
}

// maxCategories bounds rules.Categories (TestCategoryCountsHoldAll).
const maxCategories = 32

// add counts one more finding of cat and returns how many came before it.
func (c *categoryCounts) add(cat string) int {
	if i, ok := categoryIndex.Get(cat); ok {
		c.known[i]++
		return c.known[i] - 1
	}
	if c.other == nil {
		c.other = map[string]int{}
	}
	c.other[cat]++
	return c.other[cat] - 1
}

func joinLabels(labels []string, and string) string {
	if and == "" {
		and = " + "
	}
	return strings.Join(labels, and)
}
