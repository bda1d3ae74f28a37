package rewrite_test

import "testing"

// TestAskEndsAtClientTurn checks, on posts written for the purpose, that
// an ask joined to the client's story by a comma, a dash, a semicolon or
// "bc"/"since"/"parce que"/"pues" ends there: the ask stays in the
// rewrite and the client's story after the break does not.
func TestAskEndsAtClientTurn(t *testing.T) {
	checkRewrites(t, []rewriteCase{
		{"en", "Anyone in Halifax doing autism assessments for adults with a short wait, client is a nursing student and her school clinic is full until June.",
			[]string{"autism assessments for adults"}, []string{"nursing student", "Halifax"}},
		{"en", "Looking for an EMDR therapist with Saturday slots, pt is a welder and works nights in Elko.",
			[]string{"EMDR therapist"}, []string{"welder", "Elko"}},
		{"en", "Does anyone know of DBT groups with openings in Moncton, my client is a paramedic and just went back to shifts.",
			[]string{"DBT groups"}, []string{"paramedic", "Moncton"}},
		{"en", "Need a psychiatrist who takes Medicaid near Truro - she's a cashier at the mill and has no car.",
			[]string{"psychiatrist who takes Medicaid"}, []string{"cashier", "Truro"}},
		{"en", "Looking for someone who does couples work on evenings around Brandon; the client is a pastor and his wife teaches at the high school.",
			[]string{"couples work"}, []string{"pastor", "Brandon"}},
		{"en", "Recs for an OCD specialist doing ERP by telehealth bc client is a long-haul trucker based in Sudbury.",
			[]string{"OCD specialist", "ERP"}, []string{"trucker", "Sudbury"}},
		{"en", "Anyone doing play therapy with a sliding scale since my client is a single dad who drives a cab in Kamloops.",
			[]string{"play therapy"}, []string{"cab", "Kamloops"}},
		{"en", "Looking for a trauma-informed yoga group in Regina, he's a retired firefighter and lost his brother last fall.",
			[]string{"trauma-informed yoga group"}, []string{"firefighter", "Regina"}},
		{"en", "Seeking a grief counsellor with daytime hours, the client is a dental hygienist in Corner Brook.",
			[]string{"grief counsellor"}, []string{"dental hygienist", "Corner Brook"}},
		{"en", "Looking for ADHD coaching for adults online, pt is a bartender in Whitehorse and sleeps until noon.",
			[]string{"ADHD coaching"}, []string{"bartender", "Whitehorse"}},
		{"fr", "Quelqu'un connaît une psychologue formée en TCC à Rimouski, ma cliente est boulangère et travaille de nuit.",
			[]string{"psychologue formée en TCC"}, []string{"boulangère", "Rimouski"}},
		{"fr", "Je cherche un groupe de TCD avec des places en soirée, mon client est chauffeur d'autobus à Gaspé.",
			[]string{"groupe de TCD"}, []string{"chauffeur", "Gaspé"}},
		{"fr", "Je cherche une psychologue qui voit des adultes en soirée, parce que mon patient est comptable à Sherbrooke et bégaie.",
			[]string{"psychologue qui voit des adultes"}, []string{"comptable", "Sherbrooke"}},
		{"fr", "Recherche un psychiatre qui accepte de nouveaux patients - elle est infirmière à Chicoutimi.",
			[]string{"psychiatre"}, []string{"infirmière", "Chicoutimi"}},
		{"fr", "Je cherche quelqu'un qui fait de l'EMDR à Trois-Rivières avec des disponibilités le samedi ; la cliente est pompière depuis dix ans.",
			[]string{"EMDR"}, []string{"pompière", "Trois-Rivières"}},
		{"es", "Busco psicóloga con formación en TCC en Temuco, mi paciente es panadera y trabaja de noche.",
			[]string{"psicóloga con formación en TCC"}, []string{"panadera", "Temuco"}},
		{"es", "¿Alguien conoce un grupo de DBT con cupo en Puebla, la paciente es enfermera en el hospital regional?",
			[]string{"grupo de DBT"}, []string{"enfermera", "Puebla"}},
		{"es", "Necesito un psiquiatra que atienda por videollamada, pues mi cliente es taxista en Tepic y no tiene horario fijo.",
			[]string{"psiquiatra"}, []string{"taxista", "Tepic"}},
		{"es", "Busco terapeuta de pareja con horario vespertino - el paciente es profesor en Oaxaca.",
			[]string{"terapeuta de pareja"}, []string{"profesor", "Oaxaca"}},
		{"es", "Recomendaciones de terapeuta EMDR en Rosario, mi paciente es bombero desde hace años.",
			[]string{"terapeuta EMDR"}, []string{"bombero", "Rosario"}},
	})
}
