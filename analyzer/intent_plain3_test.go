package analyzer

import "testing"

// intentPlain3 holds posts written for this table (h-intent13) before any
// corpus post was read, three of each intent in each language, typed the
// way people post (lower case, no accents, chat shorthand in a few): most
// are a story of several sentences with the ask in one of them, at the
// end, at the start or in the middle, so that what the post asks and what
// it tells pull apart. A long client story that ends on "who would you
// send her to" is a referral request; the same story ending on "how would
// you handle the next session" a consultation; a practice's offer of
// openings is marketing whatever problems it lists; and a question to
// peers about the profession, not a case, is other.
var intentPlain3 = []intentRow{
	// English.
	{"en", "facebook_group", "Hi all, bit of a long one. I work with a teen who has been refusing school since september, his mum is exhausted, dad works away most weeks and the younger sister is starting to copy him. We did some graded exposure but progress is slow and I think the family needs more than one hour a week with me. Does anyone have a family therapist they trust who does home visits north of the river?", "referral_request"},
	{"en", "facebook_group", "Seeking an EMDR trained clinician taking new adult clients, sliding scale a must. The person I see had a bad car accident a couple of years back and talk therapy alone has plateaued. DM me please", "referral_request"},
	{"en", "forum", "anyone know a good ED dietitian who takes medicaid?? my 19 yo client is restricting again and her doctor wants someone on board asap", "referral_request"},
	{"en", "facebook_group", "Long post, sorry. A woman in her forties has been seeing me for about a year for anxiety. Last week she mentioned almost in passing that she stopped her medication because her new partner thinks it makes her flat, and she asked me not to tell her psychiatrist. I am torn between her autonomy and the risk of relapse. How would you approach the next session?", "consultation"},
	{"en", "facebook_group", "quick ethics q: a former client just sent me a friend request on instagram. we ended 8 months ago on good terms. ignore, decline, or address it by email? what do you all do", "consultation"},
	{"en", "listserv", "Supervision-type question. A boy I see tells me he has been vaping at school and asks me to keep it from his parents. Nothing else risky that I know of. How much of that do you keep between you and a fifteen year old?", "consultation"},
	{"en", "facebook_group", "I am putting together a group for new dads who struggle with sleep and low mood after the baby arrives. Are there any good worksheets or handouts, free ideally, written for fathers rather than mothers? Books welcome too.", "resource_request"},
	{"en", "forum", "does anyone have a safety plan template they actually like? the one our agency uses is six pages and people glaze over by page two", "resource_request"},
	{"en", "facebook_group", "Recommendations for podcasts about grief I could suggest to teenagers? Something honest but not too heavy. Thanks in advance!", "resource_request"},
	{"en", "facebook_page", "Now accepting new clients! I have a few openings on Tuesday and Thursday evenings for adults dealing with anxiety, burnout and big life changes. In person downtown or by video anywhere in the state. Free 15 minute consult, link in bio.", "marketing"},
	{"en", "facebook_page", "Our spring parenting circle starts April 3: six Thursday mornings for parents of toddlers, coffee provided and childcare on site. Places are limited to ten, message us to save yours.", "marketing"},
	{"en", "other", "Feeling stuck lately? Nobody has to sort it out alone. I work with women going through divorce, career changes and hard decisions. Reach out today to book a free chat 🌿", "marketing"},
	{"en", "facebook_page", "To everyone who came to one of our groups in 2026: would you be open to write a few sentences about your experience for our new website? Anonymous is totally fine, just reply here or send us a message.", "testimonial_request"},
	{"en", "facebook_page", "hey friends! if our sessions helped you, a quick review on google would mean the world to our small team 💛", "testimonial_request"},
	{"en", "facebook_page", "We are making a short video for our fifth birthday and would love to hear from past group members. Would you share in a line or two what the program meant to you?", "testimonial_request"},
	{"en", "review_site", "Thanks a lot for leaving these kind words. It means a lot to all of us here at the centre and we wish you the very best.", "review_response"},
	{"en", "review_site", "We are sorry to read that your first call with us felt rushed. That is not how we want anyone to feel when they reach out. Please phone our clinic director so we can listen properly.", "review_response"},
	{"en", "review_site", "thanks for the five stars, the whole team really appreciates it!", "review_response"},
	{"en", "facebook_group", "Does anyone else find the new telehealth billing codes confusing? I have read the update three times and still cannot tell if my usual session length qualifies. Rant over, back to notes.", "other"},
	{"en", "facebook_group", "Ten years licensed today. To the supervisors who were patient with me and the people in this group who answered my late night questions: thank you.", "other"},
	{"en", "facebook_page", "Reminder for anyone in the county: the crisis line number changed last month. Please update your fridge magnets and handouts.", "other"},

	// French.
	{"fr", "facebook_group", "Bonjour a toutes, je vous écris pour une ado que je suis depuis l'automne. Elle ne va plus a l'école, sa mère est a bout, et je sens que la famille a besoin de plus qu'une heure par semaine avec moi. Connaissez-vous une thérapeute familiale qui se déplace a domicile sur la rive sud?", "referral_request"},
	{"fr", "facebook_group", "Je cherche un psychologue formé EMDR qui prend de nouveaux adultes, idéalement avec tarif adapté. La personne que j'accompagne a eu un grave accident de voiture il y a deux ans et la thérapie par la parole plafonne. Merci de m'écrire en privé", "referral_request"},
	{"fr", "forum", "qqn connait une dietetiste specialisee en TCA qui accepte les nouveaux patients? ma cliente de 19 ans recommence a se restreindre et son medecin veut quelqu'un rapidement", "referral_request"},
	{"fr", "facebook_group", "Long message, désolée. Une femme dans la quarantaine me consulte depuis un an pour de l'anxiété. La semaine dernière elle m'a dit en passant qu'elle avait arrêté sa médication parce que son nouveau conjoint la trouve éteinte, et m'a demandé de ne pas en parler a son psychiatre. Je suis partagée entre son autonomie et le risque de rechute. Comment aborderiez-vous la prochaine séance?", "consultation"},
	{"fr", "facebook_group", "petite question d'ethique : une ancienne cliente vient de m'envoyer une demande d'amitie sur instagram. on a termine il y a 8 mois, en bons termes. j'ignore, je refuse ou j'en parle par courriel? vous faites comment", "consultation"},
	{"fr", "forum", "Question de supervision. Un garçon de quinze ans que je vois me dit qu'il vapote a l'école et me demande de ne pas le dire a ses parents. Rien d'autre d'inquiétant a ma connaissance. Ou placez-vous la limite de la confidentialité a cet âge?", "consultation"},
	{"fr", "facebook_group", "Je monte un groupe pour les nouveaux papas qui ont du mal avec le sommeil et le moral apres la naissance. Auriez-vous des fiches ou des documents, gratuits si possible, pensés pour les pères plutôt que les mères? Les livres sont bienvenus aussi.", "resource_request"},
	{"fr", "forum", "quelqu'un aurait un bon modele de plan de securite? celui de notre organisme fait six pages et les gens decrochent a la deuxieme", "resource_request"},
	{"fr", "facebook_group", "Des suggestions de balados sur le deuil que je pourrais conseiller a des ados? Quelque chose de vrai mais pas trop lourd. Merci d'avance!", "resource_request"},
	{"fr", "facebook_page", "J'accepte de nouveaux clients! Il me reste quelques plages le mardi et le jeudi soir pour les adultes aux prises avec l'anxiété, l'épuisement ou un grand changement de vie. En personne au centre-ville ou en visio partout au Québec. Premier appel de 15 minutes offert.", "marketing"},
	{"fr", "facebook_page", "Notre cercle de parents du printemps commence le 3 avril : six jeudis matin pour les parents de tout-petits, café offert et halte-garderie sur place. Dix places seulement, écrivez-nous pour réserver la vôtre.", "marketing"},
	{"fr", "other", "Vous vous sentez coincée? Pas besoin de tout porter seule. J'accompagne les femmes qui traversent une séparation, un changement de carrière ou une décision difficile. Prenez rendez-vous pour un premier échange gratuit 🌿", "marketing"},
	{"fr", "facebook_page", "A toutes les personnes qui ont participé a l'un de nos groupes cette année : accepteriez-vous d'écrire quelques phrases sur votre expérience pour notre nouveau site? L'anonymat est tout a fait possible, répondez ici ou envoyez-nous un message.", "testimonial_request"},
	{"fr", "facebook_page", "coucou! si nos séances vous ont aidé, un petit avis sur google ferait tellement plaisir a notre petite équipe 💛", "testimonial_request"},
	{"fr", "facebook_page", "Pour nos cinq ans, nous préparons une courte vidéo et aimerions entendre d'anciens participants. Nous diriez-vous en une phrase ou deux ce que le programme a changé pour vous?", "testimonial_request"},
	{"fr", "review_site", "Merci beaucoup d'avoir pris le temps de laisser ces mots si gentils. Ils touchent toute l'équipe du centre et nous vous souhaitons le meilleur.", "review_response"},
	{"fr", "review_site", "Nous sommes désolés d'apprendre que votre premier appel vous a semblé expéditif. Ce n'est pas ce que nous souhaitons a quiconque nous contacte. Appelez notre directrice clinique pour que nous puissions vous écouter.", "review_response"},
	{"fr", "review_site", "merci pour les cinq étoiles, toute l'équipe apprécie beaucoup!", "review_response"},
	{"fr", "facebook_group", "Est-ce que d'autres trouvent les nouveaux codes de facturation en télépratique mélangeants? J'ai lu la mise a jour trois fois et je ne sais toujours pas si mes séances habituelles sont admissibles. Fin du chialage, retour aux notes.", "other"},
	{"fr", "facebook_group", "Dix ans de pratique aujourd'hui. Aux superviseures qui ont été patientes avec moi et aux membres de ce groupe qui ont répondu a mes questions de fin de soirée : merci.", "other"},
	{"fr", "facebook_page", "Rappel pour la région : le numéro de la ligne de crise a changé le mois dernier. Pensez a mettre a jour vos aimants et vos dépliants.", "other"},

	// Spanish.
	{"es", "facebook_group", "Hola colegas, va largo. Acompaño a un adolescente que no va al colegio desde septiembre, la mamá está agotada, el papá viaja por trabajo y la hermana menor empieza a imitarlo. Hicimos algo de exposición gradual pero avanza lento y creo que la familia necesita más que una hora semanal conmigo. ¿Tienen alguna terapeuta familiar de confianza que vaya a domicilio por zona norte?", "referral_request"},
	{"es", "facebook_group", "Busco terapeuta formado en EMDR que tome adultos nuevos, con honorarios accesibles. La persona que atiendo tuvo un accidente de auto grave hace dos años y con la terapia hablada ya no avanzamos. Escríbanme por privado porfa", "referral_request"},
	{"es", "forum", "alguien conoce nutricionista especializada en tca que tome pacientes por obra social?? mi paciente de 19 volvio a restringir y el medico quiere a alguien ya", "referral_request"},
	{"es", "facebook_group", "Perdón lo largo. Una mujer de cuarenta y pico viene hace un año por ansiedad. La semana pasada me contó, casi al pasar, que dejó la medicación porque a su nueva pareja le parece que la apaga, y me pidió que no se lo diga a su psiquiatra. Estoy dividida entre su autonomía y el riesgo de recaída. ¿Cómo encararían la próxima sesión?", "consultation"},
	{"es", "facebook_group", "pregunta de etica rapida: una ex paciente me mando solicitud de amistad en instagram. terminamos hace 8 meses en buenos terminos. la ignoro, la rechazo o lo hablo por mail? ustedes que hacen", "consultation"},
	{"es", "forum", "Pregunta de supervisión. Un chico de quince años me cuenta que vapea en la escuela y me pide que no les diga a sus padres. Nada más preocupante que yo sepa. ¿Dónde ponen ustedes el límite de la confidencialidad a esa edad?", "consultation"},
	{"es", "facebook_group", "Estoy armando un grupo para papás primerizos a los que les cuesta el sueño y el ánimo después del nacimiento. ¿Tienen fichas o materiales, gratis si puede ser, pensados para padres y no para madres? Libros también sirven.", "resource_request"},
	{"es", "forum", "alguien tiene un buen modelo de plan de seguridad? el de nuestra institucion tiene seis paginas y la gente se pierde en la segunda", "resource_request"},
	{"es", "facebook_group", "¿Sugerencias de podcasts sobre duelo para recomendar a adolescentes? Algo sincero pero no muy pesado. ¡Gracias de antemano!", "resource_request"},
	{"es", "facebook_page", "¡Tengo turnos disponibles! Me quedan algunos horarios martes y jueves por la tarde para adultos con ansiedad, agotamiento o cambios grandes de vida. Presencial en el centro o por videollamada desde cualquier provincia. Primera charla de 15 minutos sin cargo.", "marketing"},
	{"es", "facebook_page", "Nuestro círculo de crianza de otoño empieza el 3 de abril: seis jueves por la mañana para familias con niños pequeños, con café y espacio para los chicos. Solo diez lugares, escribinos para reservar el tuyo.", "marketing"},
	{"es", "other", "¿Te sentís estancada? No tenés que resolverlo sola. Acompaño a mujeres que atraviesan una separación, un cambio de trabajo o una decisión difícil. Escribime hoy y agendamos una primera charla gratuita 🌿", "marketing"},
	{"es", "facebook_page", "A todas las personas que participaron de alguno de nuestros grupos este año: ¿estarían dispuestas a escribir unas frases sobre su experiencia para nuestra nueva web? Puede ser anónimo, respondan acá o mándennos un mensaje.", "testimonial_request"},
	{"es", "facebook_page", "hola! si nuestras sesiones te ayudaron, una reseña cortita en google significaría muchísimo para nuestro pequeño equipo 💛", "testimonial_request"},
	{"es", "facebook_page", "Por nuestros cinco años estamos armando un video corto y nos encantaría escuchar a quienes pasaron por el programa. ¿Nos contarían en una o dos frases qué significó para ustedes?", "testimonial_request"},
	{"es", "review_site", "Muchísimas gracias por tomarse el tiempo de dejar estas palabras tan lindas. Nos llegan a todo el equipo del centro y le deseamos lo mejor.", "review_response"},
	{"es", "review_site", "Lamentamos leer que su primera llamada le pareció apurada. No es lo que queremos para nadie que se comunica con nosotros. Por favor llame a nuestra directora clínica para que podamos escucharlo con calma.", "review_response"},
	{"es", "review_site", "gracias por las cinco estrellas, todo el equipo lo valora mucho!", "review_response"},
	{"es", "facebook_group", "¿A alguien más le resultan confusos los nuevos códigos de facturación para telepsicología? Leí la actualización tres veces y sigo sin saber si mis sesiones habituales califican. Fin del desahogo, vuelvo a las notas.", "other"},
	{"es", "facebook_group", "Hoy cumplo diez años de matrícula. A las supervisoras que me tuvieron paciencia y a la gente de este grupo que respondió mis preguntas de madrugada: gracias.", "other"},
	{"es", "facebook_page", "Recordatorio para la zona: el número de la línea de crisis cambió el mes pasado. Actualicen los imanes de la heladera y los folletos.", "other"},
}

// TestIntentPlain3 logs each post of intentPlain3 the model reads wrong
// and holds the share it reads right to a floor per language, as
// TestIntentPlain does for its table.
func TestIntentPlain3(t *testing.T) {
	checkIntentRows(t, intentPlain3, intentPlain3Floor)
}

// intentPlain3Floor is how many posts of each language's 21 the model
// must read right (set below what the shipped model reads, h-intent13).
// It read 20, 18 and 17 when the table was written; what it read wrong
// then: a request for a line or two for a video or a website read as a
// resource request (en, fr, es), a French "qqn connait" read as a
// consultation, a question to peers about billing codes (fr) and a
// practice's notice (es) read as a referral or marketing, a Spanish
// practice's offer that opens on a question read as other.
var intentPlain3Floor = map[string]int{"en": 18, "fr": 16, "es": 15}

// TestIntentPlain3SharesNoRunWithCorpus holds the table to the rule for
// rule examples (TestExamplesShareNoRunWithCorpus): no run of six words,
// nor of five with a distinctive word, shared with train or dev.
func TestIntentPlain3SharesNoRunWithCorpus(t *testing.T) {
	checkIntentRowsShareNoRun(t, intentPlain3)
}

// checkIntentRowsShareNoRun fails on each row that shares a run of words
// with a post of train or dev, as TestExamplesShareNoRunWithCorpus does
// for rule examples.
func checkIntentRowsShareNoRun(t *testing.T, rows []intentRow) {
	t.Helper()
	posts, sets := corpusPosts(t)
	runs := map[string]string{}
	for i, post := range posts {
		ws := exampleWords(post)
		for _, n := range []int{distinctiveRunWords, sharedRunWords} {
			for k := 0; k+n <= len(ws); k++ {
				if key := joinWords(ws[k : k+n]); runs[key] == "" {
					runs[key] = sets[i]
				}
			}
		}
	}
	for _, row := range rows {
		if shared, set := sharedRun(exampleWords(row.text), runs); shared != "" {
			t.Errorf("%s row shares %q with a post of %s.jsonl: %.60s", row.lang, shared, set, row.text)
		}
	}
}
