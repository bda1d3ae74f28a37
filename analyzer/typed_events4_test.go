package analyzer

import (
	"testing"
)

// typedEvents4 are a client's incidents told through what the person did
// or underwent rather than through the incident's own verb (issue 15,
// h-event14): an experience verb and the incident as its object ("went
// through a custody fight", "lived through the flood", "is dealing with
// a lawsuit", "a vécu un incendie", "pasó por un divorcio"); the
// incident as the subject of what it did ("the fire took everything",
// "l'accident lui a coûté son emploi"); the client's part in it ("was
// the driver", "was the one who found him", "gave the baby up for
// adoption"); a move or an arrival ("moved here from the coast after
// the split", "arrivée au Québec l'an dernier", "se vino de su pueblo");
// an incident still ahead ("has a court date", "son procès", "su
// audiencia"). Each sentence was written for this test, as a kind of
// event, from the annotation guide and before any corpus miss was read,
// half as a careful post and half typed fast. The post must give a
// finding of one of the categories (event, or what the guide makes of
// it) that overlaps the wanted text; open marks a shape still left to
// the tagger's chance.
var typedEvents4 = []typedRow{
	// An experience verb with the incident as its object.
	{"en", "My client went through a very public custody fight two years ago.", "custody fight", "event|family", false},
	{"en", "She lived through the flood that took out half of her street.", "flood", "event", false},
	{"en", "The man I see is dealing with a lawsuit from his former business partner.", "lawsuit", "event", false},
	{"en", "He survived a plane crash as a teenager and never flew again.", "plane crash", "event", false},
	{"en", "My client witnessed a stabbing on the bus last spring.", "stabbing", "event", false},
	{"en", "She experienced a stillbirth in the fall and has not been back to work.", "stillbirth", "event|clinical", false},
	{"en", "The teen I work with suffered a serious dog attack when he was small.", "dog attack", "event", false},
	{"en", "my client is going thru a nasty foreclosure rn", "foreclosure", "event", false},
	{"en", "she went thru a house fire in oct and lost everything", "house fire", "event", false},
	{"en", "client lived thru a shooting at her old job", "shooting", "event", false},
	{"en", "He is still reeling from a bankruptcy that made the local paper.", "bankruptcy", "event", false},
	{"en", "She is recovering from a hit and run that broke both her legs.", "hit and run", "event", false},
	{"fr", "Ma cliente a vécu un incendie qui a détruit sa maison l'hiver dernier.", "incendie", "event", false},
	{"fr", "Il a traversé une faillite très médiatisée dans sa petite ville.", "faillite", "event", false},
	{"fr", "La jeune que je suis a subi une agression au parc près de chez elle.", "agression", "event|clinical", false},
	{"fr", "Mon client a été témoin d'une fusillade à son travail.", "fusillade", "event", false},
	{"fr", "ma cliente vit un divorce super conflictuel en ce moment", "divorce", "event|family", false},
	{"fr", "il a survécu à un naufrage quand il était petit", "naufrage", "event", false},
	{"es", "Mi paciente pasó por un divorcio muy difícil el año pasado.", "divorcio", "event|family", false},
	{"es", "La señora que atiendo vivió un terremoto que destruyó su casa.", "terremoto", "event", false},
	{"es", "Mi cliente sufrió un asalto a mano armada en su negocio.", "asalto", "event", false},
	{"es", "El chico que veo presenció un tiroteo frente a su escuela.", "tiroteo", "event", false},
	{"es", "mi pcte esta atravesando un juicio por la custodia de su hija", "juicio", "event|family", false},
	{"es", "mi pcte sobrevivio a un naufragio de chiquito y no se mete al mar", "naufragio", "event", false},

	// The incident as the subject of what it did.
	{"en", "The fire took everything she owned, including her dog.", "fire", "event", false},
	{"en", "The accident cost him his job and his license.", "accident", "event", false},
	{"en", "Her divorce was finalized in March and she moved in with her sister.", "divorce", "event|family", false},
	{"en", "His arrest made the front page of the local paper.", "arrest", "event", true},
	{"en", "the crash left her with a limp and a fear of highways", "crash", "event", false},
	{"fr", "L'accident lui a coûté son emploi et son permis.", "accident", "event", false},
	{"fr", "L'incendie a tout emporté, même les photos de ses enfants.", "incendie", "event", false},
	{"es", "A mi paciente el accidente le costó el trabajo y la licencia.", "accidente", "event", false},
	{"es", "a mi clienta el incendio se le llevó todo lo que tenía", "incendio", "event", false},

	// The client's part in the incident.
	{"en", "My client was the driver in the crash that killed his best friend.", "driver in the crash", "event", false},
	{"en", "She was the one who found her father after he took his life.", "found her father", "event", false},
	{"en", "He gave his first baby up for adoption at seventeen.", "up for adoption", "event|family", false},
	{"en", "My client was adopted out of foster care at age six.", "adopted out of foster care", "event|family", false},
	{"en", "She reconnected with her birth mother last summer after thirty years.", "reconnected with her birth mother", "event|family", false},
	{"en", "my client's husband walked out on her and the kids in august", "walked out", "event|family", false},
	{"fr", "C'est elle qui a trouvé son frère après son suicide.", "a trouvé son frère", "event|family", false},
	{"fr", "Mon client conduisait la voiture lors de l'accident qui a tué son ami.", "accident", "event", false},
	{"es", "Ella fue quien encontró a su padre después del suicidio.", "encontró a su padre", "event", false},
	{"es", "Mi paciente manejaba el carro en el choque donde murió su amigo.", "choque", "event", false},

	// A move or an arrival.
	{"en", "She moved here from the coast after the split and knows nobody.", "moved here from the coast", "event|demographic", false},
	{"en", "The family relocated last year when his plant shut down.", "relocated", "event", false},
	{"en", "my client just immigrated from overseas w her two kids", "immigrated", "event|demographic", false},
	{"fr", "Ma cliente est arrivée au Québec l'an dernier avec ses deux enfants.", "arrivée au Québec", "event|location|demographic", false},
	{"fr", "Il a déménagé ici après la séparation et ne connaît personne.", "déménagé", "event", false},
	{"es", "Mi paciente se vino de su pueblo hace un año con sus dos hijos.", "se vino de su pueblo", "event", false},
	{"es", "Mi paciente y su esposo se mudaron acá el año pasado cuando cerró la fábrica.", "se mudaron", "event", false},

	// An incident still ahead.
	{"en", "My client has a court date next month for the assault charge.", "court date", "event", false},
	{"en", "His sentencing is set for the week after Thanksgiving.", "sentencing", "event", false},
	{"en", "She is due to testify against her ex in the spring.", "testify against her ex", "event", false},
	{"en", "client has a custody hearing friday and is a wreck", "custody hearing", "event|family", false},
	{"fr", "Son procès commence en janvier et elle ne dort plus.", "procès", "event", true},
	{"fr", "Mon client doit témoigner contre son ancien patron le mois prochain.", "témoigner contre son ancien patron", "event", false},
	{"es", "Su audiencia de deportación es el mes que viene.", "audiencia de deportación", "event", false},
	{"es", "mi paciente tiene juicio la semana q viene y esta muy ansiosa", "juicio", "event", false},
}

// typedEvents4Clean are the same kinds of incident told of the poster,
// of the news, of people in general or of a book; none is a client's.
var typedEvents4Clean = []cleanRow{
	{"en", "I went through a divorce myself a few years ago, so this topic is close to me."},
	{"en", "Many clients who have lived through a flood carry it for years."},
	{"en", "Looking for reading on working with people who survived a plane crash."},
	{"en", "The fire downtown was all over the news this week."},
	{"en", "We moved here from the coast last year and I am opening a small practice."},
	{"en", "Does anyone have a good handout on preparing a client to testify?"},
	{"fr", "J'ai moi-même vécu un incendie enfant, alors ce sujet me touche."},
	{"fr", "Des ressources pour accompagner les personnes qui traversent une faillite?"},
	{"fr", "Nous avons déménagé ici l'an dernier et j'ouvre mon cabinet."},
	{"es", "Yo pasé por un divorcio hace años y por eso me interesa el tema."},
	{"es", "¿Alguien tiene material sobre personas que sobrevivieron un terremoto?"},
	{"es", "Nos mudamos acá el año pasado y estoy abriendo mi consultorio."},
}

func TestTypedEvents4(t *testing.T) {
	checkTypedRows(t, typedEvents4)
}

func TestTypedEvents4Clean(t *testing.T) {
	checkNone(t, typedEvents4Clean, "event", ofCategory("event"))
}
