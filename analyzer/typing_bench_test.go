package analyzer

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// typingPosts returns BenchmarkTypingPosts's 25 posts.
func typingPosts(b testing.TB) []Input {
	var english []string
	for _, in := range corpusInputs(b, "train") {
		if in.Lang == "en" {
			english = append(english, in.Text)
		}
	}
	var ins []Input
	for i := 0; len(ins) < 25; i++ {
		var s []rune
		for j := i; len(s) < 1000; j++ {
			s = append(s, []rune(english[j%len(english)]+"\n")...)
		}
		ins = append(ins, Input{Text: string(s[:1000]), Lang: "en", Platform: "facebook_group", SkipRewrite: true})
	}
	return ins
}

// typedRequests returns the texts of the requests a user typing post
// sends, as the extension's 150 ms debounce batches keystrokes: the text
// grown by 5 to 20 bytes at a time (seeded), and now and then (one request
// in eight) a word typed back into the middle of what is there, as a
// correction does.
func typedRequests(post string, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, 1))
	var out []string
	typed := ""
	for n := 0; n < len(post); {
		prev := n
		n = min(len(post), n+5+r.IntN(16))
		for n < len(post) && !utf8.RuneStart(post[n]) {
			n++
		}
		typed += post[prev:n]
		if r.IntN(8) == 0 && len(typed) > 40 {
			// A correction: a short word put into the middle.
			i := len(typed)/4 + r.IntN(len(typed)/2)
			for !utf8.RuneStart(typed[i]) {
				i++
			}
			typed = typed[:i] + "so " + typed[i:]
		}
		out = append(out, typed)
	}
	return out
}

// benchmarkTyping times every request of typing each of the 25 posts of
// BenchmarkTypingPosts, one field after another; with field, the requests
// of a post name its field (Input.Field), so each reuses the last one's
// work. It reports the CPU time per 1,000 characters of request.
func benchmarkTyping(b *testing.B, field bool) {
	a := defaultAnalyzer(b)
	var ins []Input
	chars := 0
	for i, p := range typingPosts(b) {
		for _, s := range typedRequests(p.Text, uint64(i)) {
			in := p
			in.Text = s
			if field {
				in.Field = "typing-bench"
			}
			ins = append(ins, in)
			chars += utf8.RuneCountInString(s)
		}
	}
	for _, in := range ins {
		a.Analyze(in)
	}
	b.ResetTimer()
	defer reportCPU(b)()
	start, _ := processCPU()
	for i := 0; i < b.N; i++ {
		for _, in := range ins {
			a.Analyze(in)
		}
	}
	if end, ok := processCPU(); ok && b.N > 0 {
		b.ReportMetric(float64(end-start)/float64(b.N)/float64(chars)*1000, "cpu-ns/1000chars")
		b.ReportMetric(float64(len(ins)), "requests/op")
	}
}

// BenchmarkTypingGrowth and BenchmarkTypingGrowthFresh type the 25 posts
// request by request, with the field's reuse and without: the work of
// the requests a user's typing sends.
func BenchmarkTypingGrowth(b *testing.B)      { benchmarkTyping(b, true) }
func BenchmarkTypingGrowthFresh(b *testing.B) { benchmarkTyping(b, false) }

// BenchmarkTypingPostsMiss is BenchmarkTypingPosts with every post named
// as the same field: each request finds the last one's text to be another
// post's, which is what a miss of the reuse costs.
func BenchmarkTypingPostsMiss(b *testing.B) {
	a := defaultAnalyzer(b)
	ins := typingPosts(b)
	for i := range ins {
		ins[i].Field = "miss-bench"
		a.Analyze(ins[i])
	}
	b.ResetTimer()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		for _, in := range ins {
			a.Analyze(in)
		}
	}
}
