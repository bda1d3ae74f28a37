package protocol

import "github.com/discreet-app/discreet/analyzer"

// WarmUpRequests returns analyzer.WarmUpInputs as request lines: what the
// WebAssembly bridge hands the page's worker to send through the path a
// real request takes, JSON included. They ask as the extension asks: every
// one "compact", and every other one as typing does, without the rewrite.
func WarmUpRequests(a *analyzer.Analyzer, lang string, part, parts int) ([]string, error) {
	ins, err := a.WarmUpInputs(lang, part, parts)
	reqs := make([]string, 0, len(ins))
	var req []byte
	for i, in := range ins {
		req = append(req[:0], `{"text":`...)
		req = appendString(req, in.Text)
		req = append(req, `,"lang":`...)
		req = appendString(req, in.Lang)
		req = append(req, `,"platform":`...)
		req = appendString(req, in.Platform)
		req = append(req, `,"compact":true`...)
		if i%2 == 1 {
			req = append(req, `,"rewrite":false`...)
		}
		reqs = append(reqs, string(append(req, '}')))
	}
	return reqs, err
}
