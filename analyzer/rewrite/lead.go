package rewrite

import (
	"slices"
	"strings"

	"github.com/discreet-app/discreet/analyzer/internal/phrase"
)

// Where an ask turns to the client: the client leads that cut it, and the
// findings of the part kept.

// clientLead returns where the description of the client starts in the
// sentence from bs: the last client lead ("for a", "pour une") before the
// first finding about the person (age, occupation, demographic, family,
// name), or -1. lowerSpan(a, b) is the post's text[a:b] lower-cased.
func clientLead(gr *grammar, lowerSpan func(a, b int) string, bs int, in []Finding) int {
	for _, f := range in {
		switch f.Category {
		case "age", "occupation", "demographic", "family", "name", "relationship":
			if f.Severity == "low" {
				continue // "a male-friendly clinician" asks; it does not describe
			}
		default:
			continue
		}
		before := lowerSpan(bs, f.Start)
		at := gr.lastLead(before)
		if at < 0 || strings.ContainsAny(before[at:], ".;?!") {
			return -1
		}
		return bs + at
	}
	return -1
}

// lastLead returns the greatest offset in the lower-case before at which
// a client lead last occurs (where lastIndex finds it) as whole words, or
// -1; a last occurrence inside a word rules its lead out.
func (g *grammar) lastLead(before string) int {
	if g.leadsBy == nil {
		at := -1
		for _, l := range g.leads {
			if i := lastIndex(before, l); i > at && phrase.BoundaryBefore(before, i) && phrase.BoundaryAfter(before, i+len(l)) {
				at = i
			}
		}
		return at
	}
	return wholeFirst(before, g.leads, g.leadsBy, true)
}

// cutAt ends the sentence at cut: the new end, the findings before it,
// whether one of them is of high severity and how many identify.
func cutAt(cut int, in []Finding) (int, []Finding, bool, int) {
	var kept []Finding
	risky, identifying := false, 0
	for _, f := range in {
		if f.End <= cut {
			kept = append(kept, f)
			risky = risky || riskyIn(f)
			if f.Category != "clinical" && f.Severity != "low" {
				identifying++
			}
		}
	}
	return cut, kept, risky, identifying
}

// describedLead returns where a client lead in text[bs:be] opens a
// description no rule caught, or -1: a lead ("for a", "pour un", "para
// un") after words that name the clinician sought, whose words up to the
// next break name no clinician — "Referral for an EMDR therapist" asks,
// "a therapist for a retired taxi driver" describes the client.
// lowerSpan(a, b) is the post's text[a:b] lower-cased.
func describedLead(gr *grammar, lowerSpan func(a, b int) string, bs, be int) int {
	lower := lowerSpan(bs, be)
	best := -1
	for _, l := range gr.leads {
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], l)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(l)
			if at == 0 || !phrase.BoundaryBefore(lower, at) || !phrase.BoundaryAfter(lower, at+len(l)) {
				continue
			}
			if best >= 0 && at >= best {
				continue
			}
			rest := lower[at+len(l):]
			if k := strings.IndexAny(rest, ",.;:?!()"); k >= 0 {
				rest = rest[:k]
			}
			if !hasWords(rest, 1) || slices.ContainsFunc(gr.providers, func(p string) bool { return containsWord(rest, p) }) {
				continue
			}
			before := lower[:at]
			if !slices.ContainsFunc(gr.providers, func(p string) bool { return containsWord(before, p) }) {
				continue // the clinician is not named before the lead: nothing to keep
			}
			best = at
		}
	}
	if best < 0 {
		return -1
	}
	return bs + best
}

// goesCleanly reports whether a date finding f, after the text before
// in its sentence, leaves the sentence whole when replaceSpans takes it
// out: it stays as a need ("le soir"), or a preposition or an article
// leads to it and goes with it ("on Friday"), or it opens the sentence;
// "every Friday night" would leave "every".
func (g *grammar) goesCleanly(before string, f Finding) bool {
	if g.isNeed(f.Text) {
		return true
	}
	words := wordSpans(before)
	if len(words) == 0 {
		return true
	}
	last := words[len(words)-1]
	return strings.TrimSpace(before[last.end:]) == "" && g.isLinkWord(strings.ToLower(before[last.start:last.end]))
}

// labelLead returns where the client's description starts in an ask that
// opens on a label ("Referral: 16yo girl at Central High, recently..."):
// right after the colon of a label of at most maxLabelWords words, when
// the first finding after the colon says what someone is (an age, a job,
// a trait, a name) and starts within maxLabelGap words of it; else -1.
// The label alone asks nothing and goes with its description.
func labelLead(text string, bs, be int, in []Finding) int {
	colon := strings.IndexByte(text[bs:be], ':')
	if colon <= 0 || wordCount(text[bs:bs+colon]) > maxLabelWords {
		return -1
	}
	at := bs + colon + 1
	for _, f := range in {
		if f.Start < at {
			continue
		}
		switch f.Category {
		case "age", "occupation", "demographic", "name":
		default:
			return -1
		}
		if f.Severity == "low" || wordCount(text[at:f.Start]) > maxLabelGap {
			return -1
		}
		return at
	}
	return -1
}

// maxLabelWords is the most words a label before a colon may have
// ("Referral", "Referral request", "Demande de référence"); maxLabelGap the
// most words between its colon and the description's first finding ("a").
const (
	maxLabelWords = 3
	maxLabelGap   = 2
)
