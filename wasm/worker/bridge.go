//go:build js && wasm

package main

import (
	"bytes"
	"context"
	"net/http"
	"strconv"
	"syscall/js"

	"github.com/syumai/workers"
)

// serve keeps one Go instance for the life of the isolate and hands every
// request of it to h. syumai's workers.Serve ends the program after one
// response, so its glue starts (and our analyzer compiles) once per
// request; worker.mjs instead calls context.binding.handle for each
// request:
//
//	handle(method, url, headers [[name, value]...], body Uint8Array|null, done)
//
// and done(status, headers, body Uint8Array|null) answers it. The body
// arrives whole (worker.mjs caps it): the handler reads small JSON only.
func serve(h http.Handler) {
	binding := js.Global().Get("context").Get("binding")
	binding.Set("handle", js.FuncOf(func(_ js.Value, args []js.Value) any {
		req, err := toRequest(args[0].String(), args[1].String(), args[2], args[3])
		done := args[4]
		if err != nil {
			done.Invoke(http.StatusBadRequest, js.ValueOf([]any{[]any{"content-type", "application/json"}}),
				bytesToJS([]byte(`{"error":"malformed request"}`)))
			return nil
		}
		// A callback must not block the event loop: the handler may wait
		// for KV, whose promises resolve only once control is back in JS.
		go func() {
			w := &bufferedWriter{header: http.Header{}, status: http.StatusOK}
			h.ServeHTTP(w, req)
			var body js.Value = js.Null()
			if w.body.Len() > 0 && req.Method != http.MethodHead {
				body = bytesToJS(w.body.Bytes())
			}
			done.Invoke(w.status, headersToJS(w.header), body)
		}()
		return nil
	}))
	workers.Ready()
	select {} // the isolate ends the program; until then it serves
}

func toRequest(method, url string, headers, body js.Value) (*http.Request, error) {
	var b []byte
	if body.Truthy() {
		b = make([]byte, body.Get("byteLength").Int())
		js.CopyBytesToGo(b, body)
	}
	req, err := http.NewRequestWithContext(context.Background(), method, url, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	for i, n := 0, headers.Length(); i < n; i++ {
		kv := headers.Index(i)
		req.Header.Add(kv.Index(0).String(), kv.Index(1).String())
	}
	if cl := req.Header.Get("Content-Length"); cl != "" {
		req.ContentLength, _ = strconv.ParseInt(cl, 10, 64)
	}
	if len(b) > 0 && int64(len(b)) > req.ContentLength {
		req.ContentLength = int64(len(b))
	}
	return req, nil
}

func bytesToJS(b []byte) js.Value {
	u := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u, b)
	return u
}

func headersToJS(h http.Header) js.Value {
	var pairs []any
	for name, vals := range h {
		for _, v := range vals {
			pairs = append(pairs, []any{name, v})
		}
	}
	return js.ValueOf(pairs)
}

// bufferedWriter keeps a whole response: answers are small JSON.
type bufferedWriter struct {
	header http.Header
	status int
	wrote  bool
	body   bytes.Buffer
}

func (w *bufferedWriter) Header() http.Header { return w.header }

func (w *bufferedWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
}

func (w *bufferedWriter) Write(b []byte) (int, error) {
	w.wrote = true
	return w.body.Write(b)
}
