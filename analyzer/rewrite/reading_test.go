package rewrite

import (
	"regexp"
	"strings"
	"testing"

	"github.com/discreet-app/discreet/rules"
)

// templateLabel finds the labels a template puts before a list
// ("Population: {who}", "Thèmes : {topics}"): a sentence that opens on
// one is the template's, not a clause the post said.
var templateLabel = regexp.MustCompile(`([\p{L}' ]+?) ?: ?\{`)

// offerBare finds what French offers right after "j'offre": a noun there
// needs its article ("j'offre la TCC"), or the frame a preposition ("je
// travaille en TCC").
var offerBare = regexp.MustCompile(`(?i)\bj['’]offre ([\p{L}·]+['’]?)`)

// readingFaults lists what makes a rewrite read badly though every word
// is in place: a frame of living with something that holds a word of no
// condition ("If you're living with bedtime"), a French offer without its
// article ("J'offre TCC"), a relative and a verb
// whose object went ("a psychologist who takes?"), and a sentence that
// says nothing once its spans went ("Quick question: a person.").
func readingFaults(p *rules.Pack, g *grammar, s string) []string {
	var out []string
	for _, lead := range livedLeads(p) {
		for rest := s; ; {
			i := strings.Index(rest, lead)
			if i < 0 {
				break
			}
			rest = rest[i+len(lead):]
			item := rest[:max(0, strings.IndexAny(rest, ",.?!"))]
			if g.namesNoCondition(item) {
				out = append(out, "lived frame holds no condition: "+item)
			}
		}
	}
	if m := offerBare.FindStringSubmatch(s); m != nil && p.Lang == "fr" && g.article(strings.ReplaceAll(m[1], "’", "'")) == "" {
		out = append(out, "no article after j'offre: "+m[1])
	}
	if m := g.mendObjects(s); m != s {
		out = append(out, "verb without its object: "+s)
	}
	labels := templateLabels(p)
	for _, sent := range sentencesOf(s) {
		// An ask still asks ("Hoping to find someone local."), but not
		// after a label whose list went.
		asks := isAsk(g, strings.ToLower(sent)) && !strings.Contains(sent, ":")
		if !asks && !startsWithAny(sent, labels) && g.saysNothing(sent) {
			out = append(out, "says nothing: "+sent)
		}
	}
	return out
}

// livedLeads returns the words the pack's templates put before {lived},
// from the start of their sentence: "If you're living with ".
func livedLeads(p *rules.Pack) []string {
	var out []string
	for _, t := range p.Rewrite.Templates {
		for _, tt := range t.Texts {
			i := strings.Index(tt, "{lived}")
			if i < 0 {
				continue
			}
			lead := tt[:i]
			if k := strings.LastIndexAny(lead, ".?!¿]"); k >= 0 {
				lead = lead[k+1:]
			}
			out = append(out, strings.TrimLeft(lead, " "))
		}
	}
	return out
}

// templateLabels returns the labels of the pack's templates.
func templateLabels(p *rules.Pack) []string {
	var out []string
	for _, t := range p.Rewrite.Templates {
		for _, tt := range t.Texts {
			for _, m := range templateLabel.FindAllStringSubmatch(tt, -1) {
				out = append(out, strings.TrimSpace(m[1]))
			}
		}
	}
	return out
}

// sentencesOf splits s after each stop, question or exclamation mark.
func sentencesOf(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(".?!", s[i]) >= 0 && (i+1 == len(s) || s[i+1] == ' ') {
			out = append(out, strings.TrimSpace(s[start:i+1]))
			start = i + 1
		}
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// startsWithAny reports whether s opens with one of prefixes.
func startsWithAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if p != "" && strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// TestReadingFaults checks readingFaults on sentences written for the
// purpose: each fault kind in every language is found, and the same
// frames read well are not.
func TestReadingFaults(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		fault      bool
	}{
		{"en", "If you're living with bedtime and records, you don't have to face it alone.", true},
		{"en", "If you're living with chemo, you don't have to face it alone.", true},
		{"en", "If you're living with panic attacks and insomnia, you don't have to face it alone.", false},
		{"fr", "Besoin d'un accompagnement en plan de sécurité? Écrivez-moi.", true},
		{"fr", "Besoin d'un accompagnement en deuil périnatal? Écrivez-moi.", false},
		{"es", "¿Vives con riesgo suicida? Escríbeme.", true},
		{"es", "¿Vives con ataques de pánico? Escríbeme.", false},
		{"fr", "Vous traversez une période difficile? J'offre TCC et EMDR.", true},
		{"fr", "Vous traversez une période difficile? J'offre la TCC et l'EMDR.", false},
		{"fr", "Vous traversez une période difficile? Je travaille en TCC et EMDR.", false},
		{"en", "Any counsellor near the lake who takes? Thanks.", true},
		{"en", "Any counsellor near the lake who takes Medicaid? Thanks.", false},
		{"fr", "Il me faut une thérapeute qui accepte. Merci.", true},
		{"fr", "Il me faut une thérapeute qui accepte les nouveaux dossiers.", false},
		{"es", "¿Alguien conoce una psicóloga que acepte?", true},
		{"es", "¿Alguien conoce una psicóloga que acepte Fonasa?", false},
		{"en", "Consult request: a person. Thanks all.", true},
		{"en", "Consult request: grief work. Thanks all.", false},
		{"fr", "Question clinique : une personne. Comment faire?", true},
		{"fr", "Question clinique : le secret professionnel. Comment faire?", false},
		{"es", "Consulta: una persona. ¿Qué harían?", true},
		{"es", "Consulta: límites con exclientes. ¿Qué harían?", false},
		{"en", "Hoping to find someone local.", false}, // an ask still asks
		{"en", "Population: adults.", false},           // the template's own list
	} {
		p, err := rules.EmbeddedPack(c.lang)
		if err != nil {
			t.Fatal(err)
		}
		got := readingFaults(p, grammarOf(p), c.text)
		if (len(got) > 0) != c.fault {
			t.Errorf("readingFaults(%s, %q) = %q; want a fault: %v", c.lang, c.text, got, c.fault)
		}
	}
}

// TestMendObjects checks that tidy takes out a relative and a verb whose
// object went, and nothing else, in each language.
func TestMendObjects(t *testing.T) {
	for _, c := range []struct{ lang, in, want string }{
		{"en", "Anyone in the area who takes? Evenings ideal.", "Anyone in the area? Evenings ideal."},
		{"en", "Anyone in the area who takes BCBS?", "Anyone in the area who takes BCBS?"},
		{"en", "Which plans does she take?", "Which plans does she take?"},
		{"fr", "Un psy dans la région qui accepte, idéalement le soir.", "Un psy dans la région, idéalement le soir."},
		{"es", "¿Psicóloga en la zona que acepte o que cubra?", "¿Psicóloga en la zona que acepte o?"},
		{"es", "¿Psicóloga en la zona que acepte?", "¿Psicóloga en la zona?"},
	} {
		p, err := rules.EmbeddedPack(c.lang)
		if err != nil {
			t.Fatal(err)
		}
		if got := grammarOf(p).mendObjects(c.in); got != c.want {
			t.Errorf("mendObjects(%s, %q) = %q; want %q", c.lang, c.in, got, c.want)
		}
	}
}

// ventFaults lists what a frame says that the post's intent does not: a
// post that asks its readers nothing ("other": a vent, a celebration)
// with the areas of its template listed after it, where no question or
// request to peers asks about them ("Why me. Relevant areas: ...").
func ventFaults(p *rules.Pack, intent, s string) []string {
	if intent != "other" {
		return nil
	}
	var out []string
	for _, tt := range p.Rewrite.Templates[intent].Texts {
		for _, m := range templateLabel.FindAllStringSubmatch(tt, -1) {
			label := strings.TrimSpace(m[1])
			if i := strings.Index(s, label); i >= 0 && !isAsk(grammarOf(p), strings.ToLower(s[:i])) {
				out = append(out, "areas after a vent: "+s)
			}
		}
	}
	return out
}

// TestVentFaults checks ventFaults on rewrites written for the purpose.
func TestVentFaults(t *testing.T) {
	for _, c := range []struct {
		lang, intent, text string
		fault              bool
	}{
		{"en", "other", "Long week, just venting. Relevant areas: insomnia.", true},
		{"en", "other", "Looking for a peer group. Relevant areas: burnout.", false},
		{"en", "other", "Anyone else dreading Mondays? Relevant areas: burnout.", false},
		{"en", "consultation", "Quick gut check please. Relevant areas: burnout.", false},
		{"fr", "other", "Grosse semaine. Thèmes : deuil.", true},
		{"fr", "other", "Vous aussi ça vous arrive? Thèmes : deuil.", false},
		{"es", "other", "Día largo. Temas: duelo.", true},
		{"es", "other", "¿Les ocurre también a ustedes? Temas: duelo.", false},
	} {
		p, err := rules.EmbeddedPack(c.lang)
		if err != nil {
			t.Fatal(err)
		}
		if got := ventFaults(p, c.intent, c.text); (len(got) > 0) != c.fault {
			t.Errorf("ventFaults(%s, %s, %q) = %q; want a fault: %v", c.lang, c.intent, c.text, got, c.fault)
		}
	}
}
