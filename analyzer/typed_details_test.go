package analyzer

import (
	"strings"
	"testing"
)

// typedDetails are the relationship, family and demographic details the
// way clinicians type them in a hurry (issue 15): dropped subjects, "w/",
// "n" and "&" for and, "2+ yrs", "ish", "like", "or so", numerals and
// number words, emoji between words, run-on clauses. Each sentence was
// written for this test, as a kind of detail, in each language: the post
// must give a finding of the category that overlaps the wanted text.
var typedDetails = []struct {
	lang, text, want, category string
}{
	// How long, how often, how the poster knows the client.
	{"en", "been seeing this kid since like march and hes finally talking", "since like march", "relationship"},
	{"en", "had him on my caseload 2+ yrs, he knows me well", "on my caseload", "relationship"},
	{"en", "ive worked w/ her on and off since 2019", "since 2019", "relationship"},
	{"en", "shes been coming in every other wk since the summer", "every other wk", "relationship"},
	{"en", "known the fam for years, her mom calls me first", "known the fam for years", "relationship"},
	{"en", "seen him like 6 or 7 times now and its not budging", "6 or 7 times", "relationship"},
	{"en", "weve been doing sessions for abt a yr, shes 30", "for abt a yr", "relationship"},
	{"en", "she started w me in jan and already quit twice", "started w me", "relationship"},
	{"en", "ive been his therapist since he was 14", "his therapist", "relationship"},
	{"en", "i see her every thurs after school", "every thurs", "relationship"},
	{"en", "she says we meet every 2 wks n it helps", "every 2 wks", "relationship"},
	{"en", "been seeing this couple on & off for 3ish years", "3ish years", "relationship"},
	{"en", "worked w this fam 18 months, her dad finally showed up", "18 months", "relationship"},
	{"en", "shes been in therapy w/ me since covid", "since covid", "relationship"},
	{"en", "this is our 3rd yr working together and he still flinches", "3rd yr working together", "relationship"},
	{"en", "he comes in weekly n rarely says much", "comes in weekly", "relationship"},
	{"en", "shes been w me since spring and the panic is down", "w me since spring", "relationship"},
	{"en", "saw her for like 8 sessions b4 she moved", "8 sessions", "relationship"},
	{"en", "quick q abt a cl. sees me biweekly-ish, sometimes less", "biweekly", "relationship"},
	{"en", "seeing him 2x a month for ~1 yr now", "2x a month", "relationship"},
	{"en", "hes been on my books for about four years", "on my books", "relationship"},
	{"en", "ive had this pt for ages and she still surprises me", "for ages", "relationship"},
	{"en", "4 yrs of weekly sessions w/ him and no change", "4 yrs of weekly sessions", "relationship"},
	{"en", "started seeing her back in 2020 after the move", "started seeing her", "relationship"},
	{"en", "hes been coming to group every tues since summer", "every tues", "relationship"},
	{"en", "weve worked together off and on for years, hes 50 now", "worked together", "relationship"},
	{"en", "ive treated her 🙏 for 2 years now", "for 2 years", "relationship"},
	{"en", "been my client since she was 16 and shes 22 now", "my client since", "relationship"},
	{"en", "her & i have been meeting weekly since sept, shes 17", "meeting weekly since sept", "relationship"},
	{"en", "ive seen this family twice a month for like a year", "twice a month", "relationship"},
	{"en", "had her as a client for a couple yrs b4 she moved", "as a client", "relationship"},
	{"en", "been working w/ him 6 months or so", "6 months or so", "relationship"},
	{"en", "i have this teen every monday after school", "every monday", "relationship"},
	{"en", "seeing her weekly 💕 since last fall", "weekly", "relationship"},
	{"en", "my cl for the last 18 months just relapsed", "the last 18 months", "relationship"},
	{"en", "weve had maybe a dozen sessions so far n she still wont talk abt it", "a dozen sessions", "relationship"},
	// Family.
	{"en", "lives w his mom n stepdad and two half sisters", "stepdad", "family"},
	{"en", "my cl is a single mum of 3 working two jobs", "single mum of 3", "family"},
	{"en", "shes a mom of 2 under 5 and exhausted", "mom of 2", "family"},
	{"en", "my cl hes in foster care since he was 9", "foster care", "family"},
	{"en", "she lives w/ her grandma since the fire", "lives w/ her grandma", "family"},
	{"en", "client is going thru a nasty divorce rn", "divorce", "family|event"}, // event since event-undergone (h-event14) reads what one goes through
	{"en", "my cl is recently separated, 2 kids", "recently separated", "family"},
	{"en", "hes the youngest of 6 kids and the only boy", "youngest of 6", "family"},
	{"en", "my client co-parents w her ex and it is brutal", "her ex", "family"},
	{"en", "my cl, widowed last yr, still sets two plates", "widowed", "family"},
	{"en", "pt is pregnant w/ her 3rd and scared", "pregnant", "family"},
	{"en", "my cl and her twin sister both work at the plant", "twin sister", "family"},
	{"en", "my cl has 3 kids under 5 and no help", "3 kids under 5", "family"},
	{"en", "shes an only child and her dad is sick", "only child", "family"},
	// Demographic.
	{"en", "my client (she/they) asked about groups", "she/they", "demographic"},
	{"en", "my cl is a jehovahs witness and her family shuns her", "jehovahs witness", "demographic"},
	{"en", "she recently immigrated from el salvador with her kids", "immigrated from el salvador", "demographic"},
	{"en", "my cl is a trans guy, 19, still at home", "trans guy", "demographic"},
	{"en", "hes a refugee, arrived last yr, no family here", "refugee", "demographic"},
	{"en", "my pt is deaf and uses asl", "deaf", "demographic"},
	{"en", "my cl is muslim and fasting this month", "muslim", "demographic"},
	{"en", "she came over from syria as a teen", "from syria", "demographic"},
	{"en", "my cl is nonbinary n uses they/them", "nonbinary", "demographic"},
	{"en", "he uses a wheelchair since the accident", "uses a wheelchair", "demographic"},
	{"en", "my pt speaks mostly tagalog at home", "speaks mostly tagalog", "demographic"},

	// fr: how long, how often.
	{"fr", "je la suis depuis l'automne et ça avance", "depuis l'automne", "relationship"},
	{"fr", "ça fait 2 ans qu'on travaille ensemble elle et moi", "2 ans qu'on travaille ensemble", "relationship"},
	{"fr", "ca fait genre un an que je le vois", "un an que je le vois", "relationship"},
	{"fr", "je le vois aux 2 sem depuis janvier", "aux 2 sem", "relationship"},
	{"fr", "je la vois 1x/sem depuis le printemps", "1x/sem", "relationship"},
	{"fr", "elle est suivie depuis 3 ans chez nous", "suivie depuis 3 ans", "relationship"},
	{"fr", "jaccompagne ce jeune depuis septembre", "depuis septembre", "relationship"},
	{"fr", "il est anxieux, on se voit chaque semaine depuis l'été", "chaque semaine", "relationship"},
	{"fr", "elle vient me voir aux deux semaines", "aux deux semaines", "relationship"},
	{"fr", "ma cliente depuis 4 ans vient de perdre son emploi", "depuis 4 ans", "relationship"},
	{"fr", "on en est à notre 10e séance et il parle enfin", "10e séance", "relationship"},
	{"fr", "je travaille avec elle depuis l'hiver dernier", "depuis l'hiver", "relationship"},
	{"fr", "je le connais depuis qu'il a 12 ans", "connais depuis", "relationship"},
	{"fr", "avec lui on a fait une dizaine de séances ensemble", "dizaine de séances", "relationship"},
	{"fr", "je la suis en thérapie depuis deux ans", "depuis deux ans", "relationship"},
	{"fr", "suivi depuis plus d'un an avec moi, il recule", "depuis plus d'un an", "relationship"},
	// fr: family, demographic.
	{"fr", "elle est mère monoparentale de 3 enfants", "monoparentale", "family"},
	{"fr", "il vit avec sa mère pis son beau-père", "beau-père", "family"},
	{"fr", "mon client est en famille d'accueil depuis ses 8 ans", "famille d'accueil", "family"},
	{"fr", "elle vit chez sa grand-mere depuis le deces", "vit chez sa grand-mere", "family"},
	{"fr", "ma cliente est en pleine séparation, deux ados", "séparation", "family"},
	{"fr", "veuve depuis l'an dernier, elle vit seule", "veuve", "family"},
	{"fr", "ma cliente est une réfugiée syrienne de 30 ans", "réfugiée", "demographic"},
	{"fr", "mon client est arrivé d'Haïti l'an dernier", "arrivé d'Haïti", "demographic"},
	{"fr", "ma cliente est une femme trans dans la vingtaine", "trans", "demographic"},
	{"fr", "ma cliente est sourde et parle peu le français", "sourde", "demographic"},

	// es: how long, how often.
	{"es", "lleva conmigo desde enero y ya duerme mejor", "conmigo desde enero", "relationship"},
	{"es", "la veo cada quincena y no avanza, ella dice que está bien", "cada quincena", "relationship"},
	{"es", "lo atiendo hace 2 años por ansiedad", "hace 2 años", "relationship"},
	{"es", "con ella llevamos como un año trabajando juntas", "un año trabajando", "relationship"},
	{"es", "viene a terapia cada semana desde marzo con su hija", "cada semana", "relationship"},
	{"es", "es mi paciente desde 2020 y acaba de separarse", "mi paciente desde 2020", "relationship"},
	{"es", "la conozco desde que tenía 12 años", "conozco desde", "relationship"},
	{"es", "ya llevamos 8 sesiones y ella no habla del tema", "8 sesiones", "relationship"},
	{"es", "la acompaño desde el verano pasado", "desde el verano", "relationship"},
	{"es", "con su pareja nos vemos 1 vez x semana desde hace meses", "1 vez x semana", "relationship"},
	{"es", "trabajo con ella desde hace un año", "desde hace un año", "relationship"},
	{"es", "lo veo cada 15 días desde que salió del hospital", "cada 15 días", "relationship"},
	{"es", "la tengo en terapia desde el año pasado", "en terapia desde", "relationship"},
	{"es", "vamos en la sesión 12 con él y recién se abrió", "sesión 12", "relationship"},
	// es: family, demographic.
	{"es", "mi pte es mamá soltera de 3 y trabaja de noche", "mamá soltera de 3", "family"},
	{"es", "vive con su mamá y su padrastro", "padrastro", "family"},
	{"es", "mi paciente vive con su abuela desde los 6", "vive con su abuela", "family"},
	{"es", "el niño está en un hogar de acogida", "hogar de acogida", "family"},
	{"es", "mi paciente es hijo único y su papá está enfermo", "hijo único", "family"},
	{"es", "mi consultante, recién divorciada, con dos hijos chicos", "divorciada", "family"},
	{"es", "mi paciente llegó de venezuela hace 2 años", "venezuela", "demographic"},
	{"es", "mi consultante es una mujer trans de 25", "trans", "demographic"},
	{"es", "mi paciente es sorda y usa lengua de señas", "sorda", "demographic"},
	{"es", "mi paciente es refugiada y no tiene familia aquí", "refugiada", "demographic"},
}

// typedClean are sentences of the same shapes that say nothing about a
// client: the poster's own family and schedule, generic statements, a
// question about a population. None may give a finding of the category.
var typedClean = []struct{ lang, text, category string }{
	{"en", "I see clients weekly and keep Fridays for notes.", "relationship"},
	{"en", "ive been in practice for 12 yrs and still love it", "relationship"},
	{"en", "our consult group meets every other wk, anyone want to join?", "relationship"},
	{"en", "teens often feel like nobody gets them", "demographic"},
	{"en", "my own mom n stepdad are visiting this wknd lol", "family"},
	{"en", "anyone have good trainings on working w foster kids?", "family"},
	{"en", "as a single mum of 2 myself i get how hard it is", "family"},
	{"en", "my husband and I just hit 10 yrs married 🎉", "family"},
	{"en", "most of my clients come in weekly at first", "relationship"},
	{"en", "how do you all decide between weekly and biweekly sessions?", "relationship"},
	{"fr", "je vois mes clients chaque semaine en général", "relationship"},
	{"fr", "ça fait 10 ans que je pratique et j'adore ça", "relationship"},
	{"fr", "ma mère et mon beau-père arrivent demain", "family"},
	{"fr", "les ados vivent souvent mal la séparation des parents", "family"},
	{"es", "atiendo pacientes desde 2010 en consulta privada", "relationship"},
	{"es", "llevo 15 años en la práctica y sigo aprendiendo", "relationship"},
	{"es", "mi mamá y mi padrastro vienen a visitarme", "family"},
	{"es", "los adolescentes a menudo se sienten incomprendidos", "demographic"},
}

func TestTypedDetails(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range typedDetails {
		t.Run(tt.lang+"/"+tt.category+"/"+tt.text, func(t *testing.T) {
			if ok, got := findingOver(t, a, tt.lang, tt.text, tt.want, ofCategory(strings.Split(tt.category, "|")...)); !ok {
				t.Errorf("Analyze(%q) = %v; want a %s finding over %q", tt.text, got, tt.category, tt.want)
			}
		})
	}
}

func TestTypedClean(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range typedClean {
		res := a.Analyze(Input{Text: tt.text, Lang: tt.lang})
		for _, f := range res.Findings {
			if f.Category == tt.category {
				t.Errorf("Analyze(%q) has %s finding %q (%s); want none", tt.text, f.Category, f.Text, f.Rule)
			}
		}
	}
}
