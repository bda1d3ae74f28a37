package analyzer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"
)

// probeRecord is one labelled post of a probe set (testdata/probe/probe.jsonl
// or plain.jsonl), in the corpora's record format (testdata/corpus/GUIDE.md, "Record format").
// Decoding rejects any other field.
type probeRecord struct {
	ID       string   `json:"id"`
	Lang     string   `json:"lang"`
	Platform string   `json:"platform"`
	Text     string   `json:"text"`
	Intent   string   `json:"intent"`
	Risk     string   `json:"risk"`
	Keep     []string `json:"keep"`
	Spans    []struct {
		Start    int    `json:"start"`
		End      int    `json:"end"`
		Text     string `json:"text"`
		Category string `json:"category"`
	} `json:"spans"`
}

// The closed sets a record's fields take their values from (GUIDE.md).
var (
	probeCategories = []string{"name", "contact", "id_number", "date", "age", "location",
		"organization", "occupation", "family", "event", "clinical", "demographic", "relationship"}
	probeIntents = []string{"referral_request", "consultation", "resource_request", "marketing",
		"testimonial_request", "review_response", "other"}
	probePlatforms = []string{"facebook_group", "facebook_page", "forum", "reddit",
		"review_site", "listserv", "other"}
	// probeID is the id of a post of probe.jsonl; plain.jsonl's ids start
	// with "pl-" instead (probeplain_test.go).
	probeID = regexp.MustCompile(`^p-(en|fr|es)-[0-9]{3}$`)
)

// readProbe decodes every record of the messy probe set, probe.jsonl.
func readProbe(t *testing.T) []probeRecord {
	t.Helper()
	return readProbeFile(t, "probe.jsonl")
}

// readProbeFile decodes every record of one probe set in testdata/probe,
// failing on a line that is not one record of the known fields.
func readProbeFile(t *testing.T, name string) []probeRecord {
	t.Helper()
	f, err := os.Open("testdata/probe/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []probeRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		var r probeRecord
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("%s:%d: %v", name, line, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// probeErrors lists what is wrong with one record of probe.jsonl.
func probeErrors(r probeRecord) []string { return probeRecordErrors(r, probeID, "p") }

// probeRecordErrors lists what is wrong with one record of a probe set
// whose ids match id (its first group the language) and start with
// prefix: enums, id, keep words, and each span's offsets, which count
// UTF-16 units and must hold exactly the span's text, in order and
// without overlap.
func probeRecordErrors(r probeRecord, id *regexp.Regexp, prefix string) []string {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if m := id.FindStringSubmatch(r.ID); m == nil || m[1] != r.Lang {
		bad("id %q is not %s-%s-NNN", r.ID, prefix, r.Lang)
	}
	if !slices.Contains(probeIntents, r.Intent) {
		bad("unknown intent %q", r.Intent)
	}
	if !slices.Contains(probePlatforms, r.Platform) {
		bad("unknown platform %q", r.Platform)
	}
	switch {
	case r.Risk == "none" && len(r.Spans) > 0:
		bad("risk none with %d spans", len(r.Spans))
	case (r.Risk == "high" || r.Risk == "low") && len(r.Spans) == 0:
		bad("risk %s without a span", r.Risk)
	case r.Risk != "none" && r.Risk != "high" && r.Risk != "low":
		bad("unknown risk %q", r.Risk)
	}
	if r.Keep == nil {
		bad("keep is missing (write [] for none)")
	}
	for _, k := range r.Keep {
		if !strings.Contains(strings.ToLower(r.Text), strings.ToLower(k)) {
			bad("keep word %q is not in the text", k)
		}
	}
	units := utf16.Encode([]rune(r.Text))
	prevEnd := 0
	for _, s := range r.Spans {
		if !slices.Contains(probeCategories, s.Category) {
			bad("span %q: unknown category %q", s.Text, s.Category)
		}
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(units) {
			bad("span %q: [%d, %d) is out of order, empty or past the text", s.Text, s.Start, s.End)
			continue
		}
		prevEnd = s.End
		if got := string(utf16.Decode(units[s.Start:s.End])); got != s.Text {
			bad("span %q: [%d, %d) holds %q", s.Text, s.Start, s.End, got)
		}
		if strings.TrimSpace(s.Text) != s.Text {
			bad("span %q has surrounding space", s.Text)
		}
	}
	return errs
}

// TestProbeFormat checks every record of the probe set against the guide's
// record format, and that the set keeps its shape: about 80 posts, all
// three languages, and a share of clean posts.
func TestProbeFormat(t *testing.T) {
	recs := readProbe(t)
	perLang, clean := checkProbeSet(t, recs, probeID, "p")
	if perLang["en"] < 40 || perLang["fr"] < 10 || perLang["es"] < 10 {
		t.Errorf("posts per language %v; want at least en 40, fr 10, es 10", perLang)
	}
	if clean*5 < len(recs) {
		t.Errorf("%d clean posts of %d; want at least a fifth", clean, len(recs))
	}
}

// checkProbeSet reports every error of every record of a probe set whose
// ids match id and start with prefix, and every duplicate id; it returns
// the posts per language and the number of clean posts.
func checkProbeSet(t *testing.T, recs []probeRecord, id *regexp.Regexp, prefix string) (perLang map[string]int, clean int) {
	t.Helper()
	seen := map[string]bool{}
	perLang = map[string]int{}
	for _, r := range recs {
		if seen[r.ID] {
			t.Errorf("%s: duplicate id", r.ID)
		}
		seen[r.ID] = true
		perLang[r.Lang]++
		if r.Risk == "none" {
			clean++
		}
		for _, e := range probeRecordErrors(r, id, prefix) {
			t.Errorf("%s: %s", r.ID, e)
		}
	}
	return perLang, clean
}

// TestProbeErrorsCatchBadRecords: the checker itself rejects each kind of
// mistake it is meant to catch.
func TestProbeErrorsCatchBadRecords(t *testing.T) {
	good := probeRecord{ID: "p-en-001", Lang: "en", Platform: "reddit", Intent: "other",
		Risk: "high", Keep: []string{}, Text: "my pt 🙂 Ana is 40"}
	good.Spans = append(good.Spans, struct {
		Start    int    `json:"start"`
		End      int    `json:"end"`
		Text     string `json:"text"`
		Category string `json:"category"`
	}{9, 12, "Ana", "name"}) // the emoji takes two UTF-16 units
	if errs := probeErrors(good); len(errs) > 0 {
		t.Fatalf("good record rejected: %v", errs)
	}
	for name, spoil := range map[string]func(r *probeRecord){
		"code-point offsets": func(r *probeRecord) { r.Spans[0].Start, r.Spans[0].End = 8, 11 },
		"unknown category":   func(r *probeRecord) { r.Spans[0].Category = "person" },
		"clean with spans":   func(r *probeRecord) { r.Risk = "none" },
		"keep not in text":   func(r *probeRecord) { r.Keep = []string{"PTSD"} },
		"id of another lang": func(r *probeRecord) { r.ID = "p-fr-001" },
		"past the end":       func(r *probeRecord) { r.Spans[0].End = 99 },
	} {
		r := good
		r.Spans = slices.Clone(good.Spans)
		spoil(&r)
		if len(probeErrors(r)) == 0 {
			t.Errorf("%s: accepted", name)
		}
	}
}

// shingleWords is the length of the word runs probe sets may not share
// with the corpora.
const shingleWords = 8

// shingles lists every run of shingleWords words of text, lower-cased,
// with punctuation dropped.
func shingles(text string) []string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var out []string
	for i := 0; i+shingleWords <= len(words); i++ {
		out = append(out, strings.Join(words[i:i+shingleWords], " "))
	}
	return out
}

// corpusShingles collects the shingles of every post of train.jsonl and
// dev.jsonl.
func corpusShingles(t *testing.T) map[string]bool {
	t.Helper()
	corpus := map[string]bool{}
	for _, set := range []string{"train", "dev"} {
		for _, in := range corpusInputs(t, set) {
			for _, s := range shingles(in.Text) {
				corpus[s] = true
			}
		}
	}
	return corpus
}

// TestProbeIsNotCorpusText keeps the probe independent of the corpora it
// is meant to check them against: no post shares a run of eight words with
// a post of train.jsonl or dev.jsonl.
func TestProbeIsNotCorpusText(t *testing.T) {
	corpus := corpusShingles(t)
	for _, r := range readProbe(t) {
		for _, s := range shingles(r.Text) {
			if corpus[s] {
				t.Errorf("%s: %q is also in a corpus post; write the post anew", r.ID, s)
				break
			}
		}
	}
}
