package pack

import (
	"strings"
	"testing"
)

// BenchmarkScanKeywords times the keyword scan of an analysis (the gates
// a text opens and their hits, then the gates handed back) over posts made
// of the English pack's flag examples, about 1,000 bytes each; -benchmem
// shows what it leaves to the collector. CPU per post, robust on a busy
// machine: run it -benchtime 1x and 1000x under /usr/bin/time, divide the
// difference by 999 × the posts.
func BenchmarkScanKeywords(b *testing.B) {
	c := compiledPack(b, "en")
	var posts []string
	for _, p := range examplePosts(b, c, 200) {
		if len(posts) == 0 || len(posts[len(posts)-1]) >= 1000 {
			posts = append(posts, "")
		}
		posts[len(posts)-1] += strings.ToLower(p) + " "
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range posts {
			c.ReleaseGates(c.ScanKeywords(p))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(posts)), "ns/post")
}
