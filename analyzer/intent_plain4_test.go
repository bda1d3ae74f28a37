package analyzer

import "testing"

// intentPlain4 holds posts written for this table (h-intent16), four
// kinds a language that cross-validation confused most before the
// model's naive-Bayes term: a practice asking past clients for their
// words (read as marketing or other), a question to peers about the
// work itself rather than a case (read as consultation), a case that
// ends on how to handle it (read as other), and a thing to use with a
// client (read as a person to send them to); with a referral and a
// practice's offer framed as a story beside them.
var intentPlain4 = []intentRow{
	// English.
	{"en", "facebook_page", "Our counselling centre turns ten this spring and we are gathering memories. If you worked with one of our therapists and feel comfortable, could you send us a line on what changed for you? First names or initials only, and nothing gets posted without your okay.", "testimonial_request"},
	{"en", "facebook_page", "Small favour to ask of former group members: our new brochure has an empty page where your voices belong. A sentence about the anger management course, signed however you like, would help someone decide to come.", "testimonial_request"},
	{"en", "other", "We are updating our website this month. Would any past participant of the mindfulness evenings be willing to be quoted on the program page? Reply to this message and we will send the consent form.", "testimonial_request"},
	{"en", "facebook_group", "Honest poll for the private practice folks: has anyone switched to a four day week, and did your income actually survive it? Weighing it up for next year and would love real numbers.", "other"},
	{"en", "reddit", "What is everyone's take on the new rule requiring continuing education in suicide prevention every two years? Useful or just another box to tick? Curious how other provinces handle it.", "other"},
	{"en", "facebook_group", "Feeling a bit flat today. Three cancellations, a parking ticket and the printer died. Not looking for advice, only wanted to vent where folks understand.", "other"},
	{"en", "facebook_group", "Need some outside eyes. A retired man I see weekly keeps bringing his adult son's debts into session and now wants me to phone the son myself. I feel pulled into the family fight. Where would you put the boundary, and how do I say no without losing the work we have done?", "consultation"},
	{"en", "listserv", "Case question. Teen girl, referred for low mood, now tells me she has a boyfriend much older than her and begs me to keep it secret from everyone. I know my duties on paper but would value how others have walked through the conversation itself.", "consultation"},
	{"en", "facebook_group", "Can anyone point me to a short, validated screener for hoarding I could use at intake? Free or cheap, English and ideally Spanish too. The older gentleman I am seeing next week fits the picture.", "resource_request"},
	{"en", "forum", "Searching for a workbook on perfectionism for university students. My client likes to have homework between sessions and the ones I own are aimed at adults at work.", "resource_request"},
	{"en", "facebook_group", "Could someone suggest a couples therapist in the western suburbs who sees same sex couples and does evenings? Two people I know from a parenting class asked me and I do not do couples work.", "referral_request"},
	{"en", "facebook_page", "Last winter a father said he had not slept a full night since the twins arrived. That conversation is why we built Tired Parents, a four week evening group starting in February. Spots are limited, call the front desk or book online to join.", "marketing"},

	// French.
	{"fr", "facebook_page", "Notre centre de consultation fête ses dix ans au printemps et nous rassemblons des souvenirs. Si vous avez été suivi par l'une de nos thérapeutes et que vous êtes à l'aise, pourriez-vous nous envoyer quelques mots sur ce qui a changé pour vous? Prénom ou initiales seulement, rien ne sera publié sans votre accord.", "testimonial_request"},
	{"fr", "facebook_page", "Un petit service à demander aux anciens du groupe : notre nouvelle brochure a une page vide qui attend vos voix. Une phrase sur l'atelier de gestion de la colère, signée comme vous voulez, aiderait quelqu'un à oser venir.", "testimonial_request"},
	{"fr", "other", "Nous refaisons notre site ce mois-ci. Un ancien participant des soirées de pleine conscience accepterait-il d'être cité sur la page du programme? Répondez à ce message et nous vous enverrons le formulaire de consentement.", "testimonial_request"},
	{"fr", "facebook_group", "Petit sondage pour celles et ceux en pratique privée : quelqu'un est passé à la semaine de quatre jours, et vos revenus ont-ils tenu le coup? J'y réfléchis pour l'an prochain et j'aimerais des chiffres réels.", "other"},
	{"fr", "reddit", "Que pensez-vous de la nouvelle obligation de formation continue en prévention du suicide tous les deux ans? Utile ou une case de plus à cocher? Curieuse de savoir comment ça se passe ailleurs.", "other"},
	{"fr", "facebook_group", "Journée à plat. Trois annulations, une contravention et l'imprimante qui rend l'âme. Je ne cherche pas de conseils, j'avais juste besoin de le dire à des gens qui comprennent.", "other"},
	{"fr", "facebook_group", "Je voudrais vos yeux neufs sur une situation. Un homme retraité que je vois chaque semaine ramène sans cesse les dettes de son fils adulte en séance et me demande maintenant de parler au fils directement. Je me sens happée dans le conflit familial. Où mettriez-vous la limite, et comment refuser sans perdre le travail fait?", "consultation"},
	{"fr", "listserv", "Question clinique. Une adolescente, adressée pour une humeur basse, me confie qu'elle fréquente un homme beaucoup plus âgé et me supplie de ne rien dire. Je connais mes obligations sur papier, mais j'aimerais savoir comment vous avez mené la conversation elle-même.", "consultation"},
	{"fr", "facebook_group", "Quelqu'un pourrait m'indiquer un court questionnaire validé pour dépister l'accumulation compulsive, utilisable à l'accueil? Gratuit ou peu cher, en français idéalement. Le monsieur âgé que je rencontre la semaine prochaine correspond au portrait.", "resource_request"},
	{"fr", "forum", "Je cherche un cahier d'exercices sur le perfectionnisme pour des étudiants universitaires. Ma cliente aime avoir des devoirs entre les séances et ceux que j'ai visent des adultes au travail.", "resource_request"},
	{"fr", "facebook_group", "Vous auriez le nom d'une thérapeute de couple dans l'ouest de la ville qui reçoit les couples de même sexe et travaille le soir? Deux personnes d'un cours pour parents me l'ont demandé et je ne fais pas de thérapie de couple.", "referral_request"},
	{"fr", "facebook_page", "L'hiver dernier, un papa m'a confié ne plus avoir dormi d'une traite depuis l'arrivée des jumeaux. C'est de cette conversation qu'est né Parents épuisés, un groupe de quatre soirées qui commence en février. Places limitées, appelez l'accueil ou réservez en ligne.", "marketing"},

	// Spanish.
	{"es", "facebook_page", "Nuestro centro cumple diez años esta primavera y estamos juntando recuerdos. Si hiciste terapia con alguna de nuestras psicólogas y te sentís cómodo, ¿nos mandarías unas palabras sobre lo que cambió para vos? Solo nombre de pila o iniciales, y nada se publica sin tu permiso.", "testimonial_request"},
	{"es", "facebook_page", "Un pequeño favor a quienes pasaron por el grupo: el folleto nuevo tiene una página vacía que espera sus voces. Una frase sobre el taller sobre el enojo, firmada como quieran, ayudaría a que alguien se anime a venir.", "testimonial_request"},
	{"es", "other", "Estamos renovando la página web este mes. ¿Algún ex participante de las noches de atención plena aceptaría que lo citemos en la página del programa? Respondé este mensaje y te enviamos el formulario de consentimiento.", "testimonial_request"},
	{"es", "facebook_group", "Encuesta sincera para quienes tienen consultorio privado: ¿alguien pasó a trabajar cuatro días por semana, y los ingresos aguantaron? Lo estoy pensando para el año que viene y me gustaría escuchar números reales.", "other"},
	{"es", "reddit", "¿Qué opinan de la nueva exigencia de formación continua en prevención del suicidio cada dos años? ¿Útil o un trámite más? Me da curiosidad cómo lo manejan en otras provincias.", "other"},
	{"es", "facebook_group", "Día medio gris. Tres cancelaciones, una multa de estacionamiento y se murió la impresora. No busco consejos, solo necesitaba decirlo donde me entienden.", "other"},
	{"es", "facebook_group", "Necesito una mirada de afuera. Un señor jubilado que veo todas las semanas trae una y otra vez las deudas de su hijo adulto a la sesión y ahora me pide que hable con el hijo directamente. Siento que me meten en la pelea familiar. ¿Dónde pondrían el límite, y cómo digo que no sin perder lo trabajado?", "consultation"},
	{"es", "listserv", "Consulta clínica. Una adolescente, derivada por ánimo bajo, me cuenta que sale con un hombre mucho mayor y me ruega que no diga nada. Conozco mis obligaciones en el papel, pero me serviría saber cómo llevaron ustedes la conversación misma.", "consultation"},
	{"es", "facebook_group", "¿Alguien me puede pasar un cuestionario breve y validado para detectar acumulación compulsiva en la primera entrevista? Gratis o barato, en castellano idealmente. El señor mayor que veo la semana que viene encaja en el cuadro.", "resource_request"},
	{"es", "forum", "Busco un cuaderno de ejercicios sobre perfeccionismo para estudiantes universitarios. A mi paciente le gusta tener tareas entre sesiones y los que tengo apuntan a adultos en el trabajo.", "resource_request"},
	{"es", "facebook_group", "¿Me pasan el contacto de alguna terapeuta de pareja en zona oeste que atienda parejas del mismo sexo y trabaje de noche? Dos personas de un taller de crianza me preguntaron y yo no hago terapia de pareja.", "referral_request"},
	{"es", "facebook_page", "El invierno pasado un papá me dijo que no dormía una noche entera desde que nacieron los mellizos. De esa charla nació Padres Cansados, un grupo de cuatro encuentros nocturnos que empieza en febrero. Cupos limitados, llamá a recepción o reservá en línea.", "marketing"},
}

// TestIntentPlain4 logs each post of intentPlain4 the model reads wrong
// and holds the share it reads right to a floor per language, as
// TestIntentPlain does for its table.
func TestIntentPlain4(t *testing.T) {
	checkIntentRows(t, intentPlain4, intentPlain4Floor)
}

// intentPlain4Floor is how many posts of each language's 12 the model
// must read right (two under what the shipped model reads, h-intent16).
// The model before the naive-Bayes term read 9, 6 and 7 (22 of 36); with
// it, 9, 9 and 7 (25): it reads French requests for clients' words and a
// French case question right, and an English case question, and
// misreads an English request for clients' words as marketing and a
// Spanish question about a four-day week as a referral. Still misread:
// a request for a sentence for a brochure (as marketing, all three),
// questions to peers about the work (a four-day week, a training rule),
// a Spanish request to be quoted (as a resource request) and a Spanish
// workbook (as consultation).
var intentPlain4Floor = map[string]int{"en": 7, "fr": 7, "es": 5}

// TestIntentPlain4SharesNoRunWithCorpus holds the table to the rule for
// rule examples, as TestIntentPlain3SharesNoRunWithCorpus does for its
// table.
func TestIntentPlain4SharesNoRunWithCorpus(t *testing.T) {
	checkIntentRowsShareNoRun(t, intentPlain4)
}
