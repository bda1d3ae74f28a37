package analyzer

import (
	"sort"
	"strings"

	"github.com/discreet-app/discreet/analyzer/rewrite"
)

// ApplyReplacements returns text with the given findings replaced by their
// replacements (end-exclusive UTF-16 spans, non-overlapping), tidied so the
// sentence stays readable. It is what accepting several suggestions does.
func ApplyReplacements(text string, findings []Finding) string {
	fs := append([]Finding(nil), findings...)
	sort.Slice(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
	u := utf16Offsets(text)
	var b strings.Builder
	last := 0
	for _, f := range fs {
		bs, be := u.byteAt(f.Start), u.byteAt(f.End)
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

// utf16Map maps UTF-16 offsets back to byte offsets.
type utf16Map []int

func utf16Offsets(text string) utf16Map {
	m := utf16Map{}
	for i, r := range text {
		m = append(m, i)
		if r >= 0x10000 {
			m = append(m, i)
		}
	}
	return append(m, len(text))
}

func (m utf16Map) byteAt(unit int) int {
	if unit < 0 {
		return 0
	}
	if unit >= len(m) {
		return m[len(m)-1]
	}
	return m[unit]
}
