package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"golang.org/x/term"

	"github.com/tidwall/gjson"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/analyzer/langid"
	"github.com/discreet-app/discreet/analyzer/protocol"
	"github.com/discreet-app/discreet/analyzer/report"
)

func runScan(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one result object")
	asJSONL := fs.Bool("jsonl", false, "read JSON lines, write one result per line")
	lang := fs.String("lang", "", "language of the post (en, fr, es); detected when empty")
	platform := fs.String("platform", "", "where the post goes: facebook_group, facebook_page, forum, reddit, review_site, listserv, other")
	color := fs.String("color", "auto", "colour the report: auto, always or never")
	cols := fs.Int("width", 0, "wrap the report to this many columns (default: the terminal's, or 80)")
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
		out.Write(protocol.AppendResult(nil, &res))
		out.WriteByte('\n')
	} else {
		report.Write(out, text, &res, report.Options{Width: reportWidth(*cols, stdout), Color: useColor(*color, stdout)})
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

// maxLineBytes bounds one line of --jsonl input: the longest text the
// analyzer takes, written with every byte escaped as \u00XX (six bytes),
// and room for the other fields. A longer line cannot hold a text the
// analyzer would take, so it is skipped unread (see readLine).
const maxLineBytes = 6*analyzer.MaxTextBytes + 64<<10

// idPrefix is how much of a line over maxLineBytes is kept to find its
// "id", when that comes before the text.
const idPrefix = 4 << 10

// scanJSONL runs the batch protocol: one result per input line, in order;
// a bad line gets a result with "error" and the batch goes on.
func scanJSONL(a *analyzer.Analyzer, stdin io.Reader, out *bufio.Writer, stderr io.Writer) int {
	in := bufio.NewReaderSize(stdin, 64<<10)
	failed := 0
	var buf []byte
	for n := 1; ; n++ {
		line, size, err := readLine(in, buf[:0], maxLineBytes)
		buf = line[:0]
		switch {
		case size > maxLineBytes:
			res := analyzer.Result{
				ID:    gjson.GetBytes(line, "id").String(),
				Error: fmt.Sprintf("line is %d bytes; the limit is %d", size, maxLineBytes),
			}
			out.Write(protocol.AppendResult(nil, &res))
			out.WriteByte('\n')
			failed++
		case len(bytes.TrimSpace(line)) > 0:
			res, ok := protocol.ProcessLine(a, bytes.TrimRight(line, "\r\n"), langid.Detect)
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

// reportWidth is the width asked for, else the terminal's, else $COLUMNS,
// else 80.
func reportWidth(asked int, w io.Writer) int {
	if asked > 0 {
		return asked
	}
	if f, ok := w.(*os.File); ok {
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 0 {
			return cols
		}
	}
	if cols, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && cols > 0 {
		return cols
	}
	return 80
}

// readLine reads one line, its newline included, appending it to buf, and
// returns it with its length in bytes. A line longer than limit is read
// to its end without being kept: only its first idPrefix bytes are
// returned, with its whole length, so memory stays bounded whatever the
// input. err is io.EOF at the end of the input.
func readLine(r *bufio.Reader, buf []byte, limit int64) ([]byte, int64, error) {
	var size int64
	for {
		chunk, err := r.ReadSlice('\n')
		size += int64(len(chunk))
		switch {
		case size <= limit:
			if len(buf)+len(chunk) > cap(buf) { // double: append grows big slices by 1.25
				buf = append(make([]byte, 0, max(2*cap(buf), len(buf)+len(chunk))), buf...)
			}
			buf = append(buf, chunk...)
		case len(buf) < idPrefix:
			buf = append(buf, chunk[:min(len(chunk), idPrefix-len(buf))]...)
		default:
			buf = buf[:idPrefix]
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return buf, size, err
		}
	}
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
