package rewrite

import (
	"regexp"
	"slices"
	"strings"
)

var placeholder = regexp.MustCompile(`\{([a-z_]+)\}`)

// expand fills {placeholders}. A [bracketed] segment is dropped when any
// placeholder inside it is empty; outside brackets an empty placeholder
// makes the whole template unusable and expand returns "".
func expand(tmpl string, fill map[string]string) string {
	var b strings.Builder
	ok := true
	for len(tmpl) > 0 {
		i := strings.IndexByte(tmpl, '[')
		if i < 0 {
			i = len(tmpl)
		}
		seg, fine := fillSegment(tmpl[:i], fill)
		if !fine {
			ok = false
		}
		b.WriteString(seg)
		if i == len(tmpl) {
			break
		}
		j := strings.IndexByte(tmpl[i:], ']')
		if j < 0 {
			j = len(tmpl) - i
		}
		if seg, fine := fillSegment(tmpl[i+1:i+j], fill); fine {
			b.WriteString(seg)
		}
		tmpl = tmpl[min(len(tmpl), i+j+1):]
	}
	if !ok {
		return ""
	}
	return b.String()
}

// saysSomething reports whether a template would carry something from the
// post: a placeholder other than {provider} and {region} that is filled.
// "Seeking a therapist." alone helps nobody; the fallback says more.
func saysSomething(tmpl string, fill map[string]string, defaultProvider string) bool {
	for _, m := range placeholder.FindAllStringSubmatch(tmpl, -1) {
		switch name := m[1]; {
		case name == "provider" && fill[name] != defaultProvider:
			return true // "a play therapist" already says what is needed
		case name != "provider" && name != "region" && fill[name] != "":
			return true
		}
	}
	return !placeholder.MatchString(tmpl)
}

func fillSegment(seg string, fill map[string]string) (string, bool) {
	// One scan for what placeholder matches ({name}: a-z and _), which
	// its ReplaceAllStringFunc did at several times the cost.
	ok := true
	var b strings.Builder
	last := 0
	for i := 0; i < len(seg); i++ {
		if seg[i] != '{' {
			continue
		}
		k := i + 1
		for k < len(seg) && (seg[k] >= 'a' && seg[k] <= 'z' || seg[k] == '_') {
			k++
		}
		if k == i+1 || k == len(seg) || seg[k] != '}' {
			continue
		}
		val := fill[seg[i+1:k]]
		if val == "" {
			ok = false
		}
		b.WriteString(seg[last:i])
		b.WriteString(val)
		last, i = k+1, k
	}
	if last == 0 {
		return seg, ok
	}
	b.WriteString(seg[last:])
	return b.String(), ok
}

// joinList lists items with the pack's joiners: "a, b and c".
func (c *run) joinList(items []string) string {
	j := c.pack.Rewrite.Joiners
	and, comma := j["and"], j["comma"]
	if and == "" {
		and = " and "
	}
	if comma == "" {
		comma = ", "
	}
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	if slices.ContainsFunc(items, func(it string) bool { return strings.Contains(it, and) }) {
		// "grief and bereavement and housing" reads as one item: with an
		// item that holds the joiner, commas alone part them.
		return strings.Join(items, comma)
	}
	return strings.Join(items[:len(items)-1], comma) + and + items[len(items)-1]
}
