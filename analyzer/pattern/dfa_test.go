package pattern

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// dfaCases are expressions where leftmost-first priority, laziness, case
// folding and the assertions decide the answer, so an automaton that gets
// any of them wrong gives a different end than regexp.
var dfaCases = []string{
	`(?:a|ab)(?:c|bcd)`, `x|xy|xyz`, `xyz|xy|x`, `a+?b?`, `a*?b`, `(a+)(b+)?`, `(?:ab|a)(?:bc)?`,
	`a{2,4}?`, `\b_\w+`, `\w+_\b`, `(?i)k+\b`, `(?i)straße`, `(?m)^x\w*`, `(?m)\w+$`, `\w+\B`,
	`[^.]{0,8}\.`, `(?s:.)+?\n`, `.+\n`, `(?i:é|e)\w*`, `\d+(?:\.\d+)?`, `(?:\s*,\s*\w+)+`,
	`(?:my|our)\s+(?:\w+\s+)?(?:son|daughter)`, `[A-Z][\p{L}'’-]+,\s*`, `\p{Lu}\p{Ll}+`, `🙂+`, `\bx\b`, `x\B`, `^(?:a|ab)(?:c|bcd)`, `^\s*(?:and|&)\s+\w`, `^(?i:é)`,
}

func dfaInputs(t *testing.T) []string {
	return append(samples(t),
		"x_ x^ x` x[ x\\ x] _x ^x, ab abc abcd abbcd xyz xy x_y _x x_ aab aaab", "K\u212ak straße STRASSE strasse", "line\nx1 xy\n\nxz",
		"3.14 and 2, 7 ,  8,9", "my son, our little daughter, my daughter", "Élise, Zoë: 🙂🙂 é e É",
		"a\u200bb\u200f\u202e x\ufeffy", "\xffab\xc3(", "",
	)
}

// TestDFAMatchesRegexp compares the automaton, at every position of every
// input, with regexp running the same expression anchored there: where the
// leftmost-first match ends, whether there is one, and, for reversed
// patterns, the answer on the reversed text.
func TestDFAMatchesRegexp(t *testing.T) { checkDFA(t, dfaCases, dfaInputs(t)) }

// checkDFA runs TestDFAMatchesRegexp's comparison for the patterns pats.
func checkDFA(t *testing.T, pats, inputs []string) {
	t.Helper()
	runs := 0
	for _, src := range pats {
		p, err := compilePattern(src)
		if err != nil {
			t.Fatal(err)
		}
		pats := append([]*pattern{p}, p.alts...)
		for _, q := range pats {
			if q.auto.src == nil {
				continue
			}
			d := q.auto.get()
			re := regexp.MustCompile(q.auto.src.String())
			for _, s := range inputs {
				for i := 0; i <= len(s); i++ {
					if i < len(s) && !utf8.RuneStart(s[i]) || q.start && i > 0 {
						continue
					}
					want := noMatch
					if q.start { // one try, at 0
						if m := re.FindStringIndex(s); m != nil {
							want = m[1]
						}
					} else if m := q.atRE(s, i, true); m != nil {
						want = m[1]
					}
					if got := d.match(s, i, false); got != want {
						t.Fatalf("%q at %d of %q: automaton ends at %d; regexp at %d", q.auto.src.String(), i, s, got, want)
					}
					if got := d.match(s, i, true); (got >= 0) != (want >= 0) {
						t.Fatalf("%q at %d of %q: automaton (earliest) says %d; regexp %d", q.auto.src.String(), i, s, got, want)
					}
					runs++
				}
			}
		}
		if p.rev.src != nil {
			rev := regexp.MustCompile(p.rev.src.String())
			d := p.revAuto.get()
			for _, s := range inputs {
				want := rev.Match(reverseRunes(nil, s))
				if got := d.matchReverse(s); got != 0 && got != 1 || (got == 1) != want {
					t.Fatalf("%q (reversed) on %q: automaton says %d; regexp %v", p.rev.src.String(), s, got, want)
				}
			}
		}
	}
	t.Logf("%d anchored runs compared", runs)
}

// checkDFAStates runs the automata of pats from every position of the
// inputs and fails if one fills up (past maxStates a pattern falls back to
// regexp). It returns the most states an automaton made.
func checkDFAStates(t *testing.T, pats, inputs []string) int {
	t.Helper()
	text := strings.Join(inputs, "\n")
	most, name := 0, ""
	for _, src := range pats {
		p, _ := compilePattern(src)
		for _, q := range append([]*pattern{p}, p.alts...) {
			if q.auto.src == nil {
				continue
			}
			d := q.auto.get()
			for i := range text {
				d.match(text, i, false)
			}
			if d.full.Load() {
				t.Errorf("%q: automaton full", q.auto.src.String())
			}
			if len(d.states) > most {
				most, name = len(d.states), q.auto.src.String()
			}
		}
	}
	t.Logf("largest automaton: %d states (%.60s)", most, name)
	return most
}

// kinPattern is a pattern with a loop and alternatives, for the tests of
// an automaton shared or reset while it runs.
const kinPattern = `(?i)\b(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|client)\b`

// dfaAnswers runs o's automaton from every position of text.
func dfaAnswers(o *onceDFA, text string) []int {
	out := make([]int, len(text))
	for i := range text {
		out[i] = o.get().match(text, i, false)
	}
	return out
}

// TestDFAConcurrent runs one automaton from several goroutines while it is
// still being built, and while ForgetStates makes it start again (go test
// -race checks the locking).
func TestDFAConcurrent(t *testing.T) {
	text := strings.Join(dfaInputs(t), " ")
	want := dfaAnswers(&onceDFA{src: &source{text: kinPattern}}, text)
	shared := &onceDFA{src: &source{text: kinPattern}}
	for _, got := range whileForgetting(4, func() []int { return dfaAnswers(shared, text) }) {
		if !slices.Equal(got, want) {
			t.Fatal("concurrent runs disagree")
		}
	}
}

// whileForgetting calls run from n goroutines at once while ForgetStates
// keeps making every automaton start again, and returns their answers.
func whileForgetting(n int, run func() []int) [][]int {
	done := make(chan []int)
	for range n {
		go func() { done <- run() }()
	}
	stop := make(chan bool)
	go func() {
		for {
			select {
			case <-stop:
				stop <- true
				return
			default:
				ForgetStates()
			}
		}
	}()
	got := make([][]int, 0, n)
	for range n {
		got = append(got, <-done)
	}
	stop <- true
	<-stop
	return got
}

// TestForgetStates checks that automata start again without states after
// ForgetStates and still give the same answers.
func TestForgetStates(t *testing.T) {
	o := &onceDFA{src: &source{text: kinPattern}}
	text := strings.Join(dfaInputs(t), " ")
	want := dfaAnswers(o, text)
	built := len(o.get().states)
	ForgetStates()
	if n := len(o.get().states); n != 1 {
		t.Errorf("after ForgetStates: %d states (had %d); want only the dead state", n, built)
	}
	if got := dfaAnswers(o, text); !slices.Equal(got, want) {
		t.Error("answers differ after ForgetStates")
	}
	if n := len(o.get().states); n != built {
		t.Errorf("states rebuilt: %d, first time %d", n, built)
	}
}
