package analyzer

import "testing"

// typedShort are posts of one to three lines typed fast, all in lower
// case, with no apostrophes and little punctuation (issue 14): a referral
// ask, a quick consult, a question to a group. The capitals that name,
// place and organization rules lean on are gone, so what tells a client's
// name, town, school or employer is the slot it stands in ("my client",
// "a kid named", "works at the", "lives in", "mi paciente", "trabaja en",
// "à") and how rare the word is. Each sentence was written for this test,
// blind to the corpora, in en, fr and es. A case marked open is a
// structure the analyzer does not cover yet: the test logs it instead of
// failing, so the table says what is left.
var typedShort = []typedRow{
	// Names after a person cue, common-word names too.
	{"en", "anyone know a good dbt person near kelowna my client jake needs one asap", "jake", "name", false},
	{"en", "my client will is struggling since the layoff any ideas", "will", "name", true},
	{"en", "my client hope has been skipping sessions", "hope", "name", false},
	{"en", "a teen named grace keeps running away from her group home", "grace", "name", false},
	{"en", "working w a kid named dawson who wont talk at all", "dawson", "name", false},
	{"en", "my cl brianna just relapsed again what do i do", "brianna", "name", false},
	{"en", "client tyler needs me to send a note to his lawyer", "tyler", "name", false},
	{"en", "my pt marcus wants to stop his meds cold turkey", "marcus", "name", false},
	{"en", "saw priya today and shes doing way better", "priya", "name", false},
	{"en", "need advice my client deshawn keeps missing appts", "deshawn", "name", false},
	{"en", "my client sunny lost her job and her apartment", "sunny", "name", false},
	{"en", "mom of my client ava called me crying", "ava", "name", false},
	{"en", "my client rose and her husband split up", "rose", "name", false},
	{"en", "her son liam is in foster care now", "liam", "name", false},
	{"en", "his wife megan called the office twice", "megan", "name", false},
	{"en", "my client mike is a trucker and drinks on the road", "mike", "name", true},
	{"en", "kiddo named jaxon bites at school help", "jaxon", "name", false},
	{"en", "my client ahmed wants a muslim therapist", "ahmed", "name", false},
	{"en", "my client nguyen is looking for a vietnamese speaking psych", "nguyen", "name", false},
	{"en", "my 16yo client kayla is pregnant and scared", "kayla", "name", false},
	{"en", "any tips my client joy wont do homework", "joy", "name", true},
	{"en", "client named faith says she hears voices at night", "faith", "name", false},
	{"en", "my client chris and his bf are fighting constantly", "chris", "name", false},
	{"en", "thx everyone, ill tell olivia about the group", "olivia", "name", false},
	{"en", "mrs okonkwo called again about her son", "okonkwo", "name", true},
	{"en", "dr pruitt referred me a new kid, any tips", "pruitt", "name", false},
	{"en", "my client hunter got kicked out by his dad", "hunter", "name", false},
	{"en", "my client ray lost his license after the dui", "ray", "name", true},
	{"en", "my client destiny got evicted last week", "destiny", "name", false},
	{"en", "my client jordan uses they them and got outed at work", "jordan", "name", false},
	{"en", "bella my 9yo client still wets the bed", "bella", "name", true},

	// Lower case but for an acronym: the capitals of "PTSD" or "DBT" say
	// nothing of how the writer types names.
	{"en", "my client hope has PTSD and wont drive since the crash", "hope", "name", false},
	{"en", "need a DBT person asap, my client destiny is cutting again", "destiny", "name", true},
	{"en", "my client grace got an ADHD dx and her school wont help", "grace", "name", false},
	{"en", "any EMDR folks who see kids, my client summer has nightmares", "summer", "name", false},
	{"fr", "ma cliente rose a un TDAH et elle a perdu sa job", "rose", "name", true},
	{"es", "mi paciente paz tiene TEPT desde el asalto", "paz", "name", true},

	// Towns and neighbourhoods after a place cue.
	{"en", "looking for spanish speaking therapist for a teen in east van", "east van", "location", true},
	{"en", "my client lives in red deer and cant drive", "red deer", "location", false},
	{"en", "client moved from saskatoon to be near her sister", "saskatoon", "location", true},
	{"en", "need someone in sudbury for a teen with ocd", "sudbury", "location", false},
	{"en", "my cl lives out in lac la biche no transit", "lac la biche", "location", false},
	{"en", "referral for a dad in moose jaw please", "moose jaw", "location", false},
	{"en", "teen client in nanaimo needs a trauma therapist", "nanaimo", "location", false},
	{"en", "my client lives in the west end and walks everywhere", "west end", "location", false},
	{"en", "any good eating disorder people in thunder bay for my client", "thunder bay", "location", false},
	{"en", "client grew up in flint and still has the water anxiety", "flint", "location", true},
	{"en", "my cl is from tulsa and just moved here", "tulsa", "location", false},
	{"en", "she lives in brampton with her in laws", "brampton", "location", false},
	{"en", "my client drives in from lethbridge every week", "lethbridge", "location", false},
	{"en", "client in kitsilano looking for couples work", "kitsilano", "location", true},
	{"en", "my cl is in the downtown eastside shelter rn", "downtown eastside", "location", true},
	{"en", "need a psych near chilliwack for my client asap", "chilliwack", "location", false},
	{"en", "my client lives in a trailer outside of hinton", "hinton", "location", false},
	{"en", "teen in bozeman needs a male therapist", "bozeman", "location", false},
	{"en", "my client lives on elm st by the school", "elm st", "location", false},

	// Schools.
	{"en", "my client goes to lord byng and is getting bullied", "lord byng", "organization", true},
	{"en", "kid in grade 8 at westview middle refuses to go", "westview", "organization", false},
	{"en", "my cl is a junior at ridgemont high and cutting", "ridgemont", "organization", false},
	{"en", "she dropped out of sait last term", "sait", "organization", true},
	{"en", "client is a nursing student at mount royal", "mount royal", "organization", true},
	{"en", "my client is a freshman at ubc and panicking", "ubc", "organization", false},
	{"en", "her son goes to st judes and the teachers hate him", "st judes", "organization", false},

	// Employers and local businesses.
	{"en", "need help w a client who works at the costco on main", "costco", "organization", false},
	{"en", "my client is a cashier at safeway and gets harassed", "safeway", "organization", false},
	{"en", "client works nights at tim hortons and cant sleep", "tim hortons", "organization", false},
	{"en", "my cl works at the amazon warehouse and got hurt", "amazon", "organization", false},
	{"en", "my client got fired from the brass lantern pub", "brass lantern", "organization", false},
	{"en", "he works at suncor up north on rotation", "suncor", "organization", false},
	{"en", "my client is a nurse at foothills and burnt out", "foothills", "organization", true},
	{"en", "client works at the kwik mart on 3rd and got robbed", "kwik mart", "organization", false},
	{"en", "my cl works for purolator and drives all day", "purolator", "organization", true},
	{"en", "client waitresses at the blue moose diner", "blue moose", "organization", false},
	{"en", "my client got laid off from boeing after 20 yrs", "boeing", "organization", true},

	// Jobs.
	{"en", "my client is a paramedic and cant stop seeing the calls", "paramedic", "occupation", false},
	{"en", "client is a cop and wont open up", "cop", "occupation", false},
	{"en", "need a therapist for a firefighter with ptsd", "firefighter", "occupation", true},
	{"en", "my cl is a nurse on nights and drinks after shift", "nurse", "occupation", false},
	{"en", "my client is a pastor and his church doesnt know", "pastor", "occupation", false},
	{"en", "client is a teacher at the local elementary", "teacher", "occupation", false},
	{"en", "my client drives truck long haul and is never home", "drives truck", "occupation", true},
	{"en", "my cl is a vet tech and cant handle the euthanasias", "vet tech", "occupation", false},
	{"en", "client is a realtor and works 7 days a week", "realtor", "occupation", false},
	{"en", "my client is an electrician apprentice and got injured", "electrician", "occupation", false},

	// French, with and without accents.
	{"fr", "ma cliente julie cherche une psy pour son ado", "julie", "name", false},
	{"fr", "mon client kevin a perdu sa job", "kevin", "name", false},
	{"fr", "un jeune nomme mathis refuse daller a lecole", "mathis", "name", false},
	{"fr", "ma patiente nathalie fait des crises de panique", "nathalie", "name", false},
	{"fr", "besoin dune ref pour un ado a trois-rivieres", "trois-rivieres", "location", false},
	{"fr", "ma cliente habite à rimouski et a pas dauto", "rimouski", "location", false},
	{"fr", "une ado de montreal nord cherche une travailleuse sociale", "montreal nord", "location", false},
	{"fr", "mon client vit a sherbrooke avec sa mere", "sherbrooke", "location", false},
	{"fr", "quelquun connait un psy a gatineau pour ma cliente", "gatineau", "location", false},
	{"fr", "ma cliente travaille chez desjardins et fait un burnout", "desjardins", "organization", false},
	{"fr", "mon client travaille au tim hortons de la rue king", "tim hortons", "organization", false},
	{"fr", "son fils est au cegep de sherbrooke", "cegep de sherbrooke", "organization", true},
	{"fr", "ma cliente est infirmiere a lhopital et epuisee", "infirmiere", "occupation", false},
	{"fr", "mon client est policier et boit beaucoup", "policier", "occupation", false},
	{"fr", "ma cliente est prof au primaire", "prof", "occupation", false},
	{"fr", "mon client camionneur est jamais chez lui", "camionneur", "occupation", false},
	{"fr", "ma cliente sophie vit a laval avec ses enfants", "laval", "location", false},

	// Spanish, with and without accents.
	{"es", "mi paciente lupita tiene ataques de panico", "lupita", "name", false},
	{"es", "mi cliente jorge perdio su trabajo", "jorge", "name", false},
	{"es", "una chava que se llama ximena no quiere comer", "ximena", "name", false},
	{"es", "mi paciente sofia y su esposo se separaron", "sofia", "name", false},
	{"es", "busco psicologa para una adolescente en cdmx", "cdmx", "location", false},
	{"es", "mi paciente vive en iztapalapa y no puede pagar", "iztapalapa", "location", false},
	{"es", "alguien conoce terapeuta cerca de coyoacan para mi paciente", "coyoacan", "location", false},
	{"es", "mi paciente es de guadalajara y se mudo sola", "guadalajara", "location", false},
	{"es", "mi paciente vive en la colonia doctores", "colonia doctores", "location", false},
	{"es", "mi paciente trabaja en el oxxo de la esquina", "oxxo", "organization", true},
	{"es", "mi paciente trabaja en bimbo y lo corrieron", "bimbo", "organization", true},
	{"es", "su hija va a la prepa 9 y le hacen bullying", "prepa 9", "organization", false},
	{"es", "mi paciente estudia en la unam y esta muy deprimida", "unam", "organization", false},
	{"es", "mi paciente es enfermera en el imss y esta quemada", "enfermera", "occupation", false},
	{"es", "mi paciente es policia y no duerme", "policia", "occupation", false},
	{"es", "mi paciente es maestra de primaria", "maestra", "occupation", false},
	{"es", "mi paciente es taxista y lo asaltaron", "taxista", "occupation", false},
	{"es", "mi paciente vive en monterrey con su abuela", "monterrey", "location", false},
}

// typedShortClean are short lower-case posts of the same shapes that name
// no client detail: a skill asked for, the poster's own town or practice,
// a public program, a therapy method that reads like a name, a city or
// province as a service area.
var typedShortClean = []cleanRow{
	{"en", "anyone know a good act therapist who takes new clients"},
	{"en", "looking for ifs training recs, online is fine"},
	{"en", "any dbt groups for teens that are virtual"},
	{"en", "is cpt or pe better for complex trauma"},
	{"en", "offering telehealth in ontario, sliding scale available"},
	{"en", "im in kelowna and have openings for couples"},
	{"en", "anyone near kelowna take kids with medicaid"},
	{"en", "my practice is in red deer, taking referrals for kids"},
	{"en", "does anyone do emdr intensives in bc"},
	{"en", "need a supervisor for my hours, prefer someone virtual"},
	{"en", "what do u all charge for a 50 min session"},
	{"en", "any recs for a good ocd workbook for teens"},
	{"en", "looking for a male therapist who does play therapy"},
	{"en", "will anyone be at the conference next month"},
	{"en", "hope everyone has a restful weekend"},
	{"en", "grace period for insurance claims is so short now"},
	{"en", "does medicaid cover family therapy in texas"},
	{"en", "who takes blue cross for adhd testing"},
	{"en", "any free groups for grief in alberta"},
	{"en", "best ehr for a solo practice? simple practice or jane"},
	{"en", "is it ok to text clients reminders"},
	{"en", "new to private practice any tips on getting referrals"},
	{"en", "my office moved downtown, same number"},
	{"fr", "quelquun offre de la tcc en ligne au quebec"},
	{"fr", "je pratique a laval et jai des places le soir"},
	{"fr", "des recommandations de formation en emdr"},
	{"fr", "besoin dun psy qui fait de lact en ligne"},
	{"fr", "combien vous chargez pour une seance"},
	{"es", "alguien recomienda formacion en terapia dbt"},
	{"es", "atiendo en linea en todo mexico, precios accesibles"},
	{"es", "busco supervision clinica en linea"},
	{"es", "tengo consultorio en cdmx y tengo horarios libres"},
	{"es", "que libro recomiendan sobre duelo para adolescentes"},
}

// shortCategories are the categories typedShortClean must not hold.
var shortCategories = ofCategory("name", "location", "organization")

func TestTypedShort(t *testing.T) {
	checkTypedRows(t, typedShort)
}

func TestTypedShortClean(t *testing.T) {
	checkNone(t, typedShortClean, "name, location or organization", shortCategories)
}
