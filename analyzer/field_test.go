package analyzer

import (
	"fmt"
	"github.com/discreet-app/discreet/analyzer/internal/match"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// invented posts for the edit replays: details of several kinds, in
// sentences that an edit splits and joins.
var inventedPosts = []Input{
	{Lang: "en", Text: "Hi all. Looking for a therapist in Halifax for my client, a 34 year old nurse who lost her brother last spring. She works nights at the hospital.\nShe has two kids (8 and 11). Any leads? DM me at 555-201-8890."},
	{Lang: "en", Text: "Consult request: adolescent male, 15, referred by his school counsellor after a fight. Parents recently divorced; dad moved to Calgary in March. Thoughts on family work vs individual?"},
	{Lang: "fr", Text: "Bonjour à toutes. Je cherche une collègue à Montréal pour une cliente de 42 ans, enseignante, qui vit un deuil depuis le décès de sa mère en janvier. Merci!"},
	{Lang: "es", Text: "Hola colegas. Busco terapeuta en Sevilla para un paciente de 29 años, bombero, con ataques de pánico desde el incendio de la fábrica. ¿Alguna recomendación?"},
	{Lang: "en", Text: "my client jenny (works at the starbucks on main st) told me her ex showed up at her apartment again. what would you do next"},
}

// snippets are what the replays type and paste.
var snippets = []string{
	"a", "e", " ", ". ", "\n", "\n\n", "my client ", "her husband", "42", "in Toronto",
	"She is a teacher.", "Dr. Smith", "é", "—", "😀", "555-0199", ", ", "?", "St. Mary's Hospital",
	"He was diagnosed with bipolar disorder in 2019. ", "le 3 mars ", "años",
}

// edit applies one random edit to s: an insertion, a deletion, a paste,
// at the start, the end or anywhere, a sentence split or join, or a
// retyped run; it keeps s valid UTF-8.
func edit(r *rand.Rand, s string, others []string) string {
	at := func() int {
		switch r.IntN(4) {
		case 0:
			return 0
		case 1:
			return len(s)
		}
		i := r.IntN(len(s) + 1)
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
		return i
	}
	switch r.IntN(7) {
	case 0, 1: // type a few characters
		i := at()
		return s[:i] + snippets[r.IntN(len(snippets))] + s[i:]
	case 2: // delete a run
		i, j := at(), at()
		if i > j {
			i, j = j, i
		}
		if j-i > 40 {
			j = i + r.IntN(40)
			for j < len(s) && !utf8.RuneStart(s[j]) {
				j++
			}
		}
		return s[:i] + s[j:]
	case 3: // paste part of another post
		o := others[r.IntN(len(others))]
		a := r.IntN(len(o) + 1)
		b := min(len(o), a+r.IntN(200))
		for a < len(o) && !utf8.RuneStart(o[a]) {
			a++
		}
		for b < len(o) && !utf8.RuneStart(o[b]) {
			b++
		}
		i := at()
		return s[:i] + o[min(a, b):b] + s[i:]
	case 4: // split a sentence
		i := at()
		return s[:i] + ". " + s[i:]
	case 5: // join two sentences: a sentence end after a random point goes
		from := r.IntN(len(s) + 1)
		for from < len(s) && !utf8.RuneStart(s[from]) {
			from++
		}
		if k := strings.IndexAny(s[from:], ".\n"); k >= 0 {
			k += from
			return s[:k] + " " + strings.TrimLeft(s[k+1:], " ")
		}
		return s
	default: // cut the end and type it again, as typing a post does
		i := at()
		return s[:i]
	}
}

// replay analyzes a sequence of random edits of in with and without the
// field's reuse and fails on the first answer that differs; it returns
// how many windows and sentences were reused.
func replay(t *testing.T, a *Analyzer, in Input, field string, seed uint64, steps int, others []string) (reused int) {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 17))
	s := in.Text
	for step := 0; step < steps; step++ {
		if step > 0 {
			s = edit(r, s, others)
		}
		q := in
		q.Text, q.SkipRewrite = s, step%3 != 0
		want := fmt.Sprintf("%#v", a.Analyze(q))
		q.Field = field
		got := fmt.Sprintf("%#v", a.Analyze(q))
		if got != want {
			t.Fatalf("seed %d step %d: the reused analysis differs from a fresh one\ntext: %q\nfresh: %s\nreused: %s", seed, step, s, want, got)
		}
		a.fields.mu.Lock()
		for _, st := range a.fields.states {
			if st.key == field {
				reused += st.match.Hits + st.tag.hits
			}
		}
		a.fields.mu.Unlock()
	}
	return reused
}

// TestFieldReuseIsExact replays seeded random edits (typing, deletions,
// pastes, sentence splits and joins, at the start, the middle and the end)
// over invented posts and over the corpus posts (read at test time), and
// compares each answer of the field's reuse with a fresh analysis.
func TestFieldReuseIsExact(t *testing.T) {
	// Every replayed window is searched again and every reused sentence
	// tagged again, which panics on a difference: what the reuse assumes
	// is checked where it is used, and the answers are compared below.
	match.VerifyReuse.Store(true)
	verifyTagReuse.Store(true)
	defer match.VerifyReuse.Store(false)
	defer verifyTagReuse.Store(false)
	a := defaultAnalyzer(t)
	var posts []Input
	posts = append(posts, inventedPosts...)
	for _, set := range []string{"train", "dev"} {
		posts = append(posts, corpusInputs(t, set)...)
	}
	if testing.Short() {
		posts = posts[:len(inventedPosts)+40]
	}
	var others []string
	for _, p := range posts {
		others = append(others, p.Text)
	}
	reused := 0
	for i, p := range posts {
		steps := 12
		if i < len(inventedPosts) {
			steps = 60
		}
		reused += replay(t, a, p, fmt.Sprintf("test-field-%d", i%3), uint64(i), steps, others)
	}
	if reused == 0 {
		t.Fatal("no window or sentence was ever reused: the replay tests nothing")
	}
}

// TestFieldTypedGrowth types each invented post a few characters at a
// time, as the extension's requests come while a user types, and checks
// that most sentences are reused.
func TestFieldTypedGrowth(t *testing.T) {
	a := defaultAnalyzer(t)
	var hits, tagged int
	for i, p := range inventedPosts {
		field := fmt.Sprintf("grow-%d", i)
		for n := 0; n < len(p.Text); {
			n = min(len(p.Text), n+7)
			for n < len(p.Text) && !utf8.RuneStart(p.Text[n]) {
				n++
			}
			q := p
			q.Text, q.SkipRewrite = p.Text[:n], true
			want := fmt.Sprintf("%#v", a.Analyze(q))
			q.Field = field
			if got := fmt.Sprintf("%#v", a.Analyze(q)); got != want {
				t.Fatalf("post %d at %d: the reused analysis differs", i, n)
			}
			st := a.fields.take(field)
			hits, tagged = hits+st.tag.hits, tagged+st.tag.tagged
			a.fields.put(st)
		}
	}
	// Typing at the end leaves every sentence but the last as it was; the
	// posts are short (five sentences or fewer), so the one being typed is
	// tagged anew on every request, and the first request reuses nothing.
	if 2*hits < tagged {
		t.Errorf("%d sentences reused, %d tagged: typing at the end should reuse the sentences before the last", hits, tagged)
	}
}

// TestFieldCacheBounded checks that the analyzer keeps at most maxFields
// fields, and that Forget drops one.
func TestFieldCacheBounded(t *testing.T) {
	a, err := New(mustEmbedded(t))
	if err != nil {
		t.Fatal(err)
	}
	for i := range maxFields + 5 {
		a.Analyze(Input{Text: inventedPosts[0].Text, Lang: "en", Field: fmt.Sprint(i)})
	}
	if n := a.fieldStates(); n != maxFields {
		t.Fatalf("%d fields kept, want %d", n, maxFields)
	}
	a.Forget(fmt.Sprint(maxFields + 4))
	if n := a.fieldStates(); n != maxFields-1 {
		t.Fatalf("%d fields kept after Forget, want %d", n, maxFields-1)
	}
	a.Analyze(Input{Text: strings.Repeat("x", maxReuseBytes+1), Lang: "en", Field: "huge"})
	if n := a.fieldStates(); n != maxFields-1 {
		t.Fatalf("a text past maxReuseBytes was kept: %d fields", n)
	}
}
