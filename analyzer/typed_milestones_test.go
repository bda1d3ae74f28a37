package analyzer

import (
	"strings"
	"testing"
)

// typedMilestones are the happy events of a client's life (issue 15,
// h-mile10): the milestones and achievements a thank-you, a
// celebration of progress, a reply to a review or a "To <name>:" note
// tells of. A graduation, a first job, a licence won back, a sobriety
// date, a race finished, a first home, a prize, a birth, a wedding, a
// coming out, a citizenship: each is known to the client's whole circle,
// and said with a time anchor it points at one person. Third person
// ("she just finished...") and second person to the client ("watching
// you walk across that stage"), careful and typed fast, with emoji, in
// en/fr/es. Each sentence was written for this test, as a kind of
// milestone, before any corpus post was read. The post must give a
// finding of one of the categories (event, or what the guide makes of
// it: a sobriety date is clinical, a wedding or a birth family, a coming
// out demographic; a business of one's own may be read as the
// occupation, a team as the organization) that overlaps the wanted text.
// A bare "you" is nobody in particular (a friend, a reader): the rows in
// the second person carry what makes "you" the client in a real post, a
// name spoken to or words that confirm the relationship ("so proud of
// you"), as the analyzer's referent rules want; a row whose subject is
// dropped names the client first.
var typedMilestones = []struct {
	lang, text, want, categories string
}{
	// en, careful: school and exams.
	{"en", "My client graduated from the police academy in May and invited me to the ceremony.", "graduated", "event"},
	{"en", "A young woman I've worked with for two years just finished her master's degree.", "finished her master's degree", "event"},
	{"en", "He passed his GED on the second try and I'm so proud.", "passed his GED", "event"},
	{"en", "She defended her dissertation on Friday after years of doubting herself.", "defended her dissertation", "event"},
	{"en", "Her son graduated high school against all odds this June.", "graduated", "event"},
	{"en", "My client walked across the stage on Saturday and got her diploma.", "walked across the stage", "event"},
	{"en", "She got into med school after three rounds of applications.", "got into med school", "event"},
	{"en", "He got accepted into the electrician apprenticeship this fall.", "got accepted", "event"},
	{"en", "She passed her road test today after failing it twice.", "passed her road test", "event"},
	// en, careful: work.
	{"en", "He landed a job at the county hospital after eight months of searching.", "landed a job", "event"},
	{"en", "She got hired at the bakery on the corner last week.", "got hired", "event"},
	{"en", "He started his first job ever on Monday, stocking shelves.", "started his first job", "event"},
	{"en", "He got promoted to shift supervisor in the spring.", "got promoted", "event"},
	{"en", "She was named employee of the month at the call centre.", "employee of the month", "event"},
	{"en", "He finished his apprenticeship and is a journeyman now.", "finished his apprenticeship", "event"},
	{"en", "She got her nursing license in the mail yesterday!", "got her nursing license", "event"},
	{"en", "My client opened her own hair salon downtown this fall.", "opened her own hair salon", "event|occupation"},
	{"en", "She retired in March after thirty years at the post office.", "retired", "event"},
	{"en", "He got his first paycheck and took his mom out to dinner.", "first paycheck", "event"},
	// en, careful: licences, home, citizenship, custody.
	{"en", "She got her driver's license back after three years.", "got her driver's license back", "event"},
	{"en", "My client moved into her own apartment this fall after years in shelters.", "moved into her own apartment", "event"},
	{"en", "She bought her first house in October, a little bungalow.", "bought her first house", "event"},
	{"en", "My client got her citizenship last week 🇨🇦", "got her citizenship", "event"},
	{"en", "He became a US citizen in March, twenty years after arriving.", "became a US citizen", "event"},
	{"en", "He regained custody of his son in the fall.", "regained custody", "event|family"},
	{"en", "She got her kids back from child services in June.", "got her kids back", "event|family"},
	// en, careful: races, prizes, performances.
	{"en", "My client just ran her first 10k on Sunday.", "ran her first 10k", "event"},
	{"en", "He climbed Kilimanjaro this summer, a year after his surgery.", "climbed Kilimanjaro", "event"},
	{"en", "Her daughter won the provincial spelling bee in April.", "won the provincial spelling bee", "event"},
	{"en", "He placed second at state in wrestling this winter.", "placed second at state", "event"},
	{"en", "She made the varsity soccer team as a sophomore.", "made the varsity soccer team", "event|organization"},
	{"en", "He won the chili cook-off at the county fair.", "won the chili cook-off", "event"},
	{"en", "She performed her first solo at the spring recital.", "performed her first solo", "event"},
	{"en", "He published his first novel this spring under his own name.", "published his first novel", "event"},
	{"en", "My client gave a toast at her sister's wedding without a panic attack.", "gave a toast", "event|family"},
	{"en", "He got his black belt on Saturday after six years of training.", "got his black belt", "event"},
	{"en", "He flew on a plane for the first time since the crash.", "flew on a plane for the first time", "event"},
	// en, careful: recovery dates, treatment finished.
	{"en", "He hit one year sober yesterday and called to tell me.", "one year sober", "event|clinical"},
	{"en", "She picked up her 90 day chip last night.", "90 day chip", "event|clinical"},
	{"en", "My client finished chemo last month and rang the bell.", "finished chemo", "event|clinical"},
	{"en", "He completed the 28 day program and is back home with his kids.", "completed the 28 day program", "event|clinical"},
	// en, careful: births, weddings, coming out, family.
	{"en", "My client had her baby on Tuesday, a little girl.", "had her baby", "event|family"},
	{"en", "He and his wife welcomed a baby boy last week.", "welcomed a baby boy", "event|family"},
	{"en", "She adopted a baby girl this summer after a long wait.", "adopted a baby girl", "event|family"},
	{"en", "He came out to his parents over Thanksgiving.", "came out", "event|demographic"},
	{"en", "She came out as trans to her coworkers in the spring.", "came out", "event|demographic"},
	{"en", "My client married her longtime partner in June.", "married", "event|family"},
	{"en", "She and her fiancé tied the knot at the courthouse last month.", "tied the knot", "event|family"},
	{"en", "My client reunited with her birth mother last month.", "reunited with her birth mother", "event|family"},
	// en, typed fast.
	{"en", "so proud of my cl who just graduated from cosmetology school 🎓", "graduated", "event"},
	{"en", "my pt got his 1 yr coin tonight 🥹", "1 yr coin", "event|clinical"},
	{"en", "cl finally got the job at the warehouse!!!", "got the job", "event"},
	{"en", "she aced her bar exam omg 😭", "aced her bar exam", "event"},
	{"en", "my kiddo made honor roll this term 😭", "made honor roll", "event"},
	{"en", "he got his GED!!! 3rd try", "got his GED", "event"},
	{"en", "my 3pm moved into her own place this wk", "moved into her own place", "event"},
	{"en", "my cl's son won state in cross country", "won state", "event"},
	{"en", "she hit 2 yrs sober last wk 🎉🎉", "2 yrs sober", "event|clinical"},
	{"en", "he proposed to his gf over the wknd n she said yes", "proposed", "event|family"},
	{"en", "shes finally got her license back after the dui", "got her license back", "event"},
	{"en", "pt finished his first half marathon sat!!", "finished his first half marathon", "event"},
	{"en", "my client got accepted to uni for the fall 🙌", "got accepted", "event"},
	{"en", "she got engaged over the holidays 💍", "got engaged", "event|family"},
	{"en", "my cl got her own apartment!! first time in her life", "got her own apartment", "event"},
	{"en", "he started at the fire hall monday, dream job", "dream job", "event"},
	// en, second person to the client.
	{"en", "Rosa, watching you walk across that stage today made me cry 🎓", "walk across that stage", "event"},
	{"en", "congrats on finishing your degree, so proud of you. you earned every bit of it", "finishing your degree", "event"},
	{"en", "so proud of you for passing your boards on the first try", "passing your boards", "event"},
	{"en", "happy 1 year sober, Dev!! you did that 💪", "1 year sober", "event|clinical"},
	{"en", "congrats on the new job, Kim! the library is lucky to have you", "new job", "event"},
	{"en", "you finished the marathon you swore you'd never run. so proud of you", "finished the marathon", "event"},
	{"en", "seeing you move into your own apartment was the best news this year, proud of you always", "move into your own apartment", "event"},
	{"en", "Tomás, congratulations on your wedding, you two deserve all the joy", "wedding", "event|family"},
	{"en", "congrats on the baby, Leah!! she's perfect 👶", "baby", "event|family"},
	{"en", "you got your kids back and i'm so proud of you", "got your kids back", "event|family"},
	{"en", "you came out to your dad and he hugged you, what a day", "came out", "event|demographic"},
	{"en", "thank you for inviting me to your graduation, Ari, it meant the world", "graduation", "event"},
	{"en", "happy retirement, Bev!! 35 yrs, you earned it", "retirement", "event"},
	{"en", "way to go on that promotion, Marcus, you earned it!", "promotion", "event"},
	{"en", "u did it!! u got into the nursing program 🩺 so proud of u", "got into the nursing program", "event"},
	{"en", "congrats on ur citizenship ceremony Ana!! 🇺🇸", "citizenship ceremony", "event"},

	// fr, soigné et tapé vite.
	{"fr", "Ma cliente a obtenu son diplôme d'infirmière en juin.", "obtenu son diplôme", "event"},
	{"fr", "Il a réussi son permis de conduire du premier coup.", "réussi son permis", "event"},
	{"fr", "Elle a fêté un an d'abstinence samedi 🎉", "un an d'abstinence", "event|clinical"},
	{"fr", "Mon client a décroché un emploi à l'hôpital après des mois de recherche.", "décroché un emploi", "event"},
	{"fr", "Elle a terminé son premier marathon dimanche.", "terminé son premier marathon", "event"},
	{"fr", "Il a emménagé dans son propre appart le mois passé.", "emménagé dans son propre appart", "event"},
	{"fr", "Il a fait son coming out à ses parents à Noël.", "coming out", "event|demographic"},
	{"fr", "Ma cliente s'est mariée en juin avec son conjoint de longue date.", "mariée", "event|family"},
	{"fr", "Mon client a gagné le concours régional d'art oratoire.", "gagné le concours", "event"},
	{"fr", "Elle a été embauchée à la caisse populaire la semaine passée.", "embauchée", "event"},
	{"fr", "Il a eu sa promotion au travail ce printemps.", "promotion", "event"},
	{"fr", "Il a récupéré son permis après deux ans.", "récupéré son permis", "event"},
	{"fr", "Elle a obtenu la garde de ses enfants cet automne.", "obtenu la garde", "event|family"},
	{"fr", "Ma cliente a acheté sa première maison cet automne.", "acheté sa première maison", "event"},
	{"fr", "Il a pris sa retraite après 30 ans à la ville.", "pris sa retraite", "event"},
	{"fr", "Elle est devenue citoyenne canadienne en mars.", "devenue citoyenne", "event"},
	{"fr", "Elle a publié son premier livre au printemps.", "publié son premier livre", "event"},
	{"fr", "Il a ouvert son propre restaurant dans le Vieux-Port.", "ouvert son propre restaurant", "event|occupation"},
	{"fr", "Elle a passé son examen du barreau cet été.", "passé son examen du barreau", "event"},
	{"fr", "Mon client est entré en médecine cet automne.", "entré en médecine", "event"},
	{"fr", "ma cliente a eu son diplome!!! 🎓", "eu son diplome", "event"},
	{"fr", "il fete 6 mois sobre demain", "6 mois sobre", "event|clinical"},
	{"fr", "mon client a enfin trouvé une job, trop content", "trouvé une job", "event"},
	{"fr", "elle a eu son bébé mardi 👶", "eu son bébé", "event|family"},
	// fr, à la deuxième personne.
	{"fr", "bravo pour ton diplôme, je suis tellement fière de toi", "diplôme", "event"},
	{"fr", "À Camille : te voir recevoir ton diplôme m'a émue aux larmes", "recevoir ton diplôme", "event"},
	{"fr", "félicitations pour ton nouvel emploi, Mathis!", "nouvel emploi", "event"},
	{"fr", "bravo pour tes deux ans de sobriété 💪 tellement fière de toi", "deux ans de sobriété", "event|clinical"},
	{"fr", "Félicitations pour votre mariage, Sylvie! Je vous souhaite le meilleur.", "mariage", "event|family"},
	{"fr", "t'as réussi ton permis, enfin!! fière de toi", "réussi ton permis", "event"},

	// es, cuidado y rápido.
	{"es", "Mi paciente se graduó de la prepa en junio.", "se graduó", "event"},
	{"es", "Mi paciente consiguió trabajo en el hospital después de meses de buscar.", "consiguió trabajo", "event"},
	{"es", "Mi consultante cumplió un año sin tomar el domingo 🎉", "cumplió un año sin tomar", "event|clinical"},
	{"es", "Mi paciente terminó su primer maratón el domingo.", "terminó su primer maratón", "event"},
	{"es", "Mi consultante se fue a vivir a su propio depa este mes, por fin sola.", "se fue a vivir a su propio depa", "event"},
	{"es", "Mi paciente dio a luz a una niña la semana pasada.", "dio a luz", "event|family"},
	{"es", "Mi paciente se casó con su pareja en junio.", "se casó", "event|family"},
	{"es", "Sacó su licencia de manejo por fin, después de tres intentos.", "Sacó su licencia", "event"},
	{"es", "Su hija ganó el premio estatal de oratoria en mayo.", "ganó el premio", "event"},
	{"es", "A mi paciente lo contrataron en una fábrica de muebles.", "lo contrataron", "event"},
	{"es", "A mi consultante la ascendieron a gerente este año.", "la ascendieron", "event"},
	{"es", "Mi paciente se recibió de enfermera el mes pasado.", "se recibió", "event"},
	{"es", "Mi paciente entró a la universidad pública este semestre.", "entró a la universidad", "event"},
	{"es", "Mi consultante compró su primera casa en octubre.", "compró su primera casa", "event"},
	{"es", "Recuperó la custodia de sus hijos en el otoño.", "Recuperó la custodia", "event|family"},
	{"es", "Mi paciente se jubiló después de 30 años en la fábrica.", "se jubiló", "event"},
	{"es", "Mi paciente obtuvo la ciudadanía en marzo.", "obtuvo la ciudadanía", "event"},
	{"es", "Publicó su primer libro este año.", "Publicó su primer libro", "event"},
	{"es", "Abrió su propia panadería en el centro.", "Abrió su propia panadería", "event|occupation"},
	{"es", "mi pte aprobó el examen de admisión!!", "aprobó el examen", "event"},
	{"es", "mi paciente se graduo!!! 🎓", "se graduo", "event"},
	{"es", "mi consultante consiguio chamba en una constructora", "consiguio chamba", "event"},
	{"es", "ya lleva 2 años limpio mi paciente 💪", "2 años limpio", "event|clinical"},
	// es, en segunda persona.
	{"es", "Para Vale: te vi recibir tu diploma y lloré como niña", "recibir tu diploma", "event"},
	{"es", "felicidades, Beto, por tu nuevo trabajo!!", "nuevo trabajo", "event"},
	{"es", "Felicidades por tu graduación, Inés, te lo ganaste.", "graduación", "event"},
	{"es", "felicidades por tu boda, Caro 💍", "boda", "event|family"},
	{"es", "Para Nico: qué orgullo verte cumplir un año sobrio", "un año sobrio", "event|clinical"},
	{"es", "lo lograste, terminaste la carrera 🎓 orgullosa de ti", "terminaste la carrera", "event"},
}

// typedMilestonesClean are sentences of the same words that tell no
// client's milestone: generic encouragement, the poster's own
// milestones and family, a practice's anniversary, a training day's
// schedule, a public figure's win, a note to a whole group. None may
// give an event finding.
var typedMilestonesClean = []cleanRow{
	{"en", "recovery milestones matter, celebrate the small ones too"},
	{"en", "I just passed my licensing exam!! finally an LCSW"},
	{"en", "our practice turns 5 this month, thank you all"},
	{"en", "CE day schedule: 9am check-in, 10am keynote on grief, lunch at noon"},
	{"en", "the olympic sprinter won gold again, what a race"},
	{"en", "how do you mark it when a client graduates from therapy?"},
	{"en", "I got married last summer so I'm slow on emails"},
	{"en", "I finished my first marathon this weekend, legs are dead"},
	{"en", "we moved into our new office on the second floor"},
	{"en", "my daughter graduated from high school today 🎓"},
	{"en", "graduation season can be hard for clients who left school early"},
	{"en", "does anyone run groups on life transitions like retirement or a first baby?"},
	{"en", "the governor won reelection by a wide margin"},
	{"en", "congrats to all the new grads in this group!"},
	{"en", "workshop: supporting teens through coming out, April 3"},
	{"en", "I got promoted to clinical director this week, wish me luck"},
	{"en", "sobriety anniversaries can be triggering for some people"},
	{"en", "happy 10th anniversary to our clinic team"},
	{"en", "my son got his license last week so now I worry more"},
	{"fr", "les petites étapes du rétablissement comptent aussi"},
	{"fr", "j'ai enfin réussi mon examen de l'ordre!"},
	{"fr", "notre clinique fête ses 5 ans ce mois-ci"},
	{"fr", "formation continue : accueil à 9 h, conférence à 10 h, dîner à midi"},
	{"fr", "l'athlète olympique a encore gagné l'or"},
	{"fr", "ma fille a obtenu son diplôme hier, je suis fière"},
	{"fr", "bravo à tous les finissants du groupe!"},
	{"fr", "je me suis mariée cet été, désolée pour les délais"},
	{"es", "los logros pequeños en la recuperación también cuentan"},
	{"es", "¡por fin aprobé mi examen de la cédula profesional!"},
	{"es", "nuestro consultorio cumple 5 años este mes"},
	{"es", "programa del taller: registro 9am, conferencia 10am, comida a la 1"},
	{"es", "el futbolista ganó el campeonato con su equipo"},
	{"es", "mi hijo se graduó de la prepa hoy 🎓"},
	{"es", "felicidades a todos los recién egresados del grupo"},
	{"es", "me casé en junio, perdón por la demora en responder"},
}

// typedMilestonesWarn are whole posts, written for this test, that tell
// a client's milestone in public, to them or about them: each must warn.
// One detail alone is low risk by the risk model's design (a milestone
// with "my client" and nothing else): these posts carry what makes them
// recognizable, a name spoken to, a time anchor, a second detail, or
// congratulations on "your" sobriety, which confirms a recovery in public.
var typedMilestonesWarn = []refCase{
	{"en", "facebook_page", "To Marisol: watching you walk across that stage on Saturday after everything you fought through... so proud of you 🎓"},
	{"en", "facebook_group", "huge shoutout to my cl who just got the job at the credit union after 2 yrs of us working on her interview nerves!!"},
	{"en", "review_site", "thank you for the review! congrats on your 1 yr sober, i knew you could do it"},
	{"en", "facebook_group", "my client had her baby this morning and sent me a pic 😭 after 3 losses, we did so much grief work together"},
	{"en", "facebook_page", "Happy retirement, Glen! Thirty-one years at the mill and you still made every Tuesday session."},
	{"fr", "facebook_page", "À Jérôme : te voir recevoir ton diplôme après nos deux ans de suivi, quel bonheur."},
	{"fr", "facebook_group", "ma cliente a réussi son permis aujourd'hui après des mois à travailler son anxiété en séance!!"},
	{"es", "facebook_page", "Para Lupita: te vi recibir tu diploma y me acordé de cuando llegaste a consulta. ¡Qué orgullo!"},
	{"es", "facebook_group", "mi paciente se graduó de la prepa el sábado y me mandó fotos, trabajamos tanto en eso"},
}

// typedMilestonesQuiet are posts of the same words about the poster, the
// practice or a group: none may warn.
var typedMilestonesQuiet = []refCase{
	{"en", "facebook_page", "Our practice turns 5 this month! Thank you to everyone who trusted us. New evening slots are open."},
	{"en", "facebook_group", "I just passed my licensing exam after two tries, any tips for the first year as an LCSW?"},
	{"fr", "facebook_page", "Notre clinique fête ses 10 ans! Merci à toute l'équipe."},
	{"es", "facebook_group", "¡Por fin aprobé mi examen de la cédula! Gracias por los consejos, colegas."},
}

func TestTypedMilestones(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range typedMilestones {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			cats := strings.Split(tt.categories, "|")
			if ok, got := findingOver(t, a, tt.lang, tt.text, tt.want, ofCategory(cats...)); !ok {
				t.Errorf("Analyze(%q) = %v; want a %v finding over %q", tt.text, got, cats, tt.want)
			}
		})
	}
}

func TestTypedMilestonesClean(t *testing.T) {
	checkNone(t, typedMilestonesClean, "event", ofCategory("event"))
}

func TestTypedMilestonesRisk(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, c := range typedMilestonesWarn {
		res := a.Analyze(Input{Text: c.text, Lang: c.lang, Platform: c.platform})
		if lv := res.Risk.Level; lv != "medium" && lv != "high" {
			t.Errorf("Analyze(%q).Risk = %s; want medium or high", c.text, lv)
		}
	}
	for _, c := range typedMilestonesQuiet {
		res := a.Analyze(Input{Text: c.text, Lang: c.lang, Platform: c.platform})
		if lv := res.Risk.Level; lv != "none" && lv != "low" {
			t.Errorf("Analyze(%q).Risk = %s; want none or low", c.text, lv)
		}
	}
}
