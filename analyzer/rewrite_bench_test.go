package analyzer

import (
	"testing"
	"time"

	"github.com/discreet-app/discreet/analyzer/internal/pack"

	"github.com/discreet-app/discreet/analyzer/internal/match"
)

// prepared is a post analyzed up to the rewrite: what rewrite takes.
type prepared struct {
	c    *pack.Compiled
	v    *pack.View
	g    *pack.Gates
	text string
	// whole holds the post's sentences, which the pipeline splits before
	// the rewrite and hands it.
	whole []pack.Span
	res   Result
	kept  []pack.Candidate
	// aboutClient is the pipeline's: a post without findings that
	// refers to a client.
	aboutClient bool
}

// prepare runs the analysis of in up to, not including, the rewrite.
func prepare(tb testing.TB, a *Analyzer, in Input) prepared {
	tb.Helper()
	p := prepared{text: in.Text}
	lp, ok := a.packs[in.Lang]
	if !ok {
		tb.Fatalf("no pack for %q", in.Lang)
	}
	c, err := lp.compiled()
	if err != nil {
		tb.Fatal(err)
	}
	p.c = c
	p.v = pack.NewView(in.Text)
	p.whole = pack.SplitSentences(p.v.Text, c.Abbrev)
	sents := p.whole
	p.g = c.ScanKeywords(p.v.Lower)
	cands := match.Find(c, p.v, sents, p.g)
	ctx := newContext(c, p.v, sents, p.g, cands, nil)
	p.kept = resolveOverlaps(p.v.Text, ctx.attribute(cands))
	p.res.Language = in.Lang
	p.res.Findings = toFindings(c, p.v, in.Text, p.kept)
	p.res.Intent = classifyIntent(c, in.Text, p.v, sents, in.Platform, p.g, ctx.post)
	p.aboutClient = len(p.res.Findings) == 0 && ctx.post.refersToClient() && !ctx.post.aboutOthers()
	return p
}

// benchmarkRewrite times rewrite alone over posts, and reports it per
// 1,000 characters of post (the budget: 50 µs).
func benchmarkRewrite(b *testing.B, posts []Input) {
	a := defaultAnalyzer(b)
	var ps []prepared
	chars := 0
	for _, in := range posts {
		p := prepare(b, a, in)
		rewriteStage(p.c, p.v, p.g, p.whole, p.text, &p.res, p.kept, p.aboutClient) // build every lazy part before timing
		ps = append(ps, p)
		chars += len([]rune(in.Text))
	}
	b.ResetTimer()
	defer reportCPU(b)()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for j := range ps {
			p := &ps[j]
			rewriteStage(p.c, p.v, p.g, p.whole, p.text, &p.res, p.kept, p.aboutClient)
		}
	}
	elapsed := time.Since(start)
	b.ReportMetric(float64(elapsed.Microseconds())/float64(b.N)/float64(chars)*1000, "µs/1000chars")
}

// BenchmarkRewriteCorpus rewrites every post of the development corpus.
func BenchmarkRewriteCorpus(b *testing.B) { benchmarkRewrite(b, corpusTexts(b)) }

// BenchmarkRewrite1000 rewrites a 1,000-character referral post.
func BenchmarkRewrite1000(b *testing.B) {
	benchmarkRewrite(b, []Input{{Text: postOfLength(1000), Lang: "en", Platform: "facebook_group"}})
}

// BenchmarkRewrite10000 rewrites a 10,000-character post: the cost grows
// with the text, not faster.
func BenchmarkRewrite10000(b *testing.B) {
	benchmarkRewrite(b, []Input{{Text: postOfLength(10000), Lang: "en", Platform: "facebook_group"}})
}
