package analyzer

import (
	"reflect"
	"sync"
	"testing"
)

// TestAnalyzeConcurrent: posts analyzed by four goroutines at once get
// the results they get one at a time. The gates and the views' token
// arrays go back to the pack's pools after each analysis and are taken by
// the next, on whichever goroutine; one analysis must never see
// another's (go test -race checks the handing over).
func TestAnalyzeConcurrent(t *testing.T) {
	a := defaultAnalyzer(t)
	ins := corpusInputs(t, "train")[:40]
	want := make([]Result, len(ins))
	for i, in := range ins {
		in.SkipRewrite = i%2 == 0
		ins[i] = in
		want[i] = a.Analyze(in)
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range len(ins) {
				i := (k + w*7) % len(ins)
				if got := a.Analyze(ins[i]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("post %d analyzed beside others: another result", i)
					return
				}
			}
		}()
	}
	wg.Wait()
}
