package rewrite

import "testing"

func TestDropOwner(t *testing.T) {
	g := grammarFor(t, "en")
	for _, tc := range []struct{ before, repl, want string }{
		{"fit them in around her ", "their work", "fit them in around "},
		{"covers his ", "their work", "covers "},
		{"between their ", "their work", "between "},
		{"around the ", "their work", "around the "},         // no owner to drop
		{"works with her ", "a relative", "works with her "}, // the replacement owns nothing
		{"around her", "their work", "around her"},           // no space: inside a word
	} {
		if got := g.dropOwner(tc.before, tc.repl); got != tc.want {
			t.Errorf("dropOwner(%q, %q) = %q, want %q", tc.before, tc.repl, got, tc.want)
		}
	}
}
