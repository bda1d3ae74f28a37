package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/langid"
)

func runScan(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one result object")
	asJSONL := fs.Bool("jsonl", false, "read JSON lines, write one result per line")
	lang := fs.String("lang", "", "language of the post (en, fr, es); detected when empty")
	platform := fs.String("platform", "", "where the post goes: facebook_group, facebook_page, forum, reddit, review_site, listserv, other")
	color := fs.String("color", "auto", "colour the report: auto, always or never")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	a, err := analyzer.Default()
	if err != nil {
		fmt.Fprintln(stderr, "discreet:", err)
		return 1
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	if *asJSONL {
		return scanJSONL(a, stdin, out, stderr)
	}
	text, err := readPost(fs.Arg(0), stdin)
	var res analyzer.Result
	switch {
	case errors.Is(err, errPostTooLong):
		res.Error = err.Error() // answered like any post that cannot be analyzed
	case err != nil:
		fmt.Fprintln(stderr, "discreet:", err)
		return 1
	default:
		res = a.AnalyzeWith(analyzer.Input{Text: text, Lang: *lang, Platform: *platform}, langid.Detect)
	}
	if *asJSON {
		out.Write(res.AppendJSON(nil))
		out.WriteByte('\n')
	} else {
		analyzer.Annotate(out, text, &res, useColor(*color, stdout))
	}
	if res.Error != "" {
		if !*asJSON {
			fmt.Fprintln(stderr, "discreet:", res.Error)
		}
		return 1
	}
	return 0
}

func readPost(name string, stdin io.Reader) (string, error) {
	var r io.Reader = stdin
	if name != "" && name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, analyzer.MaxTextBytes+1))
	if err == nil && len(b) > analyzer.MaxTextBytes {
		return "", errPostTooLong
	}
	return string(b), err
}

// errPostTooLong: readPost stops one byte past the limit, so it cannot
// say how long the post is, only that it is too long.
var errPostTooLong = fmt.Errorf("text is longer than %d bytes, the limit", analyzer.MaxTextBytes)

// scanJSONL runs the batch protocol: one result per input line, in order;
// a bad line gets a result with "error" and the batch goes on.
func scanJSONL(a *analyzer.Analyzer, stdin io.Reader, out *bufio.Writer, stderr io.Writer) int {
	in := bufio.NewReaderSize(stdin, 64<<10)
	failed := 0
	for n := 1; ; n++ {
		line, err := in.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			res, ok := a.ProcessLine(bytes.TrimRight(line, "\r\n"), langid.Detect)
			out.Write(res)
			out.WriteByte('\n')
			if !ok {
				failed++
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Fprintf(stderr, "discreet: line %d: %v\n", n, err)
			return 1
		}
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "discreet: %d input line(s) failed\n", failed)
		return 1
	}
	return 0
}

func useColor(mode string, w io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
