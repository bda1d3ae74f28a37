package rewrite

import (
	"regexp"
	"slices"
	"strings"
	"unsafe"
)

var placeholder = regexp.MustCompile(`\{([a-z_]+)\}`)

// expand fills {placeholders}. A [bracketed] segment is dropped when any
// placeholder inside it is empty; outside brackets an empty placeholder
// makes the whole template unusable and expand returns "".
//
// Every segment is written into one buffer, sized for the template with
// each of its placeholders filled, and a dropped segment is cut off
// again: the result costs one allocation, where a builder per segment,
// copied into another, cost ten in a referral's rewrite.
func expand(tmpl string, fill *fills) string {
	buf := make([]byte, 0, filledLen(tmpl, fill))
	ok := true
	for len(tmpl) > 0 {
		i := strings.IndexByte(tmpl, '[')
		if i < 0 {
			i = len(tmpl)
		}
		var fine bool
		if buf, fine = appendSegment(buf, tmpl[:i], fill); !fine {
			ok = false
		}
		if i == len(tmpl) {
			break
		}
		j := strings.IndexByte(tmpl[i:], ']')
		if j < 0 {
			j = len(tmpl) - i
		}
		n := len(buf)
		if buf, fine = appendSegment(buf, tmpl[i+1:i+j], fill); !fine {
			buf = buf[:n] // the bracketed segment goes
		}
		tmpl = tmpl[min(len(tmpl), i+j+1):]
	}
	if !ok || len(buf) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf)) // buf is not written again
}

// saysSomething reports whether a template would carry something from the
// post: a placeholder other than {provider} and {region} that is filled.
// "Seeking a therapist." alone helps nobody; the fallback says more.
func saysSomething(tmpl string, fill *fills, defaultProvider string) bool {
	for _, m := range placeholder.FindAllStringSubmatch(tmpl, -1) {
		switch name := m[1]; {
		case name == "provider" && fill.get(name) != defaultProvider:
			return true // "a play therapist" already says what is needed
		case name != "provider" && name != "region" && fill.get(name) != "":
			return true
		}
	}
	return !placeholder.MatchString(tmpl)
}

// filledLen returns the length of tmpl with every placeholder filled,
// brackets and all: what expand's buffer can need.
func filledLen(tmpl string, fill *fills) int {
	n := len(tmpl)
	for i := 0; i < len(tmpl); i++ {
		if tmpl[i] != '{' {
			continue
		}
		k := i + 1
		for k < len(tmpl) && (tmpl[k] >= 'a' && tmpl[k] <= 'z' || tmpl[k] == '_') {
			k++
		}
		if k < len(tmpl) && tmpl[k] == '}' {
			n += len(fill.get(tmpl[i+1 : k]))
			i = k
		}
	}
	return n
}

// appendSegment appends seg to dst with its placeholders filled, and
// reports whether each of them had a value.
func appendSegment(dst []byte, seg string, fill *fills) ([]byte, bool) {
	// One scan for what placeholder matches ({name}: a-z and _), which
	// its ReplaceAllStringFunc did at several times the cost.
	ok := true
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
		val := fill.get(seg[i+1 : k])
		if val == "" {
			ok = false
		}
		dst = append(dst, seg[last:i]...)
		dst = append(dst, val...)
		last, i = k+1, k
	}
	return append(dst, seg[last:]...), ok
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
	// strings.Join(items[:n-1], comma) + and + items[n-1], built in one
	// buffer sized for it.
	n := len(and) + len(comma)*(len(items)-2)
	for _, it := range items {
		n += len(it)
	}
	var b strings.Builder
	b.Grow(n)
	for i, it := range items {
		switch {
		case i == len(items)-1:
			b.WriteString(and)
		case i > 0:
			b.WriteString(comma)
		}
		b.WriteString(it)
	}
	return b.String()
}
