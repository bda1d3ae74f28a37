package analyzer

import (
	"regexp"
	"testing"
)

// plainID is the id of a post of the plain probe set, testdata/probe/plain.jsonl.
var plainID = regexp.MustCompile(`^pl-(en|fr|es)-[0-9]{3}$`)

// TestProbePlainFormat checks every record of the plain probe set
// (testdata/probe/plain.jsonl: well-formed posts written apart from the
// corpora) against the guide's record format, and that the set keeps its
// shape: 150 posts, en 80, fr 35, es 35, and a third or more clean.
func TestProbePlainFormat(t *testing.T) {
	recs := readProbeFile(t, "plain.jsonl")
	perLang, clean := checkProbeSet(t, recs, plainID, "pl")
	if perLang["en"] < 80 || perLang["fr"] < 35 || perLang["es"] < 35 {
		t.Errorf("posts per language %v; want at least en 80, fr 35, es 35", perLang)
	}
	if clean*3 < len(recs) {
		t.Errorf("%d clean posts of %d; want at least a third", clean, len(recs))
	}
}

// TestProbePlainErrorsCatchBadIDs: the plain set's checker rejects the
// messy probe's ids and ids of another language.
func TestProbePlainErrorsCatchBadIDs(t *testing.T) {
	r := probeRecord{ID: "pl-es-001", Lang: "es", Platform: "forum", Intent: "other",
		Risk: "none", Keep: []string{}, Text: "¿Alguien conoce un curso de TCC?"}
	if errs := probeRecordErrors(r, plainID, "pl"); len(errs) > 0 {
		t.Fatalf("good record rejected: %v", errs)
	}
	for _, id := range []string{"p-es-001", "pl-fr-001", "pl-es-1"} {
		r.ID = id
		if len(probeRecordErrors(r, plainID, "pl")) == 0 {
			t.Errorf("id %q accepted", id)
		}
	}
}

// TestProbePlainIsNotCorpusText keeps the plain set independent of what it
// measures against and of the messy probe: no post shares a run of eight
// words with a post of train.jsonl, dev.jsonl or probe.jsonl.
func TestProbePlainIsNotCorpusText(t *testing.T) {
	seen := corpusShingles(t)
	for _, r := range readProbe(t) {
		for _, s := range shingles(r.Text) {
			seen[s] = true
		}
	}
	for _, r := range readProbeFile(t, "plain.jsonl") {
		for _, s := range shingles(r.Text) {
			if seen[s] {
				t.Errorf("%s: %q is also in a corpus or probe post; write the post anew", r.ID, s)
				break
			}
		}
	}
}
