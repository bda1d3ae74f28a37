package analyzer

import (
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/pack"
	"github.com/discreet-app/discreet/analyzer/pattern"
	"github.com/discreet-app/discreet/rules"
)

// TestLenientCuesCompile compiles every context and intent cue of every
// pack as the analyzer does (analyzer/internal/lenient rewrites them), so
// that a rewrite the pattern engine refuses fails here and not on the
// first post that opens its gate.
func TestLenientCuesCompile(t *testing.T) {
	packs, err := rules.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for lang, p := range packs {
		c, err := pack.Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		sets := map[string][]pack.GatedRE{
			"person": c.Person, "addressee": c.Addressee, "generic": c.Generic, "self": c.Self,
			"not_specific": c.NotSpecific, "ignore": c.Ignore, "client": c.Client,
			"describes": c.Describes, "audience": c.Audience, "confirms": c.Confirms,
			"declines": c.Declines, "public": c.Public, "announce": c.Announce,
			"own_life": c.OwnLife, "addressed": c.Addressed, "relates": c.Relates,
		}
		for _, in := range c.Intents {
			for _, cue := range in.Cues {
				sets["intents."+in.Name] = append(sets["intents."+in.Name], cue.GatedRE)
			}
		}
		for name, pats := range sets {
			for i, g := range pats {
				if g.RE == nil {
					continue
				}
				if _, err := pattern.Compile(g.RE.Src); err != nil {
					t.Errorf("%s %s[%d]: %v", lang, name, i, err)
				}
			}
		}
	}
}

// TestLenientCuesReadMessyText checks that cues written with accents and
// apostrophes find the same words typed without them.
func TestLenientCuesReadMessyText(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, c := range []struct{ lang, tidy, messy string }{
		{"fr", "Merci de m'avoir fait confiance, nos séances vont me manquer, Julie!", "merci de m avoir fait confiance, nos seances vont me manquer, julie!"},
		{"es", "Hipotéticamente, si una adolescente de 15 años te dice que toma alcohol, ¿avisas?", "hipoteticamente, si una adolescente de 15 anos te dice que toma alcohol, avisas?"},
	} {
		tidy := a.Analyze(Input{Text: c.tidy, Lang: c.lang, Platform: "facebook_page"})
		messy := a.Analyze(Input{Text: c.messy, Lang: c.lang, Platform: "facebook_page"})
		if tidy.Risk.Level != messy.Risk.Level {
			t.Errorf("%s: risk %s typed tidily, %s typed messily: %q", c.lang, tidy.Risk.Level, messy.Risk.Level, c.messy)
		}
	}
}
