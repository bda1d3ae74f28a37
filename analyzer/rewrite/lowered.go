package rewrite

import "unicode/utf8"

// lowerOf reports whether lower is s lower-cased byte for byte, s being
// ASCII: then lower is what lowerSame(s) returns, and a caller that has
// it (Post.Lower, the analysis's view) spares the rewrite a copy of the
// post. Eight bytes at a time, as lowerSameIn lower-cases them.
func lowerOf(s, lower string) bool {
	if len(lower) != len(s) {
		return false
	}
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		if x&highBits != 0 || x|upperBits(x)>>2 != load8(lower, i) {
			return false
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		if lower[i] != c {
			return false
		}
	}
	return true
}
