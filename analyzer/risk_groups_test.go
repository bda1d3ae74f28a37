package analyzer

import "testing"

// groupSessionQuiet are notices, written for this test, about the last,
// first or next meeting of the poster's own workshop, course or series,
// and ethics questions about former clients in general: a session there
// belongs to a group offering or to no one, and no one is confirmed a
// client (TestRiskQuietOnPosterPublicFigureAndFiction).
var groupSessionQuiet = []refCase{
	{"en", "facebook_group", "Our sleep hygiene workshop wraps up soon: the last session of the series is Thursday at 7. Bring a notebook!"},
	{"en", "facebook_page", "reminder for the parenting course folks, our final class is next tuesday n there will be snacks"},
	{"en", "facebook_group", "Webinar update: the first session of our ethics series moved to Monday, same link."},
	{"en", "facebook_group", "can we ask former clients for google reviews? what does your board say"},
	{"fr", "facebook_group", "Petit rappel : notre dernière séance du cycle sur le sommeil se tient mercredi soir."},
	{"fr", "facebook_page", "atelier parents-ados: notre prochaine rencontre est jeudi, apportez vos questions"},
	{"es", "facebook_group", "Aviso: nuestra última sesión del taller de respiración es el martes a las 7."},
	{"es", "facebook_page", "curso de autocuidado, nuestra proxima clase es el sabado en la biblioteca"},
}

// knownClientWarn are posts, written for this test, about a client whom
// people around them recognise (a local celebrity, someone everyone in
// town knows), and words spoken to a client by a first name with no
// comma after it, the way a phone post comes out: each could let a reader
// recognise a client and must warn (TestRiskWarnsOnPostsToOrAboutAClient)
// and get a rewrite (TestKnownClientRewritten).
var knownClientWarn = []refCase{
	{"en", "facebook_group", "advice pls, my 2pm is semi-famous around here and people keep recognizing him in my lobby"},
	{"en", "reddit", "my cl is kind of a local celeb and folks recognize her at the pharmacy, should i go telehealth only"},
	{"en", "facebook_page", "leo u should be proud, our sessions were a big part of it"},
	{"fr", "facebook_group", "Ma cliente est une vedette locale et les gens la reconnaissent dans la salle d'attente, des conseils?"},
	{"fr", "facebook_page", "camille tu peux être fière, nos séances t'ont aidée à reprendre le volant"},
	{"es", "facebook_group", "mi paciente es famosa en el pueblo y la gente la reconoce en la sala de espera, ¿qué hago?"},
	{"es", "review_site", "mil gracias por la reseña, qué alegría que nuestras sesiones le sirvieran para volver a manejar"},
}

// TestKnownClientRewritten: a post that warns has something to hide, so
// it gets a rewrite, and the rewrite is not the post itself.
func TestKnownClientRewritten(t *testing.T) {
	a := defaultAnalyzer(t)
	for i, c := range knownClientWarn {
		res := a.Analyze(Input{Text: c.text, Lang: c.lang, Platform: c.platform})
		if res.Rewrite == "" || res.Rewrite == c.text {
			t.Errorf("%s #%d: Analyze(%q).Rewrite = %q; want a rewrite", c.lang, i, c.text, res.Rewrite)
		}
	}
}
