package analyzer

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

// The typed tables (typed_*_test.go) hold sentences written the way
// clinicians type them, each with the words a finding must cover.
//
// Their flag rows are also training data for the story tagger: since
// h-aug13, scripts/train reads every row with a lang, a text and a want
// (scripts/cmd/train/written.go) and teaches the want's words as a span
// of the row's category (the first of "a|b"), nothing of the other
// words. Half the rows, by a hash of the text, are held out of training
// and answer for generalization (scripts/train -written-report); a row
// added here changes the weights at the next retrain, and trained.json
// records the rows' SHA-256. Clean rows are not read.

// findingOver analyzes text and reports whether a finding that ok accepts
// overlaps want (in UTF-16 code units, as findings count offsets); when
// none does it lists every finding as "category:text". want must be in
// text.
func findingOver(t *testing.T, a *Analyzer, lang, text, want string, ok func(Finding) bool) (bool, []string) {
	t.Helper()
	i := strings.Index(text, want)
	if i < 0 {
		t.Fatalf("want %q is not in the text", want)
	}
	ws := len(utf16.Encode([]rune(text[:i])))
	we := ws + len(utf16.Encode([]rune(want)))
	var got []string
	for _, f := range a.Analyze(Input{Text: text, Lang: lang}).Findings {
		if ok(f) && f.Start < we && ws < f.End {
			return true, nil
		}
		got = append(got, f.Category+":"+f.Text)
	}
	return false, got
}

// ofCategory accepts a finding of any of cats.
func ofCategory(cats ...string) func(Finding) bool {
	return func(f Finding) bool { return slices.Contains(cats, f.Category) }
}

// cleanRow is a sentence of a typed table's clean side.
type cleanRow struct{ lang, text string }

// checkNone fails for each finding of a row that match accepts: a clean
// sentence must hold no what finding.
func checkNone(t *testing.T, rows []cleanRow, what string, match func(Finding) bool) {
	t.Helper()
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range rows {
		for _, f := range a.Analyze(Input{Text: tt.text, Lang: tt.lang}).Findings {
			if match(f) {
				t.Errorf("Analyze(%q) has %s finding %q (%s); want none", tt.text, what, f.Text, f.Rule)
			}
		}
	}
}

// typedRow is a row of a typed table: a post, the words a finding must
// cover and the categories it may have ("demographic|clinical"); open
// marks a structure the analyzer does not cover yet, logged instead of
// failed, so the table says what is left.
type typedRow struct {
	lang, text, want, category string
	open                       bool
}

// checkTypedRows runs a typed table's rows, each as a subtest.
func checkTypedRows(t *testing.T, rows []typedRow) {
	t.Helper()
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range rows {
		t.Run(tt.lang+"/"+tt.category+"/"+tt.text, func(t *testing.T) {
			ok, got := findingOver(t, a, tt.lang, tt.text, tt.want, ofCategory(strings.Split(tt.category, "|")...))
			switch {
			case ok && tt.open:
				t.Logf("open case now found: %q", tt.text)
			case !ok && tt.open:
				t.Logf("open: Analyze(%q) = %v; no %s finding over %q yet", tt.text, got, tt.category, tt.want)
			case !ok:
				t.Errorf("Analyze(%q) = %v; want a %s finding over %q", tt.text, got, tt.category, tt.want)
			}
		})
	}
}

// storyOrClinical counts a clinical finding or any story-tagger finding
// over the text, as the evaluation's recall counts it.
func storyOrClinical(f Finding) bool {
	return f.Category == "clinical" || strings.Contains(f.Rule, "/story-")
}

// checkClinicalRows runs a clinical table's rows, each as a subtest,
// and logs how many were missed.
func checkClinicalRows(t *testing.T, rows []typedRow) {
	t.Helper()
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	missed := 0
	for _, tt := range rows {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			ok, got := findingOver(t, a, tt.lang, tt.text, tt.want, storyOrClinical)
			switch {
			case !ok && tt.open:
				t.Logf("open: Analyze(%q) = %v; no clinical finding over %q yet", tt.text, got, tt.want)
			case !ok:
				missed++
				t.Errorf("Analyze(%q) = %v; want a clinical finding over %q", tt.text, got, tt.want)
			}
		})
	}
	t.Logf("%d of %d rows missed", missed, len(rows))
}
