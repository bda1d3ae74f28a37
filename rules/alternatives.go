package rules

import (
	"bytes"
	"encoding/json"
	"strings"
)

// alternatives is a pattern written either as one expression or, when it
// is long, as a list of alternatives, one a line, which mean the same as
// the expression (?:a)|(?:b)|…: the first alternative that matches at a
// position wins, as in one expression. Flags such as (?i) set inside an
// alternative hold for that alternative only.
type alternatives string

// UnmarshalJSON accepts a string or an array of strings.
func (a *alternatives) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '[' {
		var list []string
		if err := json.Unmarshal(b, &list); err != nil {
			return err
		}
		*a = alternatives(JoinAlternatives(list))
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*a = alternatives(s)
	return nil
}

// JoinAlternatives is the one expression a list of alternatives means.
func JoinAlternatives(list []string) string {
	if len(list) == 1 {
		return list[0]
	}
	var b strings.Builder
	for i, alt := range list {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString("(?:")
		b.WriteString(alt)
		b.WriteByte(')')
	}
	return b.String()
}

// strictDecode decodes b into v, refusing unknown fields as Load does.
func strictDecode(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// UnmarshalJSON decodes a rule whose pattern may be a list of alternatives.
func (r *Rule) UnmarshalJSON(b []byte) error {
	type plain Rule
	aux := struct {
		*plain
		Pattern alternatives `json:"pattern,omitempty"`
	}{plain: (*plain)(r)}
	if err := strictDecode(b, &aux); err != nil {
		return err
	}
	r.Pattern = string(aux.Pattern)
	return nil
}

// UnmarshalJSON decodes a context pattern that may be a list of alternatives.
func (g *Gated) UnmarshalJSON(b []byte) error {
	type plain Gated
	aux := struct {
		*plain
		Pattern alternatives `json:"pattern"`
	}{plain: (*plain)(g)}
	if err := strictDecode(b, &aux); err != nil {
		return err
	}
	g.Pattern = string(aux.Pattern)
	return nil
}

// UnmarshalJSON decodes an intent cue whose pattern may be a list of alternatives.
func (c *Cue) UnmarshalJSON(b []byte) error {
	type plain Cue
	aux := struct {
		*plain
		Pattern alternatives `json:"pattern"`
	}{plain: (*plain)(c)}
	if err := strictDecode(b, &aux); err != nil {
		return err
	}
	c.Pattern = string(aux.Pattern)
	return nil
}
