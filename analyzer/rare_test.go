package analyzer

import (
	"fmt"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/wordset"
)

func TestConditionWordTakesOffEndings(t *testing.T) {
	c := wordset.New(([]string{"binge", "nightmare", "sleep", "vomit", "worry"}))
	for w, want := range map[string]bool{
		"sleep": true, "sleeps": true, "sleeping": true, "nightmares": true, "vomited": true,
		"binged": true, "bingeing": true, "binging": true,
		"sleeper": false, "worried": false, // "-ied" is left as it is
		"ing": false, "s": false, "steep": false,
	} {
		if got := conditionWord(w, c); got != want {
			t.Errorf("conditionWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestStoryTokensMarkConditionWords(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	c, err := a.compiledFor("en")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Conditions) == 0 {
		t.Fatal("the English pack has no conditions list")
	}
	v := c.View("She stopped sleeping and binges at night.")
	toks, marks := storyTokens(v, nil, nil, nil, wordset.New(c.Conditions))
	var got []string
	for i, tk := range toks {
		if marks[i]&conditionBit != 0 {
			got = append(got, v.Lower[tk.Start:tk.End])
		}
	}
	if fmt.Sprint(got) != "[sleeping binges]" {
		t.Errorf("condition marks on %v, want [sleeping binges]", got)
	}
}
