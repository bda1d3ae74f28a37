package analyzer

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/discreet-app/discreet/rules"
)

func TestBadInput(t *testing.T) {
	a := defaultAnalyzer(t)
	// The 1 MB cases are in analyzer/stress (TestHugeInputs).
	tests := []struct {
		name, text, lang, wantErr string
	}{
		{"invalid UTF-8", "My client \xff\xfe is 42 years old", "en", "not valid UTF-8"},
		{"empty", "", "en", ""},
		{"only spaces", "   \n\t ", "en", ""},
		{"over the limit", strings.Repeat("x", MaxTextBytes+1), "en", "limit"},
		{"control characters", "My client\x00 is\x07 a 42-year-old\x1b nurse", "en", ""},
		{"zero-width", "My client is a 4\u200b2-year-old nurse in Red\u200d Deer", "en", ""},
		{"unknown language", "Bonjour", "xx", "unsupported language"},
		{"right to left", "\u202eMy client is a 42-year-old nurse \u05e9\u05dc\u05d5\u05dd", "en", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := a.Analyze(Input{Text: tt.text, Lang: tt.lang})
			if tt.wantErr != "" {
				if !strings.Contains(res.Error, tt.wantErr) {
					t.Fatalf("Analyze(%.40q).Error = %q; want it to mention %q", tt.text, res.Error, tt.wantErr)
				}
				return
			}
			if res.Error != "" {
				t.Fatalf("Analyze(%.40q).Error = %q; want none", tt.text, res.Error)
			}
			checkSpans(t, tt.text, res)
		})
	}
}

func TestZeroWidthDoesNotHideDetails(t *testing.T) {
	a := defaultAnalyzer(t)
	text := "Referral for my client, a 4\u200b2-year-old nurse."
	res := a.Analyze(Input{Text: text, Lang: "en"})
	if !hasCategory(res, "age") {
		t.Fatalf("Analyze(%q) = %v; want an age finding despite the zero-width space", text, summarize(res))
	}
	checkSpans(t, text, res)
}

func TestEmojiOffsetsAreUTF16(t *testing.T) {
	a := defaultAnalyzer(t)
	text := "🎉🎉 So proud of my client, a 42-year-old nurse 💙"
	res := a.Analyze(Input{Text: text, Lang: "en"})
	var age *Finding
	for i := range res.Findings {
		if res.Findings[i].Category == "age" {
			age = &res.Findings[i]
		}
	}
	if age == nil {
		t.Fatalf("Analyze(%q) = %v; want an age finding", text, summarize(res))
	}
	// Each 🎉 is two UTF-16 code units.
	want := len(utf16.Encode([]rune(text[:strings.Index(text, "42")])))
	if age.Start != want || age.Text != "42-year-old" {
		t.Errorf("age finding = %d %q; want %d %q", age.Start, age.Text, want, "42-year-old")
	}
	checkSpans(t, text, res)
}

func TestDeterministic(t *testing.T) {
	a := defaultAnalyzer(t)
	text := "Thanks so much, Hope! It was a joy working with you. Client is a 42-year-old nurse in Red Deer who lost her husband in a crash last March."
	first := a.Analyze(Input{Text: text, Lang: "en"})
	for i := 0; i < 20; i++ {
		again := a.Analyze(Input{Text: text, Lang: "en"})
		if !reflect.DeepEqual(again, first) {
			t.Fatalf("run %d differs:\n%+v\n%+v", i, again, first)
		}
	}
}

func TestSkillRequestHasNoClinicalFinding(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, text := range []string{
		"Seeking a therapist who specializes in PTSD and trauma-informed care.",
		"Which self-help books do you like for grown-ups with social anxiety?",
		"How do you pace interoceptive exposure for people with panic disorder?",
	} {
		res := a.Analyze(Input{Text: text, Lang: "en"})
		if len(res.Findings) != 0 || res.Risk.Level != "none" {
			t.Errorf("Analyze(%q) = %v, risk %s; want no findings", text, summarize(res), res.Risk.Level)
		}
	}
}

func TestRiskGrowsWithQuasiIdentifiers(t *testing.T) {
	a := defaultAnalyzer(t)
	one := a.Analyze(Input{Text: "My client is in her 40s and anxious.", Lang: "en"})
	many := a.Analyze(Input{Text: "My client is a 40-year-old dentist in Red Deer whose brother died in a car crash last March.", Lang: "en"})
	if !(many.Risk.Score > one.Risk.Score) || many.Risk.Level != "high" {
		t.Errorf("risk(one detail) = %v, risk(age+job+place+event+date) = %v; want the second higher and high", one.Risk, many.Risk)
	}
	group := a.Analyze(Input{Text: "My client is a 40-year-old dentist, recently divorced.", Lang: "en", Platform: "listserv"})
	page := a.Analyze(Input{Text: "My client is a 40-year-old dentist, recently divorced.", Lang: "en", Platform: "facebook_page"})
	if !(page.Risk.Score > group.Risk.Score) {
		t.Errorf("public page score %.2f <= listserv score %.2f; want a public page to be riskier", page.Risk.Score, group.Risk.Score)
	}
}

func hasCategory(res Result, cat string) bool {
	for _, f := range res.Findings {
		if f.Category == cat {
			return true
		}
	}
	return false
}

// checkSpans verifies the docs/api.md §3 span rules: offsets in bounds, on
// character boundaries, end exclusive, text equal to its slice, sorted and
// not overlapping.
func checkSpans(t *testing.T, text string, res Result) {
	t.Helper()
	if err := CheckSpans(text, res); err != nil {
		t.Fatal(err)
	}
}

// TestWarmUpCompilesPatterns checks that WarmUp leaves every pattern rule
// with examples compiled, so the first real post pays for none of them.
func TestWarmUpCompilesPatterns(t *testing.T) {
	packs := mustEmbedded(t)
	a, err := New(packs)
	if err != nil {
		t.Fatal(err)
	}
	for part := range 3 {
		if err := a.WarmUp("fr", part, 3); err != nil {
			t.Fatal(err)
		}
	}
	c, err := a.packs["fr"].compiled()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Rules {
		if r.Kind == rules.KindPattern && r.RE.Pattern == nil {
			t.Errorf("fr/%s: pattern not compiled by WarmUp", r.ID)
		}
	}
	if err := a.WarmUp("xx", 0, 1); err == nil {
		t.Error("WarmUp(xx) = nil; want an error for a language without a pack")
	}
}

// TestPrepareInSteps checks that Prepare reads a pack first and compiles it
// only at the next step, so each can be a task of its own.
func TestPrepareInSteps(t *testing.T) {
	a, err := New(mustEmbedded(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Prepare("es", 0); err != nil {
		t.Fatal(err)
	}
	if a.packs["es"].c != nil {
		t.Error("Prepare(es, 0) compiled the pack; want it read only")
	}
	if err := a.Prepare("es", 1); err != nil {
		t.Fatal(err)
	}
	if a.packs["es"].c == nil {
		t.Error("Prepare(es, 1) left the pack uncompiled")
	}
	if err := a.Prepare("xx", 0); err == nil {
		t.Error("Prepare(xx) = nil; want an error for a language without a pack")
	}
}
