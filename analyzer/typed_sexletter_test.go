package analyzer

import (
	"strings"
	"testing"
)

// typedSexLetter holds a client's sex written as one letter beside an
// age, the way intake notes and hurried posts give it ("57 y/o m",
// "(f, 40s)", "60s m"): the letter is the person's gender, a demographic
// detail of its own beside the age (issue 15, h-messy17). An age glued
// to its letter ("34F") was already one age finding over both. Every
// sentence was written for this test, blind to the corpora and the
// probes.
var typedSexLetter = []typedRow{
	{lang: "en", text: "intake today: 29 y/o F, panic at work, sleeping 3 hrs", want: "F", category: "demographic"},
	{lang: "en", text: "new cl is a 63 yo m, the plant let him go in june", want: "m", category: "demographic"},
	{lang: "en", text: "consult pls - 47 year old M, bipolar, stopped his lithium", want: "M", category: "demographic"},
	{lang: "en", text: "seeing an 18 y/o, f, first yr away from home and drinking", want: "f", category: "demographic"},
	{lang: "en", text: "referral for a 50s F whose husband left after 30 yrs", want: "F", category: "demographic"},
	{lang: "en", text: "my cl (m, late 40s) drives long haul and cant sleep", want: "(m", category: "demographic"},
	{lang: "en", text: "pt (F 30s) back after a relapse, very ashamed", want: "F", category: "demographic"},
	{lang: "en", text: "anyone near the lake? f in her 70s, widowed, hoarding", want: "f", category: "demographic"},
}

// typedSexLetterClean holds a lone letter or a decade with no person's
// sex in it: units, ratios, eras and the poster's own decade.
var typedSexLetterClean = []cleanRow{
	{lang: "en", text: "the hallway is about 30 m long so bring good shoes"},
	{lang: "en", text: "she moved here in the 80s, m-f shifts at the mill ever since"},
	{lang: "en", text: "our teen group runs for 13-17 y/o kids, m/f mixed"},
	{lang: "en", text: "I'm in my 50s and only now learning to set limits"},
	{lang: "en", text: "the relay team ran the 100 m 20s faster than last year"},
}

func TestTypedSexLetter(t *testing.T) { checkTypedRows(t, typedSexLetter) }

func TestTypedSexLetterClean(t *testing.T) {
	checkNone(t, typedSexLetterClean, "sex-letter demographic", func(f Finding) bool {
		return strings.Contains(f.Rule, "demographic-sex")
	})
}
