package analyzer

import "testing"

// intentPlain5 holds posts written for this table (h-intent17) before
// any model read them, for the confusions that 5-fold CV on train shows
// turn on what a post does rather than on its words: a client story
// told with no ask to anyone (a vent or a reflection: other, read as
// consultation) beside the same kind of story that ends on a question
// to peers about the case (consultation); a practice's story of a
// client's progress that ends on its own offer (marketing, read as
// other); a question to peers about the trade that names no client
// (other); a practice asking its readers, in the second person, for
// their words (testimonial request) beside a reply to one reviewer
// (review response).
var intentPlain5 = []intentRow{
	// English.
	{"en", "facebook_group", "Rough afternoon. The woman I have been seeing since the fall told me her landlord is selling and she has nowhere lined up. I drove home with the radio off and just sat in the driveway for a while. This job gets heavy some weeks.", "other"},
	{"en", "reddit", "Small win I wanted to share somewhere safe: a teenager who barely spoke in our first months laughed twice today. No big breakthrough, nothing to report to anyone, but it stayed with me all evening.", "other"},
	{"en", "facebook_group", "The woman I have been seeing since the fall told me her landlord is selling and she has nowhere lined up. She is starting to skip sessions to look at apartments. Do I shift the work toward the housing crisis for now, or keep our focus and trust her to manage it?", "consultation"},
	{"en", "facebook_page", "When a retired teacher first called us, he said he had not enjoyed a single morning in two years. Twelve weeks later he walks his dog before breakfast again. If mornings feel like that for you, our evening appointments are open this month, and your first call costs nothing.", "marketing"},
	{"en", "facebook_group", "How are the solo practitioners here handling the switch to the new billing portal? Mine logs me out every ten minutes and the help line never picks up. Is it worth paying someone to do the claims?", "other"},
	{"en", "facebook_page", "If our team helped you through a hard season, would you tell others about it? A few honest words on our page help the next person find the courage to call. No names needed, and you can stay anonymous.", "testimonial_request"},
	{"en", "review_site", "We appreciate you writing this. We are always glad to hear feedback, and we never comment here on who receives care with us. Please call the front desk if there is anything we can do.", "review_response"},
	{"en", "facebook_group", "Anyone have a therapist to suggest near the lakeshore who works with older men and takes evening appointments? A neighbour of my sister asked me and I do not see people in that area.", "referral_request"},

	// French.
	{"fr", "facebook_group", "Après-midi difficile. La dame que je vois depuis l'automne m'a appris que son propriétaire vend et qu'elle n'a rien en vue. Je suis rentrée sans la radio et je suis restée assise dans l'auto un bon moment. Ce métier pèse lourd certaines semaines.", "other"},
	{"fr", "reddit", "Petite victoire à partager dans un endroit sûr : un ado qui parlait à peine nos premiers mois a ri deux fois aujourd'hui. Rien de spectaculaire, rien à signaler à personne, mais ça m'a suivie toute la soirée.", "other"},
	{"fr", "facebook_group", "La dame que je vois depuis l'automne m'a appris que son propriétaire vend et qu'elle n'a rien en vue. Elle commence à manquer des séances pour visiter des logements. Est-ce que je réoriente le travail vers la crise du logement pour l'instant, ou je garde notre cap en lui faisant confiance?", "consultation"},
	{"fr", "facebook_page", "Quand un enseignant retraité nous a appelés la première fois, il disait ne plus avoir aimé un seul matin depuis deux ans. Douze semaines plus tard, il promène son chien avant le déjeuner. Si vos matins ressemblent à ça, nos plages du soir sont ouvertes ce mois-ci, et le premier appel est gratuit.", "marketing"},
	{"fr", "facebook_group", "Comment les travailleuses autonomes ici vivent le passage au nouveau portail de facturation? Le mien me déconnecte toutes les dix minutes et la ligne d'aide ne répond jamais. Est-ce que ça vaut la peine de payer quelqu'un pour les réclamations?", "other"},
	{"fr", "facebook_page", "Si notre équipe vous a accompagné dans une saison difficile, accepteriez-vous d'en parler? Quelques mots sincères sur notre page aident la prochaine personne à trouver le courage d'appeler. Aucun nom requis, vous pouvez rester anonyme.", "testimonial_request"},
	{"fr", "review_site", "Nous apprécions que vous ayez écrit ce message. Vos commentaires comptent pour nous, mais nous ne pouvons discuter des soins de qui que ce soit ici. Téléphonez à l'accueil si nous pouvons faire quelque chose.", "review_response"},
	{"fr", "facebook_group", "Vous connaissez une thérapeute près du bord du lac qui travaille avec des hommes âgés et offre des rendez-vous en soirée? Un voisin de ma sœur m'a posé la question et je ne reçois pas dans ce secteur.", "referral_request"},

	// Spanish.
	{"es", "facebook_group", "Tarde pesada. La señora que veo desde el otoño me contó que el dueño vende la casa y no tiene nada a la vista. Volví sin la radio y estuve largo tiempo sentada en el auto sin bajar. Este trabajo pesa algunas semanas.", "other"},
	{"es", "reddit", "Pequeña alegría para compartir en un lugar seguro: un adolescente que casi no hablaba los primeros meses se rió dos veces hoy. Nada espectacular, nada que informar a nadie, pero me acompañó toda la noche.", "other"},
	{"es", "facebook_group", "La señora que veo desde el otoño me contó que el dueño vende la casa y no tiene nada a la vista. Empezó a faltar a las sesiones para ver departamentos. ¿Oriento el trabajo hacia la crisis de vivienda por ahora, o mantengo el foco y confío en que ella lo resuelva?", "consultation"},
	{"es", "facebook_page", "Cuando un maestro jubilado nos llamó la primera vez, decía que hacía dos años que no disfrutaba ninguna mañana. Doce semanas después vuelve a pasear al perro antes del desayuno. Si tus mañanas se sienten así, este mes tenemos horarios por la tarde, y la primera llamada no tiene costo.", "marketing"},
	{"es", "facebook_group", "¿Cómo están llevando los que trabajan solos el cambio al nuevo portal de facturación? El mío me saca cada diez minutos y la línea de ayuda nunca atiende. ¿Vale la pena pagarle a alguien para los reclamos?", "other"},
	{"es", "facebook_page", "Si nuestro equipo te acompañó en una etapa difícil, ¿lo contarías a otros? Unas palabras sinceras en nuestra página ayudan a la próxima persona a animarse a llamar. No hace falta tu nombre, podés quedar anónimo.", "testimonial_request"},
	{"es", "review_site", "Gracias por tomarse el tiempo de escribir esto. Siempre valoramos los comentarios, y no podemos hablar aquí de la atención de ninguna persona. Por favor llame a recepción si hay algo que podamos hacer.", "review_response"},
	{"es", "facebook_group", "¿Alguien conoce una terapeuta cerca de la costanera que trabaje con hombres mayores y tenga turnos de noche? Un vecino de mi hermana me preguntó y yo no atiendo en esa zona.", "referral_request"},
}

// TestIntentPlain5 logs each post of intentPlain5 the model reads wrong
// and holds the share it reads right to a floor per language, as
// TestIntentPlain does for its table.
func TestIntentPlain5(t *testing.T) {
	checkIntentRows(t, intentPlain5, intentPlain5Floor)
}

// intentPlain5Floor is a row under what the models read when the table
// was added: 7, 6 and 6 of 8, before and after h-intent17's second-person
// share alike. What they read wrong is the table's point: a client
// story told with no ask (fr) or a small joy (es), and a question to
// peers about a billing portal (all three), read as consultation.
var intentPlain5Floor = map[string]int{"en": 6, "fr": 5, "es": 5}

// TestIntentPlain5SharesNoRunWithCorpus holds the table to the rule for
// rule examples, as TestIntentPlain4SharesNoRunWithCorpus does.
func TestIntentPlain5SharesNoRunWithCorpus(t *testing.T) {
	checkIntentRowsShareNoRun(t, intentPlain5)
}
