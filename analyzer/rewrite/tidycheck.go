package rewrite

// mayRepair reports whether one of Tidy's repairs before its final trim
// and capitals may change s: it holds an empty parenthesis ("( )", "(, )":
// emptyAt; a parenthesis with words in it needs no repair), a tab or a
// doubled space, white space before , . ) (or before ; : ! ? in English), a
// comma or semicolon after another, one of , ; : before a sentence's end,
// a comma or semicolon first or after a sentence's end and a space, or
// (in English) an "a"/"an" that disagrees with the next word. It is the
// tests that guard Tidy's repairs (followedBy, articleMismatch), made in
// one pass over s: false means none of them would hold, and Tidy has
// only to trim s and capitalize its sentences.
func mayRepair(s string, english bool) bool {
	if s != "" && (s[0] == ',' || s[0] == ';') {
		return true
	}
	next := 0 // the first byte after the run of white space being walked
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !repairBytes[c] {
			continue // the cheap look: a byte no case below starts with
		}
		switch {
		case c == '(':
			if emptyAt(s, i) {
				return true
			}
		case c == '\t':
			return true
		case spaceSet[c]:
			if c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
			if next <= i {
				next = skipSpace(s, i+1) // every byte of the run is followed by the same
			}
			if next < len(s) && (stopSet[s[next]] || english && markSet[s[next]]) {
				return true
			}
		case pauseSet[c]: // , ; :
			j := skipSpace(s, i+1)
			if j < len(s) && (commaSet[c] && commaSet[s[j]] || endSet[s[j]]) {
				return true
			}
		case endSet[c]: // . ! ?
			if j := skipSpace(s, i+1); j > i+1 && j < len(s) && commaSet[s[j]] {
				return true
			}
		case english && (c == 'a' || c == 'A'):
			if an, wantAn, ok := aAnAt(s, i); ok && an != wantAn {
				return true
			}
		}
	}
	return false
}

// repairBytes holds the bytes mayRepair's cases start with: a
// parenthesis, a tab, white space, , ; : . ! ? and the a of an article.
var repairBytes = bytesOf("(\t" + spaceBytes + ",;:" + ".!?" + "aA")

// skipSpace returns the index of the first byte of s at or after i that
// is not white space (regexp's \s), or len(s).
func skipSpace(s string, i int) int {
	for i < len(s) && spaceSet[s[i]] {
		i++
	}
	return i
}
