package analyzer

import (
	"slices"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// TestCategoryCountsHoldAll checks that categoryCounts has an element for
// every category and counts the others too.
func TestCategoryCountsHoldAll(t *testing.T) {
	if len(rules.Categories) > maxCategories {
		t.Fatalf("%d categories; categoryCounts holds %d", len(rules.Categories), maxCategories)
	}
	var c categoryCounts
	for round := range 3 {
		for _, cat := range append(slices.Clone(rules.Categories), "not-a-category") {
			if got := c.add(cat); got != round {
				t.Fatalf("round %d: add(%q) = %d", round, cat, got)
			}
		}
	}
}
