package analyzer

import "testing"

// rewriteSafe are posts that describe a person while asking for something,
// written for this test blind to the corpora (h-leak10, issue 16), in the
// places a rewrite keeps a sentence and so can keep a description with it:
// a need clause ("she needs someone who ..."), a list of needs with a
// description among them, a participle or "with" phrase after the person
// in the ask, a reason clause, a relative clause set off by commas, an
// aside in brackets, and posts in which nothing at all is found
// that still describe a person ("a guy I'm seeing", "a kiddo on my
// caseload", "une maman que j'accompagne", "un chico que atiendo"): a user
// expects the generalized version of those too. gone are the words the
// rewrite must not hold (whole words, any case); kept the need words it
// must still carry; lost marks a case still wrong (logged, not failed).
var rewriteSafe = []rewriteCase{
	// A need clause that carries a description.
	{"en", "Looking for an EMDR therapist. She needs someone who won't mind that she runs the only bakery on the main street.",
		[]string{"bakery"}, []string{"EMDR"}, false},
	{"en", "Seeking a grief counsellor with evening hours. He needs someone who understands he coaches the varsity hockey team.",
		[]string{"hockey"}, []string{"grief"}, false},
	{"en", "need a trauma therapist asap, she needs someone ok with the fact she drives the snowplow for the county",
		[]string{"snowplow"}, []string{"trauma"}, false},
	{"fr", "Je cherche une psychologue en TCC. Elle a besoin de quelqu'un qui comprend qu'elle tient la seule pharmacie du village.",
		[]string{"pharmacie"}, []string{"TCC"}, false},
	{"es", "Busco terapeuta de pareja. Necesitan a alguien que entienda que él maneja el único taxi del pueblo.",
		[]string{"taxi"}, []string{"pareja"}, false},
	// A description among a list of needs.
	{"en", "Referral please: DBT, sliding scale, evenings, and someone close to the ferry dock where he fixes boats.",
		[]string{"ferry", "boats"}, []string{"DBT", "sliding scale"}, true}, // lost with h-demorel11's retrain: "boats" stays
	{"en", "Needs: telehealth, takes Medicaid, ok with a client who breeds show poodles and travels to shows most weekends.",
		[]string{"poodles"}, []string{"telehealth", "Medicaid"}, false},
	{"fr", "Besoins : téléconsultation, tarif réduit, et quelqu'un qui accepte une cliente qui élève des chevaux de course.",
		[]string{"chevaux"}, []string{"téléconsultation"}, true}, // read as a consultation: its fallback drops the needs
	{"es", "Necesito: sesiones en línea, tarifa social, y alguien que atienda a una paciente que cría caballos de carrera.",
		[]string{"caballos"}, []string{"en línea"}, false},
	// A participle or "with" phrase after the person in the ask.
	{"en", "Can anyone recommend a grief therapist for a retired pilot mourning his twin brother after the accident at the lake?",
		[]string{"pilot", "twin"}, []string{"grief"}, false},
	{"en", "Looking for a DBT clinician for a teen girl living with her grandmother above the laundromat downtown.",
		[]string{"laundromat", "grandmother"}, []string{"DBT"}, false},
	{"en", "any1 know a CBT therapist for a dad w/ a son locked up in juvie? he's wrecked",
		[]string{"juvie"}, []string{"CBT"}, false},
	{"fr", "Quelqu'un connaît un psy en EMDR pour un pompier à la retraite qui a perdu son fils dans l'incendie de l'usine ?",
		[]string{"pompier", "usine"}, []string{"EMDR"}, false},
	{"es", "¿Alguien conoce un terapeuta de duelo para una señora viuda que vende flores frente al mercado municipal?",
		[]string{"flores", "mercado"}, []string{"duelo"}, false},
	// A reason clause.
	{"en", "I need a telehealth therapist for this client because she's the mayor's sister and everyone in town knows her.",
		[]string{"mayor"}, []string{"telehealth"}, false},
	{"en", "Need someone out of area for anxiety since my client is the only vet in our valley and sees all the therapists' pets.",
		[]string{"vet"}, []string{"anxiety"}, false},
	{"fr", "J'ai besoin d'un thérapeute hors région pour de l'anxiété, car ma cliente est la seule notaire du canton.",
		[]string{"notaire"}, []string{"anxiété"}, false},
	{"es", "Necesito un terapeuta fuera de la zona para ansiedad porque mi paciente es la única jueza del distrito.",
		[]string{"jueza"}, []string{"ansiedad"}, false},
	// Nothing found, a person described, no word "client".
	{"en", "Looking for a therapist who does EMDR for a guy in his fifties who lost the family dairy farm last spring.",
		[]string{"dairy"}, []string{"EMDR"}, false},
	{"en", "Anyone have a DBT referral for a young woman I'm working with who rides rodeo on weekends?",
		[]string{"rodeo"}, []string{"DBT"}, false},
	{"en", "kiddo on my caseload needs a play therapist, plays tuba in the middle school band, mom wants someone covered by medicaid",
		[]string{"tuba"}, []string{"play therapist", "medicaid"}, true}, // lost with h-demorel11's retrain: "tuba" stays
	{"en", "Need a couples therapist for a pair I see who run the ski shop at the pass. Weekends only.",
		[]string{"ski shop"}, []string{"couples"}, true}, // "a pair I see": no pronoun, no person noun, no rewrite
	{"en", "Referral for someone I'm supporting: an older gentleman who volunteers at the fire hall, struggling with insomnia. Medicare.",
		[]string{"fire hall"}, []string{"insomnia", "Medicare"}, false},
	{"fr", "Je cherche une psy pour une maman que j'accompagne, qui travaille de nuit à la fromagerie. Idéalement en ligne.",
		[]string{"fromagerie"}, []string{"en ligne"}, false},
	{"fr", "Un ado que je suis joue de la batterie dans un groupe de métal et a besoin d'un suivi pour anxiété sociale.",
		[]string{"batterie"}, []string{"anxiété sociale"}, false},
	{"es", "Busco psicóloga para un chico que atiendo, repartidor de pizzas de noche, con ataques de pánico.",
		[]string{"pizzas"}, []string{"pánico"}, false},
	{"es", "Una señora que acompaño limpia la iglesia del barrio y necesita terapia de duelo en línea.",
		[]string{"iglesia"}, []string{"duelo"}, false},
	// A description after a comma in a kept ask.
	{"en", "Anyone know a male therapist who does ERP? My client, the guy who runs the hardware store on Fifth, wants a man.",
		[]string{"hardware store"}, []string{"ERP"}, false},
	{"en", "Looking for ADHD testing for a 30s woman, a line cook at the diner by the highway, who can only do mornings.",
		[]string{"line cook", "diner"}, []string{"ADHD"}, false},
	{"fr", "Je cherche un bilan TDAH pour une femme dans la trentaine, cuisinière au resto routier, disponible le matin seulement.",
		[]string{"cuisinière", "routier"}, []string{"TDAH"}, false},
	{"es", "Busco evaluación de TDAH para un hombre de treinta y tantos, mecánico del taller de la esquina, solo por las mañanas.",
		[]string{"mecánico", "taller"}, []string{"TDAH"}, false},
	// Level of care and age group stay, the event goes.
	{"en", "Seeking IOP for a teenager discharged yesterday after jumping from the railway bridge. Family has Aetna.",
		[]string{"railway bridge", "yesterday"}, []string{"IOP", "Aetna"}, false},
	{"en", "Need step-down care for an older adult just out of the psych ward after the fire in her apartment building.",
		[]string{"fire"}, []string{"step-down"}, false},
	{"fr", "Je cherche un hôpital de jour pour une ado sortie hier de pédopsychiatrie après une fugue de trois semaines.",
		[]string{"fugue", "hier"}, []string{"hôpital de jour"}, false},
	{"es", "Busco hospital de día para un adolescente dado de alta ayer tras escaparse de casa tres semanas.",
		[]string{"escaparse", "ayer"}, []string{"hospital de día"}, false},
	// Language and culture stay, the place of origin and the story go.
	{"en", "Looking for a Tagalog-speaking therapist for a caregiver who came over last year to care for a family on our street.",
		[]string{"our street", "caregiver"}, []string{"Tagalog"}, false},
	{"fr", "Je cherche une thérapeute qui parle arabe pour une dame arrivée l'an dernier qui fait le ménage à l'école du quartier.",
		[]string{"ménage", "école"}, []string{"arabe"}, false},
	{"es", "Busco terapeuta que hable mixteco para un señor que llegó este año y trabaja en el vivero de la carretera.",
		[]string{"vivero", "carretera"}, []string{"mixteco"}, false},
	// A relative clause set off by commas after the person ("the client,
	// who ..., prefers"), and an aside in brackets.
	{"en", "Looking for a trauma therapist who takes BCBS. The client, who coaches little league, prefers a woman.",
		[]string{"little league"}, []string{"BCBS", "woman"}, false},
	{"en", "need a dbt therapist, my cl, who drives for the ambulance service, wants evenings",
		[]string{"ambulance"}, []string{"dbt"}, false},
	{"fr", "Je cherche une thérapeute en TCC. La cliente, qui tient le kiosque à journaux de la gare, préfère une femme.",
		[]string{"kiosque"}, []string{"TCC"}, false},
	{"es", "Busco terapeuta de TCC. La paciente, que atiende el quiosco de la estación, prefiere una mujer.",
		[]string{"quiosco"}, []string{"TCC"}, false},
	{"en", "Anyone who works with first responders? As a paramedic on the night crew, he can only do mornings.",
		[]string{"paramedic", "night crew"}, []string{"first responders"}, true}, // a tagger span listed as a need
	{"es", "Busco terapeuta de TCC (es azafata, horario irregular) que atienda en línea.",
		[]string{"azafata"}, []string{"TCC"}, true}, // nothing found, no pronoun (a null subject): no rewrite
	// Typed in a hurry.
	{"en", "need emdr therapist 4 my cl, shes the dental hygienist everyone in town goes 2, so telehealth pls",
		[]string{"dental hygienist"}, []string{"emdr", "telehealth"}, false},
	{"en", "who does dbt near denver for a teen who got kicked off the swim team for vaping in the locker room",
		[]string{"swim team", "locker room"}, []string{"dbt"}, false},
	{"en", "recs for a grief group? my cl lost her husband in the mine collapse, she wants evenings",
		[]string{"mine collapse"}, []string{"grief"}, false},
	{"fr", "qqn connait un psy tcc pr mon client, il est chauffeur de bus scolaire ds le coin, il veut le soir",
		[]string{"chauffeur", "bus scolaire"}, []string{"tcc"}, false},
	{"es", "alguien conoce psicologo tcc pa mi paciente, es el cartero del pueblo, quiere citas en la tarde",
		[]string{"cartero"}, []string{"tcc"}, false},
	// Clean posts: no rewrite, or their own text.
	{"en", "Does anyone have a good CBT workbook for insomnia they'd recommend?", nil, nil, false},
	{"en", "What's everyone's favourite EMDR training for newer clinicians?", nil, nil, false},
	{"fr", "Des suggestions de formation en TCC pour les troubles anxieux ?", nil, nil, false},
	{"es", "¿Alguien recomienda un curso de terapia de pareja en línea?", nil, nil, false},
	{"en", "I'm a new grad looking for a clinical supervisor who does DBT, online is fine.", nil, nil, false},
	{"en", "Looking for a good CBT workbook for my own anxiety, my therapist said she would go through it with me.", nil, nil, true}, // as before this table: an ask about "she" is dropped as a client's story, and the frame takes its place
	{"en", "My supervisor says she wants us to try a new intake form. How do others structure first sessions?", nil, nil, false},
	{"fr", "Ma collègue prend sa retraite et elle cherche quelqu'un pour reprendre son groupe TCC. Intéressé·e ?", nil, nil, true}, // as before this table: an ask about "she" is dropped as a client's story, and the frame takes its place
	{"es", "Mi colega se jubila y ella busca a alguien que tome su grupo de TCC. ¿Alguien interesado?", nil, nil, true},            // as before this table: an ask about "she" is dropped as a client's story, and the frame takes its place
}

// TestRewriteSafe checks each post of rewriteSafe: a post with gone words
// gets a rewrite without them and with its kept words; a post without
// gone words (a clean one) gets no rewrite or its own text back, never a
// template in place of what it asked.
func TestRewriteSafe(t *testing.T) {
	checkRewriteCases(t, rewriteSafe)
}
