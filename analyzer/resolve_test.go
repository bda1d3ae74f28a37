package analyzer

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/rules"
)

// TestByteSet checks the set resolveOverlaps marks taken bytes in against
// a bool a byte, over random ranges that cross and fill 64-bit words.
func TestByteSet(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		n := 1 + r.IntN(300)
		set, want := newByteSet(n), make([]bool, n)
		for range 20 {
			a := r.IntN(n + 1)
			b := a + r.IntN(n+1-a)
			if got, exp := set.any(a, b), slices.Contains(want[a:b], true); got != exp {
				t.Fatalf("round %d: any(%d, %d) = %v; want %v", round, a, b, got, exp)
			}
			if r.IntN(2) == 0 {
				set.add(a, b)
				for i := a; i < b; i++ {
					want[i] = true
				}
			}
		}
	}
}

// TestResolveKeepsInnerNames checks that a name inside a longer, less
// severe span of a story survives overlap resolution, with the story's
// span kept in the parts around it, and that a name inside an
// organization's or a place's name stays part of that name.
func TestResolveKeepsInnerNames(t *testing.T) {
	rule := func(cat, sev string, index int) *pack.Rule {
		return &pack.Rule{Rule: &rules.Rule{ID: cat, Category: cat, Severity: sev}, Index: index}
	}
	name := rule("name", "high", 0)
	rel := rule("relationship", "medium", 1)
	org := rule("organization", "medium", 2)
	span := func(text, part string, r *pack.Rule) pack.Candidate {
		i := strings.Index(text, part)
		return pack.Candidate{Span: pack.Span{Start: i, End: i + len(part)}, Rule: r}
	}
	for _, tc := range []struct {
		text, outer, inner string
		outerRule          *pack.Rule
		want               []string // kept texts, in order, as category:text
	}{
		{"Atiendo a Kendry desde enero.", "Atiendo a Kendry desde enero", "Kendry", rel,
			[]string{"relationship:Atiendo a", "name:Kendry", "relationship:desde enero"}},
		{"Je vois Maëlle depuis mai.", "Je vois Maëlle", "Maëlle", rel,
			[]string{"relationship:Je vois", "name:Maëlle"}},
		{"I saw J. for six sessions.", "I saw J.", "J.", rel,
			[]string{"relationship:I saw", "name:J."}},
		{"Kendry, ya terminamos.", "Kendry, ya", "Kendry", rel,
			[]string{"name:Kendry", "relationship:ya"}},
		{"We referred him to Pine Hill last week.", "Pine Hill", "Hill", org,
			[]string{"organization:Pine Hill"}},
	} {
		cands := []pack.Candidate{span(tc.text, tc.outer, tc.outerRule), span(tc.text, tc.inner, name)}
		var got []string
		for _, cd := range resolveOverlaps(tc.text, cands) {
			got = append(got, cd.Rule.Category+":"+tc.text[cd.Start:cd.End])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: kept %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestResolveKeepsFewInnerNames checks that a story's span holding many
// names gives back at most maxInner of them, and that what is kept stays
// sorted and disjoint.
func TestResolveKeepsFewInnerNames(t *testing.T) {
	rel := &pack.Rule{Rule: &rules.Rule{Category: "relationship", Severity: "medium"}, Index: 1}
	name := &pack.Rule{Rule: &rules.Rule{Category: "name", Severity: "high"}}
	text := "I saw" + strings.Repeat(" Ana and", 40) + " Bo."
	cands := []pack.Candidate{{Span: pack.Span{Start: 0, End: len(text) - 1}, Rule: rel}}
	for i := strings.Index(text, "Ana"); i >= 0; {
		cands = append(cands, pack.Candidate{Span: pack.Span{Start: i, End: i + 3}, Rule: name})
		next := strings.Index(text[i+3:], "Ana")
		if next < 0 {
			break
		}
		i += 3 + next
	}
	kept := resolveOverlaps(text, cands)
	names := 0
	for i, cd := range kept {
		if cd.Rule == name {
			names++
		}
		if i > 0 && kept[i-1].End > cd.Start {
			t.Fatalf("kept spans overlap: %v then %v", kept[i-1].Span, cd.Span)
		}
	}
	if names != maxInner {
		t.Errorf("%d names put back; want %d", names, maxInner)
	}
}
