package analyzer

import "testing"

// typedIdents5 holds the identifiers issue 14 lists, written for this
// test from the annotation guide before reading any corpus miss, in en,
// fr and es: names that are also ordinary words or of origins the lists
// may hold rarely, a name after a title or in a vocative, a surname alone
// after Mr/Ms/Mme/Sr/Sra, initials, a name in a sign-off or a "To X:"
// opener; a job told with its workplace or by what the person does, the
// gendered titles of fr and es, roles (an apprentice, a charge nurse, a
// shift lead); an age said as a decade, a school year or a birthday just
// passed. category may list alternatives ("age|occupation": the guide
// counts a school year as an age, a pack may read it as a role). An open
// row is logged, not failed.
var typedIdents5 = []typedRow{
	// en names: words that are names, after a person cue or opening a line.
	{"en", "My client Hope called twice this week and sounded panicked.", "Hope", "name", false},
	{"en", "Will, my client, missed his third appointment in a row.", "Will", "name", false},
	{"en", "June told me her landlord keeps threatening to evict her.", "June", "name", false},
	{"en", "I saw Joy on Tuesday; she barely spoke.", "Joy", "name", false},
	{"en", "Bill sleeps in his car most nights since the divorce.", "Bill", "name", false},
	{"en", "Her son Sunny was suspended from school last week.", "Sunny", "name", false},
	{"en", "My client's wife, Precious, is due in March.", "Precious", "name", false},
	{"en", "Yesterday Rain admitted she had stopped her pills weeks ago.", "Rain", "name", true},
	// en names: a surname after a title, a vocative, a greeting.
	{"en", "Dear Ms. Achterberg, we appreciate your generous review of our office.", "Achterberg", "name", false},
	{"en", "Mr. Oduya wants a support letter for his landlord.", "Oduya", "name", false},
	{"en", "Ms Kowalczyk's neighbour called the police on her again.", "Kowalczyk", "name", false},
	{"en", "Sorry to hear that, Destiny, we hope the new dose keeps helping.", "Destiny", "name", false},
	{"en", "Hi Trinity, so glad the court date finally went your way!", "Trinity", "name", false},
	{"en", "Thank you, Mercy, for the lovely note about your sessions with us.", "Mercy", "name", false},
	{"en", "To Marisol: we got your message and someone will call you back.", "Marisol", "name", false},
	{"en", "To Kwabena - thanks for trusting us with something so hard.", "Kwabena", "name", false},
	// en names: rarer origins, as subject or object.
	{"en", "Oluwaseun has been missing school since the fall.", "Oluwaseun", "name", false},
	{"en", "I met with Thandeka on Friday and she finally opened up.", "Thandeka", "name", false},
	{"en", "Last session Anjali brought her journal and read from it.", "Anjali", "name", false},
	{"en", "Yusra's father refuses to let her apply to college.", "Yusra", "name", false},
	{"en", "My client Ximena wants to leave her husband but has no savings.", "Ximena", "name", false},
	{"en", "Tavita came in limping and would not say why.", "Tavita", "name", false},
	// en names: initials, a handle.
	{"en", "My client R. has started cutting again after a long break.", "R.", "name", false},
	{"en", "I have been seeing J.T. for about six months now.", "J.T.", "name", false},
	{"en", "She posts as @moonlitfern99 and half her school follows her.", "@moonlitfern99", "contact|name", false},
	// fr names.
	{"fr", "Mme Tremblay-Gagnon m'a appelée hier soir en pleurs.", "Tremblay-Gagnon", "name", false},
	{"fr", "M. Diallo ne veut plus prendre son traitement depuis l'été.", "Diallo", "name", false},
	{"fr", "Ma cliente Aurore a perdu son emploi le mois dernier.", "Aurore", "name", false},
	{"fr", "Merci beaucoup, Clémence, pour votre message si touchant.", "Clémence", "name", false},
	{"fr", "À Étienne : nous avons bien reçu votre avis et nous vous rappelons.", "Étienne", "name", false},
	{"fr", "Ma cliente, A.B., a été hospitalisée au début de juin.", "A.B.", "name", false},
	{"fr", "Rose m'a dit que son conjoint lit tous ses messages.", "Rose", "name", false},
	{"fr", "J'accompagne Océane depuis son retour en classe.", "Océane", "name", false},
	{"fr", "Mlle Nkemelu ne vient plus aux rencontres depuis un mois.", "Nkemelu", "name", false},
	{"fr", "Bonjour Yasmine, nous sommes ravis que vous alliez mieux.", "Yasmine", "name", false},
	// es names.
	{"es", "La Sra. Mamani llegó llorando a la consulta del lunes.", "Mamani", "name", false},
	{"es", "El Sr. Okafor dejó de venir en marzo sin avisar.", "Okafor", "name", false},
	{"es", "Mi paciente Luz perdió a su hermano en enero.", "Luz", "name", false},
	{"es", "Hola Dulce, nos alegra mucho que ya estés mejor.", "Dulce", "name", false},
	{"es", "Para Esteban: gracias por tomarse el tiempo de escribirnos.", "Esteban", "name", false},
	{"es", "Mi consultante M.J. volvió a consumir este sábado.", "M.J.", "name", false},
	{"es", "Paloma dice que su pareja le revisa el celular.", "Paloma", "name", false},
	{"es", "Atiendo a Nayeli desde que entró a la prepa.", "Nayeli", "name", false},
	{"es", "Querida Consuelo, gracias por confiar en nuestro equipo.", "Consuelo", "name", false},
	{"es", "Gracias, Amparo, por sus palabras tan generosas.", "Amparo", "name", false},

	// en jobs with a workplace, told by a verb, and roles.
	{"en", "My client works the deli counter at a supermarket downtown.", "deli counter", "occupation", false},
	{"en", "He drives for a delivery app most nights to pay rent.", "drives for a delivery app", "occupation", false},
	{"en", "She's a charge nurse on the cardiac floor.", "charge nurse", "occupation", false},
	{"en", "This client of mine is a shift lead at a coffee chain.", "shift lead", "occupation", false},
	{"en", "He's a second-year electrician apprentice with a union crew.", "apprentice", "occupation", false},
	{"en", "She stocks shelves overnight at a big box store.", "stocks shelves", "occupation", false},
	{"en", "Her husband owns and runs a food truck near the stadium.", "runs a food truck", "occupation", false},
	{"en", "He staffs the front desk of a hotel by the airport.", "front desk", "occupation", false},
	{"en", "She cuts hair at a salon near the mall.", "cuts hair", "occupation", false},
	{"en", "My client is an assistant manager at a fast food place.", "assistant manager", "occupation", false},
	{"en", "My client bartends on weekends at a sports bar.", "bartends", "occupation", false},
	{"en", "She does nails out of her apartment for extra cash.", "does nails", "occupation", false},
	{"en", "He waits tables at a steakhouse five nights a week.", "waits tables", "occupation", false},
	{"en", "She's the night auditor at a motel off the interstate.", "night auditor", "occupation", false},
	{"en", "He details cars at a dealership across town.", "details cars", "occupation", false},
	{"en", "This client of mine is a unit clerk at the hospital.", "unit clerk", "occupation", false},
	{"en", "Her father works as a crew foreman for a roofing company.", "crew foreman", "occupation", false},
	{"en", "He cleans offices at night for a janitorial company.", "cleans offices", "occupation", false},
	// fr jobs, gendered forms.
	{"fr", "Ma cliente est caissière dans un supermarché du quartier.", "caissière", "occupation", false},
	{"fr", "Mon client est apprenti boulanger depuis septembre.", "apprenti boulanger", "occupation", false},
	{"fr", "Elle travaille comme serveuse dans un casse-croûte.", "serveuse", "occupation", false},
	{"fr", "Mon client livre pour une appli de repas le soir.", "livre pour une appli", "occupation", false},
	{"fr", "Elle est chef d'équipe dans un entrepôt.", "chef d'équipe", "occupation", false},
	{"fr", "Il est préposé à l'entretien dans une école primaire.", "préposé à l'entretien", "occupation", false},
	{"fr", "Ma cliente est coiffeuse à domicile.", "coiffeuse", "occupation", false},
	{"fr", "Ma cliente est factrice depuis dix ans.", "factrice", "occupation", false},
	{"fr", "Son conjoint est infirmier-chef aux urgences.", "infirmier-chef", "occupation", false},
	// es jobs, gendered forms.
	{"es", "Mi paciente es cajera en un supermercado.", "cajera", "occupation", false},
	{"es", "Su esposo maneja un taxi por las noches.", "maneja un taxi", "occupation", false},
	{"es", "Mi consultante es jefa de turno en una fábrica.", "jefa de turno", "occupation", false},
	{"es", "Mi paciente es aprendiz de carpintero.", "aprendiz de carpintero", "occupation", false},
	{"es", "Mi paciente trabaja de mesera en una fonda.", "mesera", "occupation", false},
	{"es", "Mi consultante reparte para una aplicación de comida.", "reparte para una aplicación", "occupation", false},
	{"es", "Mi paciente es peluquera y atiende en su casa.", "peluquera", "occupation", false},
	{"es", "El padre de mi paciente es albañil.", "albañil", "occupation", false},
	{"es", "Mi paciente es enfermera jefa del turno de noche.", "enfermera jefa", "occupation", false},

	// en ages: decades, school years, a birthday just passed.
	{"en", "The woman I see is in her late 40s, newly divorced.", "late 40s", "age", false},
	{"en", "He's in his early twenties and lives with his parents.", "early twenties", "age", false},
	{"en", "She turned 50 last month and it hit her hard.", "turned 50", "age", false},
	{"en", "This client of mine is a high school junior who wants to drop out.", "junior", "age|occupation", false},
	{"en", "Her son is in fifth grade and refuses to go to school.", "fifth grade", "age", false},
	{"en", "He's a college freshman who moved out in September.", "freshman", "age|occupation", false},
	{"en", "My client is pushing 70 and still works full time.", "pushing 70", "age", false},
	{"en", "She's mid-thirties, a single mom of two.", "mid-thirties", "age", false},
	{"en", "My client just turned sixty and feels lost since retiring.", "sixty", "age", false},
	// fr ages.
	{"fr", "Ma cliente est dans la quarantaine et vit seule.", "quarantaine", "age", false},
	{"fr", "Mon client a la cinquantaine et a été licencié en mai.", "cinquantaine", "age", false},
	{"fr", "Ma cliente a eu 50 ans le mois dernier.", "50 ans", "age", false},
	{"fr", "Son fils est en troisième secondaire et ne va plus à l'école.", "troisième secondaire", "age", false},
	{"fr", "Mon client approche la soixantaine.", "soixantaine", "age", false},
	{"fr", "Ma cliente est au début de la trentaine.", "trentaine", "age", false},
	// es ages.
	{"es", "Mi paciente es un cuarentón recién divorciado.", "cuarentón", "age", false},
	{"es", "Mi consultante es una cincuentona que vive sola.", "cincuentona", "age", false},
	{"es", "Mi paciente cumplió 50 el mes pasado.", "50", "age", false},
	{"es", "Su hijo está en quinto de primaria y no quiere ir.", "quinto de primaria", "age", false},
	{"es", "Mi paciente tiene treinta y pico y dos hijos.", "treinta y pico", "age", false},
	{"es", "Mi consultante va en segundo de secundaria.", "segundo de secundaria", "age", false},
	// Second batch, written before any miss was read, in the register of a
	// hurried post: lower case, names in lists, nicknames told, handles.
	{"en", "my client hope called again, third time this wk", "hope", "name", false},
	{"en", "saw joy tues and she was a mess tbh", "joy", "name", true},
	{"en", "oluwaseun missed again and his mom isnt answering", "oluwaseun", "name", false},
	{"en", "Her kids Tariq, Amani and Zuri are staying with her sister.", "Amani", "name", false},
	{"en", "Destiny and her mom came in together last week.", "Destiny", "name", false},
	{"en", "He goes by Birdie with his friends and hates his real name.", "Birdie", "name", false},
	{"en", "Keanu P. from my Tuesday group relapsed over the holiday.", "Keanu", "name", false},
	{"en", "Honestly Raven, we loved our time with you and miss you already.", "Raven", "name", false},
	{"en", "her tiktok is @sadgirl.2009 and she posts about cutting", "@sadgirl.2009", "contact|name", false},
	{"en", "he games as xXcrowbarXx online and everyone in his grade knows", "xXcrowbarXx", "contact|name", false},
	{"en", "dear mx ferreira-lobo, thank u for the review", "ferreira-lobo", "name", false},
	{"fr", "ma cliente aurore a encore annulé ce matin", "aurore", "name", false},
	{"fr", "Ses enfants, Inès, Wassim et Lina, vivent chez leur grand-mère.", "Wassim", "name", false},
	{"fr", "On l'appelle Titou à la maison, il déteste son vrai prénom.", "Titou", "name", false},
	{"es", "la seño Rocío ya no quiere venir a las sesiones", "Rocío", "name", false},
	{"es", "doña Cande me llamó llorando otra vez", "Cande", "name", false},
	{"es", "Sus hijos, Itzel, Mateo y Yaretzi, viven con la abuela.", "Yaretzi", "name", false},
	{"en", "he drives a forklift at the warehouse on nights", "drives a forklift", "occupation", false},
	{"en", "she picks orders at a fulfillment center, 10 hr shifts", "picks orders", "occupation", false},
	{"en", "he works the till at a gas station", "works the till", "occupation", false},
	{"en", "she's a sales associate at a store in the mall", "sales associate", "occupation", false},
	{"en", "he's the super of an apartment building downtown", "super", "occupation", false},
	{"en", "she cleans houses for a living", "cleans houses", "occupation", false},
	{"en", "he mows lawns for a landscaping company in summer", "mows lawns", "occupation", false},
	{"en", "he works the door at a club on weekends", "works the door", "occupation", false},
	{"en", "he's on the line at the auto plant", "on the line at the auto plant", "occupation", false},
	{"en", "this client of mine is a union steward and dreads the layoffs", "union steward", "occupation", false},
	{"en", "she's first chair violin in the city symphony", "first chair violin", "occupation", false},
	{"en", "he's head coach of the girls' soccer team at the high school", "head coach", "occupation", false},
	{"en", "her husband is a reservist and just got called up", "reservist", "occupation", false},
	{"fr", "elle fait de la livraison à vélo le soir", "livraison à vélo", "occupation", false},
	{"fr", "mon client conduit un chariot élévateur à l'entrepôt", "chariot élévateur", "occupation", false},
	{"fr", "ma cliente est aide-soignante de nuit", "aide-soignante", "occupation", false},
	{"fr", "il est cariste dans une usine de meubles", "cariste", "occupation", false},
	{"fr", "elle est vendeuse chez un fleuriste", "vendeuse", "occupation", false},
	{"fr", "ma cliente tient la caisse d'une station-service", "tient la caisse", "occupation", false},
	{"fr", "elle est agente de sécurité dans un centre commercial", "agente de sécurité", "occupation", false},
	{"fr", "mon client est délégué syndical à l'usine", "délégué syndical", "occupation", false},
	{"fr", "ma cliente est brigadière scolaire", "brigadière", "occupation", false},
	{"es", "mi paciente es repartidor en moto", "repartidor", "occupation", false},
	{"es", "ella es dependienta de una tienda de ropa", "dependienta", "occupation", false},
	{"es", "mi paciente maneja montacargas en una bodega", "maneja montacargas", "occupation", false},
	{"es", "mi paciente es encargada de una tienda de abarrotes", "encargada", "occupation", false},
	{"es", "mi consultante es velador en una fábrica", "velador", "occupation", false},
	{"es", "su esposo es delegado sindical en la planta", "delegado sindical", "occupation", false},
	{"es", "mi paciente es vendedora ambulante en el centro", "vendedora ambulante", "occupation", false},
	{"es", "mi paciente atiende una tiendita en su casa", "atiende una tiendita", "occupation", false},
	{"en", "my client is 40-something and recently separated", "40-something", "age", false},
	{"en", "she'll be 40 next month and is dreading it", "40", "age", false},
	{"en", "my cl just had her sweet sixteen and it went badly", "sweet sixteen", "age", false},
	{"en", "he's a senior in high school and wants to enlist", "senior in high school", "age|occupation", false},
	{"en", "this client of mine is a sophomore at state and failing two classes", "sophomore", "age|occupation", false},
	{"en", "her daughter is a tween and already on every app", "tween", "age", false},
	{"en", "my client is nearly 80 and still drives", "nearly 80", "age", false},
	{"en", "he was born in 1987 and grew up in foster care", "1987", "age|date", false},
	{"fr", "ma cliente fête ses 40 ans samedi", "40 ans", "age", false},
	{"fr", "son fils est en CM2 et se fait harceler", "CM2", "age", false},
	{"fr", "ma cliente est en seconde et refuse d'aller en cours", "seconde", "age", false},
	{"fr", "mon client est quadragénaire et vit chez sa mère", "quadragénaire", "age", false},
	{"fr", "mon client a passé le cap des 60 ans cet hiver", "60 ans", "age", false},
	{"fr", "ma cliente, fin vingtaine, vient de se séparer", "fin vingtaine", "age", false},
	{"es", "mi paciente tiene cuarenta y tantos y se acaba de separar", "cuarenta y tantos", "age", false},
	{"es", "mi consultante anda por los 50 y vive sola", "los 50", "age", false},
	{"es", "mi paciente acaba de cumplir los 15", "15", "age", false},
	{"es", "su hija va en tercero de prepa", "tercero de prepa", "age", false},
	{"es", "mi paciente es una treintañera que vive con sus papás", "treintañera", "age", false},
	{"es", "mi consultante es un sesentón muy solo", "sesentón", "age", false},
	{"es", "mi paciente ya pasó los 60 y no quiere jubilarse", "60", "age", false},
	// Third batch, kinds read off train's messy misses (never its words):
	// a bare age after a name with no comma, a lower-case name that is
	// also a word after a relative in a post that has capitals elsewhere.
	{"en", "Update on my client: Marisa 44 lives alone since the split.", "44", "age", false},
	{"en", "New referral today. Kemal 29 works overnights at a bakery.", "29", "age", false},
	{"en", "Long day. Her husband max has been texting her all night.", "max", "name", false},
	{"en", "Ugh. My client's brother tom keeps showing up at her work.", "tom", "name", false},
}

// identCleanRow is a clean sentence of typedIdents5Clean: no finding of
// its category may come from it.
type identCleanRow struct{ lang, text, category string }

// typedIdents5Clean holds the same shapes with nothing of a client in
// them: the poster's own job and age, a public figure, a generic question
// about a kind of worker or an age group, words that are names used as
// words.
var typedIdents5Clean = []identCleanRow{
	{"en", "I'm a charge nurse too, and completely burned out.", "occupation"},
	{"en", "I turned 50 last month and finally opened my own practice.", "age"},
	{"en", "I'm in my late 40s and switching careers into counselling.", "age"},
	{"en", "Any advice for clients who work rotating night shifts?", "occupation"},
	{"en", "Any resources out there for truck drivers dealing with isolation?", "occupation"},
	{"en", "Has anyone run a group for delivery drivers on burnout?", "occupation"},
	{"en", "Our clinic is hiring a shift lead for the front desk.", "occupation"},
	{"en", "I keep coming back to what Brené Brown says about shame.", "name"},
	{"en", "I hope June brings everyone a quieter caseload.", "name"},
	{"en", "Will anyone be at the ethics training in May?", "name"},
	{"en", "Bill payments for telehealth are due on Friday.", "name"},
	{"en", "Joy is hard to find in this work some weeks.", "name"},
	{"en", "Hope you all have a restful long weekend.", "name"},
	{"en", "Do you have tips for clients in their early twenties?", "age"},
	{"en", "Our group is for adults in their 40s and 50s going through divorce.", "age"},
	{"en", "Seeking a counsellor who understands nurses and shift work.", "occupation"},
	{"fr", "Je suis infirmière et je fais de la thérapie en parallèle.", "occupation"},
	{"fr", "J'ai eu 50 ans mardi et je ferme mon cabinet.", "age"},
	{"fr", "Quelqu'un a des ressources pour les chauffeurs de taxi ?", "occupation"},
	{"fr", "Comme le dit Boris Cyrulnik, la résilience se construit.", "name"},
	{"fr", "Je suis dans la quarantaine et je change de carrière.", "age"},
	{"fr", "Merci à toutes pour vos idées à propos du deuil périnatal.", "name"},
	{"fr", "Un groupe pour les femmes dans la cinquantaine, ça existe ?", "age"},
	{"es", "Soy enfermera y también doy terapia por las tardes.", "occupation"},
	{"es", "Cumplí 50 el mes pasado y sigo trabajando en el consultorio.", "age"},
	{"es", "¿Alguien trabaja con repartidores de aplicaciones?", "occupation"},
	{"es", "Tengo cuarenta y pico y empecé a estudiar psicología.", "age"},
	{"es", "Paz y tranquilidad para todos en este fin de año.", "name"},
	{"es", "¿Recomiendan un grupo para mujeres cincuentonas?", "age"},
	{"es", "Busco una terapeuta que entienda a las cajeras y su estrés.", "occupation"},
	{"es", "Como decía Frankl, el sentido lo cambia todo.", "name"},
	{"en", "Route 66 is still the best drive I ever took.", "age"},
	{"en", "Her son will have to wait until the fall for a spot.", "name"},
}

func TestTypedIdents5(t *testing.T) {
	checkTypedRows(t, typedIdents5)
}

func TestTypedIdents5Clean(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range typedIdents5Clean {
		for _, f := range a.Analyze(Input{Text: tt.text, Lang: tt.lang}).Findings {
			if f.Category == tt.category {
				t.Errorf("Analyze(%q) has %s finding %q (%s); want none", tt.text, f.Category, f.Text, f.Rule)
			}
		}
	}
}
