package analyzer

import "testing"

// typedNames are names the way clinicians write them in posts (issue 14):
// names that are also ordinary words (Hope, Will, Pierre, Soledad) after a
// person cue or opening a sentence about what someone did; names of
// African, South Asian, East Asian, Arabic, Indigenous and Latin American
// origin; surnames alone, with a title or as a family ("the Patels");
// full, hyphenated and compound names; initials; greetings, sign-offs and
// review replies; lower-case names in messy posts; handles. Each sentence
// was written for this test, as a kind of name, without reading the
// corpora: the post must give a finding of the category (a handle may be
// a contact) that overlaps the wanted text. A case marked open is a
// structure the analyzer does not cover yet: the test logs it instead of
// failing, so the table says what is left.
var typedNames = []nameRow{
	// Names that are ordinary words, after a person cue.
	{"en", "my client Hope has been sober for ninety days now", "Hope", false},
	{"en", "Her son Will is nine and keeps getting sent home from school", "Will", false},
	{"en", "My patient Rose keeps asking whether she can stop her meds", "Rose", false},
	{"en", "her daughter Dawn moved back in with her after the breakup", "Dawn", false},
	{"en", "Mercedes, my client, is 34 and works nights at a care home", "Mercedes", false},
	{"en", "Bill, 67, lost his wife in the spring and stopped eating", "Bill", false},
	{"en", "Hunter (16) got caught vaping and was suspended", "Hunter", false},
	{"en", "I've been seeing Destiny since she was fifteen", "Destiny", false},
	{"en", "Autumn's dad showed up drunk at pickup again", "Autumn", false},
	{"en", "Joy's mom called me twice this week about the custody order", "Joy", false},
	{"en", "Her husband Chase found the empty pill bottles", "Chase", false},
	// ... alone, opening a sentence about what someone did or felt.
	{"en", "June told me she is done with her ex for good.", "June", false},
	{"en", "We talked for an hour. Sky cried through most of it.", "Sky", false},
	{"en", "Faith was my client for two years and just got engaged", "Faith", false},
	{"en", "Grace admitted she had been hiding the bottles in her car.", "Grace", false},
	{"en", "Summer missed her session again and I'm worried", "Summer", false},
	{"en", "Ivy and her brother are in foster care now", "Ivy", false},
	{"en", "Chance relapsed after his cousin's funeral.", "Chance", false},
	// Names of many origins.
	{"en", "My client Oluwaseun is 29 and a new dad", "Oluwaseun", false},
	{"en", "Chidi's mother keeps calling to ask about his appointments", "Chidi", false},
	{"en", "Thandiwe has been coming to my group since January", "Thandiwe", false},
	{"en", "Seeing Priyanka tomorrow for our last session", "Priyanka", false},
	{"en", "Arjun, 15, was referred by his school counsellor", "Arjun", false},
	{"en", "my client Mei-Ling stopped eating after the move", "Mei-Ling", false},
	{"en", "Seo-yeon's parents don't know she is in therapy", "Seo-yeon", false},
	{"en", "Fatima told me her husband took her passport", "Fatima", false},
	{"en", "My patient Youssef has not slept since the raid", "Youssef", false},
	{"en", "Itzel, 17, lives with her grandmother and two cousins", "Itzel", false},
	{"en", "Xóchitl has missed three weeks of school", "Xóchitl", false},
	{"en", "Kwame's teacher says he falls asleep in class every day", "Kwame", false},
	{"en", "My client Nizhoni just had her first baby", "Nizhoni", false},
	{"en", "Kenji was hospitalized after the overdose on Friday", "Kenji", false},
	{"en", "Hyun-woo, my client, wants to drop out of college", "Hyun-woo", false},
	{"en", "Sanjay told me his dad still hits him", "Sanjay", false},
	{"en", "my patient Babajide lost his job at the plant", "Babajide", false},
	{"en", "Ngozi, 44, is raising her three grandkids alone", "Ngozi", false},
	{"en", "Ayesha's brother found her after the attempt", "Ayesha", false},
	{"en", "Guadalupe (my client) is a single mom of three", "Guadalupe", false},
	{"en", "Takoda's aunt is the only one who visits him", "Takoda", false},
	{"en", "I started seeing Anh after her mother died", "Anh", false},
	{"en", "My client Dakota came out to his parents last month", "Dakota", false},
	{"en", "Working with Siosaia and his wife on their fights about money", "Siosaia", false},
	// Surnames, with a title or alone.
	{"en", "Mrs. Okonkwo called to cancel again", "Okonkwo", false},
	{"en", "the Patels are fighting over custody of the twins", "Patels", false},
	{"en", "Dr. Ruiz's patient was discharged to my care on Monday", "Ruiz", false},
	{"en", "Mr Abernathy is 82 and lives alone on the farm", "Abernathy", false},
	{"en", "the Nguyens lost their house in the fire", "Nguyens", false},
	{"en", "Officer Delgado's son is on my caseload", "Delgado", false},
	{"en", "my client mr hernandez keeps missing his appointments", "hernandez", false},
	{"en", "Ms. Adeyemi, 51, was referred after her stroke", "Adeyemi", false},
	{"en", "Yazzie told me he has been sober since spring", "Yazzie", false},
	{"en", "Kowalski said he would come back next week", "Kowalski", false},
	{"en", "The Okafor family wants a letter from me for court", "Okafor", false},
	// Full names.
	{"en", "My client Darnell Washington is 19 and on probation", "Darnell Washington", false},
	{"en", "Priya Raman was my client for three years", "Priya Raman", false},
	{"en", "Referral for Jamal Okafor, 23, struggling after his discharge", "Jamal Okafor", false},
	{"en", "I'm worried about Sofia Castellanos since her mom died", "Sofia Castellanos", false},
	{"en", "keisha brown told me she is moving out of state", "keisha", true},
	{"en", "we lost tyler mcallister last week and the group is gutted", "tyler", false},
	{"en", "Sending love to Amara Chukwu and her family tonight", "Amara Chukwu", false},
	// Hyphenated and compound.
	{"en", "Jean-Baptiste's wife called me in tears", "Jean-Baptiste", false},
	{"en", "My client Mary-Kate is 28 and in recovery", "Mary-Kate", false},
	{"en", "Anne-Marie told me about the affair on Tuesday", "Anne-Marie", false},
	{"en", "her son Juan Pablo won't get out of bed", "Juan Pablo", false},
	// Initials.
	{"en", "My client J.D. has been clean for six months", "J.D.", false},
	{"en", "R. told me her stepdad is back in the house", "R.", false},
	{"en", "my client T has been struggling since the funeral", "T", false},
	{"en", "Client A.M., 34, referred for grief work", "A.M.", false},
	{"en", "Seeing M. on Thursday, she is scared about court", "M.", false},
	{"en", "pt jd relapsed again over the weekend", "jd", true},
	{"en", "her boyfriend (K.) keeps showing up at her work", "K.", true},
	// Greetings, sign-offs and review replies.
	{"en", "Thanks Marcus! Honoured to have shared this stretch with you.", "Marcus", false},
	{"en", "Such kind words, Marisol! So glad you feel stronger.", "Marisol", false},
	{"en", "Thanks so much Anthony, wishing you all the best", "Anthony", false},
	{"en", "Dear Mrs. Alvarez, thank you for your review.", "Alvarez", false},
	{"en", "Hi Keanu, appreciate the five stars so much!", "Keanu", false},
	{"en", "Dear Trinity, I remember the day you first walked in.", "Trinity", false},
	{"en", "To Brandon: you did the work, I just held the space.", "Brandon", false},
	{"en", "Congrats Tanisha on the new apartment!!", "Tanisha", false},
	{"en", "Happy birthday Deshawn, so proud of you", "Deshawn", false},
	{"en", "Precious, thanks a million for your honesty.", "Precious", false},
	{"en", "Much love to you, Imani. Keep going.", "Imani", false},
	{"en", "Dear Hope, your words made my whole week.", "Hope", false},
	// Lower case, the way people type.
	{"en", "my client jessica is 22 n pregnant again", "jessica", false},
	{"en", "her son tyler got suspended again smh", "tyler", false},
	{"en", "talked to marcus today, hes doing better", "marcus", false},
	{"en", "cl's bf darius showed up to session uninvited", "darius", false},
	{"en", "thx keisha!! means so much", "keisha", false},
	{"en", "hi brianna, so glad ur doing better", "brianna", false},
	{"en", "ty so much jaylen for the card, made my day", "jaylen", false},
	{"en", "my pt gabriela wont take her meds", "gabriela", false},
	{"en", "her daughter aaliyah (7) has nightmares every night", "aaliyah", false},
	{"en", "my cl mohammed got picked up by ice last wk", "mohammed", false},
	{"en", "my client destiny has 3 kids under 5", "destiny", false},
	{"en", "hope is 15 and cutting again, parents have no clue", "hope", false},
	{"en", "so my client priyanka finally told her parents", "priyanka", false},
	{"en", "her bf oluwaseun wants to come to couples", "oluwaseun", false},
	{"en", "mrs okonkwo called again abt her son", "okonkwo", true},
	{"en", "mrs okonkwo called again abt her son, shes so worried", "okonkwo", false},
	{"en", "seeing xochitl tmrw, shes been cutting again", "xochitl", false},
	// A name written into a field.
	{"en", "Quick consult.\nClient: Sky, referred after a panic attack at work.", "Sky", false},
	{"es", "Nombre: Tomás. Edad: 12 años. Motivo: no quiere ir a la escuela.", "Tomás", false},
	{"fr", "Nom : Ambre. Motif : crises d'angoisse depuis l'automne.", "Ambre", false},
	// Handles.
	{"en", "she posted it from @sam_ruiz22 so the whole school saw", "@sam_ruiz22", false},
	{"en", "her insta is @lilmaya.art and she wants me to follow", "@lilmaya.art", false},
	{"en", "he tagged me from @jaden_k04 in a story last night", "@jaden_k04", false},

	// French.
	{"fr", "Pierre m'a dit qu'il avait recommencé à boire.", "Pierre", false},
	{"fr", "mon client pierre a perdu son emploi la semaine passée", "pierre", false},
	{"fr", "Merci Rose pour ton beau message!", "Rose", false},
	{"fr", "Ma cliente Océane a 19 ans et vit seule", "Océane", false},
	{"fr", "Mme Tremblay est venue avec sa fille hier", "Tremblay", false},
	{"fr", "Les Gagnon se séparent après vingt ans de mariage", "Gagnon", false},
	{"fr", "Jean-Baptiste, 16 ans, a été expulsé de l'école", "Jean-Baptiste", false},
	{"fr", "Ma patiente Marie-Ève ne dort plus depuis le décès", "Marie-Ève", false},
	{"fr", "Chère Fatou, merci pour ces deux années ensemble", "Fatou", false},
	{"fr", "mon client mamadou a 24 ans et vient d'arriver", "mamadou", false},
	{"fr", "Karim m'a confié qu'il se sentait suivi", "Karim", false},
	{"fr", "Bonjour Aïcha, merci pour ton avis", "Aïcha", false},
	{"fr", "sa fille Inès (8 ans) fait des cauchemars", "Inès", false},
	{"fr", "Mon patient Youssef Benali a 33 ans", "Youssef", false},
	{"fr", "M. Diallo a encore annulé son rendez-vous", "Diallo", false},
	{"fr", "Le fils de Nadia a été placé en famille d'accueil", "Nadia", false},
	{"fr", "Félicitations Yasmine pour ton diplôme!", "Yasmine", false},
	{"fr", "À Lucas : tu as fait un travail immense cette année", "Lucas", false},
	{"fr", "Céleste pleure à chaque séance depuis un mois", "Céleste", false},
	{"fr", "ma patiente ambre vient d'accoucher", "ambre", true},
	{"fr", "ma patiente ambre vient d'accoucher et elle est épuisée", "ambre", false},
	{"fr", "Mon client Olivier a 52 ans et boit tous les soirs", "Olivier", false},
	{"fr", "merci à kevin pour sa patience", "kevin", false},
	{"fr", "ma cliente C. a 40 ans et vit seule", "C.", false},
	{"fr", "Mon client Thi Lan ne parle presque pas", "Thi Lan", false},
	{"fr", "ma cliente nguyen a peur de rentrer chez elle", "nguyen", false},

	// Spanish.
	{"es", "Mi paciente Dolores tiene 60 años y vive sola", "Dolores", false},
	{"es", "Soledad me contó que su esposo la golpea", "Soledad", false},
	{"es", "mi paciente pilar no quiere tomar sus pastillas", "pilar", false},
	{"es", "Gracias Mercedes por tus palabras tan bonitas", "Mercedes", false},
	{"es", "María José, de 15 años, dejó la escuela", "María José", false},
	{"es", "Mi clienta Ana Lucía está embarazada otra vez", "Ana Lucía", false},
	{"es", "La Sra. Ramírez vino con su hija el lunes", "Ramírez", false},
	{"es", "Los Hernández perdieron la custodia de los niños", "Hernández", true}, // a place of that name takes it,
	{"es", "Los Quintero se separan después de veinte años", "Quintero", false},
	{"es", "Xóchitl me dijo que quiere dejar la prepa", "Xóchitl", false},
	{"es", "mi paciente itzel tiene 17 y vive con su abuela", "itzel", false},
	{"es", "Querida Guadalupe, gracias por confiar en mí", "Guadalupe", false},
	{"es", "¡Felicidades Rocío por tu graduación!", "Rocío", false},
	{"es", "Su hijo Santiago tiene 8 años y no habla en la escuela", "Santiago", false},
	{"es", "Consuelo llora en cada sesión desde que murió su madre", "Consuelo", false},
	{"es", "Mi paciente J.L. tiene 40 años", "J.L.", false},
	{"es", "el novio de Yesenia la amenazó otra vez", "Yesenia", false},
	{"es", "mi cliente luz tiene ataques de pánico", "luz", true},
	{"es", "Mi paciente Juan Carlos Méndez perdió su trabajo", "Juan Carlos", false},
	{"es", "Hola Alejandro, gracias por tu reseña", "Alejandro", false},
	{"es", "mi pte fernanda dejó de venir hace un mes", "fernanda", false},
	{"es", "Amparo, de 70 años, cuida a sus nietos sola", "Amparo", false},
	{"es", "Paloma se cortó otra vez el fin de semana", "Paloma", false},
	{"es", "mi cliente Wendy tiene tres hijos pequeños", "Wendy", false},
	{"es", "Mi paciente Oluwaseun llegó de Nigeria hace un año", "Oluwaseun", false},
	{"es", "El Sr. Quispe no quiere hablar de su hijo", "Quispe", false},
	// Given names that the Spanish and French dictionaries also hold as
	// words ("diego", "juan", "jules"): capitalized inside a sentence,
	// where these languages write common nouns, months and weekdays in
	// lower case, they are names.
	{"es", "Cuando Diego entró al consultorio, temblaba.", "Diego", false},
	{"es", "A Mariana le diagnosticaron depresión el año pasado.", "Mariana", false},
	{"es", "Ayer Mateo salió corriendo de la sesión.", "Mateo", false},
	{"es", "Hoy vi a Juan muy callado, casi no habló.", "Juan", false},
	{"es", "Con Valentina trabajamos el duelo desde marzo.", "Valentina", false},
	{"es", "Una consultante, a quien llamaré Lucía, perdió a su bebé.", "Lucía", true},
	{"es", "María del Carmen llora en cada sesión desde el verano.", "María del Carmen", false},
	{"es", "Estimada Yaretzi, gracias por tomarse el tiempo de escribir.", "Yaretzi", false},
	{"es", "Trabajo con una chica, Maite, de 19 años, que se autolesiona.", "Maite", false},
	{"es", "Su marido, Txema, la controla todo el tiempo.", "Txema", false},
	{"es", "Ayer Reyes me contó que su hermano se suicidó.", "Reyes", true},
	{"es", "Con M. llevamos seis meses de proceso.", "M.", true},
	{"fr", "Hier Karim m'a raconté la bagarre avec son frère.", "Karim", false},
	{"fr", "Hier, Jules est arrivé avec une heure de retard.", "Jules", false},
	{"fr", "Je m'inquiète beaucoup pour Maxime depuis la rupture.", "Maxime", false},
	{"fr", "Je remercie Marie-Soleil pour sa confiance.", "Marie-Soleil", true},
}

// typedNamesClean are sentences of the same shapes that name no client:
// the poster's own name signing off, public figures and therapy models
// named after people, places named like first names, months and weekdays,
// and the verbs and nouns that are also names.
var typedNamesClean = []cleanNameRow{
	{"en", "Has anyone read Gottman on repair attempts?", false},
	{"en", "Linehan's DBT skills manual is great for groups", false},
	{"en", "Bowlby's attachment theory still holds up for me", false},
	{"en", "I'm trained in the Gottman Method and EFT", false},
	{"en", "I reread Yalom every summer", false},
	{"en", "Freud would have a field day with this one lol", false},
	{"en", "Carl Rogers said it best: unconditional positive regard.", true},
	{"en", "Looking for a therapist in Regina who does EMDR", false},
	{"en", "Any trauma therapists in Victoria who take new clients?", false},
	{"en", "I'm moving my practice to Florence next spring", false},
	{"en", "I hope this helps someone.", false},
	{"en", "Will anyone be at the conference in June?", false},
	{"en", "May I ask how you handle no-shows?", false},
	{"en", "Group meets every Monday in March and April.", false},
	{"en", "Grace and patience go a long way in this work.", false},
	{"en", "Hope is the hardest thing to hold some weeks.", false},
	{"en", "We will see how it goes next week.", false},
	{"en", "Joy and grief can sit side by side.", false},
	{"en", "Happy Friday everyone!", false},
	{"en", "Summer is always slow for my practice.", false},
	{"en", "Thanks everyone for the referrals!", false},
	{"en", "thx all!! will update", false},
	{"en", "sky high caseloads lately, anyone else?", false},
	{"en", "bill the insurance first, then the client", false},
	{"en", "Faith-based counselling recommendations?", false},
	{"en", "the rose garden by my office is lovely this time of year", false},
	{"en", "Warmly,\nJess (LPC, she/her)", true},
	{"en", "Client: female, early 30s, referred by her doctor.", false},
	{"fr", "J'espère que ça vous aide.", false},
	{"fr", "Selon Bowlby, l'attachement se forme très tôt.", false},
	{"fr", "Merci à tous pour vos réponses!", false},
	{"fr", "Le groupe reprend en mars, le lundi soir.", false},
	{"fr", "L'exposition reste la pierre angulaire de la TCC.", false},
	{"es", "Gracias a todos por sus respuestas", false},
	{"es", "La soledad le pesa mucho desde que se jubiló", false},
	{"es", "Tengo la esperanza de que mejore pronto", false},
	{"es", "Según Linehan, la validación es clave.", false},
	{"es", "Nos vemos el lunes en el grupo", false},
	{"es", "Tiene dolores de cabeza todos los días", false},
	{"es", "Se mudó a Santiago con su tía hace un año.", false},
	{"es", "Gracias a Dios la cirugía salió bien.", false},
	{"es", "Vive en la colonia Juárez, cerca del mercado.", false},
	{"fr", "Il habite rue Saint-Louis depuis l'été.", false},
}

// nameRow is a sentence of a names table: want is the text a name
// finding must cover; open marks a case still missed, logged not failed.
type nameRow struct {
	lang, text, want string
	open             bool
}

// cleanNameRow is a sentence that must hold no name finding; open marks a
// false name still found, logged not failed.
type cleanNameRow struct {
	lang, text string
	open       bool
}

func TestTypedNames(t *testing.T) {
	checkNameRows(t, typedNames, ofCategory("name", "contact"))
}

func TestTypedNamesClean(t *testing.T) {
	checkCleanNameRows(t, typedNamesClean)
}

// checkNameRows checks each row of a names table for a finding over its
// want that match accepts.
func checkNameRows(t *testing.T, rows []nameRow, match func(Finding) bool) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	found, open := 0, 0
	for _, tt := range rows {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			ok, got := findingOver(t, a, tt.lang, tt.text, tt.want, match)
			if ok {
				found++
				if tt.open {
					t.Logf("open case now found: %q", tt.text)
				}
				return
			}
			if tt.open {
				open++
				t.Logf("open: Analyze(%q) = %v; no name finding over %q yet", tt.text, got, tt.want)
				return
			}
			t.Errorf("Analyze(%q) = %v; want a name finding over %q", tt.text, got, tt.want)
		})
	}
	t.Logf("%d of %d names found; %d open", found, len(rows), open)
}

// checkCleanNameRows checks that no row holds a name finding.
func checkCleanNameRows(t *testing.T, rows []cleanNameRow) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range rows {
		for _, f := range a.Analyze(Input{Text: tt.text, Lang: tt.lang}).Findings {
			if f.Category != "name" {
				continue
			}
			if tt.open {
				t.Logf("open: Analyze(%q) has name finding %q (%s)", tt.text, f.Text, f.Rule)
				continue
			}
			t.Errorf("Analyze(%q) has name finding %q (%s); want none", tt.text, f.Text, f.Rule)
		}
	}
}
