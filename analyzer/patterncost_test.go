//go:build patterncost

package analyzer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/pattern"
	"github.com/discreet-app/discreet/rules"
)

// TestPatternCost prints, for each language, the patterns that cost the
// pattern engine most over the train corpus's posts analyzed as a typing
// request (findings and risk), with where their work goes (pattern.Cost).
// It runs only in a build that counts:
//
//	go test -tags patterncost -run TestPatternCost -v ./analyzer
func TestPatternCost(t *testing.T) {
	a := defaultAnalyzer(t)
	inputs := corpusInputs(t, "train")
	for _, lang := range rules.Languages() {
		var posts []Input
		chars := 0
		for _, in := range inputs {
			if in.Lang == lang {
				in.SkipRewrite = true
				posts = append(posts, in)
				chars += len(in.Text)
			}
		}
		if len(posts) == 0 {
			continue
		}
		for _, in := range posts { // prepare what the posts reach
			a.Analyze(in)
		}
		pattern.ResetCosts()
		for _, in := range posts {
			a.Analyze(in)
		}
		labels := patternLabels(t, lang)
		rows := pattern.Costs()
		total := 0
		for _, c := range rows {
			total += c.Units()
		}
		fmt.Printf("\n%s: %d posts, %d bytes; %d units in all, %.1f per byte\n", lang, len(posts), chars, total, float64(total)/float64(chars))
		fmt.Println("| pattern | units | passes | jumped | edges | steps | visits | tries | try bytes | regexp |")
		fmt.Println("|---|---|---|---|---|---|---|---|---|---|")
		for _, c := range rows[:min(15, len(rows))] {
			if c.Units() == 0 {
				break
			}
			fmt.Printf("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d |\n", label(labels, c.Src), c.Units(),
				c.Passes, c.Jumped, c.Edges, c.Steps, c.Visits, c.Tries, c.TryBytes, c.Regexp)
		}
	}
}

// patternLabels names the expressions of lang's pack by the rule and
// field they come from, as the pack compiler writes them.
func patternLabels(t *testing.T, lang string) map[string]string {
	p, err := rules.EmbeddedPack(lang)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, r := range p.Rules {
		add := func(field, src string, anchor int) {
			if src == "" {
				return
			}
			switch anchor {
			case -1:
				src = "(?:" + src + ")$"
			case 1:
				src = "^(?:" + src + ")"
			}
			if _, ok := out[src]; !ok {
				out[src] = r.ID + " " + field
			}
		}
		add("pattern", r.Pattern, 0)
		add("before", r.Before, -1)
		add("after", r.After, 1)
		add("not_before", r.NotBefore, -1)
		add("not_after", r.NotAfter, 1)
		add("extend", r.Extend, 1)
	}
	return out
}

// label is a row's name: the rule and field, or the start of the
// expression (context, intent and language patterns).
func label(labels map[string]string, src string) string {
	if l, ok := labels[src]; ok {
		return "`" + l + "`"
	}
	if len(src) > 40 {
		src = src[:40] + "…"
	}
	return "`" + strings.ReplaceAll(src, "|", `\|`) + "`"
}
