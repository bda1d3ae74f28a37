package analyzer

import "testing"

// typedFamily extends typedDetails (h-rel6) with the family, demographic
// and relationship details it did not write (issue 15, second pass):
// household make-up and the people in it ("lives w grandma + 3 sibs",
// "her bf's kids", "baby daddy", a parent in prison or with dementia,
// step-, foster and adoptive families, custody), faith, ethnicity and
// nation, gender identity and sexuality in their short forms, migration
// status, disability, language at home, military service and benefits,
// and the ways a poster names a client by when or how they see them ("my
// 3pm", "a former client", "ma patiente de 16h"). Every sentence was
// written for this test, in the register of a quick post, as a kind of
// detail; none comes from a corpus.
var typedFamily = []struct {
	lang, text, want, category string
}{
	// Family: who the client lives with, and the people around them.
	{"en", "my cl lives w grandma + 3 younger sibs since dad left", "lives w grandma", "family"},
	{"en", "shes raising her bf's kids on top of her own two", "her bf's kids", "family"},
	{"en", "her baby daddy stopped paying support in the summer", "baby daddy", "family"},
	{"en", "pt's dad is in prison and mom works nights", "dad is in prison", "family"},
	{"en", "my clients mom has dementia and shes the only one helping", "mom has dementia", "family"},
	{"en", "client is a twin and they barely speak anymore", "twin", "family"},
	{"en", "hes an only kid n his parents are both in their 70s", "only kid", "family"},
	{"en", "her step-mom kicked her out right after graduation", "step-mom", "family"},
	{"en", "my cl was adopted at 4 and just found her birth family", "adopted", "family"},
	{"en", "foster mom brought him in, bio mom is out of the picture", "foster mom", "family"},
	{"en", "shes co-parenting w her ex n every handoff is a fight", "co-parenting", "family"},
	{"en", "my cl is a stay at home dad of 3 and feels invisible", "stay at home dad", "occupation"},
	{"en", "hes a grandpa raising his 2 grandkids on a pension", "raising his 2 grandkids", "family"},
	{"en", "she got full custody of the kids after the split", "full custody", "family"},
	{"en", "newly engaged and already panicking abt the wedding, she says", "newly engaged", "family"},
	{"en", "her husband of 30 yrs passed in the spring", "husband of 30 yrs", "family"},
	{"en", "my cl is a teen mom, baby is 6 months", "teen mom", "family"},
	{"en", "shes the main caregiver for her disabled brother", "caregiver for her disabled brother", "family"},
	{"en", "my cl and her husband: second marriage for both, blended fam w 5 kids", "blended fam", "family"},
	{"en", "she's a military spouse and he's deployed again", "military spouse", "family"},
	{"en", "my cl is estranged from her whole family since she came out", "estranged", "family"},
	{"en", "he just became a dad last month and isnt sleeping", "became a dad", "family"},
	{"en", "they do 50/50 custody so he has the kids every other wk", "50/50 custody", "family"},
	{"en", "pt lives alone since the divorce, kids are grown", "lives alone", "family"},
	{"en", "hes the oldest of 5 and basically raised his sibs", "oldest of 5", "family"},
	{"en", "my cl's kids were taken into care last spring", "kids were taken into care", "family"},

	// Demographic: faith, people, identity, status, body, language, service, means.
	{"en", "my cl is a devout catholic and wont consider ivf", "catholic", "demographic"},
	{"en", "shes orthodox jewish and her community is tiny", "orthodox jewish", "demographic"},
	{"en", "hes LDS and his bishop keeps calling him", "LDS", "demographic"},
	{"en", "my client is sikh and gets harassed at work over his turban", "sikh", "demographic"},
	{"en", "she's a Black woman, the only one at her firm", "Black", "demographic"},
	{"en", "my cl is Cree and grew up on reserve", "Cree", "demographic"},
	{"en", "my cl is ftm, about 2 yrs on T", "ftm", "demographic"},
	{"en", "client's pronouns are he/they and mom refuses to use them", "he/they", "demographic"},
	{"en", "my pt is bi and just came out to her husband", "bi", "demographic"},
	{"en", "hes gay and his parents dont know", "gay", "demographic"},
	{"en", "she identifies as lesbian and her church found out", "lesbian", "demographic"},
	{"en", "my cl is undocumented and scared to see a dr", "undocumented", "demographic"},
	{"en", "hes an asylum seeker, waiting on his hearing", "asylum seeker", "demographic"},
	{"en", "she's a DACA recipient and terrified right now", "DACA", "demographic"},
	{"en", "my pt is blind and has a guide dog", "blind", "demographic"},
	{"en", "hes hard of hearing and reads lips in session", "hard of hearing", "demographic"},
	{"en", "she's in a wheelchair since the crash", "in a wheelchair", "demographic"},
	{"en", "her parents only speak spanish at home so mom cant follow the school", "speak spanish at home", "demographic"},
	{"en", "hes a veteran, 2 tours, and wont talk abt it", "veteran", "occupation"},
	{"en", "my cl is an army vet in his 40s", "army vet", "occupation"},
	{"en", "shes on disability and cant afford more than $40 a session", "on disability", "demographic"},
	{"en", "my cl and her kids are on section 8 and the landlord is threatening to evict", "section 8", "demographic"},
	{"en", "my client is hindu and her in-laws are pushing", "hindu", "demographic"},
	{"en", "hes a trans man in his 30s, just moved here", "trans man", "demographic"},
	{"en", "my cl is two-spirit and wants a native counsellor", "two-spirit", "demographic"},

	// Relationship: how the poster knows the client.
	{"en", "a former client just dm.d me on ig asking for coffee", "former client", "relationship"},
	{"en", "an ex-client showed up at the gym today and wanted to chat", "ex-client", "relationship"},
	{"en", "a client I had back in grad school just reached out", "a client I had", "relationship"},
	{"en", "my intake from tuesday no-showed again", "my intake from tuesday", "relationship"},
	{"en", "my 3pm cancelled again, third wk in a row", "my 3pm", "date"},
	{"en", "one of my kiddos got suspended today and called me", "one of my kiddos", "relationship"},
	{"en", "my 10 o'clock just told me shes pregnant", "10 o'clock", "date"},
	{"en", "a client I saw years ago left me a review", "a client I saw", "relationship"},
	{"en", "i used to see her at my old practice and now she's back", "used to see her", "relationship"},
	{"en", "my pt from this morning said something that stuck with me", "my pt from this morning", "relationship"},
	{"en", "we terminated last month and she just emailed me", "terminated last month", "relationship"},

	// A reply to a former client, typed in a hurry.
	{"en", "so glad i could help u thru such a hard yr", "glad i could help u", "relationship"},
	{"en", "miss our sessions, hope ur doing ok since we wrapped up", "since we wrapped up", "relationship"},
	{"en", "ur always welcome back anytime, door is open", "welcome back", "relationship"},
	{"en", "thank u for trusting me w ur story these past months", "trusting me", "relationship"},
	{"en", "happy to see u again whenever ur ready to come back", "ready to come back", "relationship"},
	// Origin typed in lower case.
	{"en", "hes mexican, came here at 12", "mexican", "demographic"},
	{"en", "my cl is half haitian and her mom doesnt speak much english", "haitian", "demographic"},

	// fr
	{"fr", "sa belle-mère la traite comme une servante", "belle-mère", "family"},
	{"fr", "mon client vit dans une famille recomposée avec 5 enfants", "famille recomposée", "family"},
	{"fr", "mon client a 2 ados. garde alternée depuis le divorce, une semaine sur deux chez chacun", "garde alternée", "family"},
	{"fr", "ma cliente est maman solo de jumeaux", "maman solo", "family"},
	{"fr", "il vit chez son père depuis que sa mère est en prison", "sa mère est en prison", "family"},
	{"fr", "ma cliente a été adoptée à 3 ans", "adoptée", "family"},
	{"fr", "il est fils unique et ses parents sont âgés", "fils unique", "family"},
	{"fr", "ma cliente est enceinte de son 4e", "enceinte", "family"},
	{"fr", "mon client est sans-papiers et a peur de consulter", "sans-papiers", "demographic"},
	{"fr", "il est demandeur d'asile depuis 6 mois", "demandeur d'asile", "demographic"},
	{"fr", "elle est témoin de Jéhovah et sa famille la rejette", "témoin de Jéhovah", "demographic"},
	{"fr", "mon client est autochtone et vit en ville depuis peu", "autochtone", "demographic"},
	{"fr", "ma cliente est non-binaire et utilise iel", "non-binaire", "demographic"},
	{"fr", "il est gai et sa famille ne le sait pas", "gai", "demographic"},
	{"fr", "elle est aveugle depuis la naissance", "aveugle", "demographic"},
	{"fr", "il se déplace en fauteuil roulant depuis l'accident", "fauteuil roulant", "demographic"},
	{"fr", "ma cliente est sur l'aide sociale depuis des années", "aide sociale", "demographic"},
	{"fr", "mon client est musulman pratiquant", "musulman", "demographic"},
	{"fr", "ma patiente de 16h a encore annulé", "ma patiente de 16h", "relationship"},
	{"fr", "une ancienne cliente m'a écrit sur Facebook", "ancienne cliente", "relationship"},
	{"fr", "un patient que j'ai suivi il y a des années m'a écrit", "que j'ai suivi", "relationship"},

	// es
	{"es", "vive con sus abuelos y 3 hermanitos desde que se fue el papá", "vive con sus abuelos", "family"},
	{"es", "el papá de sus hijos no le pasa la pensión", "el papá de sus hijos", "family"},
	{"es", "tengo una consultante de 28. es mamá soltera y trabaja doble turno", "mamá soltera", "family"},
	{"es", "mi paciente es viuda desde hace un año", "viuda", "family"},
	{"es", "mi paciente tiene 15. su madrastra la trata muy mal", "madrastra", "family"},
	{"es", "mi paciente tiene la custodia compartida con su ex", "custodia compartida", "family"},
	{"es", "mi consultante fue adoptada de bebé", "adoptada", "family"},
	{"es", "su mamá está presa y él vive con una tía", "mamá está presa", "family"},
	{"es", "mi paciente tiene 14 años. es el mayor de 5 hermanos y los cuida a todos", "el mayor de 5 hermanos", "family"},
	{"es", "mi paciente es indocumentado y le da miedo ir al médico", "indocumentado", "demographic"},
	{"es", "atiendo a una señora de 60. es testigo de Jehová y no acepta transfusiones", "testigo de Jehová", "demographic"},
	{"es", "consulta por una joven: es solicitante de asilo y llegó sola", "solicitante de asilo", "demographic"},
	{"es", "mi paciente es evangélica y su iglesia la presiona", "evangélica", "demographic"},
	{"es", "mi consultante es indígena y habla mixteco en casa", "indígena", "demographic"},
	{"es", "mi paciente es gay y su familia no lo sabe", "gay", "demographic"},
	{"es", "mi paciente tiene 30. es ciego desde los 10 años", "ciego", "demographic"},
	{"es", "mi consultante anda en silla de ruedas desde el accidente", "silla de ruedas", "demographic"},
	{"es", "mi consultante de las 5 canceló otra vez", "consultante de las 5", "relationship"},
}

// typedFamilyClean are sentences of the same shapes about nobody in
// particular: the poster's own family and identity, a population a
// service is for, a question of policy. None may give a finding of the
// category.
var typedFamilyClean = []struct{ lang, text, category string }{
	{"en", "my grandma lives with us now and my kids love it", "family"},
	{"en", "my own step-mom was a huge part of my life growing up", "family"},
	{"en", "any good co-parenting resources for divorced parents?", "family"},
	{"en", "looking for support groups for LGBTQ+ youth in the area", "demographic"},
	{"en", "anyone have resources for refugee families?", "demographic"},
	{"en", "I specialize in working with veterans and first responders", "demographic"},
	{"en", "trainings on working with deaf and hard of hearing clients?", "demographic"},
	{"en", "our practice welcomes clients of all faiths and none", "demographic"},
	{"en", "what's your policy on friending ex-clients?", "relationship"},
	{"en", "I have a 3pm opening on thursdays if anyone needs a referral", "relationship"},
	{"en", "my own kiddos are home sick today so I'm on zoom", "relationship"},
	{"en", "thanks for sharing, this thread is so helpful", "relationship"},
	{"en", "clients are always welcome back after a break", "relationship"},
	{"en", "is there a somali speaking counsellor nearby?", "demographic"},
	{"fr", "des groupes de soutien pour les familles recomposées?", "family"},
	{"fr", "ma belle-mère vient souper dimanche", "family"},
	{"fr", "je cherche des ressources pour demandeurs d'asile", "demographic"},
	{"es", "busco recursos para familias refugiadas", "demographic"},
	{"es", "¿alguien trabaja con personas indocumentadas?", "demographic"},
	{"es", "mi abuela vive con nosotros desde el año pasado", "family"},
}

func TestTypedFamily(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range typedFamily {
		t.Run(tt.lang+"/"+tt.category+"/"+tt.text, func(t *testing.T) {
			if ok, got := findingOver(t, a, tt.lang, tt.text, tt.want, ofCategory(tt.category)); !ok {
				t.Errorf("Analyze(%q) = %v; want a %s finding over %q", tt.text, got, tt.category, tt.want)
			}
		})
	}
}

func TestTypedFamilyClean(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range typedFamilyClean {
		res := a.Analyze(Input{Text: tt.text, Lang: tt.lang})
		for _, f := range res.Findings {
			if f.Category == tt.category {
				t.Errorf("Analyze(%q) has %s finding %q (%s); want none", tt.text, f.Category, f.Text, f.Rule)
			}
		}
	}
}
