package rewrite

import (
	"strings"
	"testing"
)

// repairs is what mayRepair stands for: the tests Tidy makes one by one
// after it, each guarding one of its repairs (an empty parenthesis's,
// hasEmptyParens, first).
func repairs(s string, english bool) bool {
	return hasEmptyParens(s) ||
		strings.Contains(s, "  ") || strings.IndexByte(s, '\t') >= 0 ||
		followedBy(s, &spaceSet, &stopSet, 0) ||
		english && followedBy(s, &spaceSet, &markSet, 0) ||
		followedBy(s, &commaSet, &commaSet, 0) ||
		followedBy(s, &pauseSet, &endSet, 0) ||
		s != "" && (s[0] == ',' || s[0] == ';') || followedBy(s, &endSet, &commaSet, 1) ||
		english && articleMismatch(s)
}

// TestMayRepair checks mayRepair against the tests it folds into one
// pass, on every text of up to five bytes drawn from the bytes they look
// at, and on sentences a rewrite holds.
func TestMayRepair(t *testing.T) {
	const alphabet = " \t\n,;:.!?()aAnxE"
	texts := []string{
		"Looking for a therapist. Struggling with panic attacks.",
		"Seeking an therapist who works with couples , evenings.",
		"Anyone know a EMDR clinician?  Thanks",
		"Need help ; any ideas ? .",
		"A user, an hour, a one-off, an MRI (telehealth).",
		"Worked with grief (adults) and ( ) once, (;) twice ( , ).",
		"Anxiety (panic attacks)",
		"Busco terapeuta que hable quechua. ,y",
		"Ends with a",
	}
	var grow func(prefix string, n int)
	grow = func(prefix string, n int) {
		texts = append(texts, prefix)
		if n == 0 {
			return
		}
		for i := 0; i < len(alphabet); i++ {
			grow(prefix+alphabet[i:i+1], n-1)
		}
	}
	grow("", 5)
	for _, s := range texts {
		for _, english := range []bool{false, true} {
			if got, want := mayRepair(s, english), repairs(s, english); got != want {
				t.Fatalf("mayRepair(%q, %v) = %v; the tests it stands for say %v", s, english, got, want)
			}
		}
	}
}
