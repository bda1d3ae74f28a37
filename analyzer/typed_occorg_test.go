package analyzer

import "testing"

// typedOccOrg holds a client's job and workplace in shapes the earlier
// tables (typed_work_test.go, typed_orgs_test.go) lack (issue 14): a title
// with modifiers before it ("a night-shift icu nurse", "a retired band
// teacher"), a job told by a verb and its object ("waits tables", "tends
// bar", "fait des ménages", "limpia casas"), feminine and plural titles in
// fr/es, a job in the past ("used to be a", "ancien", "ex"), an employer
// typed short or in lower case ("usps", "the va", "la caisse pop", "el
// imss") and a local business or institution named before or after its
// kind ("Pineview Manor care home", "Garage Ouellet", "Taller
// Hernández"). Every sentence was written for this test from the
// annotation guide's definitions, before reading any corpus post. An open
// row is a case the analyzer does not cover yet: the test logs it.
var typedOccOrg = []typedRow{
	// en: a title with modifiers before it.
	{"en", "my client is a night-shift icu nurse and cant sleep on her days off", "nurse", "occupation", false},
	{"en", "hes a long-haul trucker, gone 3 weeks at a time", "trucker", "occupation", false},
	{"en", "she's a retired high-school band teacher who still gives lessons", "teacher", "occupation", false},
	{"en", "her husband is a part-time school bus driver", "bus driver", "occupation", false},
	{"en", "he is a semi-retired dentist in a very small town", "dentist", "occupation", false},
	{"en", "my cl is a third-grade teacher at a tiny school", "teacher", "occupation", false},
	{"en", "he's a volunteer firefighter and a dairy hand", "firefighter", "occupation", false},
	{"en", "she is a newly licensed pharmacist, first job out of school", "pharmacist", "occupation", false},
	{"en", "my pt works as an overnight security guard at a warehouse", "security guard", "occupation", false},
	{"en", "hes a former pro hockey player and everyone here knows him", "hockey player", "occupation", false},
	{"en", "her son is a first-year resident in pediatrics", "resident", "occupation", true}, // the story tagger takes the whole phrase as an event,
	{"en", "she's the head nurse on a cardiac floor", "head nurse", "occupation", false},
	{"en", "he is the only pediatric dentist in the county", "pediatric dentist", "occupation", false},
	{"en", "my client is a licensed massage therapist with her own studio", "massage therapist", "occupation", true}, // a "therapist" reads as the poster's own profession,
	{"en", "she is a court stenographer and hears awful cases", "court stenographer", "occupation", false},
	{"en", "her dad is a retired airline pilot", "pilot", "occupation", false},
	{"en", "my cl is a forklift operator on nights", "forklift operator", "occupation", false},
	{"en", "he's a tow truck driver and sees wrecks every week", "tow truck driver", "occupation", false},
	{"en", "she's a hospice chaplain and carries a lot of grief", "chaplain", "occupation", false},
	{"en", "client is a crossing guard at the elementary by her house", "crossing guard", "occupation", false},
	// en: a job told by a verb and its object.
	{"en", "she waits tables at a steakhouse four nights a week", "waits tables", "occupation", false},
	{"en", "he tends bar downtown and drinks after every shift", "tends bar", "occupation", false},
	{"en", "my client cleans houses for a living, mostly cash", "cleans houses", "occupation", false},
	{"en", "her brother drives a forklift at the distribution center", "drives a forklift", "occupation", false},
	{"en", "he drives a school bus in the mornings", "drives a school bus", "occupation", false},
	{"en", "she cuts hair out of her garage", "cuts hair", "occupation", false},
	{"en", "he works the line at a burger place and hates the heat", "works the line", "occupation", false},
	{"en", "my cl works the front desk at a hotel by the interstate", "works the front desk", "occupation", false},
	{"en", "she works the register at a gas station overnight", "works the register", "occupation", true}, // "register" is a sign-up cue: the post reads as an event notice,
	{"en", "he stocks shelves on the night crew", "stocks shelves", "occupation", false},
	{"en", "she teaches piano to half the kids in town", "teaches piano", "occupation", false},
	{"en", "he pours concrete all summer and plows snow in winter", "pours concrete", "occupation", false},
	{"en", "my client delivers mail on a rural route", "delivers mail", "occupation", false},
	{"en", "her wife runs a daycare out of their home", "runs a daycare", "occupation", false},
	{"en", "he fixes cars at his uncle's shop", "fixes cars", "occupation", false},
	{"en", "she tutors math after school for extra cash", "tutors math", "occupation", false},
	{"en", "he flies helicopters for the medevac service", "flies helicopters", "occupation", false},
	{"en", "she babysits for three families on her street", "babysits", "occupation", false},
	// en: a job in the past.
	{"en", "my client used to be a firefighter before his injury", "firefighter", "occupation", false},
	{"en", "he was a cop for twenty years and retired early", "cop", "occupation", false},
	{"en", "she's a former marine and doesnt talk about it", "marine", "occupation", false},
	{"en", "he's ex-military, two tours", "ex-military", "occupation", false},
	{"en", "my cl retired from the post office last spring", "post office", "occupation|organization", false},
	{"en", "she was a flight attendant for years before the kids", "flight attendant", "occupation", false},
	{"en", "he used to drive truck and now he's on disability", "drive truck", "occupation", false},
	{"en", "my client is an ex-nurse who lost her license", "ex-nurse", "occupation", false},
	{"en", "hes a retired teacher, taught 30 yrs at the same school", "retired teacher", "occupation", false},
	{"en", "she used to work as a paralegal downtown", "paralegal", "occupation", false},
	// en: an employer typed short or in lower case.
	{"en", "my client works at the amazon warehouse on nights", "amazon", "organization", false},
	{"en", "she stocks shelves at wally world and hates it", "wally world", "organization", true}, // a nickname no list holds,
	{"en", "he's been a carrier with usps for 12 years", "usps", "organization", false},
	{"en", "her husband works for the dnr as a game warden", "dnr", "organization", false},
	{"en", "he gets his care at the va and waits months for anything", "va", "organization", false},
	{"en", "my cl works for the county in the roads dept", "the county", "occupation|organization", false},
	{"en", "she's a clerk at the dmv and gets yelled at daily", "dmv", "organization", false},
	{"en", "he works at the ford plant on the line", "ford", "organization", true}, // "ford" is a common word; "plant" is too generic a kind to name by rank,
	{"en", "she works at target on weekends", "target", "organization", false},
	{"en", "he's a driver for fedex ground", "fedex", "organization", false},
	{"en", "she works for the school district as an aide", "school district", "occupation|organization", false},
	{"en", "he works for the city, parks and rec", "the city", "occupation|organization", false},
	{"en", "my client is a manager at the local walgreens", "walgreens", "organization", false},
	{"en", "she works at tim hortons on the early shift", "tim hortons", "organization", false},
	{"en", "he's a cashier at the kroger on main", "kroger", "organization", false},
	{"en", "my client works for the state in child support", "the state", "occupation|organization", false},
	// en: a local business or institution named with its kind.
	{"en", "her mom lives at the Pineview Manor care home now", "Pineview Manor", "organization", false},
	{"en", "he works at Joe's Garage on the highway", "Joe's Garage", "organization", false},
	{"en", "she's a waitress at Rosie's Diner", "Rosie's Diner", "organization", false},
	{"en", "he does the books for Kowalczyk Plumbing & Heating", "Kowalczyk Plumbing", "organization", false},
	{"en", "she cleans rooms at the Bayside Inn", "Bayside Inn", "organization", false},
	{"en", "my client is a CNA at Willowbrook Nursing Center", "Willowbrook", "organization", true}, // the venue rule takes "… Center" as a place of the same length,
	{"en", "he is a mechanic at Dufresne Auto Repair", "Dufresne", "organization", false},
	{"en", "she runs the front office at Hillcrest Family Dental", "Hillcrest", "organization", false},
	{"en", "her son works at the Ridgeline Lumber yard", "Ridgeline", "organization", false},
	{"en", "he's a bartender at the Rusty Anchor pub", "Rusty Anchor", "organization", false},
	{"en", "my cl works at marcellos pizza, closes most nights", "marcellos", "organization", false},
	{"en", "she's a receptionist at brightwater dental", "brightwater", "organization", false},
	{"en", "he's a teller at first prairie credit union", "first prairie", "organization", false},
	{"en", "she volunteers at the Elm Street food bank", "Elm Street", "organization|location", false},

	// fr: feminine titles, modifiers, verbs, past.
	{"fr", "ma cliente est infirmière auxiliaire de nuit en CHSLD", "infirmière auxiliaire", "occupation", false},
	{"fr", "elle est éducatrice spécialisée dans une école primaire", "éducatrice spécialisée", "occupation", false},
	{"fr", "sa mère est pharmacienne au village", "pharmacienne", "occupation", false},
	{"fr", "ma cliente est camionneuse, longue distance", "camionneuse", "occupation", false},
	{"fr", "elle est boulangère et se lève à 3h", "boulangère", "occupation", false},
	{"fr", "elle est agricultrice avec son frère", "agricultrice", "occupation", false},
	{"fr", "ma patiente est avocate en droit de la famille", "avocate", "occupation", false},
	{"fr", "sa blonde est ingénieure chez un sous-traitant", "ingénieure", "occupation", false},
	{"fr", "elle est technicienne en pharmacie", "technicienne", "occupation", false},
	{"fr", "ses deux sœurs sont infirmières", "infirmières", "occupation", false},
	{"fr", "mon client est chauffeur d'autobus scolaire", "chauffeur d'autobus", "occupation", false},
	{"fr", "il est ancien militaire, deux missions", "ancien militaire", "occupation", false},
	{"fr", "elle est ancienne infirmière, en arrêt depuis l'an dernier", "infirmière", "occupation", false},
	{"fr", "il est ex-policier et n'en parle jamais", "ex-policier", "occupation", false},
	{"fr", "il était pompier avant son accident", "pompier", "occupation", false},
	{"fr", "elle fait des ménages pour payer le loyer", "fait des ménages", "occupation", false},
	{"fr", "il conduit un taxi de nuit", "conduit un taxi", "occupation", false},
	{"fr", "elle garde des enfants chez elle", "garde des enfants", "occupation", false},
	{"fr", "il travaille à la chaîne dans une usine de pièces", "travaille à la chaîne", "occupation", false},
	{"fr", "il fait de la livraison à vélo le soir", "fait de la livraison", "occupation", false},
	{"fr", "mon client est préposé à l'entretien dans une école", "préposé à l'entretien", "occupation", false},
	{"fr", "elle travaille comme serveuse dans un bar", "serveuse", "occupation", false},
	{"fr", "il est gardien de sécurité de nuit", "gardien de sécurité", "occupation", false},
	{"fr", "elle est aide-cuisinière dans une cantine", "aide-cuisinière", "occupation", false},
	// fr: employers and local businesses.
	{"fr", "elle travaille à la caisse pop du village", "caisse pop", "organization", false},
	{"fr", "il travaille chez hydro-québec depuis 20 ans", "hydro-québec", "organization", false},
	{"fr", "elle est caissière chez jean coutu", "jean coutu", "organization", false},
	{"fr", "il est mécanicien au Garage Ouellet", "Garage Ouellet", "organization", false},
	{"fr", "elle travaille à la Boulangerie Thibodeau", "Thibodeau", "organization", false},
	{"fr", "son fils va à l'école secondaire Saint-Louis", "Saint-Louis", "organization", false},
	{"fr", "elle est préposée à la Résidence Les Jardins fleuris", "Jardins fleuris", "organization", false},
	{"fr", "il travaille chez Postes Canada", "Postes Canada", "organization", false},
	{"fr", "il travaille à la sncf comme contrôleur", "sncf", "organization", false},
	{"fr", "elle est factrice à la poste", "factrice", "occupation", false},
	{"fr", "il est employé au dépanneur Chez Ti-Guy", "Ti-Guy", "organization", true},

	// es: feminine and plural titles, modifiers, verbs, past.
	{"es", "mi paciente es cajera en una tienda de abarrotes", "cajera", "occupation", false},
	{"es", "sus dos hermanas son enfermeras en el mismo hospital", "enfermeras", "occupation", false},
	{"es", "mi consultante es doctora en un centro de salud", "doctora", "occupation", false},
	{"es", "su mamá es ingeniera civil y viaja mucho", "ingeniera civil", "occupation", false},
	{"es", "mi paciente es conductora de autobús", "conductora", "occupation", false},
	{"es", "mi paciente es técnica en enfermería en el turno de noche", "técnica en enfermería", "occupation", false},
	{"es", "mi paciente es abogada laboralista", "abogada", "occupation", false},
	{"es", "mi consultante es ex policía y tiene miedo", "ex policía", "occupation", false},
	{"es", "su papá es militar retirado", "militar", "occupation", false},
	{"es", "mi consultante antes era taxista y ahora no trabaja", "taxista", "occupation", false},
	{"es", "mi paciente trabajaba de mesera hasta el año pasado", "mesera", "occupation", false},
	{"es", "mi paciente limpia casas para mantener a sus hijos", "limpia casas", "occupation", false},
	{"es", "él maneja un taxi de noche", "maneja un taxi", "occupation", false},
	{"es", "ella cuida niños en su casa", "cuida niños", "occupation", false},
	{"es", "mi consultante atiende una tienda de su tío", "atiende una tienda", "occupation", false},
	{"es", "su esposo trabaja en la construcción", "trabaja en la construcción", "occupation", false},
	{"es", "mi paciente es jornalera en el campo", "jornalera", "occupation", false},
	{"es", "mi paciente es empleada doméstica sin contrato", "empleada doméstica", "occupation", false},
	{"es", "mi paciente es maestra jubilada de secundaria", "maestra", "occupation", false},
	{"es", "mi paciente es vendedora ambulante", "vendedora ambulante", "occupation", false},
	{"es", "mi consultante es costurera en un taller", "costurera", "occupation", false},
	{"es", "su hijo es soldado y está lejos", "soldado", "occupation", false},
	// es: employers and local businesses.
	{"es", "mi paciente trabaja en el imss como enfermera", "imss", "organization", false},
	{"es", "su esposo trabaja en pemex en la plataforma", "pemex", "organization", false},
	{"es", "mi consultante trabaja en la cfe desde hace años", "cfe", "organization", false},
	{"es", "mi paciente trabaja en la maquiladora del parque industrial", "maquiladora", "occupation|organization", false},
	{"es", "mi paciente es mecánico en el Taller Hernández", "Taller Hernández", "organization", false},
	{"es", "mi consultante trabaja en la Panadería La Espiga", "La Espiga", "organization", false},
	{"es", "su hija estudia en el Colegio Santa Teresa", "Santa Teresa", "organization", false},
	{"es", "mi paciente trabaja en mercadona de reponedora", "mercadona", "organization", false},
	{"es", "trabaja de guardia en bodega aurrera", "bodega aurrera", "organization", false},
	{"es", "mi paciente es cajera en el Abarrotes Doña Lupe", "Doña Lupe", "organization", false},
}

// typedOccOrgClean are sentences of the same shapes about no client: the
// poster's own job and employer, a job in a hiring post, a population a
// service is for, a kind of place with no name.
var typedOccOrgClean = []cleanRow{
	{"en", "I was a night-shift nurse for years before I became a therapist"},
	{"en", "I used to wait tables in college, so I get it"},
	{"en", "we work with first responders and their families"},
	{"en", "our clinic is hiring a part-time bilingual receptionist"},
	{"en", "looking for a therapist who understands long-haul truckers"},
	{"en", "anyone here work at the va? what is the culture like"},
	{"en", "I work for the county as a school-based counselor"},
	{"en", "my practice serves veterans, nurses and teachers"},
	{"en", "I retired from the school district last june"},
	{"en", "hiring: overnight security guard, apply within"},
	{"en", "many of my clients are retired teachers and farmers"},
	{"en", "I drive a school bus on weekends to pay off loans"},
	{"en", "does anyone have resources for burned out icu nurses?"},
	{"en", "we are a small group practice near the care home"},
	{"en", "I babysat all through high school and loved it"},
	{"en", "she works at a diner downtown and likes her boss"},
	{"fr", "je suis ancienne infirmière, devenue psychothérapeute"},
	{"fr", "nous recrutons une infirmière auxiliaire de nuit"},
	{"fr", "je travaille auprès des policiers et des pompiers"},
	{"fr", "j'ai fait des ménages pendant mes études"},
	{"fr", "je travaille au CLSC depuis dix ans"},
	{"fr", "des ressources pour les agricultrices épuisées?"},
	{"fr", "je travaille dans une boulangerie le samedi matin"},
	{"es", "yo era enfermera antes de ser psicóloga"},
	{"es", "buscamos cajera con experiencia, turno matutino"},
	{"es", "trabajo con maestras y enfermeras del sector público"},
	{"es", "yo limpiaba casas cuando llegué a este país"},
	{"es", "¿alguien conoce grupos de apoyo para taxistas?"},
	{"es", "trabajo en el imss desde hace diez años"},
	{"es", "yo trabajo en una panadería los fines de semana"},
	{"es", "atendemos a trabajadoras del hogar y jornaleros"},
}

func TestTypedOccOrg(t *testing.T) {
	checkTypedRows(t, typedOccOrg)
}

func TestTypedOccOrgClean(t *testing.T) {
	checkNone(t, typedOccOrgClean, "occupation or organization", ofCategory("occupation", "organization"))
}
