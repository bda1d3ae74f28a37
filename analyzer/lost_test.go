package analyzer

import (
	"testing"
)

// TestTraceKeepsWhatAnalyzeFinds: the proposals a Trace calls kept are
// the findings of Analyze, and every other proposal says why it went.
func TestTraceKeepsWhatAnalyzeFinds(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []Input{
		{Lang: "en", Text: "My client, a 52 yo welder from a small prairie town, has bipolar and his wife left him last spring."},
		{Lang: "en", Text: "I have PTSD myself and my own divorce was rough. Any tips for self care?"},
		{Lang: "fr", Text: "Ma patiente de 34 ans, infirmière, fait des crises de panique depuis son accident."},
		{Lang: "es", Text: "mi paciente tiene 19 años, estudiante, con ansiedad y su padre fallecio hace poco"},
		{Lang: "en", Text: "Any leads on someone local who treats OCD and eating disorders?"},
	} {
		res, props := a.Trace(in)
		kept := 0
		for _, p := range props {
			switch p.Fate {
			case "kept":
				kept++
				found := false
				for _, f := range res.Findings {
					found = found || f.Start == p.Start && f.End == p.End && f.Category == p.Category
				}
				if !found {
					t.Errorf("%q: kept proposal %+v is no finding of Analyze", in.Text, p)
				}
			case "", "dropped":
				t.Errorf("%q: proposal %+v has no reason", in.Text, p)
			}
		}
		if kept != len(res.Findings) {
			t.Errorf("%q: %d proposals kept, Analyze has %d findings", in.Text, kept, len(res.Findings))
		}
	}
}

// TestTraceSaysWhyTheOwnLifeGoes: the poster's own diagnosis is proposed
// and dropped by attribution, with a reason.
func TestTraceSaysWhyTheOwnLifeGoes(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	res, props := a.Trace(Input{Lang: "en", Text: "Got my own ADHD diagnosis at 40 and it changed how I run my practice."})
	if len(res.Findings) != 0 {
		t.Fatalf("findings %v; want none", res.Findings)
	}
	dropped := 0
	for _, p := range props {
		if p.Fate != "kept" && p.Fate != "overlap" {
			dropped++
		}
	}
	if dropped == 0 {
		t.Errorf("proposals %+v: want the diagnosis proposed and dropped", props)
	}
}
