package main

import "testing"

func TestPackageOf(t *testing.T) {
	for name, want := range map[string]string{
		"github.com_discreet_app_discreet_rules.Load": "github.com_discreet_app_discreet_rules",
		"(*github.com_tidwall_gjson.Result).String":   "github.com_tidwall_gjson",
		"regexp_syntax.Parse":                         "regexp_syntax",
		"(*regexp.Regexp).Match":                      "regexp",
		"golang.org_x_text_unicode_norm.Form.String":  "golang.org_x_text_unicode_norm",
		"runtime.mallocgc":                            "runtime",
		"":                                            "?",
	} {
		if got := packageOf(name); got != want {
			t.Errorf("packageOf(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestReportRefusesDamage(t *testing.T) {
	good := []byte("\x00asm\x01\x00\x00\x00\x00\x05\x04name") // one custom section, "name", empty
	if err := report(good, 5); err != nil {
		t.Errorf("a minimal module: %v", err)
	}
	for name, b := range map[string][]byte{
		"empty":             nil,
		"not wasm":          []byte("\x7fELF\x02\x01\x01\x00"),
		"section past end":  []byte("\x00asm\x01\x00\x00\x00\x0a\x7f\x00"),
		"name past section": []byte("\x00asm\x01\x00\x00\x00\x00\x02\x09n"),
		"unterminated leb":  []byte("\x00asm\x01\x00\x00\x00\x0a\xff"),
	} {
		if err := report(b, 5); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
