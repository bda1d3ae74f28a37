package analyzer

import "testing"

// typedNamesProse are client names in careful prose, the way a clinician
// writes a full, well-punctuated post, in shapes the earlier name tables
// (typed_names_test.go, typed_names_es_test.go) leave out: a surname alone
// after a title; a full name with a particle or two surnames; a name that
// is also a common word opening a sentence or after a comma; a name as
// the object of a verb or in a possessive; a name in apposition or in
// brackets; names of origins the lists may lack; nicknames and
// diminutives; a name in the greeting or sign-off of a reply. Each
// sentence was written for this test, blind to the corpora. A case marked
// open is logged, not failed.
var typedNamesProse = []nameRow{
	// A surname alone after a title.
	{"en", "Mrs. Nwachukwu arrived early and asked to speak with me alone.", "Nwachukwu", false},
	{"en", "I have been meeting with Mr. Szymanski since his wife passed.", "Szymanski", false},
	{"en", "Ms. Bergqvist has asked for a letter supporting her leave.", "Bergqvist", false},
	{"en", "Last week Miss Ferreira told me she no longer feels safe at home.", "Ferreira", false},
	{"en", "Mx. Takahashi prefers that I not contact their employer.", "Takahashi", false},
	{"en", "When Mr. Oyelaran came in on Monday, he could barely stand.", "Oyelaran", false},
	{"en", "I spoke with Mrs. Haddad about her son's threats.", "Haddad", false},
	{"en", "Mr. Lindqvist, who is recently retired, has stopped leaving the house.", "Lindqvist", false},
	// A full name with a particle or two parts.
	{"en", "My client, Pieter van der Berg, has asked me to testify.", "Pieter", false},
	{"en", "Jean-Baptiste Le Gall has been sober for eleven months.", "Jean-Baptiste", false},
	{"en", "I first met Siobhan O'Sullivan after her second hospitalization.", "Siobhan", false},
	{"en", "Kofi Mensah-Bonsu was referred to me by his probation officer.", "Kofi", false},
	{"en", "Fatoumata Diop has been caring for her father since the stroke.", "Fatoumata", false},
	{"en", "We are worried about Connor McAllister, who has not answered his phone in days.", "Connor", false},
	// A common-word name opening a sentence or after a comma.
	{"en", "Patience has been struggling to get out of bed since the layoff.", "Patience", false},
	{"en", "Grace, who is nineteen, moved back in with her mother in May.", "Grace", false},
	{"en", "Blessing told me she has not eaten a full meal in a week.", "Blessing", false},
	{"en", "Justice, my client, was expelled after the fight.", "Justice", false},
	{"en", "River has started skipping school again.", "River", false},
	{"en", "After our last session, Storm sent me a long message at midnight.", "Storm", false},
	{"en", "Honor was discharged from the unit on Friday.", "Honor", false},
	{"en", "Charity, whose husband left in the spring, is raising four children.", "Charity", false},
	{"en", "Unfortunately, Miracle has relapsed twice since the holidays.", "Miracle", false},
	{"en", "Brooke and her mother no longer speak.", "Brooke", false},
	// A name as the object of a verb or in a possessive.
	{"en", "I met with Tomasz yesterday and he seemed more hopeful.", "Tomasz", false},
	{"en", "Priya's mother called the office twice this morning.", "Priya", false},
	{"en", "I have been seeing Wojciech for about a year.", "Wojciech", false},
	{"en", "Last month I referred Oksana to a psychiatrist.", "Oksana", false},
	{"en", "I am concerned about Bogdan, who drinks every night.", "Bogdan", false},
	{"en", "Tendai's father was deported in the spring.", "Tendai", false},
	{"en", "Her teacher described Makena as withdrawn and tearful.", "Makena", false},
	{"en", "We finally convinced Harpreet to tell her family.", "Harpreet", false},
	{"en", "Dhruv's parents want him to quit the program.", "Dhruv", false},
	{"en", "Yesterday I visited Nomvula at the shelter.", "Nomvula", false},
	{"en", "I asked Abebe whether he wanted his brother in the room.", "Abebe", false},
	{"en", "Lakshmi's husband insists on attending every session.", "Lakshmi", false},
	// Apposition and brackets.
	{"en", "My client (Desmond) has been unable to work since the accident.", "Desmond", false},
	{"en", "Her partner, Bongani, has been controlling their finances.", "Bongani", false},
	{"en", "A young woman I work with, Wanjiru, was assaulted on campus.", "Wanjiru", false},
	{"en", "The eldest child (Chiamaka) is the one who called the police.", "Chiamaka", false},
	{"en", "One of my clients, Radoslav, has been sleeping in his truck.", "Radoslav", false},
	{"en", "His daughter, Folasade, found the note on the kitchen table.", "Folasade", false},
	// Names of many origins, as the subject of a careful sentence.
	{"en", "Xiaoling has been refusing food since her grandmother died.", "Xiaoling", false},
	{"en", "Venkatesh was recently diagnosed and is frightened.", "Venkatesh", false},
	{"en", "Gurdeep has been working double shifts to support his family.", "Gurdeep", false},
	{"en", "Zineb feels that her in-laws are watching her constantly.", "Zineb", false},
	{"en", "Abdelkader lost his brother in the war and cannot sleep.", "Abdelkader", false},
	{"en", "Phuong asked me not to tell anyone about the pregnancy.", "Phuong", false},
	{"en", "Haruto has become very anxious about returning to school.", "Haruto", false},
	{"en", "Mirela was placed with her aunt after the last incident.", "Mirela", false},
	{"en", "Aiyana is the only one of her siblings still living at home.", "Aiyana", false},
	{"en", "Kateri described the night of the crash in great detail.", "Kateri", false},
	// Nicknames and diminutives.
	{"en", "Manny has been showing up to group high.", "Manny", false},
	{"en", "Lulu, as her family calls her, stopped speaking after the move.", "Lulu", false},
	{"en", "Everyone calls him Bubba, and he hates it.", "Bubba", false},
	{"en", "Kiki finally agreed to see a psychiatrist.", "Kiki", false},
	{"en", "I worry most about Tito, who is only twelve.", "Tito", false},
	// Greetings and sign-offs of a reply.
	{"en", "Dear Mr. Okafor, I appreciate you writing such a generous note.", "Okafor", false},
	{"en", "Hello again, Tomasz. It means a great deal to read this.", "Tomasz", false},
	{"en", "Thank you, Wanjiru. I am so glad you found your voice.", "Wanjiru", false},
	{"en", "Good morning Ms. Abernathy, I appreciate your feedback.", "Abernathy", false},
	{"en", "Walking beside you this year was an honour, Nomvula.", "Nomvula", false},
	{"en", "Wishing you every success in the new job, Gurdeep!", "Gurdeep", false},
	{"en", "Take good care of yourself, Lulu.", "Lulu", false},

	// French.
	{"fr", "M. Tremblay est arrivé en retard et très agité.", "Tremblay", false},
	{"fr", "Monsieur Ouellette m'a demandé une lettre pour son employeur.", "Ouellette", false},
	{"fr", "Mlle Kaboré ne veut pas que sa famille soit au courant.", "Kaboré", false},
	{"fr", "Depuis le décès de sa femme, M. Nsengiyumva ne sort plus.", "Nsengiyumva", false},
	{"fr", "J'ai revu Mme Haddad lundi, elle semblait épuisée.", "Haddad", false},
	{"fr", "Jean-Baptiste Le Gall a repris le travail la semaine dernière.", "Jean-Baptiste", false},
	{"fr", "Ma cliente, Marie-Claude Des Rosiers, refuse l'hospitalisation.", "Marie-Claude", false},
	{"fr", "Yannick St-Pierre a été arrêté samedi soir.", "Yannick", false},
	{"fr", "Espérance a perdu ses deux frères pendant la guerre.", "Espérance", false},
	{"fr", "Clémence, qui a dix-sept ans, a quitté le domicile familial.", "Clémence", false},
	{"fr", "Constance ne mange presque plus depuis la rentrée.", "Constance", false},
	{"fr", "Désiré m'a confié qu'il entendait des voix la nuit.", "Désiré", false},
	{"fr", "J'ai rencontré Awa hier pour la première fois.", "Awa", false},
	{"fr", "La mère de Tomasz m'a téléphoné ce matin.", "Tomasz", false},
	{"fr", "Je m'inquiète pour Mamadou, qui dort dans sa voiture.", "Mamadou", false},
	{"fr", "Le père d'Inaya refuse de venir aux rencontres.", "Inaya", false},
	{"fr", "J'accompagne Oumou depuis son arrivée au Québec.", "Oumou", false},
	{"fr", "Ma cliente (Binta) a été agressée en sortant du travail.", "Binta", false},
	{"fr", "Son conjoint, Mounir, contrôle tout son argent.", "Mounir", false},
	{"fr", "Une de mes clientes, Houda, vient d'apprendre qu'elle est enceinte.", "Houda", false},
	{"fr", "Sa fille aînée, Ndeye, a appelé les secours.", "Ndeye", false},
	{"fr", "Loulou, comme l'appelle sa grand-mère, ne parle plus à l'école.", "Loulou", false},
	{"fr", "Jojo a encore fugué du foyer cette nuit.", "Jojo", false},
	{"fr", "Thuy a peur de retourner chez ses parents.", "Thuy", false},
	{"fr", "Abdoulaye a perdu son emploi à l'usine en mars.", "Abdoulaye", false},
	{"fr", "Bogdan boit tous les soirs depuis la séparation.", "Bogdan", false},
	{"fr", "Bonjour Mme Kaboré, merci pour votre témoignage.", "Kaboré", false},
	{"fr", "Merci beaucoup, Awa, pour ces mots touchants.", "Awa", false},
	{"fr", "Chère Oumou, ce fut un privilège de vous accompagner.", "Oumou", false},
	{"fr", "Prenez bien soin de vous, Clémence.", "Clémence", false},
	{"fr", "Cher Monsieur Ouellette, votre message m'a beaucoup touchée.", "Ouellette", false},
	{"fr", "Au plaisir de vous revoir, Désiré.", "Désiré", true}, // read as the poster's own sign-off

	// Spanish.
	{"es", "La señora Quispe llegó muy angustiada a la consulta.", "Quispe", false},
	{"es", "El señor Huamán no ha vuelto desde la última cita.", "Huamán", false},
	{"es", "La Sra. Mamani me pidió que no hablara con su esposo.", "Mamani", false},
	{"es", "Desde que enviudó, el señor Condori casi no sale de su casa.", "Condori", false},
	{"es", "Hablé con la señora Ticona sobre la custodia de su nieta.", "Ticona", false},
	{"es", "Ana de la Cruz Huamán tiene tres hijos y trabaja de noche.", "Ana", false},
	{"es", "Mi paciente, Luis Alberto Condori Mamani, perdió a su hermano.", "Luis Alberto", false},
	{"es", "Rosa Elena Villca vive sola desde que su hija emigró.", "Rosa Elena", false},
	{"es", "Esperanza me contó que su pareja la sigue amenazando.", "Esperanza", false},
	{"es", "Milagros, que tiene diecisiete años, dejó el colegio.", "Milagros", false},
	{"es", "Luz ha faltado a las tres últimas sesiones.", "Luz", false},
	{"es", "Socorro cuida sola a su madre enferma.", "Socorro", false},
	{"es", "Estrella, la menor de cuatro hermanos, se autolesiona.", "Estrella", false},
	{"es", "Cielo llegó a la cita con moretones en los brazos.", "Cielo", false},
	{"es", "Trinidad perdió a su esposo en el derrumbe de la mina.", "Trinidad", false},
	{"es", "Ayer hablé con Tomasz y lo noté más tranquilo.", "Tomasz", false},
	{"es", "La mamá de Nayeli me llamó dos veces esta semana.", "Nayeli", false},
	{"es", "Conocí a Yamileth cuando tenía catorce años.", "Yamileth", false},
	{"es", "Me preocupa mucho Wilmer, que ya no quiere salir de su cuarto.", "Wilmer", false},
	{"es", "El hermano de Citlali la encontró inconsciente.", "Citlali", false},
	{"es", "Acompaño a Yupanqui desde que llegó a la ciudad.", "Yupanqui", false},
	{"es", "La pareja de Jhoselyn la controla todo el tiempo.", "Jhoselyn", false},
	{"es", "Mi paciente (Yarelis) no quiere denunciar al agresor.", "Yarelis", false},
	{"es", "Su esposo, Eleuterio, no sabe que ella viene a terapia.", "Eleuterio", false},
	{"es", "Una de mis pacientes, Killa, acaba de perder su trabajo.", "Killa", false},
	{"es", "Su hija mayor, Anahí, dejó de comer después del divorcio.", "Anahí", false},
	{"es", "Manolito llora cada vez que su papá lo deja en la escuela.", "Manolito", false},
	{"es", "Rosita, como le dicen en su casa, ya no quiere ir al colegio.", "Rosita", false},
	{"es", "Chela dejó de tomar sus medicamentos hace un mes.", "Chela", false},
	{"es", "Nati me escribió anoche muy asustada.", "Nati", false},
	{"es", "Wilfredo perdió la pierna en el accidente de la fábrica.", "Wilfredo", false},
	{"es", "Oksana llegó de Ucrania con sus dos hijos hace un año.", "Oksana", false},
	{"es", "Tonatiuh se niega a hablar de lo que pasó con su tío.", "Tonatiuh", false},
	{"es", "Estimada señora Quispe: gracias por sus amables palabras.", "Quispe", false},
	{"es", "Querido Tomás: fue un gusto acompañarte en este proceso.", "Tomás", false},
	{"es", "Muchas gracias, Nayeli, por tomarte el tiempo de escribir.", "Nayeli", false},
	{"es", "Hola, Yamileth: me alegra mucho leer cómo estás.", "Yamileth", false},
	{"es", "Un abrazo grande, Citlali, y mucha fuerza.", "Citlali", false},
	{"es", "Te deseo lo mejor en esta nueva etapa, Wilmer.", "Wilmer", false},
	{"es", "Apreciable Sr. Huamán, agradezco su reseña.", "Huamán", false},

	// A second blind pass, in the same careful prose: a name after "de"
	// or "à" followed by who the person is or what happened to them; a
	// stand-in name in quotation marks or marked as such; a reply that
	// opens on a name that is also a word; "la familia de".
	{"en", "This post is about Mercy, a young mother who just lost her job.", "Mercy", false},
	{"en", "I keep thinking of Patience, who lost her son in the spring.", "Patience", false},
	{"en", "A teen I will refer to as \"Ember\" has stopped eating.", "Ember", false},
	{"fr", "Il s'agit de Thomas, un garçon de 15 ans qui se scarifie.", "Thomas", false},
	{"fr", "Je pense à Rose, qui a perdu son mari l'an dernier.", "Rose", false},
	{"fr", "Une dame, que j'appellerai « Prudence », vit seule depuis l'hiver.", "Prudence", false},
	{"es", "Se trata de Tomás, un chico de 16 años que se autolesiona.", "Tomás", false},
	{"es", "Hace unos meses comencé a acompañar a Rocío, una joven de 19 años.", "Rocío", false},
	{"es", "Pienso mucho en Milagros, que perdió a su esposo en la pandemia.", "Milagros", false},
	{"es", "Mi consultante, a quien llamaré «Lucía», perdió a su bebé en agosto.", "Lucía", false},
	{"es", "Atiendo a una mujer, «Marta», que vive con su suegra.", "Marta", false},
	{"es", "Rodrigo (nombre ficticio) tiene 12 años y no quiere ir a la escuela.", "Rodrigo", false},
	{"es", "Carmen, muchas gracias por tomarte el tiempo de escribir.", "Carmen", false},
	{"es", "Acompañé a la familia de Ignacio durante todo el duelo.", "Ignacio", false},
	{"es", "«Volví a dormir tranquila.» — Amparo, 52 años", "Amparo", true}, // a closing dash reads as the poster's own signature
	{"es", "Un saludo, Renata.", "Renata", true},                            // the client's name or the poster's own: no telling
}

// typedNamesProseClean are careful sentences of the same shapes that name
// no client: a public figure with a cue, a theorist or a method named
// after a person, a place or a brand that is a name, and the poster's own
// sign-off.
var typedNamesProseClean = []cleanNameRow{
	{"en", "Has anyone tried Linehan's chain analysis with teenagers?", false},
	{"en", "The Gottman Institute offers a good workshop on repair.", false},
	{"en", "I found Kübler-Ross's stages too rigid for my grief group.", false},
	{"en", "Maslow's hierarchy is a helpful frame for new students.", false},
	{"en", "Satir's communication stances still shape how I teach.", false},
	{"en", "Erikson's stages come up a lot with my adolescent clients.", false},
	{"en", "The Beck Depression Inventory is free for my clinic to use.", false},
	{"en", "I am reading Brené Brown's latest book on shame.", false},
	{"en", "Former President Obama spoke about his mother's illness.", false},
	{"en", "Our group met at the Wendy's on the corner after the walk.", false},
	{"en", "I am presenting at a conference in Jackson Hole next spring.", false},
	{"en", "We stopped at Tim Hortons on the way to the retreat.", false},
	{"en", "St. Mary's Hospital has a long waiting list for its eating disorder program.", false},
	{"en", "Thank you all for your thoughtful suggestions.", false},
	{"en", "Warm regards to everyone in this group.", false},
	{"en", "Happy Thanksgiving to all of you and your families.", false},
	{"en", "Patience is the hardest skill to teach new clinicians.", false},
	{"en", "Justice reform is a topic I care about deeply.", false},
	{"en", "Grace under pressure is what this job demands.", false},
	{"fr", "Quelqu'un utilise la thérapie d'acceptation de Hayes avec les ados?", false},
	{"fr", "Le modèle de Prochaska m'aide à parler de motivation.", false},
	{"fr", "Je cherche une pharmacie Jean Coutu ouverte le dimanche.", false},
	{"fr", "Le colloque aura lieu à Saint-Hyacinthe en avril.", false},
	{"fr", "Merci à toutes et à tous pour vos suggestions.", false},
	{"fr", "La patience est essentielle dans ce métier.", false},
	{"fr", "Constance et rigueur sont les clés de la pratique.", false},
	{"es", "¿Alguien ha usado la escala de Hamilton en consulta privada?", false},
	{"es", "Recomiendo mucho los talleres sobre la teoría de Bowen.", false},
	{"es", "El congreso será en Ciudad Juárez el próximo mes.", false},
	{"es", "Nos vimos en el Sanborns de la esquina después del taller.", false},
	{"es", "La esperanza es lo último que se pierde en este trabajo.", false},
	{"es", "Muchas gracias a todas por sus comentarios.", false},
	{"es", "La paciencia y la constancia son claves en la terapia.", false},
	{"es", "Según Erikson, la adolescencia es una etapa de identidad.", false},
	{"es", "El modelo de Beck funciona bien con adolescentes.", false},
	{"es", "El programa «Victoria» ya no recibe pacientes nuevos.", false},
	{"fr", "Le programme « Victoire » n'accepte plus personne.", false},
	{"en", "Her favourite song is \"Roxanne\" and she sings it all day.", true}, // name-first takes a listed name in a song title
}

func TestTypedNamesProse(t *testing.T) {
	checkNameRows(t, typedNamesProse, ofCategory("name"))
}

func TestTypedNamesProseClean(t *testing.T) {
	checkCleanNameRows(t, typedNamesProseClean)
}
