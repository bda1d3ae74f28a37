package analyzer

import "testing"

// typedRelDem holds the relationship, the client's family and the
// client's traits in the shapes the earlier tables (typed_relationship,
// typed_family, typed_demorel, typed_kinchain) left out (issue 15,
// h-rel16): how long and how often written loosely ("like 18 months",
// "weekly-ish", "depuis la rentrée", "desde hace un par de años"), the
// relationship said without "client" ("a family i work with", "mi
// paciente de los martes"), the client's family said through a role
// ("the kinship carer", "sa marraine", "su padrastro") and traits said
// as adjectives or in shorthand (a faith, an origin, gender identity,
// immigration or housing status). Every sentence was written for this
// test, blind to the corpora and the probes, as a kind of detail. Three
// rows are open: "been w her since" reads as the poster's own partner as
// easily as a client, "the gf's kids" has no one whose they are, and "su
// suegra": a Spanish rule for "su" + an in-law retrained the Spanish
// tagger into missing three event rows of other tables, so it was left
// out (h-rel16).
var typedRelDem = []typedRow{
	// en: how long and how often, loosely.
	{lang: "en", text: "been seeing this guy like 18 months n he still no-shows", want: "like 18 months", category: "relationship"},
	{lang: "en", text: "weekly-ish since jan, the sleep is still bad tho", want: "weekly-ish since jan", category: "relationship"},
	{lang: "en", text: "ive had him on and off since the spring", want: "on and off since the spring", category: "relationship"},
	{lang: "en", text: "we meet every couple weeks, more when things blow up at home", want: "we meet every couple weeks", category: "relationship"},
	{lang: "en", text: "known her a good 3 yrs now thru the clinic", want: "known her a good 3 yrs", category: "relationship"},
	{lang: "en", text: "saw her fortnightly through the winter and then she vanished", want: "fortnightly", category: "relationship"},
	{lang: "en", text: "about 8 months in with this one and it keeps getting harder", want: "8 months in with this one", category: "relationship"},
	{lang: "en", text: "hes been coming in most mondays since the summer", want: "most mondays since the summer", category: "relationship"},
	{lang: "en", text: "off n on w me for like 5 yrs, and now shes pregnant", want: "off n on w me", category: "relationship"},
	{lang: "en", text: "worked with her for years before she moved to the coast", want: "worked with her for years", category: "relationship"},
	{lang: "en", text: "my longest-running kiddo just aged out of the program", want: "longest-running", category: "relationship"},
	{lang: "en", text: "2 yrs of tuesdays with this guy and he finally laughed", want: "2 yrs of tuesdays", category: "relationship"},
	{lang: "en", text: "been w her since she was in middle school and now shes engaged", want: "been w her since", category: "relationship", open: true},
	{lang: "en", text: "i see him roughly twice a month, sometimes less", want: "twice a month", category: "relationship"},
	{lang: "en", text: "we've done maybe a dozen sessions so far and he's guarded", want: "a dozen sessions", category: "relationship"},
	// en: the relationship said without "client".
	{lang: "en", text: "one of the kids on my list at the middle school got expelled", want: "one of the kids on my list", category: "relationship"},
	{lang: "en", text: "a family im working with got evicted this morning", want: "a family im working with", category: "relationship"},
	{lang: "en", text: "a kid from my anger group is in the hospital again", want: "a kid from my anger group", category: "relationship"},
	{lang: "en", text: "a young man i counsel just got his license back", want: "i counsel", category: "relationship"},
	{lang: "en", text: "a lady i support at the shelter got her kids back today", want: "a lady i support", category: "relationship"},
	{lang: "en", text: "this guy i do therapy with keeps bringing his dog to sessions", want: "i do therapy with", category: "relationship"},
	{lang: "en", text: "my wednesday lady brought cookies again, so sweet", want: "my wednesday lady", category: "relationship"},
	{lang: "en", text: "a mom from my parenting group called me crying at 10pm", want: "a mom from my parenting group", category: "relationship"},
	{lang: "en", text: "one of the dads in my program finally got his kids back", want: "one of the dads in my program", category: "relationship"},
	{lang: "en", text: "a youth on my roster ran from the group home over the weekend", want: "a youth on my roster", category: "relationship"},
	// en: the client's family through a role.
	{lang: "en", text: "the foster parents say he hoards food under the bed", want: "foster parents", category: "family"},
	{lang: "en", text: "grandma got guardianship of him after mom lost the kids", want: "grandma got guardianship", category: "family"},
	{lang: "en", text: "the stepdad wont let her see her friends after school", want: "stepdad", category: "family"},
	{lang: "en", text: "per the caseworker the bio dad wants visits again", want: "bio dad", category: "family"},
	{lang: "en", text: "her mother-in-law moved in and basically runs the house", want: "mother-in-law", category: "family"},
	{lang: "en", text: "the kinship carer is his aunt and shes exhausted", want: "kinship carer", category: "family"},
	{lang: "en", text: "her widowed dad leans on her for literally everything", want: "widowed dad", category: "family"},
	{lang: "en", text: "the gf's kids live w them half the time and it's chaos", want: "gf's kids", category: "family", open: true},
	{lang: "en", text: "hes the youngest of 7 and the only boy", want: "youngest of 7", category: "family"},
	{lang: "en", text: "shes newly separated and back living at her parents", want: "newly separated", category: "family"},
	{lang: "en", text: "lives with his aunt and uncle since his parents were deported", want: "lives with his aunt and uncle", category: "family"},
	{lang: "en", text: "her guardian is her older sister, who is 22", want: "her guardian is her older sister", category: "family"},
	// en: traits as adjectives or shorthand.
	{lang: "en", text: "shes a practising buddhist and wont take anything that dulls her mind", want: "buddhist", category: "demographic"},
	{lang: "en", text: "my cl is pakistani and her family arranged the engagement", want: "pakistani", category: "demographic"},
	{lang: "en", text: "kid is nonbinary, uses they/them, and school ignores it", want: "nonbinary", category: "demographic"},
	{lang: "en", text: "shes a refugee from eritrea, here about a year", want: "refugee", category: "demographic"},
	{lang: "en", text: "hes on a work visa so losing the job means leaving the country", want: "work visa", category: "demographic"},
	{lang: "en", text: "shes unhoused right now, sleeping in her car at the walmart", want: "unhoused", category: "demographic|family|event"},
	{lang: "en", text: "hes an international student and his parents dont know hes failing", want: "international student", category: "demographic|occupation"},
	{lang: "en", text: "my cl is genderfluid and their dad won't say their name", want: "genderfluid", category: "demographic"},
	{lang: "en", text: "hes ukrainian, came over last spring with his mom", want: "ukrainian", category: "demographic"},
	{lang: "en", text: "she wears a hijab and got harassed on the bus twice", want: "wears a hijab", category: "demographic"},
	{lang: "en", text: "hes mormon, served a mission in brazil, now doubting all of it", want: "mormon", category: "demographic"},
	{lang: "en", text: "cl is 15, pansexual, and her youth pastor found out", want: "pansexual", category: "demographic"},
	{lang: "en", text: "she and the kids are living in a shelter since the fire", want: "living in a shelter", category: "demographic|family|event"},
	{lang: "en", text: "hes a newcomer, 6 months in canada, no family here", want: "newcomer", category: "demographic"},
	{lang: "en", text: "my cl is intersex and only found out at 16", want: "intersex", category: "demographic"},

	// fr: how long and how often, the relationship without "client".
	{lang: "fr", text: "je la suis depuis la rentrée pis ça va un peu mieux", want: "depuis la rentrée", category: "relationship"},
	{lang: "fr", text: "je le vois genre aux 2 semaines depuis l'été", want: "aux 2 semaines", category: "relationship"},
	{lang: "fr", text: "ça fait un bail que je le suis et il recommence à boire", want: "ça fait un bail que je le suis", category: "relationship"},
	{lang: "fr", text: "un ado de mon groupe des jeudis a fugué hier soir", want: "de mon groupe des jeudis", category: "relationship"},
	{lang: "fr", text: "une famille avec qui je travaille vient d'être expulsée", want: "avec qui je travaille", category: "relationship"},
	{lang: "fr", text: "un de mes jeunes à l'école s'est battu à la récré", want: "un de mes jeunes", category: "relationship"},
	{lang: "fr", text: "ma dame du mercredi m'a encore apporté des biscuits", want: "ma dame du mercredi", category: "relationship"},
	{lang: "fr", text: "on se voit une semaine sur deux depuis janvier", want: "une semaine sur deux", category: "relationship"},
	{lang: "fr", text: "je l'accompagne depuis presque 3 ans et elle déménage", want: "depuis presque 3 ans", category: "relationship"},
	// fr: the client's family through a role.
	{lang: "fr", text: "sa marraine l'a hébergée tout l'été", want: "marraine", category: "family"},
	{lang: "fr", text: "la famille d'accueil veut plus le garder après noël", want: "famille d'accueil", category: "family"},
	{lang: "fr", text: "son ex-mari a la garde des petits depuis le printemps", want: "ex-mari", category: "family"},
	{lang: "fr", text: "elle vit chez sa grand-mère depuis que sa mère est partie", want: "vit chez sa grand-mère", category: "family"},
	{lang: "fr", text: "son conjoint est en prison depuis l'automne", want: "son conjoint", category: "family"},
	{lang: "fr", text: "c'est l'aîné de 6 enfants et il s'occupe de tout le monde", want: "l'aîné de 6", category: "family"},
	// fr: traits as adjectives or shorthand.
	{lang: "fr", text: "il est pratiquant, va à la mosquée chaque vendredi", want: "mosquée", category: "demographic"},
	{lang: "fr", text: "ma cliente est portugaise et parle peu le français", want: "portugaise", category: "demographic"},
	{lang: "fr", text: "elle est en situation d'itinérance depuis cet hiver", want: "itinérance", category: "demographic|family|event"},
	{lang: "fr", text: "il est étudiant étranger et son permis expire en mai", want: "étudiant étranger", category: "demographic|occupation"},
	{lang: "fr", text: "elle est bouddhiste pratiquante et médite chaque matin", want: "bouddhiste", category: "demographic"},
	{lang: "fr", text: "il est bispirituel et vit dans sa communauté", want: "bispirituel", category: "demographic"},
	{lang: "fr", text: "elle est résidente temporaire, son statut finit en juin", want: "résidente temporaire", category: "demographic"},

	// es: how long and how often, the relationship without "cliente".
	{lang: "es", text: "la veo desde hace un par de años y nunca la vi así", want: "desde hace un par de años", category: "relationship"},
	{lang: "es", text: "mi paciente de los martes me trajo un pastel", want: "mi paciente de los martes", category: "relationship"},
	{lang: "es", text: "una familia con la que trabajo perdió la casa", want: "con la que trabajo", category: "relationship"},
	{lang: "es", text: "uno de mis chicos del colegio se peleó otra vez", want: "uno de mis chicos", category: "relationship"},
	{lang: "es", text: "lo veo más o menos cada quince días desde el verano", want: "cada quince días", category: "relationship"},
	{lang: "es", text: "llevo como 3 años con ella y ahora se muda", want: "llevo como 3 años con ella", category: "relationship"},
	{lang: "es", text: "un señor del grupo que llevo los jueves recayó", want: "del grupo que llevo los jueves", category: "relationship"},
	{lang: "es", text: "hace rato que la acompaño y nunca estuvo tan mal", want: "hace rato que la acompaño", category: "relationship"},
	// es: the client's family through a role.
	{lang: "es", text: "su exesposo se quedó con la casa y los perros", want: "exesposo", category: "family"},
	{lang: "es", text: "la mamá de acogida dice que casi no come", want: "mamá de acogida", category: "family"},
	{lang: "es", text: "su suegra vive con ellos y controla todo", want: "suegra", category: "family", open: true},
	{lang: "es", text: "vive con su tía desde que deportaron a sus papás", want: "vive con su tía", category: "family"},
	{lang: "es", text: "es hija única y cuida sola a su mamá enferma", want: "hija única", category: "family"},
	{lang: "es", text: "su padrastro le grita por todo", want: "padrastro", category: "family"},
	// es: traits as adjectives or shorthand.
	{lang: "es", text: "es peruana y todavía no tiene papeles", want: "peruana", category: "demographic"},
	{lang: "es", text: "es mormón y sus papás no saben que dejó la iglesia", want: "mormón", category: "demographic"},
	{lang: "es", text: "está en situación de calle desde marzo", want: "situación de calle", category: "demographic|family|event"},
	{lang: "es", text: "es refugiado sirio y habla poco español", want: "refugiado", category: "demographic"},
	{lang: "es", text: "es no binario y usa elle en la casa", want: "no binario", category: "demographic"},
	{lang: "es", text: "es católica practicante y no quiere hablar de anticonceptivos", want: "católica", category: "demographic"},
	{lang: "es", text: "tiene residencia temporal y teme perderla si deja al novio", want: "residencia temporal", category: "demographic"},
}

// typedRelDemClean are the same words about nobody in particular: the
// poster's own family, faith, origin and schedule, a group in general,
// a public figure. None may give a relationship, family or demographic
// finding.
var typedRelDemClean = []cleanRow{
	{"en", "i see clients weekly, sometimes every other week if money is tight"},
	{"en", "my foster mom raised me and i owe her everything"},
	{"en", "as a muslim clinician i fast during ramadan too"},
	{"en", "im first gen myself and my parents never understood grad school"},
	{"en", "teens who come out at school need at least one safe adult"},
	{"en", "in her memoir the singer writes about her stepmom"},
	{"en", "my kids' stepdad is great with them, honestly"},
	{"en", "ive been in private practice about 6 yrs now"},
	{"en", "our group meets every other tuesday, everyone welcome"},
	{"en", "families we work with often have no car"},
	{"en", "my ex and i co-parent pretty well these days"},
	{"en", "im a refugee myself, came here at 9 with my brothers"},
	{"en", "my wife is catholic and im jewish, we make it work"},
	{"en", "any nonbinary-friendly intake forms out there?"},
	{"en", "the senator talked about his bipolar dad in the debate"},
	{"en", "how often do you all see new clients in the first month?"},
	{"en", "kinship carers get so little support in this province"},
	{"fr", "je vois mes clients chaque semaine en général"},
	{"fr", "ma belle-mère est super avec mes enfants"},
	{"fr", "je suis arrivée du liban à 10 ans, alors ce sujet me parle"},
	{"fr", "plusieurs jeunes placés changent souvent de foyer, c'est dur"},
	{"fr", "notre groupe se rencontre aux deux semaines, bienvenue à tous"},
	{"fr", "dans son entrevue, la chanteuse parle de son ex-mari"},
	{"fr", "des formations sur l'accompagnement des personnes trans?"},
	{"fr", "je suis bouddhiste et la méditation m'aide au travail"},
	{"es", "veo a mis pacientes cada semana casi siempre"},
	{"es", "mi suegra es un amor con mis hijos"},
	{"es", "como migrante yo también sé lo que es llegar sin nada"},
	{"es", "los adolescentes en hogares de acogida necesitan estabilidad"},
	{"es", "en su entrevista, la actriz habló de su padrastro"},
	{"es", "nuestro grupo se reúne cada quince días, todos bienvenidos"},
	{"es", "¿alguien da talleres para familias de personas trans?"},
	{"es", "soy católica pero respeto todas las creencias de mis pacientes"},
}

func TestTypedRelDem(t *testing.T) { checkTypedRows(t, typedRelDem) }

func TestTypedRelDemClean(t *testing.T) {
	checkNone(t, typedRelDemClean, "relationship, family or demographic", ofCategory("relationship", "family", "demographic"))
}
