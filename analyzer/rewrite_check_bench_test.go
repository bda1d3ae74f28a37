package analyzer

import "testing"

// BenchmarkRewriteCheck times the rewrite's check alone (clean: a whole
// analysis of the rewrite's text, its findings of medium or high
// severity) on the text BenchmarkRewrite1000's post is rewritten to.
func BenchmarkRewriteCheck(b *testing.B) {
	a := defaultAnalyzer(b)
	p := prepare(b, a, Input{Text: postOfLength(1000), Lang: "en", Platform: "facebook_group"})
	out, _ := rewriteStage(p.c, p.v, p.g, p.whole, p.text, &p.res, p.kept, p.aboutClient)
	if out == "" {
		b.Fatal("no rewrite")
	}
	clean(p.c, out) // build every lazy part before timing
	b.ResetTimer()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		clean(p.c, out)
	}
}
