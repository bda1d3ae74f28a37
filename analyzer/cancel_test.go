package analyzer

import (
	stdcontext "context"
	"errors"
	"reflect"
	"testing"
)

func TestAnalyzeContext(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	in := Input{ID: "x", Text: "My client, a 40-year-old teacher, needs a referral.", Lang: "en"}
	got, err := a.AnalyzeContext(stdcontext.Background(), in, nil)
	if want := a.Analyze(in); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("AnalyzeContext(background) = %v, %v; want %v", got, err, want)
	}
	cause := errors.New("gone")
	ctx, cancel := stdcontext.WithCancelCause(stdcontext.Background())
	cancel(cause)
	if res, err := a.AnalyzeContext(ctx, in, nil); !errors.Is(err, cause) || len(res.Findings) != 0 {
		t.Errorf("AnalyzeContext(cancelled) = %v, %v; want no result and %v", res, err, cause)
	}
	// A done channel closed mid-way stops run at a stage boundary.
	done := make(chan struct{})
	close(done)
	if _, ok := a.analyze(in, nil, done); ok {
		t.Errorf("analyze with a closed done channel ran to the end")
	}
}
