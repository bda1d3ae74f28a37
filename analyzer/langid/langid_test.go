package langid

import "testing"

// TestShortPosts: one-line posts, where trigram-only detection guesses
// wrong most often, get their own language. Written for this test.
func TestShortPosts(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"My client Maria, 42, is a nurse.", "en"},
		{"Client Jean, 34, plumber in Laval.", "en"},
		{"Dana, 67, retired teacher, lost her son.", "en"},
		{"pt is 34F, works nights at the plant", "en"},
		{"Ma cliente Maria, 42 ans, infirmière.", "fr"},
		{"Mon client a perdu son emploi la semaine passée.", "fr"},
		{"Elle travaille de nuit à l'usine depuis mars.", "fr"},
		{"Mi paciente Ana, 42, es enfermera.", "es"},
		{"Mi consultante perdió su trabajo en marzo.", "es"},
		{"Ella trabaja de noche en la fábrica.", "es"},
	} {
		if got := Detect(tc.text); got != tc.want {
			t.Errorf("Detect(%q) = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestUnsureShortPost: a post with no word of any language gets no answer,
// so the caller falls back to its own guess.
func TestUnsureShortPost(t *testing.T) {
	if got := Detect("42, 67, 3/14"); got != "" {
		t.Errorf(`Detect("42, 67, 3/14") = %q; want ""`, got)
	}
}

// TestLongPost: a long post takes the low-accuracy path and still gets its
// language.
func TestLongPost(t *testing.T) {
	text := "Looking for a therapist who works with grief in adolescents. " +
		"The family would prefer someone in person, evenings if possible, and " +
		"someone who has worked with sudden losses before. Any names welcome."
	if got := Detect(text); got != "en" {
		t.Errorf("Detect(long English post) = %q; want en", got)
	}
}
