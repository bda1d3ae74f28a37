package messy

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// shorthand is a general way of writing a phrase short, in texting or in
// clinical notes: the phrase (a regular expression, matched ignoring case
// on word boundaries) and the short forms one of which replaces it. Short
// forms may use the phrase's groups ($1).
type shorthand struct {
	re    *regexp.Regexp
	forms []string
}

func sh(pattern string, forms ...string) shorthand {
	return shorthand{regexp.MustCompile(`(?i)\b(?:` + pattern + `)\b`), forms}
}

// shorthands are per language. They are common forms, not phrases of any
// corpus.
var shorthands = map[string][]shorthand{
	"en": {
		sh(`(\d+)[- ]years?[- ]old`, "${1} y/o", "${1}yo", "${1} yo", "${1}y/o"),
		sh(`years`, "yrs"), sh(`months`, "mos"), sh(`weeks`, "wks"),
		sh(`without`, "w/o"), sh(`with`, "w/"), sh(`because`, "bc", "b/c", "cuz"),
		sh(`patients`, "pts"), sh(`patient`, "pt"), sh(`client`, "cl"), sh(`history`, "hx"),
		sh(`diagnosis|diagnosed`, "dx"), sh(`treatment`, "tx"), sh(`symptoms`, "sx"),
		sh(`about`, "abt"), sh(`people`, "ppl"), sh(`right now`, "rn"), sh(`to be honest`, "tbh"),
		sh(`I don't know|I do not know`, "idk"), sh(`you`, "u"), sh(`your|you're`, "ur"),
		sh(`thanks|thank you`, "thx", "ty"), sh(`please`, "pls", "plz"), sh(`though`, "tho"),
		sh(`appointment`, "appt"), sh(`medications?`, "meds"), sh(`and`, "&", "n"),
		sh(`going to`, "gonna"), sh(`want to`, "wanna"), sh(`something`, "smth"),
		sh(`before`, "b4"), sh(`really`, "rly"), sh(`okay`, "ok"), sh(`for`, "4"),
	},
	"fr": {
		sh(`beaucoup`, "bcp"), sh(`parce que|parce qu'`, "pcq", "pck"), sh(`toujours`, "tjs", "tjrs"),
		sh(`je ne sais pas|je sais pas`, "jsp"), sh(`que`, "q"), sh(`pourquoi`, "pq", "pk"),
		sh(`quelque chose`, "qqch"), sh(`quelqu'un`, "qqn"), sh(`avec`, "avc"),
		sh(`aujourd'hui`, "auj", "ajd"), sh(`rendez-vous`, "rdv"), sh(`s'il vous plaît|s'il vous plait`, "svp"),
		sh(`s'il te plaît|s'il te plait`, "stp"), sh(`vraiment`, "vrmt"), sh(`pour`, "pr"),
		sh(`dans`, "ds"), sh(`tout`, "tt"), sh(`jamais`, "jms"), sh(`patiente?`, "pt"),
		sh(`diagnostic`, "dx"), sh(`traitement`, "tx"), sh(`c'est`, "c", "cest"), sh(`merci`, "mrc", "mci"),
	},
	"es": {
		sh(`porque|por qué|por que`, "xq", "pq", "pk"), sh(`también|tambien`, "tb", "tmb"),
		sh(`que|qué`, "q", "k"), sh(`por favor`, "pf", "porfa", "xfa"), sh(`gracias`, "grax", "grx"),
		sh(`por`, "x"), sh(`para`, "pa", "pra"), sh(`paciente`, "pte"), sh(`diagnóstico|diagnostico`, "dx"),
		sh(`tratamiento`, "tx"), sh(`historia`, "hx"), sh(`nada`, "nd"), sh(`bueno`, "bno"),
		sh(`mucho`, "mxo"), sh(`todo`, "tdo"), sh(`de`, "d"), sh(`años`, "anos"),
	},
}

// shorthandPass shortens phrases that have a short form.
func shorthandPass(rng *rand.Rand, st style, p *Post) []edit {
	ed := &editor{p: p}
	for _, s := range shorthands[st.lang] {
		for _, m := range s.re.FindAllStringSubmatchIndex(p.Text, -1) {
			if rng.Float64() >= st.shorthand || ed.kept(m[0], m[1]) {
				continue
			}
			form := s.forms[rng.IntN(len(s.forms))]
			out := string(s.re.ExpandString(nil, form, p.Text, m))
			ed.add(m[0], m[1], out)
		}
	}
	return ed.edits
}

// apostrophePass drops the apostrophe of contractions ("don't" → "dont").
func apostrophePass(rng *rand.Rand, st style, p *Post) []edit {
	ed := &editor{p: p}
	for _, w := range words(p.Text) {
		for i := w.start; i < w.end; {
			r, n := utf8.DecodeRuneInString(p.Text[i:])
			if (r == '\'' || r == '\u2019') && rng.Float64() < st.apostrophe {
				ed.add(i, i+n, "")
			}
			i += n
		}
	}
	return ed.edits
}

// stripMarks removes accents: "é" → "e".
var stripMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// accentPass writes words without their accents ("años" → "anos").
func accentPass(rng *rand.Rand, st style, p *Post) []edit {
	ed := &editor{p: p}
	for _, w := range words(p.Text) {
		s := p.Text[w.start:w.end]
		if rng.Float64() >= st.accents || ed.kept(w.start, w.end) {
			continue
		}
		if plain, _, err := transform.String(stripMarks, s); err == nil && plain != s {
			ed.add(w.start, w.end, plain)
		}
	}
	return ed.edits
}

// neighbours are the keys next to each letter on a QWERTY keyboard.
var neighbours = map[byte]string{
	'a': "qwsz", 'b': "vghn", 'c': "xdfv", 'd': "serfcx", 'e': "wsdr", 'f': "drtgvc", 'g': "ftyhbv",
	'h': "gyujnb", 'i': "ujko", 'j': "huikmn", 'k': "jiolm", 'l': "kop", 'm': "njk", 'n': "bhjm",
	'o': "iklp", 'p': "ol", 'q': "wa", 'r': "edft", 's': "awedxz", 't': "rfgy", 'u': "yhji",
	'v': "cfgb", 'w': "qase", 'x': "zsdc", 'y': "tghu", 'z': "asx",
}

// typoPass makes one slip in some words of four letters or more: a
// neighbouring key, a dropped or doubled letter, two letters swapped.
func typoPass(rng *rand.Rand, st style, p *Post) []edit {
	ed := &editor{p: p}
	for _, w := range words(p.Text) {
		s := p.Text[w.start:w.end]
		if len(s) < 4 || !isASCIILetters(s) || rng.Float64() >= st.typo || ed.kept(w.start, w.end) {
			continue
		}
		i := 1 + rng.IntN(len(s)-1) // the first letter is seldom wrong
		var out string
		switch rng.IntN(4) {
		case 0:
			c := s[i] | 0x20
			near := neighbours[c]
			if near == "" {
				continue
			}
			k := near[rng.IntN(len(near))]
			if s[i] != c {
				k -= 'a' - 'A'
			}
			out = s[:i] + string(k) + s[i+1:]
		case 1:
			out = s[:i] + s[i+1:]
		case 2:
			out = s[:i] + s[i:i+1] + s[i:]
		default:
			if i == len(s)-1 {
				i--
			}
			out = s[:i] + s[i+1:i+2] + s[i:i+1] + s[i+2:]
		}
		ed.add(w.start, w.end, out)
	}
	return ed.edits
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// sentenceEnd matches the end of a sentence followed by the next one's
// first letter.
var sentenceEnd = regexp.MustCompile(`([.!?]+)( +)(\p{L})`)

// abbreviation reports whether the punctuation text[i:j] is the period
// of an abbreviation or an initial ("St.", "Dr.", "R.", "e.g."), not the
// end of a sentence: the word before it is a single letter, or two
// letters led by a capital, or a title.
func abbreviation(text string, i, j int) bool {
	if text[i:j] != "." {
		return false
	}
	k := i
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	w := text[k:i]
	switch n := utf8.RuneCountInString(w); {
	case n == 1:
		return true
	case n == 2:
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	switch strings.ToLower(w) {
	case "mrs", "mme", "sra", "dra", "etc", "inc", "ltd", "ave", "dept", "prof":
		return true
	}
	return false
}

// runOnJoins are what a run-on sentence puts between two sentences.
var runOnJoins = map[string][]string{
	"en": {" ", ", ", " and ", " so ", "... ", " - "},
	"fr": {" ", ", ", " et ", " donc ", "... "},
	"es": {" ", ", ", " y ", " entonces ", "... "},
}

// punctuationPass runs sentences together, drops commas and doubles
// exclamation and question marks.
func punctuationPass(rng *rand.Rand, st style, p *Post) []edit {
	ed := &editor{p: p}
	for _, m := range sentenceEnd.FindAllStringSubmatchIndex(p.Text, -1) {
		if abbreviation(p.Text, m[2], m[3]) || rng.Float64() >= st.runOn {
			continue
		}
		joins := runOnJoins[st.lang]
		join := joins[rng.IntN(len(joins))]
		next := p.Text[m[6]:m[7]]
		// The next sentence's first word goes lower case unless it starts
		// a span (a name keeps its capital more often than not).
		if !ed.add(m[0], m[7], join+strings.ToLower(next)) {
			ed.add(m[0], m[5], join)
		}
	}
	for i := 0; i < len(p.Text); i++ {
		switch c := p.Text[i]; {
		case c == ',' && rng.Float64() < st.comma:
			ed.add(i, i+1, "")
		case (c == '!' || c == '?') && rng.Float64() < 0.3:
			ed.add(i, i+1, strings.Repeat(string(c), 2+rng.IntN(2)))
		}
	}
	return ed.edits
}

// casePass lowers sentence starts, or the whole post, and the pronoun I.
// Only letters whose lower case has the same length change.
func casePass(rng *rand.Rand, st style, p *Post) []edit {
	if st.lower == 0 {
		return nil
	}
	b := []byte(p.Text)
	lowerAt := func(i int) {
		r, n := utf8.DecodeRune(b[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			utf8.EncodeRune(b[i:], l)
		}
	}
	if st.lower == 2 {
		for i := 0; i < len(b); {
			_, n := utf8.DecodeRune(b[i:])
			lowerAt(i)
			i += n
		}
	} else {
		for _, m := range sentenceEnd.FindAllStringSubmatchIndex(p.Text, -1) {
			if !startsSpan(p.Spans, m[6]) && !abbreviation(p.Text, m[2], m[3]) {
				lowerAt(m[6])
			}
		}
		if w := words(p.Text); len(w) > 0 && !startsSpan(p.Spans, w[0].start) {
			lowerAt(w[0].start)
		}
		for _, w := range words(p.Text) {
			if st.lang == "en" && p.Text[w.start:w.end] == "I" && rng.Float64() < 0.7 {
				b[w.start] = 'i'
			}
		}
	}
	// Same length: the spans stay where they are.
	p.Text = string(b)
	return nil
}

func startsSpan(spans []Span, i int) bool {
	for _, s := range spans {
		if s.Start == i {
			return true
		}
	}
	return false
}

// emoji are common in posts; some are several code points (a joiner, a
// variation selector).
var emoji = []string{"🙏", "😔", "😩", "💔", "😂", "🤷\u200d♀️", "🤷", "❤️", "😅", "🙃", "👍", "😬", "🥲", "💕", "😭"}

// hashtags are generic tags of therapists' posts.
var hashtags = map[string][]string{
	"en": {"#therapistsofinstagram", "#mentalhealth", "#askingforafriend", "#therapistlife", "#help", "#grief", "#selfcare"},
	"fr": {"#psy", "#santementale", "#therapie", "#besoindaide"},
	"es": {"#psicologia", "#saludmental", "#terapia", "#ayuda"},
}

// emojiPass puts emoji after some sentences and inside some, and hashtags
// at the end of the post.
func emojiPass(rng *rand.Rand, st style, p *Post) []edit {
	ed := &editor{p: p}
	for i := 0; i < len(p.Text); i++ {
		if c := p.Text[i]; (c == '.' || c == '!' || c == '?') && (i+1 == len(p.Text) || p.Text[i+1] == ' ' || p.Text[i+1] == '\n') &&
			!abbreviation(p.Text, i, i+1) && rng.Float64() < st.emoji {
			ed.add(i+1, i+1, " "+emoji[rng.IntN(len(emoji))])
		}
	}
	if st.emoji > 0 {
		for _, w := range words(p.Text) {
			if rng.Float64() < st.emoji/10 {
				ed.add(w.end, w.end, emoji[rng.IntN(len(emoji))])
			}
		}
	}
	if st.hashtags {
		tags := hashtags[st.lang]
		n := 1 + rng.IntN(3)
		var b strings.Builder
		for range n {
			b.WriteString(" " + tags[rng.IntN(len(tags))])
		}
		ed.add(len(p.Text), len(p.Text), b.String())
	}
	return ed.edits
}
