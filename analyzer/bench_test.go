package analyzer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/adversarial"
	"github.com/discreet-app/discreet/rules"
)

// benchPost is a synthetic referral post with the usual mix of details.
const benchPost = adversarial.Prose

// reportCPU starts counting the process's CPU time; the function it
// returns, called when the timed loop ends, reports it per op as cpu-ns/op.
// On a shared machine, where other work makes the wall-clock ns/op swing
// by half, CPU time is the steadier figure (the collector's CPU time is
// in it, as it should be; time spent waiting for a CPU is not).
func reportCPU(b *testing.B) func() {
	start, ok := processCPU()
	return func() {
		if end, _ := processCPU(); ok && b.N > 0 {
			b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
		}
	}
}

func postOfLength(n int) string {
	s := strings.Repeat(benchPost, n/len(benchPost)+1)
	return s[:n]
}

func benchmarkAnalyze(b *testing.B, n int) { benchmarkInput(b, n, false) }

// benchmarkInput times Analyze on a post of n bytes; skipRewrite asks for
// findings and risk only, as the extension does while the user types.
func benchmarkInput(b *testing.B, n int, skipRewrite bool) {
	a := defaultAnalyzer(b)
	in := Input{Text: postOfLength(n), Lang: "en", Platform: "facebook_group", SkipRewrite: skipRewrite}
	// Compile the pack (and the automata this text reaches) before timing:
	// that is the cold start, which BenchmarkColdStart measures, and it
	// would otherwise land on whichever benchmark runs first.
	a.Analyze(in)
	b.SetBytes(int64(len(in.Text)))
	b.ResetTimer()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		a.Analyze(in)
	}
}

func BenchmarkAnalyze200(b *testing.B)   { benchmarkAnalyze(b, 200) }
func BenchmarkAnalyze1000(b *testing.B)  { benchmarkAnalyze(b, 1000) }
func BenchmarkAnalyze10000(b *testing.B) { benchmarkAnalyze(b, 10000) }

// BenchmarkTyping1000 and BenchmarkTyping10000 time the request the
// extension sends while the user types ("rewrite": false): findings and
// risk, no intent or rewrite.
func BenchmarkTyping1000(b *testing.B)  { benchmarkInput(b, 1000, true) }
func BenchmarkTyping10000(b *testing.B) { benchmarkInput(b, 10000, true) }

// BenchmarkTypingPosts times the typing request over the posts the
// extension's benchmark sends (extension/bench/bench.mjs): 25 posts of
// 1,000 characters, each consecutive English train posts joined and cut. Unlike
// the synthetic post above, they hold curly quotes, emoji and typos, so
// normalization and the speller do their real share of the work.
func BenchmarkTypingPosts(b *testing.B) {
	a := defaultAnalyzer(b)
	ins := typingPosts(b)
	for _, in := range ins {
		a.Analyze(in)
	}
	b.ResetTimer()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		for _, in := range ins {
			a.Analyze(in)
		}
	}
}

// BenchmarkColdStart measures compiling the English pack and analyzing a
// first post: what a fresh process (or Worker instance) pays before its
// first answer, once the pack files are loaded.
func BenchmarkColdStart(b *testing.B) {
	packs := mustEmbedded(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a, err := New(packs)
		if err != nil {
			b.Fatal(err)
		}
		a.Analyze(Input{Text: benchPost, Lang: "en"})
	}
}

// BenchmarkLoadPacks measures reading and validating the English pack
// files (word lists included), the other half of a cold start.
func BenchmarkLoadPacks(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := rules.Load(rules.EmbeddedFS(), "en"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCorpus analyzes every post of the development corpus (all three
// languages, with their lang set): the speed on real-length posts.
func BenchmarkCorpus(b *testing.B) { benchmarkPosts(b, corpusTexts(b)) }

// benchmarkPosts analyzes posts, one pass an operation.
func benchmarkPosts(b *testing.B, posts []Input) {
	a := defaultAnalyzer(b)
	total := 0
	for _, in := range posts {
		total += len(in.Text)
		a.Analyze(in) // compile every language's pack before timing
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		for _, in := range posts {
			a.Analyze(in)
		}
	}
}

// BenchmarkCorpusLower is BenchmarkCorpus with every post typed in lower
// case: the recasing of an uncased post (listed names in their slot,
// words no dictionary knows, hyphened names) runs on each.
func BenchmarkCorpusLower(b *testing.B) {
	posts := corpusTexts(b)
	for i := range posts {
		posts[i].Text = strings.ToLower(posts[i].Text)
	}
	benchmarkPosts(b, posts)
}

// BenchmarkFirstPass analyzes every development post once with a fresh
// analyzer (packs compiled before timing): the cost of text the pattern
// automata have not seen yet, which they build their states for, as a
// user's first posts do.
func BenchmarkFirstPass(b *testing.B) {
	packs := mustEmbedded(b)
	posts := corpusTexts(b)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		a, err := New(packs)
		if err != nil {
			b.Fatal(err)
		}
		for _, lang := range a.Languages() {
			if err := a.WarmUp(lang, 0, 1); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		for _, in := range posts {
			a.Analyze(in)
		}
	}
}

// BenchmarkAdversarial analyzes texts of 10 KB to 1 MB made of the shapes
// that once made matching quadratic (package adversarial): its time per byte
// stays flat as the text grows.
func BenchmarkAdversarial(b *testing.B) {
	a := defaultAnalyzer(b)
	for _, sh := range adversarial.Shapes {
		switch sh.Name {
		case "digits", "letters", "punctuation", "spaces", "keyword", "no-spaces", "prose":
		default:
			continue
		}
		for _, n := range []int{10_000, 100_000, 200_000, 1_000_000} {
			text := adversarial.RepeatTo(sh.Unit, n)
			b.Run(fmt.Sprintf("%s/%dK", sh.Name, n/1000), func(b *testing.B) {
				in := Input{Text: text, Lang: "en", Platform: "facebook_group"}
				a.Analyze(in)
				b.SetBytes(int64(len(text)))
				b.ResetTimer()
				defer reportCPU(b)()
				for i := 0; i < b.N; i++ {
					a.Analyze(in)
				}
			})
		}
	}
}
