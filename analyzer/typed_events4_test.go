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
// the driver", "found the body", "gave the baby up for
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
	{"en", "My client was behind the wheel in the crash that killed his best friend.", "behind the wheel in the crash", "event", false},
	{"en", "My client is the person who discovered her father after he took his life.", "discovered her father", "event|family", true}, // open since h-clin16: the retrained en tagger (ask zones) no longer reads it; no rule covers it
	{"en", "He gave his first baby up for adoption at seventeen.", "up for adoption", "event|family", false},
	{"en", "My client was adopted from a group home at age six.", "adopted from a group home", "event|family", false},
	{"en", "She reconnected with her birth mother last summer after thirty years.", "reconnected with her birth mother", "event|family", false},
	{"en", "my client's husband walked out on her and the kids in august", "walked out", "event|family", false},
	{"fr", "C'est elle qui a trouvé son frère après son suicide.", "a trouvé son frère", "event|family", true},
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
	{"es", "mi paciente tiene juicio la semana q viene y esta muy ansiosa", "juicio", "event", true},
	// What an authority did to the client or their family, and what the
	// client did that others saw (written after the first rules and after
	// a look at a random sample of train's event spans for their kinds,
	// none of their wording; no corpus miss was read).
	{"en", "My client says the police brought her son home at three in the morning.", "police brought her son home", "event|family", false},
	{"en", "Child protection got involved after the school made a report about her bruises.", "Child protection got involved", "event", true},
	{"en", "The judge ordered supervised visits for my client's ex.", "ordered supervised visits", "event|family", false},
	{"en", "ICE picked up her husband outside the daycare in October.", "picked up her husband", "event", false},
	{"en", "The school called the cops on my client's boy for a pocket knife.", "called the cops", "event", true},
	{"en", "The landlord changed the locks on her while she was at her mom's.", "changed the locks", "event", false},
	{"en", "His employer reported him to the licensing board last year.", "reported him to the licensing board", "event", false},
	{"en", "my clients kid got picked up by the cops for tagging the overpass", "picked up by the cops", "event", false},
	{"en", "My client punched a hole through his manager's office wall.", "punched a hole", "event", true},
	{"en", "She shoplifted diapers from the pharmacy and got caught.", "shoplifted", "event", true},
	{"en", "The teen I see threw a chair at his teacher during class.", "threw a chair at his teacher", "event", false},
	{"en", "He crashed his dad's truck into the fence at the fairgrounds.", "crashed his dad's truck", "event", false},
	{"en", "My client posted a video of her ex that went viral in town.", "posted a video of her ex", "event|family", false},
	{"en", "She forged her mother's signature on a loan.", "forged her mother's signature", "event|family", false},
	{"en", "He set his ex's car on fire last winter.", "set his ex's car on fire", "event|family", false},
	{"en", "My client ran a red light and hit a cyclist.", "hit a cyclist", "event", false},
	{"en", "She has been having an affair with her manager and the whole office knows.", "affair with her manager", "event|family", false},
	{"en", "My client's son enlisted right after graduation.", "enlisted", "event|clinical|occupation", false},
	{"en", "He came out to his parents over the holidays and they cut him off.", "came out to his parents", "event|family|demographic", false},
	{"en", "She broke off her engagement a week before the wedding.", "broke off her engagement", "event", false},
	{"en", "My client's daughter ran off with a man twice her age.", "ran off with a man", "event|family", false},
	{"en", "He is on a leave of absence after a complaint was filed against him.", "complaint was filed against him", "event", false},
	{"fr", "La police a ramené son fils à la maison en pleine nuit.", "a ramené son fils", "event|family", false},
	{"fr", "La DPJ est intervenue chez ma cliente après un signalement de l'école.", "signalement", "event", false},
	{"fr", "Le juge a ordonné des visites supervisées pour le père.", "a ordonné des visites supervisées", "event", true},
	{"fr", "Mon client a lancé une chaise sur son enseignant en classe.", "a lancé une chaise", "event", false},
	{"fr", "Elle a volé des couches à la pharmacie et s'est fait prendre.", "a volé des couches", "event", false},
	{"fr", "Il a embouti le camion de son père dans la clôture.", "a embouti le camion", "event", false},
	{"fr", "Ma cliente a publié une vidéo de son ex qui a fait le tour du village.", "a publié une vidéo de son ex", "event|family", false},
	{"fr", "Il a fait son coming out à ses parents qui l'ont mis dehors.", "coming out", "event|demographic", false},
	{"fr", "Le propriétaire a changé les serrures pendant qu'elle était chez sa mère.", "a changé les serrures", "event", true},
	{"fr", "Son employeur l'a dénoncé à l'ordre professionnel.", "l'a dénoncé à l'ordre professionnel", "event", false},
	{"es", "La policía trajo a su hijo a la casa a las tres de la mañana.", "trajo a su hijo", "event|family", false},
	{"es", "El DIF intervino en casa de mi paciente después de un reporte de la escuela.", "intervino", "event", true},
	{"es", "El juez ordenó visitas supervisadas para el papá.", "ordenó visitas supervisadas", "event", true},
	{"es", "Mi paciente le aventó una silla a su maestro en clase.", "aventó una silla", "event", false},
	{"es", "Ella se robó pañales de la farmacia y la agarraron.", "se robó pañales", "event", false},
	{"es", "Chocó la camioneta de su papá contra la cerca de la feria.", "Chocó la camioneta", "event", false},
	{"es", "Mi paciente subió un video de su ex que se hizo viral en el pueblo.", "subió un video de su ex", "event|family", false},
	{"es", "El casero le cambió la cerradura mientras estaba con su mamá.", "cambió la cerradura", "event", true},
	{"es", "Su hijo se enlistó en el ejército al terminar la prepa.", "se enlistó", "event|family|occupation", false},
	{"es", "Mi paciente tuvo un amorío con su jefe y toda la oficina lo sabe.", "amorío con su jefe", "event|family", true},
}

// typedEvents4Clean are the same kinds of incident told of the poster,
// of the news, of people in general or of a book; none is a client's.
var typedEvents4Clean = []cleanRow{
	{"en", "I went through a divorce myself a few years ago, so this topic is close to me."},
	{"en", "Many clients who have lived through a flood carry it for years."},
	{"en", "Looking for reading on working with people who survived a plane crash."},
	{"en", "The fire downtown was all over the news this week."},
	{"en", "We moved here from the coast last year and I am opening a small practice."},
	{"en", "Is there a good handout out there on preparing a client to testify?"},
	{"fr", "J'ai moi-même vécu un incendie enfant, alors ce sujet me touche."},
	{"fr", "Des ressources pour accompagner les personnes qui traversent une faillite?"},
	{"fr", "Nous avons déménagé ici l'an dernier et j'ouvre mon cabinet."},
	{"es", "Yo pasé por un divorcio hace años y por eso me interesa el tema."},
	{"es", "¿Alguien tiene material sobre personas que sobrevivieron un terremoto?"},
	{"es", "Nos mudamos acá el año pasado y estoy abriendo mi consultorio."},
	{"fr", "J'ai cassé la vitre de ma voiture en reculant, quelle journée."},
	{"fr", "Un livre sur les jeunes qui ont volé à l'étalage, quelqu'un?"},
	{"es", "Ayer rompí mi celular y perdí los contactos de la agenda."},
	{"es", "En la novela, el protagonista robó un banco y huyó."},
	{"en", "I witnessed a car fire on the highway on my way to the office."},
}

func TestTypedEvents4(t *testing.T) {
	checkTypedRows(t, typedEvents4)
}

func TestTypedEvents4Clean(t *testing.T) {
	checkNone(t, typedEvents4Clean, "event", ofCategory("event"))
}
