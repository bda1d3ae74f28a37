package analyzer

import "testing"

// intentPlain holds posts written for this table (h-intent9) before any
// corpus post was read, in the careful long-form prose of a clinician
// writing in a professional group or on a practice's page, several for
// each pair of intents the model confuses: a person to send someone to
// (referral_request) against advice on what to do (consultation) against
// a thing to read or use (resource_request); a practice speaking of its
// own services (marketing) against a post that only shares or announces
// (other); asking clients for words about the practice
// (testimonial_request); words addressed to a reviewer
// (review_response); and questions to peers about the profession
// rather than a case, a practice's client story that ends on an offer,
// and its thanks to its community (other, marketing, other).
// intentRow is a post of an intent table and the intent it must get.
type intentRow struct{ lang, platform, text, want string }

var intentPlain = []intentRow{
	// English.
	{"en", "facebook_group", "Hello everyone. I have a young adult on my caseload who is moving across the province for university in January, and I would like to hand her care to someone local who works with disordered eating. Could anyone point me to a psychologist in that area who still has space this winter?", "referral_request"},
	{"en", "listserv", "Colleagues, I am trying to find a clinician who offers EMDR and accepts public sector benefits for an adult client relocating to the north shore. Names or clinic suggestions would be most welcome; please reply off list.", "referral_request"},
	{"en", "forum", "Does anybody here know a family therapist who sees blended families on weekends? A father I work with individually would like a separate space for the household, and I do not do couples or family work myself.", "referral_request"},
	{"en", "facebook_group", "Seeking a bilingual child psychiatrist for a medication review. The family has waited months through the public system and is willing to pay privately. Any names you trust would help.", "referral_request"},
	{"en", "facebook_group", "I would value some perspective from this group. A man I see weekly has started arriving intoxicated to sessions, and when I raised it last time he became defensive and left early. How would you approach the next appointment without losing the alliance?", "consultation"},
	{"en", "forum", "Ethics question for those in private practice. A long-term client has offered me tickets to a concert as a thank-you gift at the end of our work together. Accepting feels harmless, refusing feels cold. What do you usually do in that position?", "consultation"},
	{"en", "listserv", "I am stuck with a teenager who answers every question with a shrug. Parents are pushing for progress reports and she has asked me not to share anything. How do you balance the parents' wish to know with her confidentiality at that age?", "consultation"},
	{"en", "facebook_group", "Looking for input on pacing. My client with a complicated grief history wants to jump straight into the hardest memories and I am worried about flooding. Would you slow her down or follow her lead?", "consultation"},
	{"en", "facebook_group", "Could someone suggest a workbook on perfectionism suited to adolescents? Ideally something with short exercises a fifteen year old would actually complete between sessions.", "resource_request"},
	{"en", "forum", "What are your favourite podcasts or articles on supervising new counsellors? I have just taken on my first two supervisees and would like some reading to ground myself.", "resource_request"},
	{"en", "listserv", "Is there a validated screening questionnaire for gambling problems that is free to use in a community clinic? Links to the scale and its scoring would be appreciated.", "resource_request"},
	{"en", "facebook_page", "Our spring group for parents of anxious children starts in April. Eight evening sessions, small group, led by two registered therapists. Spaces are limited, so send us a message or call the clinic to reserve a place.", "marketing"},
	{"en", "facebook_page", "I now have two openings on Thursday afternoons for adults navigating burnout and career change. I offer a free fifteen minute phone call so we can see whether we are a good fit. Book through the link on my page.", "marketing"},
	{"en", "facebook_page", "Welcome to our newest team member, a counsellor who specialises in perinatal mental health. She is taking new clients from next week, in person or online, and most extended health plans cover her sessions.", "marketing"},
	{"en", "facebook_page", "Feeling overwhelmed by the holidays? You do not have to carry it all alone. Our clinicians offer short-term support through December, and evening appointments are available. Reach out today.", "marketing"},
	{"en", "facebook_page", "If our sessions helped you in some way, would you consider leaving a few words about your experience on our listing? Your reflections help others take the first step. Please never feel obliged.", "testimonial_request"},
	{"en", "facebook_page", "We are updating our website and would love to include a handful of anonymous comments from past clients. If you are willing to share a sentence or two about what helped, reply to our email.", "testimonial_request"},
	{"en", "review_site", "We appreciate you sharing this. We are glad the front desk made scheduling easy for you, and your kind words will be passed on to everyone here.", "review_response"},
	{"en", "review_site", "We are sorry to read that your experience fell short. We cannot discuss anyone's care here, but we would welcome a call from you to the practice manager so we can understand what went wrong.", "review_response"},
	{"en", "facebook_group", "Reminder that the regional association meets on the second Tuesday of the month. This time the topic is changes to the record keeping standards, and minutes from the last meeting are attached.", "other"},
	{"en", "forum", "Twelve years into this work and I still feel a jolt of nerves before every new intake. Just sharing in case anyone else needed to hear they are not the only one.", "other"},
	{"en", "facebook_group", "Congratulations to everyone who sat the licensing exam this weekend. Whatever the result, you showed up, and that matters. Rest well tonight.", "other"},
	{"en", "forum", "Curious how others in solo practice feel about the proposed changes to the provincial fee schedule. Are you planning to raise your rates next year, or holding steady for now?", "other"},
	{"en", "facebook_group", "Question about the office side of things rather than clinical work: do most of you rent a room by the hour or sign a longer lease? I am weighing the costs before I go out on my own.", "other"},
	{"en", "facebook_page", "A year ago a young father walked into our office unsure whether therapy was for him. Today he tells us he sleeps through the night and laughs with his kids again. If you are where he was, our evening appointments are open and the first call is free.", "marketing"},
	{"en", "facebook_page", "This week marks five years since we opened our doors. Thank you to every colleague, student and neighbour who has supported the clinic along the way.", "other"},

	// French.
	{"fr", "facebook_group", "Bonjour à tous. Je cherche une psychologue qui travaille avec les adolescents autistes dans le secteur de Sherbrooke pour un jeune que je suis à l'école. La famille préfère quelqu'un qui peut le recevoir en fin de journée. Avez-vous des noms à me suggérer?", "referral_request"},
	{"fr", "forum", "Quelqu'un connaîtrait-il un psychiatre qui accepte encore de nouveaux patients pour une évaluation du TDAH chez l'adulte? Les délais au public sont de plus d'un an et la personne est prête à consulter au privé.", "referral_request"},
	{"fr", "facebook_group", "Je dois orienter une dame vers une thérapeute de couple, idéalement en présentiel à Lyon. Je ne fais pas ce type de suivi moi-même. Merci pour vos recommandations de collègues fiables.", "referral_request"},
	{"fr", "listserv", "Chers collègues, je recherche une ergothérapeute en pratique privée qui fait de l'intégration sensorielle pour un enfant de maternelle. Les coordonnées peuvent m'être envoyées en privé.", "referral_request"},
	{"fr", "facebook_group", "J'aurais besoin de votre avis. Un homme que je suis depuis quelques mois me demande de rédiger une lettre pour appuyer sa demande de garde. Je crains de sortir de mon rôle. Comment gérez-vous ce genre de demande?", "consultation"},
	{"fr", "forum", "Question d'éthique : une ancienne cliente m'a ajoutée sur les réseaux sociaux et m'écrit des messages chaleureux. Je ne veux pas la blesser mais je ne souhaite pas créer de lien en dehors du cadre. Que feriez-vous à ma place?", "consultation"},
	{"fr", "facebook_group", "Je me sens un peu démunie avec une jeune femme qui annule une séance sur deux à la dernière minute. Faut-il fixer une règle ferme sur les annulations ou d'abord explorer ce qui se passe pour elle? Vos expériences m'aideraient.", "consultation"},
	{"fr", "listserv", "Comment abordez-vous la fin du suivi avec une personne qui vit seule et qui semble très attachée aux rencontres? Je voudrais préparer la terminaison sans qu'elle vive cela comme un abandon.", "consultation"},
	{"fr", "facebook_group", "Connaissez-vous un bon livre sur l'anxiété de performance à conseiller à des parents? Quelque chose d'accessible, sans trop de jargon, que je pourrais leur prêter.", "resource_request"},
	{"fr", "forum", "Je suis à la recherche d'outils concrets, fiches ou exercices, pour travailler la régulation émotionnelle avec des enfants de sept à dix ans. Merci de partager vos ressources préférées.", "resource_request"},
	{"fr", "listserv", "Existe-t-il une échelle validée en français pour dépister l'épuisement chez les proches aidants? Un lien vers l'outil et sa cotation me serait très utile.", "resource_request"},
	{"fr", "facebook_page", "Le cabinet propose dès janvier un groupe pour les personnes endeuillées, six rencontres le mardi soir. Les places sont limitées; inscrivez-vous par courriel ou par téléphone auprès de l'accueil.", "marketing"},
	{"fr", "facebook_page", "J'ai quelques disponibilités le samedi matin pour des adultes qui traversent une période de transition. Première rencontre téléphonique gratuite de quinze minutes. Prenez rendez-vous en ligne.", "marketing"},
	{"fr", "facebook_page", "Nous avons le plaisir d'accueillir une nouvelle psychologue au sein de l'équipe. Elle reçoit les adultes et les aînés, en cabinet ou en visio, et ses séances sont remboursées par la plupart des assurances.", "marketing"},
	{"fr", "facebook_page", "Vous vous sentez épuisé et vous n'arrivez plus à décrocher du travail? Vous n'êtes pas seul. Notre équipe offre un accompagnement sur mesure. Écrivez-nous pour en parler.", "marketing"},
	{"fr", "facebook_page", "Si notre accompagnement vous a aidé, accepteriez-vous de laisser un avis sur notre fiche? Quelques mots suffisent et cela aide d'autres personnes à franchir le pas. Merci du fond du cœur.", "testimonial_request"},
	{"fr", "facebook_page", "Nous préparons une page de témoignages pour notre site. Si vous avez fréquenté le cabinet et souhaitez partager anonymement ce qui vous a été utile, répondez simplement à ce message.", "testimonial_request"},
	{"fr", "review_site", "Merci beaucoup pour votre message. Nous sommes heureux que l'accueil et la prise de rendez-vous vous aient facilité les choses, et nous transmettons vos mots à toute l'équipe.", "review_response"},
	{"fr", "review_site", "Nous regrettons que votre expérience n'ait pas été à la hauteur. Nous ne pouvons pas commenter un dossier en public, mais nous vous invitons à contacter la direction pour en discuter.", "review_response"},
	{"fr", "facebook_group", "Petit rappel : l'assemblée générale de l'ordre régional aura lieu jeudi prochain. L'ordre du jour et le procès-verbal de la dernière rencontre sont joints à ce message.", "other"},
	{"fr", "forum", "Après quinze ans de pratique, j'ai encore le trac avant chaque première rencontre. Je le partage simplement au cas où d'autres se reconnaîtraient.", "other"},
	{"fr", "facebook_group", "Félicitations aux nouvelles et nouveaux membres qui ont obtenu leur permis cette semaine. Bienvenue dans la profession, prenez soin de vous.", "other"},
	{"fr", "forum", "Que pensez-vous du nouveau règlement sur la tenue de dossiers? Je trouve les exigences lourdes pour une petite pratique et je me demande si d'autres partagent cet avis.", "other"},
	{"fr", "facebook_group", "Petite question de gestion : louez-vous un bureau à l'heure ou avez-vous signé un bail à l'année? Je compare les options avant de me lancer en privé.", "other"},
	{"fr", "facebook_page", "L'an dernier, une mère de famille est venue nous voir sans savoir si la thérapie pouvait l'aider. Aujourd'hui, elle dit avoir retrouvé le sommeil et le goût de sortir. Si vous vous reconnaissez, des plages du soir sont libres et le premier appel est gratuit.", "marketing"},
	{"fr", "facebook_page", "Le cabinet fête aujourd'hui ses cinq ans. Merci à chaque collègue, stagiaire et voisin qui nous a soutenus pendant tout ce temps.", "other"},

	// Spanish.
	{"es", "facebook_group", "Hola a todos. Estoy buscando una psicóloga que trabaje con adolescentes con trastornos alimentarios en zona norte, para una chica que atiendo en el colegio. La familia tiene obra social. ¿Alguien me puede pasar un contacto de confianza?", "referral_request"},
	{"es", "forum", "¿Conocen algún psiquiatra infantil que atienda por la tarde en Guadalajara? Necesito derivar a un niño para una evaluación de medicación y la lista de espera pública es muy larga.", "referral_request"},
	{"es", "facebook_group", "Colegas, necesito recomendaciones de un terapeuta de pareja que atienda en línea. Una persona que veo de forma individual quiere empezar un proceso con su esposo y yo no trabajo con parejas.", "referral_request"},
	{"es", "listserv", "Busco una fonoaudióloga con experiencia en tartamudez adulta para un paciente que se muda a Valparaíso el mes próximo. Agradezco datos por privado.", "referral_request"},
	{"es", "facebook_group", "Necesito su opinión. Un paciente adulto empezó a llegar tarde a todas las sesiones y cuando lo señalé se enojó mucho. No sé si poner un límite claro o trabajar primero lo que hay detrás. ¿Cómo lo manejarían ustedes?", "consultation"},
	{"es", "forum", "Pregunta de ética: una exconsultante me invitó a su boda y me dijo que sería muy importante para ella que fuera. No quiero herirla, pero tampoco quiero salir del encuadre. ¿Qué harían en mi lugar?", "consultation"},
	{"es", "facebook_group", "Me siento trabada con una adolescente que no habla en las sesiones y sus padres me piden informes cada semana. ¿Cómo equilibran la confidencialidad de la chica con lo que esperan los padres?", "consultation"},
	{"es", "listserv", "¿Cómo preparan el cierre del proceso con alguien que vive solo y parece muy apegado a las sesiones? Quiero que la despedida no se viva como un abandono.", "consultation"},
	{"es", "facebook_group", "¿Me recomiendan algún libro sobre ansiedad en la infancia para sugerir a las familias? Algo sencillo, sin mucha teoría, que los padres puedan leer en pocas noches.", "resource_request"},
	{"es", "forum", "Estoy armando un taller y busco materiales, fichas o dinámicas para trabajar la autoestima con niños de primaria. Si tienen algo para compartir, se los agradezco mucho.", "resource_request"},
	{"es", "listserv", "¿Existe alguna escala validada en español para evaluar el desgaste en cuidadores familiares? Me serviría el enlace al instrumento y a su forma de corrección.", "resource_request"},
	{"es", "facebook_page", "En marzo comenzamos un grupo para personas en duelo, seis encuentros los jueves por la tarde. Los cupos son limitados: escribinos por mensaje o llamá al consultorio para reservar tu lugar.", "marketing"},
	{"es", "facebook_page", "Tengo algunos horarios libres los sábados por la mañana para adultos que atraviesan cambios laborales. Ofrezco una primera llamada gratuita de quince minutos. Podés agendar desde el enlace de la página.", "marketing"},
	{"es", "facebook_page", "Damos la bienvenida a una nueva psicóloga en el equipo. Atiende adultos y adultos mayores, de forma presencial o en línea, y trabaja con la mayoría de las prepagas.", "marketing"},
	{"es", "facebook_page", "¿Sentís que el trabajo te está consumiendo? No tenés que atravesarlo en soledad. Nuestro equipo ofrece acompañamiento breve y con horarios flexibles. Escribinos hoy.", "marketing"},
	{"es", "facebook_page", "Si el proceso con nosotros te ayudó, ¿te animarías a dejarnos una reseña en nuestra ficha? Unas pocas palabras ayudan a otras personas a dar el primer paso. Gracias de corazón.", "testimonial_request"},
	{"es", "facebook_page", "Estamos renovando la página web y queremos sumar algunos comentarios anónimos de quienes pasaron por el consultorio. Si querés compartir en una frase qué te sirvió, respondé este correo.", "testimonial_request"},
	{"es", "review_site", "Muchas gracias por tomarse el tiempo de escribir. Nos alegra que la recepción y los turnos le resultaran fáciles, y le haremos llegar sus palabras a todo el equipo.", "review_response"},
	{"es", "review_site", "Sentimos mucho que la atención recibida no estuviera a la altura. No podemos hablar de ningún tratamiento en público, pero lo invitamos a comunicarse con la dirección para conversarlo.", "review_response"},
	{"es", "facebook_group", "Recordatorio: la asamblea del colegio profesional es el jueves próximo. Adjunto el orden del día y el acta de la reunión anterior.", "other"},
	{"es", "forum", "Después de quince años de práctica todavía me ponen nerviosa las primeras entrevistas. Lo cuento por si a otra colega le sucede lo mismo.", "other"},
	{"es", "facebook_group", "Felicitaciones a quienes recibieron su matrícula esta semana. Bienvenidas y bienvenidos a la profesión, cuídense mucho.", "other"},
	{"es", "forum", "¿Qué opinan de la nueva reglamentación sobre historias clínicas? Me parece muy exigente para un consultorio chico y quería saber si a otros les pasa lo mismo.", "other"},
	{"es", "facebook_group", "Pregunta más de gestión que clínica: ¿alquilan consultorio por hora o firmaron un contrato anual? Estoy comparando costos antes de independizarme.", "other"},
	{"es", "facebook_page", "Hace un año un papá joven llegó al consultorio sin saber si la terapia era para él. Hoy nos cuenta que duerme bien y vuelve a jugar con sus hijos. Si estás donde él estaba, tenemos turnos por la tarde y la primera llamada es sin cargo.", "marketing"},
	{"es", "facebook_page", "Hoy el consultorio cumple cinco años. Gracias a cada colega, estudiante y vecino que nos acompañó en este camino.", "other"},
}

// TestIntentPlain logs each post of intentPlain the model reads wrong and
// holds the share it reads right to a floor, per language: the model is
// learned, so a row may move with a retrain, but the table as a whole
// must not slip.
func TestIntentPlain(t *testing.T) {
	checkIntentRows(t, intentPlain, intentPlainFloor)
}

// checkIntentRows logs each row the model reads wrong and fails a language
// whose rows read right fall under its floor.
func checkIntentRows(t *testing.T, rows []intentRow, floors map[string]int) {
	t.Helper()
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	right, all := map[string]int{}, map[string]int{}
	for _, tt := range rows {
		got := a.Analyze(Input{Text: tt.text, Lang: tt.lang, Platform: tt.platform}).Intent
		all[tt.lang]++
		if got == tt.want {
			right[tt.lang]++
			continue
		}
		t.Logf("%s %s: intent %s, want %s: %.70s", tt.lang, tt.platform, got, tt.want, tt.text)
	}
	for lang, n := range all {
		t.Logf("%s: %d of %d", lang, right[lang], n)
		if floor := floors[lang]; right[lang] < floor {
			t.Errorf("%s: %d of %d posts read right, floor %d", lang, right[lang], n, floor)
		}
	}
}

// intentPlainFloor is how many posts of each language's 26 the model
// must read right: it read 24, 23 and 22 when the table was written
// (h-intent9), and a retrain may move a row or two. The rows it reads
// wrong are the structures no feature tried so far tells apart
// (rules/README.md, h-intent9): a question to peers about the
// profession rather than a case (read as consultation), a practice's
// thanks to its community (read as a review reply), a practice
// presenting a new clinician (read as a referral request).
var intentPlainFloor = map[string]int{"en": 22, "fr": 21, "es": 20}
