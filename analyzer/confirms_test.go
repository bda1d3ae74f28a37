package analyzer

// treatedWarn are replies and thank-yous, written for this test, that
// confirm therapy without the usual formula: the second person, a word
// of treatment (sessions, therapy, our work, appointments, working
// together) and what it did for the reader's own condition or life
// event. Each confirms a client relationship and must warn.
var treatedWarn = []refCase{
	{"en", "review_site", "thanks so much for the stars! so glad the sessions got your insomnia sorted before the new job started"},
	{"en", "review_site", "Thank you for the kind review. Really happy our appointments helped your anxiety settle after the move."},
	{"en", "facebook_page", "Working together got you through the worst of the divorce, and look at you now."},
	{"en", "review_site", "appreciate the 5 stars!! the therapy really eased your nightmares after the accident"},
	{"en", "facebook_page", "Supporting you through the year after your surgery was a privilege."},
	{"en", "review_site", "So kind of you to write this. The counselling made a difference for your drinking, and that was all you."},
	{"en", "facebook_page", "Helping u through the weeks after your dad's funeral meant so much to me."},
	{"en", "review_site", "thx for the review!! our sessions have helped your panic a lot since the layoff"},
	{"en", "facebook_page", "Walking with you through the months after the fire has been one of the honours of my work."},
	{"en", "review_site", "We're thrilled our time together gave you your sleep back after the deployment."},
	{"en", "review_site", "Grateful for your words. The treatment calmed your OCD enough to get back to school, and that's huge."},
	{"fr", "review_site", "Merci pour les étoiles! Contente que les séances t'aient aidée avec tes crises de panique après la rupture."},
	{"fr", "review_site", "Merci de votre avis. Les rencontres vous ont vraiment aidé après votre divorce, et ça me touche."},
	{"fr", "facebook_page", "T'accompagner pendant les mois après ta fausse couche a été un privilège."},
	{"fr", "review_site", "merci pour l avis! nos seances t ont fait du bien depuis ton accident, bravo a toi"},
	{"fr", "review_site", "Merci du message. Le suivi a calmé ton insomnie après le déménagement, et c'est grâce à toi."},
	{"fr", "facebook_page", "Vous soutenir durant l'année après votre chirurgie a été un honneur."},
	{"fr", "review_site", "Ravie de lire ça! Notre travail ensemble vous a permis de reprendre le travail après votre congé."},
	{"fr", "review_site", "Merci! La thérapie a apaisé tes cauchemars depuis l'accident, quelle belle nouvelle."},
	{"fr", "facebook_page", "Vous avoir accompagnée après votre deuil restera un moment marquant pour moi."},
	{"fr", "review_site", "merci pour les 5 etoiles, les consultations t ont aidee apres ta separation"},
	{"es", "review_site", "¡Gracias por las estrellas! Me alegra que las sesiones te ayudaron con tus ataques de pánico después de la ruptura."},
	{"es", "review_site", "Gracias por su reseña. Las consultas le sirvieron mucho después de su divorcio, eso es mérito suyo."},
	{"es", "facebook_page", "Acompañarte en los meses después de tu pérdida fue un honor."},
	{"es", "review_site", "gracias por la reseña!! la terapia te ayudo un monton desde tu accidente"},
	{"es", "review_site", "Gracias por el mensaje. El tratamiento calmó tu insomnio después de la mudanza."},
	{"es", "facebook_page", "Apoyarte durante el año después de tu cirugía ha sido un privilegio."},
	{"es", "review_site", "¡Qué lindo leer esto! Nuestras sesiones te dieron herramientas después de tu separación, y lo lograste vos."},
	{"es", "review_site", "Gracias, de verdad. Las citas le ayudaron después de la muerte de su padre, y usted hizo todo el trabajo."},
	{"es", "facebook_page", "Acompañarle tras su diagnóstico significó mucho para mí."},
	{"es", "review_site", "gracias por las 5 estrellas, las sesiones controlaron tus nervios antes del examen"},
}

// treatedQuiet are posts, written for this test, that speak of therapy
// to "you" in general: ads, invitations and questions that confirm no
// one is a client. TestRiskWarnsOnPostsToOrAboutAClient and
// TestRiskQuietOnPosterPublicFigureAndFiction read both tables.
var treatedQuiet = []refCase{
	{"en", "facebook_page", "Our sessions help you build skills for anxiety and panic. Book a free consult this week."},
	{"en", "facebook_page", "Helping you through grief and life transitions is what our practice is here for. Evening slots open."},
	{"en", "facebook_group", "Does therapy help your anxiety more than meds alone? Curious what the research says."},
	{"en", "facebook_page", "If therapy has helped you, consider sharing a review. It helps others find care."},
	{"fr", "facebook_page", "Nos séances vous aident à mieux gérer le stress. Prenez rendez-vous en ligne."},
	{"fr", "facebook_page", "Vous accompagner dans les transitions de vie, c'est notre mission. Places disponibles en soirée."},
	{"es", "facebook_page", "Nuestras sesiones te ayudan a manejar la ansiedad. Agenda tu primera cita gratis."},
	{"es", "facebook_page", "Acompañarte en los cambios de la vida es nuestra misión. Hay horarios por la tarde."},
}
