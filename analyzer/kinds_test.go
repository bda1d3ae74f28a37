package analyzer

import (
	"strings"
	"testing"
)

// identifierKinds are the kinds of identifier issue 14 lists, each in a
// sentence written for this test (no corpus phrase): the post must give a
// finding of the category that covers the wanted text. Kinds the analyzer
// does not find yet are not here; the issue keeps them.
var identifierKinds = []struct {
	kind, lang, text, want, category string
}{
	// Names.
	{"name that is a word", "en", "Hope, thank you for letting me share this.", "Hope", "name"},
	{"name that is a word, spoken to", "en", "Joy, thank you for letting me walk with you through it.", "Joy", "name"},
	{"name of African origin", "en", "My client Oluwaseun is 29 and works nights.", "Oluwaseun", "name"},
	{"name of South Asian origin", "en", "My client Aanya lost her father in May.", "Aanya", "name"},
	{"full name", "en", "My client Dana Kowalczyk is a welder.", "Kowalczyk", "name"},
	{"initial beside a person", "en", "Client R. said his brother took the car.", "R.", "name"},
	{"name in a sign-off opener", "en", "To Marisol: it was an honour to walk beside you.", "Marisol", "name"},
	{"handle", "en", "My client posts as @sk8rgirl_2009 on every app.", "@sk8rgirl_2009", "contact"},
	{"name", "fr", "Ma cliente Maëlle a 34 ans.", "Maëlle", "name"},
	{"name", "es", "Mi paciente Xochitl tiene 34 años.", "Xochitl", "name"},
	{"nickname", "en", "Her grandson goes by Chipper and drives a plow.", "Chipper", "name"},
	{"nickname", "fr", "Au village, tout le monde l'appelle Ti-Gus.", "Ti-Gus", "name"},
	{"nickname", "es", "En el barrio le dicen el Tlacuache.", "Tlacuache", "name"},
	{"married surname after de", "es", "Vino la señora de Arreola con su hija.", "Arreola", "name"},
	{"surname after a lower-case title", "es", "Mi paciente, la señora Villalpando, está de duelo.", "Villalpando", "name"},
	{"relative's nickname in apposition", "es", "Su marido, Memo, la controla.", "Memo", "name"},
	{"name that is a word, after my client", "en", "My client Joy lost her lease in October.", "Joy", "name"},
	{"name that is a word, subject of a verb", "en", "Will cried through most of Tuesday's session.", "Will", "name"},
	{"name that is a word, after seeing", "en", "I have been seeing Rose since her surgery.", "Rose", "name"},
	{"name that is a word, relative in apposition", "en", "His fiancée, Joy, moved out last week.", "Joy", "name"},
	{"name that is a word, subject of a verb", "fr", "Pierre pleure dès qu'on parle de son frère.", "Pierre", "name"},
	{"name that is a word, after a relative", "fr", "Sa fille Claire ne va plus à l'école.", "Claire", "name"},
	{"name that is a word, after a relative", "es", "Su nieta Paz dejó la prepa en marzo.", "Paz", "name"},
	{"name that is a word, subject of an accented verb", "es", "Soledad lloró cuando habló de su madre.", "Soledad", "name"},
	{"name that is a word, after a care verb", "es", "Trabajo con Milagros los jueves por la tarde.", "Milagros", "name"},
	{"name after a relative and de", "es", "La mamá de Rocío me escribió anoche.", "Rocío", "name"},
	{"name in no list, after a relative", "es", "Su hijo Yeferson tiene siete años.", "Yeferson", "name"},
	{"surname after de la", "es", "Atiendo a Dayana de la Barrera desde junio.", "de la Barrera", "name"},
	{"name in no list, in apposition to the client", "en", "The client, Quorvane, asked to switch to evenings.", "Quorvane", "name"},
	{"name in no list, after a care verb", "fr", "J'accompagne Zelbrine depuis l'hiver dernier.", "Zelbrine", "name"},
	{"name that is a word, after a care verb", "fr", "J'accompagne Rose, qui a perdu son fils.", "Rose", "name"},
	{"name in no list, in apposition to the client", "es", "La consultante, Yorbelith, faltó dos veces.", "Yorbelith", "name"},
	{"name after a verb said to a person", "en", "Last week I talked to Desmond about his drinking.", "Desmond", "name"},
	{"name after a relative and of", "en", "The grandmother of Kaydence has custody now.", "Kaydence", "name"},
	{"name after a message word", "en", "She showed me a text from Braxton.", "Braxton", "name"},
	{"name after a relative and de", "fr", "La mère de Maëlys m'a écrit ce matin.", "Maëlys", "name"},
	{"name that is a word, after a question about", "es", "Pregunta sobre Consuelo: ¿la derivo?", "Consuelo", "name"},
	{"name in no list, subject of a verb about a person", "en", "Session went long. Draveth cried about the eviction.", "Draveth", "name"},
	{"name in no list, subject of a verb about a person", "fr", "Korvelle m'a raconté la dispute avec son frère.", "Korvelle", "name"},
	{"name in no list, subject of a verb about a person", "es", "Yusmeidy faltó a las últimas dos citas.", "Yusmeidy", "name"},
	{"name that is a word, object of a verb said to a person", "en", "I reminded Hope that the group starts at six.", "Hope", "name"},
	{"name that is a word, object of a verb said to a person", "es", "Le expliqué a Luz cómo pedir la incapacidad.", "Luz", "name"},
	{"name that is a word, subject of a verb about a person", "fr", "Claire est arrivée en larmes à la séance.", "Claire", "name"},
	{"name in no list, after a relative and de", "es", "La abuela de Yexibeth pidió la custodia.", "Yexibeth", "name"},
	{"name in no list, after a verb of coming", "es", "Anoche me escribió Dalmiris para cancelar.", "Dalmiris", "name"},
	{"name in no list, after talking with", "es", "Hablé con Kendrith sobre la escuela.", "Kendrith", "name"},
	{"name in no list, subject beside a relative", "es", "Yorladis y su mamá viven en un cuarto.", "Yorladis", "name"},
	{"name that is a word, after a verb of coming", "es", "Hoy vino Rocío muy angustiada.", "Rocío", "name"},
	{"compound given name", "es", "Mi paciente María José tiene 34 años.", "María José", "name"},
	{"name inside a relationship's span", "es", "Atiendo a Kendry desde enero por ansiedad.", "Kendry", "name"},
	{"name inside a relationship's span", "fr", "Je vois Maëlle depuis septembre pour de l'anxiété.", "Maëlle", "name"},
	// Organizations.
	{"described school", "en", "My client teaches at a tiny Montessori school two towns over.", "Montessori school", "organization"},
	{"described radio station", "en", "He's a presenter on the Welsh radio station in town.", "Welsh radio station", "organization"},
	{"club he rows for", "en", "She rows for the college rowing club and her coach noticed.", "college rowing club", "organization"},
	{"camel-case employer", "en", "My client, a cabin attendant, has been flying for skyJet since May.", "skyJet", "organization"},
	{"employer that is a word", "en", "My client, 31, works at Apple and hates the open office.", "Apple", "organization"},
	// Dates.
	{"numeric date of birth", "en", "Client DOB 4/2/1987, seen twice.", "4/2/1987", "date"},
	{"ISO date of birth", "en", "Client DOB 1987-02-04, seen twice.", "1987-02-04", "date"},
	{"weekday and time habit", "en", "My client comes in Tuesdays at 4 and has BPD.", "Tuesdays at 4", "date"},
	{"season and year", "en", "My client lost her son in the spring of 2021.", "spring of 2021", "date"},
	// Ages.
	{"bare age after a name", "en", "Referral for Dana, 67, a retired nurse.", "67", "age"},
	{"age in words", "en", "My client is fifty-two and just lost her job.", "fifty-two", "age"},
	{"age and sex, short", "en", "Pt is 34F, lives alone.", "34F", "age"},
	{"sex and age, comma", "en", "Client (M, 17) was suspended.", "M, 17", "age"},
	{"children's ages", "en", "She has three kids, 5, 8 and 11.", "5, 8 and 11", "age"},
	{"grade", "en", "My client is in grade 10 and plays hockey.", "grade 10", "age"},
	{"age without a comma", "en", "new cl is a widower 71 who farms near the river", "71", "age"},
	{"age", "fr", "Mon client de 52 ans est camionneur.", "52 ans", "age"},
	{"age in words, set off by commas", "en", "My neighbour's referral, a roofer, fifty-eight, fell last week.", "fifty-eight", "age"},
	{"decade without 'in her'", "en", "Referral for a woman, early sixties, who still farms.", "early sixties", "age"},
	{"decade, something", "en", "My client, a thirty-something welder, has night terrors.", "thirty-something", "age"},
	{"age last in parentheses", "en", "My client Ray (retired pipefitter, 71) lost his dog.", "71", "age"},
	{"age after now", "en", "Her stepson, now 22, moved out.", "22", "age"},
	{"decade in years", "fr", "Ma cliente, une femme d'une quarantaine d'années, vit seule.", "quarantaine d'années", "age"},
	{"decade noun, plural", "es", "Atiendo a una pareja de sesentones de Mendoza.", "sesentones", "age"},
	{"age in words, set off by commas", "es", "Mi paciente, treinta y seis, perdió a su madre.", "treinta y seis", "age"},
	{"age", "es", "Mi paciente de 52 años es camionero.", "52 años", "age"},
	// Occupations.
	{"common job", "en", "My client is a plumber and has panic attacks.", "plumber", "occupation"},
	{"common job", "en", "My client works as a bank teller downtown.", "bank teller", "occupation"},
	{"titled role", "en", "My client is the head coach of the girls' team.", "head coach", "occupation"},
	{"the only one in town", "en", "My client (M, 60s) is the locksmith in Carrow Bay.", "locksmith", "occupation"},
	{"trade", "fr", "Mon client est plombier à Gatineau.", "plombier", "occupation"},
	{"trade", "es", "Mi paciente es albañil en Monterrey.", "albañil", "occupation"},
	// Organizations.
	{"retail chain", "en", "My client works at Walmart on nights.", "Walmart", "organization"},
	{"local business", "en", "My client bakes at Kowalski's Bakery every morning.", "Kowalski's Bakery", "organization"},
	{"school named with High", "en", "My client is a junior at Ridgeview High.", "Ridgeview High", "organization"},
	{"agency acronym", "en", "My client's dad is an NYPD officer.", "NYPD", "organization"},
	{"military branch", "en", "My client retired from the Navy last year.", "Navy", "organization"},
	{"national health service by acronym", "es", "Mi paciente tiene IESS pero no le cubre terapia.", "IESS", "organization"},
	{"veterans' health care", "en", "My client won't set foot in the VA in Marlow again.", "VA", "organization"},
	{"employer after chez", "fr", "mon client est cadre chez lumitel depuis dix ans", "lumitel", "organization"},
	{"employer named before a job", "en", "My client, a retired Northwind Air pilot, lost his wife.", "Northwind Air", "organization"},
	{"employer named after a job", "fr", "Ma cliente, caissière pour Épicerie Boréale, est épuisée.", "Épicerie Boréale", "organization"},
	{"employer named after a job, no preposition", "fr", "Jeune homme de 22 ans, livreur Vélorapide, sans papiers.", "Vélorapide", "organization"},
	{"employer named after a job", "es", "Mi paciente, repartidor de Envíos Sureños, tiene deudas.", "Envíos Sureños", "organization"},
	// Places.
	{"mid-size city", "en", "My client lives in Red Deer with her kids.", "Red Deer", "location"},
	{"lowercase place", "en", "my client lives in saskatoon with her kids", "saskatoon", "location"},
	{"city by its initials", "en", "My client moved back to SLC to be near her mom.", "SLC", "location"},
	{"city by its initials", "es", "Mi paciente se vino de SLP con sus dos hijos.", "SLP", "location"},
	{"street without a number", "en", "My client lives on Birch Road with her nan.", "Birch Road", "location"},
	{"numbered avenue", "en", "My client lives off 11th Ave near the park.", "11th Ave", "location"},
	{"town too small for the lists", "en", "My client grew up in Kellinbrook and moved back.", "Kellinbrook", "location"},
	{"part of a state", "en", "My client ranches in eastern Montana.", "eastern Montana", "location"},
	{"part of town", "en", "My client lives in the north end with her mom.", "north end", "location"},
	{"town too small for the lists", "fr", "Ma cliente habite à Saint-Clovis-des-Monts.", "Saint-Clovis-des-Monts", "location"},
	{"town too small for the lists", "es", "Mi paciente vive en Villa Esperanza Norte.", "Villa Esperanza Norte", "location"},
	// ID numbers.
	{"dossier number", "fr", "Ma cliente, dossier n° 4471-2208, attend une place.", "4471-2208", "id_number"},
	{"expediente number", "es", "Mi paciente, expediente 2023-55871, espera cita.", "2023-55871", "id_number"},
	{"letter-prefixed number", "en", "Client's file is MRN A44710293.", "A44710293", "id_number"},
}

func TestIdentifierKinds(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, k := range identifierKinds {
		t.Run(k.lang+"/"+k.kind, func(t *testing.T) {
			res := a.Analyze(Input{Text: k.text, Lang: k.lang})
			for _, f := range res.Findings {
				// The finding may be the wanted text, hold it ("DOB
				// 4/2/1987") or be part of it ("Kowalczyk" of a full name).
				if f.Category == k.category && (strings.Contains(f.Text, k.want) || strings.Contains(k.want, f.Text)) {
					return
				}
			}
			t.Errorf("%q: no %s finding for %q; got %v", k.text, k.category, k.want, summarize(res))
		})
	}
}
