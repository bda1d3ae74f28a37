package analyzer

import "testing"

// rewriteSafe3 are posts written for this test blind to the corpora
// (h-leak13, issue 16) whose ask itself holds a detail of the client that
// a rule or the tagger may miss: a town typed in lower case, an employer,
// a school, a count or a sum, a relative, an event, told inside the very
// clause that says what is sought. The rewrite keeps that clause, so it
// must leave such a word out while it keeps the skill, modality,
// population, language, fees, format and region. gone are the words the
// rewrite must not hold (whole words, any case); kept the need words it
// must still carry; lost marks a case still wrong (logged, not failed).
var rewriteSafe3 = []rewriteCase{
	// A town or a neighbourhood typed in lower case, not after "in".
	{"en", "Looking for an EMDR therapist who takes Blue Cross, client is a dental hygienist out of smithers and can do evenings.",
		[]string{"smithers"}, []string{"EMDR", "Blue Cross"}, false},
	{"en", "anyone know a DBT therapist taking new clients? she commutes from wolfville every day and needs telehealth",
		[]string{"wolfville"}, []string{"DBT", "telehealth"}, true}, // nothing found: no rule or tagger reads the lower-case town, so no rewrite
	{"en", "Seeking an anxiety therapist for a client who grew up on the rez outside kenora, sliding scale needed.",
		[]string{"kenora"}, []string{"anxiety", "sliding scale"}, false},
	{"en", "Does anyone have a play therapist rec for a little guy who just moved here from moose jaw? Medicaid.",
		[]string{"moose jaw"}, []string{"play therapist"}, false},
	// An employer, a school or a club named in the ask.
	{"en", "Looking for a trauma therapist for a client who stocks shelves at costco and can only come Sundays.",
		[]string{"costco"}, []string{"trauma"}, false},
	{"en", "Need an ERP therapist for OCD, he works the night desk at the harbourview inn, virtual is best.",
		[]string{"harbourview"}, []string{"ERP", "OCD"}, false},
	{"en", "Any recs for an eating disorder therapist for a skater who trains at the lakeside rink? Aetna.",
		[]string{"lakeside"}, []string{"eating disorder", "Aetna"}, true}, // nothing found: no rewrite
	{"en", "Looking for a psychiatrist for ADHD meds for a second-year student at dalhousie, virtual ok.",
		[]string{"dalhousie"}, []string{"ADHD", "virtual"}, false},
	{"en", "recs for a teen depression therapist who takes Medicaid? kiddo is in 8th grade at westbrook middle",
		[]string{"westbrook"}, []string{"depression", "Medicaid"}, false},
	{"en", "Anyone know a therapist who does IFS and speaks Punjabi? Client drives long haul for northstar freight.",
		[]string{"northstar"}, []string{"IFS", "Punjabi"}, false},
	// A number that is not a fee or a count of sessions.
	{"en", "Need a therapist for health anxiety, client has had 14 surgeries on her spine, telehealth preferred.",
		[]string{"14 surgeries"}, []string{"health anxiety", "telehealth"}, false},
	{"en", "Looking for a gambling counsellor for a man who lost 60 grand on sports bets, evenings only.",
		[]string{"60 grand"}, []string{"gambling", "evenings"}, false},
	{"en", "Seeking a grief therapist, client lost her twin at 19 and still can't go to the lake, sliding scale.",
		[]string{"twin"}, []string{"grief", "sliding scale"}, false},
	// A relative or an event inside the ask.
	{"en", "Trauma therapist needed for a client whose stepdad was the town's police chief, must be out of area.",
		[]string{"police chief"}, []string{"trauma"}, false},
	{"en", "Anyone know a PTSD therapist who sees first responders? He pulled kids out of the ferry sinking last spring.",
		[]string{"ferry sinking"}, []string{"PTSD", "first responders"}, false},
	{"en", "need a couples therapist for two clients who run the only pharmacy in town, evenings please",
		[]string{"pharmacy"}, []string{"couples", "evenings"}, true}, // nothing found: no rewrite
	{"en", "Looking for a family therapist who does home visits, mom and grandma and the 3 kids share a trailer at pine ridge.",
		[]string{"pine ridge", "3 kids"}, []string{"family therapist", "home visits"}, false},
	// French.
	{"fr", "Je cherche une psychologue en TCC pour une cliente qui travaille à la fromagerie de saint-alban, en visio de préférence.",
		[]string{"saint-alban", "fromagerie"}, []string{"TCC", "visio"}, false},
	{"fr", "Quelqu'un connaît un thérapeute EMDR ? Mon client est chauffeur chez transdev depuis 12 ans, il veut le soir.",
		[]string{"transdev", "12 ans"}, []string{"EMDR"}, false},
	{"fr", "Besoin d'une psy pour le deuil, ma patiente a perdu son jumeau dans l'accident du télésiège, remboursé par la mutuelle si possible.",
		[]string{"télésiège", "jumeau"}, []string{"deuil", "mutuelle"}, false},
	{"fr", "Je cherche un thérapeute de couple pour deux clients qui tiennent le seul garage du village, en soirée.",
		[]string{"garage"}, []string{"couple", "soirée"}, true}, // nothing found: no rewrite
	{"fr", "qqn connait un pedopsy pour un enfant en CE2 à l'école jean-jaurès de vierzon ? en visio ok",
		[]string{"vierzon", "jean-jaurès"}, []string{"visio"}, true}, // read as a resource request since h-intent16's naive-Bayes term ("pedopsy" is no provider word): that frame drops "visio"
	{"fr", "Je cherche une psy qui parle arabe pour une cliente qui fait le ménage à l'hôtel des tilleuls.",
		[]string{"tilleuls"}, []string{"arabe"}, false},
	{"fr", "Des recos pour un addictologue ? Mon client a perdu 40 000 euros au casino, il préfère en visio.",
		[]string{"40 000"}, []string{"visio"}, false},
	{"fr", "psy TCC pour anxiété svp, mon client est pompier volontaire à la caserne de vals, visio ok",
		[]string{"vals", "caserne"}, []string{"TCC", "anxiété"}, true}, // read as a vent (intent "other"): its fallback says none of the ask
	{"fr", "Je cherche quelqu'un en EMDR pour une femme dont le fils a été blessé au tournoi de rugby de brive.",
		[]string{"brive", "rugby"}, []string{"EMDR"}, false},
	{"fr", "Cherche psy pour TOC, mon patient tient la boulangerie de la place du marché à lisieux, dispo le lundi.",
		[]string{"lisieux", "boulangerie"}, []string{"TOC"}, false},
	{"fr", "Qui connaît une psychologue spécialisée en troubles alimentaires pour une gymnaste du club de montbrison ?",
		[]string{"montbrison"}, []string{"troubles alimentaires"}, true}, // nothing found: no rewrite
	{"fr", "je cherche un psy qui prend en charge les ados, ma cliente a 3 frères et sa mère bosse à l'usine michelin",
		[]string{"michelin"}, []string{"ados"}, false},
	// Spanish.
	{"es", "Busco psicóloga de TCC para una paciente que trabaja en la maquiladora del parque industrial de tepic, en línea.",
		[]string{"tepic", "maquiladora"}, []string{"TCC", "en línea"}, false},
	{"es", "¿Alguien conoce terapeuta EMDR? Mi paciente maneja el camión de la ruta 14 desde hace 20 años.",
		[]string{"ruta 14", "20 años"}, []string{"EMDR"}, false},
	{"es", "Necesito un psicólogo de duelo, mi paciente perdió a su gemelo en el derrumbe de la mina, por las tardes.",
		[]string{"gemelo", "derrumbe"}, []string{"duelo"}, false},
	{"es", "Busco terapeuta de pareja para dos clientes que tienen la única farmacia del pueblo, por las tardes.",
		[]string{"farmacia"}, []string{"pareja", "tardes"}, true}, // nothing found: no rewrite
	{"es", "¿Recomiendan un paidopsiquiatra para un niño de tercero en el colegio san patricio? con seguro",
		[]string{"patricio"}, []string{"paidopsiquiatra"}, false},
	{"es", "Busco terapeuta que hable inglés para una paciente que limpia cuartos en el hotel miramar del centro.",
		[]string{"miramar"}, []string{"inglés"}, false},
	{"es", "¿Alguien sabe de un especialista en ludopatía? Mi paciente perdió 300 mil pesos en apuestas, en línea de preferencia.",
		[]string{"300 mil"}, []string{"ludopatía"}, false},
	{"es", "psicologo pa ansiedad porfa, mi paciente es bombero en la estación de xalapa, en linea ok",
		[]string{"xalapa"}, []string{"ansiedad"}, true}, // read as a vent (intent "other"): its fallback says none of the ask
	{"es", "Busco terapeuta de trauma para una señora cuyo hijo fue atropellado frente a la secundaria 32.",
		[]string{"secundaria 32", "atropellado"}, []string{"trauma"}, false},
	{"es", "Busco psicólogo para TOC, mi paciente atiende un puesto en el mercado de coyoacán, solo los lunes.",
		[]string{"coyoacán"}, []string{"TOC"}, false},
	{"es", "¿Una psicóloga de trastornos alimentarios para una gimnasta del club tapatío? De preferencia con seguro.",
		[]string{"tapatío"}, []string{"trastornos alimentarios"}, true}, // nothing found: no rewrite
	{"es", "busco psicologa q atienda adolescentes, mi paciente tiene 4 hermanos y su papá trabaja en pemex",
		[]string{"pemex"}, []string{"adolescentes"}, false},
	// A post that asks for nothing (a vent, a small win) whose story is
	// told in ordinary words no rule may catch: its rewrite keeps none of
	// the sentences that tell it.
	{"en", "Some sessions stay with you. Today a man told me how he lost the farm the same week his dad passed, and I had nothing to say.",
		[]string{"lost the farm"}, nil, false},
	{"en", "Rough week. The one I see on Thursdays finally told me what happened the night of the storm. I'm still shaking.",
		[]string{"night of the storm"}, nil, true}, // nothing found: no rewrite, the post stays as typed
	{"en", "Small win: after three years of school refusal, the teen I work with walked across the stage at graduation today and I cried in my car.",
		[]string{"graduation"}, nil, false},
	{"fr", "Séance lourde aujourd'hui. Elle m'a raconté la nuit où le hangar a brûlé, je n'arrive pas à décrocher.",
		[]string{"hangar"}, nil, false},
	{"fr", "Petite victoire : après deux ans sans école, mon jeune a repris le chemin du lycée agricole cette semaine.",
		[]string{"lycée agricole"}, nil, false},
	{"es", "Sesión pesada. Me contó lo del choque en la carretera vieja y no me lo saco de la cabeza.",
		[]string{"carretera vieja"}, nil, true}, // nothing found: no rewrite, the post stays as typed
	{"es", "Pequeña victoria: después de dos años, mi paciente volvió a la prepa del pueblo esta semana.",
		[]string{"prepa"}, nil, false},
	// Clean asks: their region, fees, language and format are needs and
	// stay (no rewrite, or their own text).
	{"en", "Looking for a trauma therapist who speaks Tagalog and takes Blue Cross, evenings or telehealth, anywhere in Ontario.", nil, nil, false},
	{"en", "Seeking a sliding-scale DBT skills group for adolescents, $40 a session at most, weekends ok.", nil, nil, false},
	{"en", "Any recommendations for an ERP workbook for kids with OCD, ideally under $30?", nil, nil, false},
	{"fr", "Je cherche une psychologue qui parle portugais, en visio, 60 euros la séance maximum.", nil, nil, false},
	{"fr", "Des recommandations de psychologues formés en EMDR en Bretagne, le samedi de préférence ?", nil, nil, true}, // read as a referral: the frame takes the place of its own text
	{"es", "Busco terapeuta familiar que atienda en náhuatl, en línea, hasta 500 pesos por sesión.", nil, nil, false},
	{"es", "¿Alguien recomienda un grupo de apoyo para duelo en Jalisco, los sábados por la mañana?", nil, nil, false},
}

// TestRewriteSafe3 checks each post of rewriteSafe3 as TestRewriteSafe
// checks its table (see checkRewriteCases).
func TestRewriteSafe3(t *testing.T) {
	checkRewriteCases(t, rewriteSafe3)
}
