package analyzer

import (
	"strings"
	"testing"
)

// typedChains are posts that refer to the client once, in the first
// sentence ("my client", "a teen I see", "ma cliente", "mi paciente"), and
// then go on for a few sentences with a pronoun ("they", "he", "she",
// "il", "elle", "iel", "él", "ella"), a possessive ("their", "his",
// "son", "su"), an object pronoun ("le", "la", "lo") or no subject at
// all, as long posts do (issue 15, h-they10). The detail to be found is
// in the second, third or fourth sentence. Half are written with care,
// half typed fast in lower case without accents. Every post was written
// for this test, from the annotation guide's categories, before any
// corpus post was read; "they" is also a single client who uses
// they/them.
var typedChains = []struct {
	lang, text, want, categories string
}{
	// English, careful prose.
	{"en", "My client is a retired electrician in his sixties. He has been sober for two years. Last month his son was arrested for dealing, and he relapsed the same week.", "relapsed", "event|clinical"},
	{"en", "I'm seeing a teenager who uses they/them pronouns. They were hospitalized twice this year after overdosing on pills from the family cabinet.", "hospitalized twice", "clinical|event"},
	{"en", "A client of mine came to me after a difficult year. They lost their job at the warehouse in March. Since then they have barely left the apartment.", "lost their job", "event"},
	{"en", "One of my clients works nights on a hospital ward. She has been having panic attacks on the drive to work. Her husband moved out in the spring.", "moved out", "family|event"},
	{"en", "My client has been with me for about eight months. They were diagnosed with bipolar disorder at nineteen. Their medication was changed last month and the nightmares came back.", "bipolar disorder", "clinical"},
	{"en", "I work with a young father who recently came out of prison. He served four years. His ex-partner has full custody of their two daughters.", "full custody", "family"},
	{"en", "A woman I see weekly is struggling. Her mother died in a house fire in January. She now keeps a lamp burning all night.", "house fire", "event"},
	{"en", "My client is a college student. They have been self-harming since the breakup. Their roommate found them unconscious in the bathroom last week.", "self-harming", "clinical"},
	{"en", "Consulting on a client in their mid-thirties. They were assaulted by a coworker at a holiday party. After that they quit and have not worked since.", "assaulted", "event"},
	{"en", "I have a client who flies for a regional airline. He was grounded after failing a medical review. His wife is expecting their third child in the spring.", "grounded", "event|occupation"},
	{"en", "My new client is a grandmother raising her grandson. The boy's father is in jail. She has diabetes and recently had a bad fall on the ice.", "diabetes", "clinical"},
	{"en", "A client I have seen since last winter was evicted in October. They are now couch surfing and hearing voices at night.", "hearing voices", "clinical"},
	{"en", "My client is a veteran. He did two tours overseas. He startles at loud noises and drinks most nights to fall asleep.", "startles at loud noises", "clinical"},
	{"en", "I have been working with a couple for a few months. They separated in the summer after she discovered his affair. They share custody of a toddler.", "separated", "family|event"},
	{"en", "My client teaches at a high school. They told me last session that an uncle sexually abused them as a child.", "sexually abused", "event|clinical"},
	{"en", "My client, who is in her fifties, has been seeing me for three years. Her twin sister was killed when a truck hit her car. She has not driven since.", "killed", "event"},
	{"en", "I have a client who is nonbinary and recently moved here. Their partner left them in the fall. I've seen them every week since then.", "partner left them", "family|event"},
	{"en", "My client is an older man with early dementia. His daughter brings him to every session. He wandered out of the house at night twice this month.", "wandered out of the house", "clinical|event"},
	// English, typed fast.
	{"en", "my client is 15. they got caught vaping at school and got suspended for a week. parents freaking out", "suspended", "event"},
	{"en", "have a teen i see weekly. they were in a car crash in june, still having flashbacks", "flashbacks", "clinical"},
	{"en", "client of mine just told me. he got fired from the plant on friday. wife says she wants a divorce", "fired", "event"},
	{"en", "seeing a kid who uses they/them. their dad died last yr. they stopped eating lunch at school", "dad died", "event"},
	{"en", "my client 30s f. she got a dui last month. lost her license, cant get to work", "dui", "event"},
	{"en", "working w a young guy. he just got out of rehab. relapsed twice since", "rehab", "clinical|event"},
	{"en", "my pt is a single mom of 4. her ex stopped paying support. shes been crying every session", "stopped paying support", "family|event"},
	{"en", "client came in today. they overdosed on the weekend. er kept them overnight", "overdosed", "clinical|event"},
	{"en", "my client is a firefighter. he pulled a kid out of a burning car last month. nightmares every night since", "nightmares", "clinical"},
	{"en", "new client, nonbinary, 20s. they were kicked out by their parents after coming out. sleeping in their car now", "kicked out", "event"},
	{"en", "have a client who's a vet tech. she was bitten by a dog at work, needed surgery. now terrified to go back", "bitten by a dog", "event|clinical"},
	{"en", "my 2pm is a retired cop. been seeing him since spring. his son died of an od in august", "died of an od", "event"},
	{"en", "i see a teen girl weekly. her bf shared nudes of her at school. shes refusing to go back", "shared nudes", "event"},
	{"en", "client is a dad of 3. his wife left in sept. hes drinking again and missed two shifts", "drinking again", "clinical"},
	{"en", "my client (they/them) is a grad student. got diagnosed w adhd last month. started meds, sleeping badly", "adhd", "clinical"},
	{"en", "my client works at a daycare. they were accused of hitting a kid. under investigation now, suspended w pay", "accused of hitting a kid", "event"},
	// French, careful prose.
	{"fr", "Ma cliente a une quarantaine d'années. Elle a perdu son fils dans un accident de moto l'été dernier. Depuis, elle ne dort presque plus.", "perdu son fils", "event"},
	{"fr", "Je suis un patient depuis deux ans. Il a été licencié en septembre. Sa femme l'a quitté le mois suivant.", "licencié", "event"},
	{"fr", "Une adolescente que je vois chaque semaine va mal. Elle a fait une tentative de suicide en octobre. Ses parents sont en instance de divorce.", "tentative de suicide", "clinical|event"},
	{"fr", "Mon client est agriculteur. Il a perdu une partie de son troupeau pendant les inondations. Il boit beaucoup plus depuis.", "boit beaucoup plus", "clinical"},
	{"fr", "J'accompagne une personne non binaire qui utilise le pronom iel. Iel a été agressé en sortant d'un bar. Iel refuse de porter plainte.", "agressé", "event"},
	{"fr", "Ma patiente est infirmière. Elle a fait un burn-out au printemps. Son mari est en prison depuis janvier.", "burn-out", "clinical"},
	{"fr", "Je vois un jeune homme depuis l'automne. Il a été hospitalisé après une crise psychotique. Sa sœur jumelle s'occupe de lui.", "crise psychotique", "clinical"},
	{"fr", "Une cliente m'a appelée hier. Elle vient d'apprendre qu'elle a un cancer du sein. Elle n'en a parlé à personne.", "cancer du sein", "clinical"},
	{"fr", "Mon patient est un ancien militaire. Il fait des cauchemars presque chaque nuit. Sa femme dort dans une autre chambre.", "cauchemars", "clinical"},
	{"fr", "Ma cliente est enseignante. On lui a retiré la garde de ses enfants en mars. Elle ne les voit qu'une fin de semaine sur deux.", "retiré la garde", "family|event"},
	{"fr", "J'ai une cliente qui est mère de trois enfants. Son mari la frappe régulièrement depuis leur mariage. Elle a peur de partir.", "la frappe", "event"},
	{"fr", "Mon client est étudiant. Il a été victime d'un vol avec violence en décembre. Il ne sort plus le soir.", "vol avec violence", "event"},
	{"fr", "Je suis une femme âgée depuis un an. Elle a perdu son mari en juin. Elle a des idées suicidaires depuis.", "idées suicidaires", "clinical"},
	{"fr", "Ma cliente est arrivée au pays il y a deux ans. Elle a été séparée de ses enfants à la frontière. Elle fait des crises de panique.", "crises de panique", "clinical"},
	{"fr", "Mon jeune client a seize ans. Il a été expulsé de son école après une bagarre. Ses parents ne lui parlent plus.", "expulsé de son école", "event"},
	// French, typed fast.
	{"fr", "ma cliente 17 ans. elle a fugue la semaine derniere. retrouvee chez un ami de 25 ans", "fugue", "event"},
	{"fr", "j ai un client qui est policier. il a tire sur quelqu un en service l an dernier. fait des flashbacks", "flashbacks", "clinical"},
	{"fr", "ma patiente 40aine. elle vient de perdre son emploi. son mari boit", "perdre son emploi", "event"},
	{"fr", "je vois un ado depuis sept. il se scarifie depuis l ete. ses parents savent pas", "se scarifie", "clinical"},
	{"fr", "client suivi depuis 1 an. il a fait un avc en mai. peut plus travailler", "avc", "clinical"},
	{"fr", "ma cliente est enceinte de 6 mois. son copain l a frappee. elle dort chez sa soeur", "frappee", "event"},
	{"fr", "j accompagne une jeune femme. elle a ete violee en soiree. pas porte plainte", "violee", "event"},
	{"fr", "mon client 50aine. il a perdu sa femme en janvier. boit tous les soirs", "perdu sa femme", "event"},
	{"fr", "ma cliente est prof. elle a ete mutee apres une plainte d un parent. tres anxieuse", "mutee", "event"},
	{"fr", "nouveau patient. il sort de prison. cherche du travail", "sort de prison", "event"},
	{"fr", "une ado que je suis. elle a arrete de manger depuis noel. a perdu 10 kilos", "arrete de manger", "clinical"},
	{"fr", "mon client est chauffeur de bus. il a eu un accident grave en mars. cauchemars depuis", "accident grave", "event"},
	{"fr", "ma cliente 30 ans. son fils est decede a la naissance. elle pleure a chaque seance", "decede a la naissance", "event"},
	{"fr", "je suis un monsieur depuis 2 ans. il a un cancer du pancreas. sa fille l a place en residence", "cancer du pancreas", "clinical"},
	{"fr", "ma cliente vient du congo. elle a perdu ses parents pendant la guerre. fait des cauchemars", "perdu ses parents", "event"},
	// Spanish, careful prose.
	{"es", "Mi paciente tiene cuarenta y dos años. Perdió a su hijo en un accidente de tráfico el verano pasado. Desde entonces no duerme.", "Perdió a su hijo", "event"},
	{"es", "Atiendo a un joven de diecinueve años. Él intentó suicidarse en noviembre. Su madre lo encontró en el baño.", "intentó suicidarse", "clinical|event"},
	{"es", "Tengo una clienta que es enfermera. Ella sufrió un aborto espontáneo en marzo. Su pareja la dejó poco después.", "aborto espontáneo", "clinical|event"},
	{"es", "Mi consultante es un hombre mayor. Lo despidieron de la fábrica después de treinta años. Bebe todas las noches.", "despidieron", "event"},
	{"es", "Veo a una adolescente cada semana. Sus padres se divorciaron el año pasado. Dejó de ir al colegio en octubre.", "se divorciaron", "family|event"},
	{"es", "Mi paciente es maestra. Ella fue agredida por un alumno en clase. Tiene ataques de pánico desde entonces.", "agredida", "event"},
	{"es", "Estoy acompañando a un padre soltero. Su esposa murió de cáncer hace dos años. Él tiene depresión y no sale de casa.", "murió de cáncer", "event"},
	{"es", "Mi cliente es albañil. Se cayó de un andamio en junio y se rompió la espalda. Ahora vive con dolor crónico.", "cayó de un andamio", "event"},
	{"es", "Una paciente mía llegó de Venezuela hace un año. Fue separada de sus hijos en la frontera. Tiene pesadillas.", "separada de sus hijos", "event|family"},
	{"es", "Mi paciente es un veterano. Él estuvo en combate dos veces. Escucha voces cuando está solo.", "Escucha voces", "clinical"},
	{"es", "Atiendo a una mujer de sesenta años. Su marido la golpeaba. Ella se fue de casa en enero.", "golpeaba", "event"},
	{"es", "Mi cliente es estudiante universitario. Lo arrestaron por conducir ebrio. Perdió la beca.", "arrestaron", "event"},
	{"es", "Tengo un paciente de doce años. Sufre acoso escolar desde septiembre. Se corta los brazos.", "acoso escolar", "event|clinical"},
	{"es", "Mi consultante es una mujer trans. La echaron de su trabajo cuando hizo la transición. Vive con su abuela.", "echaron de su trabajo", "event"},
	{"es", "Mi paciente es bombero. Él sacó a dos niños de un incendio. Desde entonces no puede dormir.", "no puede dormir", "clinical"},
	// Spanish, typed fast.
	{"es", "mi paciente tiene 16. se escapo de casa el finde. la encontro la policia", "se escapo de casa", "event"},
	{"es", "atiendo a un señor de 70. su esposa fallecio en marzo. no come bien", "fallecio", "event"},
	{"es", "tengo una clienta embarazada. su pareja le pega. tiene miedo de denunciar", "le pega", "event"},
	{"es", "mi paciente es enfermera. tuvo un burnout en el verano. toma sertralina", "sertralina", "clinical"},
	{"es", "veo a un chico de 14. lo expulsaron del cole por pelear. sus papas no le hablan", "expulsaron", "event"},
	{"es", "mi consultante es policia. disparo a alguien en servicio. tiene flashbacks", "flashbacks", "clinical"},
	{"es", "paciente nueva, 30 y pico. perdio su trabajo en octubre. bebe mas de lo normal", "perdio su trabajo", "event"},
	{"es", "mi paciente adolescente. se autolesiona desde el verano. su mama no sabe", "autolesiona", "clinical"},
	{"es", "tengo un cliente que es taxista. lo asaltaron a punta de pistola. ya no quiere manejar de noche", "asaltaron", "event"},
	{"es", "mi clienta es madre soltera de 3. el padre de los niños esta preso. ella trabaja dos turnos", "esta preso", "event|family"},
	{"es", "atiendo a una chica de 20. la violaron en una fiesta. no lo conto a nadie", "violaron", "event"},
	{"es", "mi paciente tiene 50. le diagnosticaron parkinson en mayo. dejo de trabajar", "parkinson", "clinical"},
	{"es", "veo a un joven migrante. cruzo la frontera solo a los 15. su hermano murio en el camino", "hermano murio", "event"},
	{"es", "mi paciente es maestro. lo acusaron de tocar a una alumna. esta suspendido", "acusaron", "event"},
	{"es", "mi clienta tiene 45. su hijo murio de sobredosis en agosto. no sale de la cama", "murio de sobredosis", "event"},
	// The chain goes on across the poster's own words, the ask, or a
	// phrase that reads as generic, until the pronoun comes back.
	{"en", "My client is forty-four. I'm an LCSW in a group practice. They lost custody of their son in the spring.", "lost custody", "family|event"},
	{"en", "A client of mine has been struggling. I'm a new therapist, so bear with me. Their brother was killed in a shooting last month.", "killed", "event"},
	{"en", "Seeing a teen who uses they/them. I work mostly with adults, so this is new for me. They were expelled after a fight.", "expelled", "event"},
	{"en", "my client is 19. im a new grad. theyve been cutting since the breakup.", "cutting", "clinical"},
	{"en", "Consult please. I'm a therapist in private practice. My client is 40. Any thoughts welcome. They were assaulted at work in May.", "assaulted", "event"},
	{"en", "looking for ideas. my client is a single dad. im pretty new to this. they just lost their apartment and are staying in a shelter", "staying in a shelter", "event"},
	{"en", "My client is a nurse in her thirties. I usually see adults with anxiety. She was sued by a patient's family last year.", "sued", "event"},
	{"fr", "Ma cliente a trente ans. Je suis psychologue en cabinet. Ils ont perdu leur maison dans un incendie.", "incendie", "event"},
	{"fr", "je vois un ado depuis mars. je suis nouvelle dans le metier. il a ete arrete par la police la semaine derniere", "arrete par la police", "event"},
	{"es", "Mi paciente tiene treinta años. Soy psicóloga en una clínica. Ellos perdieron su casa en un incendio.", "incendio", "event"},
	{"es", "mi paciente tiene 17. soy nueva en esto. ella se escapo de casa el sabado", "se escapo de casa", "event"},
}

// typedChainsClean are posts where "they" (or a pronoun, or a sentence
// with no subject) is not a client: clients in general, the poster's
// colleagues, a support group, researchers, a show's characters; the
// poster's own life after a sentence about a client; a generic question
// after one. quiet is the part that must hold no finding (the whole post
// when empty); known, when set, says why the row is still flagged: such a
// row is logged, not failed, until a change fixes it.
var typedChainsClean = []struct{ lang, text, quiet, known string }{
	{"en", "Clients often ask me about medication. They usually worry it will change who they are. How do you explain side effects?", "", ""},
	{"en", "My colleagues and I started a peer group. They meet on Thursdays and bring cases without names.", "", ""},
	{"en", "Our support group for bereaved parents grew this year. They lost children to illness, accidents and overdose.", "", ""},
	{"en", "Researchers followed two hundred veterans for ten years. They found that nightmares faded slowly with treatment.", "", ""},
	{"en", "Watching a show about a family in crisis. They lost the farm in season two and the father started drinking.", "", ""},
	{"en", "My client has an anxiety disorder. How do they usually respond to DBT skills groups?", "How do they usually respond to DBT skills groups?", ""},
	{"en", "I had a client cancel today. I spent the afternoon at the vet because my dog was hit by a car.", "my dog was hit by a car", ""},
	{"en", "A client of mine is doing well. Meanwhile my own divorce was finalized last week and I'm exhausted.", "my own divorce was finalized", ""},
	{"en", "Teens who self-harm often hide it from their parents. They may wear long sleeves in summer.", "", ""},
	{"en", "Many of my clients are shift workers. They struggle to keep appointments and often cancel.", "", ""},
	{"en", "Looking for a clinical supervisor. They should have experience with eating disorders.", "", ""},
	{"en", "In the documentary, a family moves across the country. They lose their home to a wildfire.", "", ""},
	{"en", "Any therapists here who work with first responders? How do they handle the shift work?", "", ""},
	{"en", "clients always ask abt meds. they worry theyll feel like zombies. how do u explain it", "", ""},
	{"en", "had a client no show today. then my car got rear ended on the way home lol", "my car got rear ended", "the neighbour of a client sentence is attributed (personNear) and \"my car\" is not a poster subject"},
	{"en", "my team is burnt out. theyve been covering extra shifts since two ppl quit", "", ""},
	{"en", "My client is working on boundaries. What do people usually find helpful when they start saying no?", "What do people usually find helpful when they start saying no?", ""},
	{"fr", "Plusieurs de mes clients vivent de l'anxiété. Ils ont souvent peur de prendre un médicament.", "", ""},
	{"fr", "Mes collègues ont monté un groupe de soutien. Ils se rencontrent le jeudi.", "", ""},
	{"fr", "J'ai vu une cliente ce matin. Ensuite, mon fils s'est cassé le bras à l'école.", "mon fils s'est cassé le bras", ""},
	{"fr", "Les personnes endeuillées ont souvent du mal à dormir. Elles se sentent seules le soir.", "", ""},
	{"fr", "Dans la série, le personnage principal perd son emploi. Il commence à boire.", "", ""},
	{"fr", "Ma cliente vit de l'anxiété. Comment les gens réagissent-ils en général à la TCC?", "Comment les gens réagissent-ils en général à la TCC?", ""},
	{"fr", "Des chercheurs ont suivi des adolescents pendant cinq ans. Ils ont observé moins de dépression chez ceux qui faisaient du sport.", "", ""},
	{"fr", "Les parents d'ados en crise se sentent souvent dépassés. Ils ne savent pas à qui s'adresser.", "", ""},
	{"fr", "mes clients ados sont stresses avec les exams. ils dorment mal", "", ""},
	{"es", "Muchos de mis pacientes trabajan de noche. Ellos suelen faltar a las citas.", "", ""},
	{"es", "Mis compañeras organizaron un grupo de apoyo. Se reúnen los martes.", "", ""},
	{"es", "Vi a una paciente por la mañana. Después mi hija se enfermó y tuve que cancelar todo.", "mi hija se enfermó", ""},
	{"es", "Las personas en duelo suelen tener insomnio. Muchas veces se sienten solas.", "", ""},
	{"es", "En la serie, el protagonista pierde su trabajo. Empieza a beber y su esposa lo deja.", "", ""},
	{"es", "Mi paciente tiene ansiedad. ¿Cómo suelen responder las personas a la terapia dialéctica?", "¿Cómo suelen responder las personas a la terapia dialéctica?", ""},
	{"es", "Unos investigadores siguieron a doscientos jóvenes. Encontraron que el ejercicio reduce la depresión.", "", ""},
	{"es", "Los adolescentes que se autolesionan lo esconden. Suelen usar manga larga en verano.", "", ""},
	{"es", "mis pacientes adolescentes estan estresados con los examenes. duermen mal", "", ""},
	// A group the post turns to after the client keeps its "they".
	{"en", "My client is a teacher. Parents of teens with anorexia often feel helpless. They may blame themselves for the illness.", "They may blame themselves for the illness.", ""},
	{"en", "my client is a paramedic. first responders who see a lot of overdoses often burn out. they tend to drink more", "they tend to drink more", ""},
	{"fr", "Ma cliente est infirmière. Les soignants qui travaillent de nuit dorment souvent mal. Ils développent parfois des troubles digestifs.", "Ils développent parfois des troubles digestifs.", ""},
	{"es", "Mi paciente es enfermera. Los sanitarios con turnos de noche suelen dormir mal. Ellos a veces desarrollan ansiedad.", "Ellos a veces desarrollan ansiedad.", "nothing marks a Spanish plural subject (\"los sanitarios ... suelen\") as a group, so the client's chain goes on"},
}

func TestTypedChains(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, tt := range typedChains {
		cats := strings.Split(tt.categories, "|")
		if ok, got := findingOver(t, a, tt.lang, tt.text, tt.want, ofCategory(cats...)); ok {
			found++
		} else {
			t.Logf("miss: Analyze(%q) = %v; want a %v finding over %q", tt.text, got, cats, tt.want)
		}
	}
	t.Logf("%d of %d found", found, len(typedChains))
	// The misses left are the tagger's words ("le pega", "mutee"), not
	// the chain (rules/README.md, "Reference chains"); main found 88. A
	// retrain moves the tagger's rows both ways: the branch found 94, the
	// fourteenth round's merged retrain 90.
	if found < typedChainsFloor {
		t.Errorf("%d of %d found; want at least %d", found, len(typedChains), typedChainsFloor)
	}
}

// typedChainsFloor is how many of typedChains must be found.
const typedChainsFloor = 90

func TestTypedChainsClean(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range typedChainsClean {
		q := tt.quiet
		if q == "" {
			q = tt.text
		}
		ok, _ := findingOver(t, a, tt.lang, tt.text, q, func(Finding) bool { return true })
		switch {
		case ok && tt.known != "":
			t.Logf("known: Analyze(%q) flags %q: %s", tt.text, q, tt.known)
		case ok:
			var got []string
			for _, f := range a.Analyze(Input{Text: tt.text, Lang: tt.lang}).Findings {
				got = append(got, f.Category+":"+f.Text)
			}
			t.Errorf("Analyze(%q) = %v; want no finding over %q", tt.text, got, q)
		case tt.known != "":
			t.Logf("fixed: Analyze(%q) no longer flags %q; clear its known field", tt.text, q)
		}
	}
}
