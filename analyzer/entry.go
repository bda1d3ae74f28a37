package analyzer

// The entry points of an analysis: Analyze, AnalyzeWith, and AnalyzeContext,
// which can be stopped between stages (analyze and run in analyzer.go).

import stdcontext "context" // the package has a type named context

// Analyze analyzes one post, guessing its language with the built-in
// stop-word profiles when in.Lang is empty.
func (a *Analyzer) Analyze(in Input) Result { return a.AnalyzeWith(in, nil) }

// AnalyzeWith is Analyze with a language detector for posts without Lang.
func (a *Analyzer) AnalyzeWith(in Input, detect Detector) Result {
	res, _ := a.analyze(in, detect, nil)
	return res
}

// AnalyzeContext is AnalyzeWith that gives up once ctx is done: it checks
// between the pipeline's stages (each linear in the text) and then returns
// ctx's error instead of a partial result.
func (a *Analyzer) AnalyzeContext(ctx stdcontext.Context, in Input, detect Detector) (Result, error) {
	if ctx.Err() != nil {
		return Result{ID: in.ID}, stdcontext.Cause(ctx)
	}
	res, ok := a.analyze(in, detect, ctx.Done())
	if !ok {
		return Result{ID: in.ID}, stdcontext.Cause(ctx)
	}
	return res, nil
}

// stopped reports whether done is closed; a nil done never is.
func stopped(done <-chan struct{}) bool {
	select {
	case <-done:
		return true
	default:
		return false
	}
}

// MaxTextBytes bounds one post. Longer text is not analyzed: its result
// has an error that states both sizes. Analysis is linear in the text
// (TestWorkIsLinear), so this bounds memory and time alike.
const MaxTextBytes = 1 << 20

// Detector guesses the language of a text, returning "" when unsure.
type Detector func(text string) string
