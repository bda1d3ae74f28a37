package analyzer

import (
	"sort"
	"strings"

	"github.com/discreet-app/discreet/analyzer/internal/normalize"
	"github.com/discreet-app/discreet/analyzer/rewrite"
)

// ApplyReplacements returns text with the given findings replaced by their
// replacements (end-exclusive UTF-16 spans, non-overlapping), tidied so the
// sentence stays readable. It is what accepting several suggestions does.
func ApplyReplacements(text string, findings []Finding) string {
	fs := append([]Finding(nil), findings...)
	sort.Slice(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
	u := normalize.UnitsOf(text)
	var b strings.Builder
	last := 0
	for _, f := range fs {
		bs, be := u.Byte(f.Start), u.Byte(f.End)
		if bs < last || be < bs {
			continue
		}
		b.WriteString(text[last:bs])
		b.WriteString(f.Replacement)
		last = be
	}
	b.WriteString(text[last:])
	return rewrite.Tidy(b.String(), false)
}
