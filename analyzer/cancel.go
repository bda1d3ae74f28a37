package analyzer

import stdcontext "context" // the package has a type named context

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
