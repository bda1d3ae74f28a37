package match

import (
	"slices"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// TestPhraseOrderAt checks the look-ups coordinated makes in place of
// maps: the phrases at a start or an end, in their order in the slice,
// none for a position where no phrase starts or ends, even when the
// phrases do not come sorted.
func TestPhraseOrderAt(t *testing.T) {
	phrases := []phrase.Match{
		{Start: 0, End: 4},   // 0
		{Start: 0, End: 10},  // 1
		{Start: 5, End: 10},  // 2
		{Start: 11, End: 15}, // 3
		{Start: 5, End: 15},  // 4: out of start order
		{Start: 11, End: 20}, // 5
	}
	byStart, byEnd := phraseOrder(phrases)
	for _, tc := range []struct {
		pos   int
		byEnd bool
		want  []int
	}{
		{0, false, []int{0, 1}},
		{5, false, []int{2, 4}},
		{11, false, []int{3, 5}},
		{4, false, nil},
		{20, false, nil},
		{10, true, []int{1, 2}},
		{15, true, []int{3, 4}},
		{4, true, []int{0}},
		{5, true, nil},
		{21, true, nil},
	} {
		order := byStart
		if tc.byEnd {
			order = byEnd
		}
		if got := at(order, phrases, tc.pos, tc.byEnd); !slices.Equal(got, tc.want) && len(got)+len(tc.want) > 0 {
			t.Errorf("at(%d, byEnd %v) = %v; want %v", tc.pos, tc.byEnd, got, tc.want)
		}
	}
}
