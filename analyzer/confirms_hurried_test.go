package analyzer

// hurriedThanksWarn are replies to a review, written for this test, typed
// the way people type on a phone: "4" for "for", "ty"/"tysm", "mrc pr",
// "grax x", a thanks for the reviewer's kind words or note before the
// words that confirm the therapy. Each confirms that the reader was a
// client and must warn (TestRiskWarnsOnPostsToOrAboutAClient).
var hurriedThanksWarn = []refCase{
	{"en", "review_site", "ty so much 4 the kind words!! and 4 trusting us after ur surgery, hope the knee is holding up"},
	{"en", "review_site", "tysm for the sweet note, and thx 4 trusting me w all of it this year"},
	{"en", "review_site", "thank u 4 the lovely words abt our clinic and 4 trusting us when things got hard at home"},
	{"en", "review_site", "Many thanks for your kind words, and for trusting us during the move."},
	{"en", "facebook_page", "ty 4 the warm words!! 4 letting us walk w u through the last year, we r grateful"},
	{"en", "review_site", "thx for the nice message and 4 trusting me after the layoff, u did the hard part"},
	{"fr", "review_site", "mrc pr ton avis! merci de m'avoir fait confiance après ton accident"},
	{"fr", "review_site", "merci bcp pr votre mot, nos rencontres du jeudi vont me manquer"},
	{"fr", "review_site", "mci pour ton message, tes séances m'ont appris autant qu'à toi"},
	{"es", "review_site", "grax x tu reseña!! gracias x confiar en mí después de la mudanza"},
	{"es", "review_site", "gracias mil x tus palabras, voy a extrañar nuestras sesiones de los lunes"},
	{"es", "review_site", "grax por tu mensaje, tu proceso este año fue admirable"},
}

// hurriedThanksQuiet are thanks, written for this test, that speak to a
// group or to customers at large, or thank a colleague for a tip: no one
// is confirmed a client (TestRiskQuietOnPosterPublicFigureAndFiction).
var hurriedThanksQuiet = []refCase{
	{"en", "facebook_group", "ty 4 the kind words everyone!! this group has been a lifesaver for my practice"},
	{"en", "facebook_page", "thx 4 the kind words all of u, happy holidays from our clinic and see u in the new year"},
	{"en", "facebook_group", "tysm for the note abt the CE deadline, totally forgot it was this month"},
	{"fr", "facebook_group", "mrc pr vos messages tout le monde, je vais essayer l'outil la semaine prochaine"},
	{"es", "facebook_group", "grax x sus mensajes colegas, ya encontré el taller que buscaba"},
}

// lastSessionWarn are farewells, written for this test, to someone seen
// for a last time, named by no word for a client ("a wonderful human",
// "this brave soul") or by "our last session together": each confirms a
// client relationship (TestRiskWarnsOnPostsToOrAboutAClient).
var lastSessionWarn = []refCase{
	{"en", "facebook_page", "Last session with a wonderful human today. Three years of Tuesdays, go live your life!"},
	{"en", "facebook_page", "final appt w this brave soul yesterday after two yrs of friday mornings 💛"},
	{"en", "facebook_group", "Our last session together was today, four years of Monday evenings."},
}

// lastSessionQuiet are lasts and firsts, written for this test, with no
// client in them (TestRiskQuietOnPosterPublicFigureAndFiction).
var lastSessionQuiet = []refCase{
	{"en", "facebook_group", "First day with a new supervisor today, wish me luck."},
	{"en", "facebook_group", "Last day with my own therapist before she retires, feeling all the feels."},
}
