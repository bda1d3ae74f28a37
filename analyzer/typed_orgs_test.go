package analyzer

import "testing"

// typedOrgs are employers, schools, local businesses, agencies, clinics,
// churches, teams and places the way clinicians type them in a hurry
// (issue 14): all lower case, shorthand, a possessive without its
// apostrophe, a school cut to its first word and its kind ("lincoln
// high"), a chain with the street it stands on. Each sentence was written
// for this test, as a kind of detail, in each language, without reading
// the corpora: the post must give a finding of the category that overlaps
// the wanted text. A case marked open is a structure the analyzer does
// not cover yet: the test logs it instead of failing, so the table says
// what is left.
var typedOrgs = []typedRow{
	// Local businesses named before their kind.
	{"en", "my cl works nights at the blue heron diner and hates it", "blue heron", "organization", false},
	{"en", "her dad owns novak's bakery on the main drag", "novak's", "organization", true},
	{"en", "hes a line cook at dmitris grill, 60 hrs a week", "dmitris", "organization", false},
	{"en", "she got fired from the juniper tavern last month", "juniper", "organization", false},
	{"en", "she works at the silver birch motel front desk", "silver birch", "organization", false},
	{"en", "my client cleans at okafor auto body on weekends", "okafor", "organization", false},
	{"en", "shes a stylist at the velvet comb salon", "velvet comb", "organization", false},
	{"en", "he waits tables at the copper kettle cafe", "copper kettle", "organization", false},
	{"en", "her husband drives for brennan trucking", "brennan", "organization", false},
	// Chains and big employers in lower case.
	{"en", "my client works at the amazon warehouse off the highway", "amazon", "organization", false},
	{"en", "she stocks shelves at walmart on 5th", "walmart", "organization", false},
	{"en", "hes a shift lead at costco and cant get time off", "costco", "organization", false},
	{"en", "she stocks shelves at home depot nights", "home depot", "organization", true},
	// Schools typed short.
	{"en", "my cl goes to lincoln high and gets bullied", "lincoln high", "organization", false},
	{"en", "her son is in 3rd grade at westbrook elem", "westbrook", "organization", false},
	{"en", "he's a sophomore at jefferson high school", "jefferson", "organization", false},
	{"en", "she just started at hawthorne middle this fall", "hawthorne", "organization", false},
	{"en", "the kid attends roosevelt elementary", "roosevelt", "organization", false},
	{"en", "he got expelled from oakridge academy", "oakridge", "organization", false},
	{"en", "her daughter goes to st brigids", "st brigids", "organization", false},
	{"en", "my cl got discharged from lakeshore general hospital yesterday", "lakeshore", "organization", false},
	{"en", "her son is a freshman at bellweather college", "bellweather", "organization", false},
	// Agencies, churches, clinics, teams.
	{"en", "cps got involved after the school called", "cps", "organization", true},
	{"en", "dcfs has had the case since spring", "dcfs", "organization", true},
	{"en", "she goes to first baptist every sunday", "first baptist", "organization", false},
	{"en", "her church (grace fellowship) knows everything", "grace fellowship", "organization", false},
	{"en", "he plays for the riverside rebels u14 team", "riverside rebels", "organization", false},
	// Places typed in lower case.
	{"en", "she lives off mill rd past the gas station", "mill rd", "location", false},
	{"en", "my cl lives in the north end with her aunt", "north end", "location", false},
	{"en", "he grew up in flagstaff and moved here at 20", "flagstaff", "location", false},
	{"en", "shes from sudbury originally, moved 2 yrs ago", "sudbury", "location", false},

	// French.
	{"fr", "ma cliente travaille chez metro depuis 10 ans", "metro", "organization", false},
	{"fr", "il fait son secondaire à la polyvalente des sommets", "polyvalente des sommets", "organization", false},
	{"fr", "elle étudie au cégep de rimouski en soins infirmiers", "cégep de rimouski", "organization", false},
	{"fr", "son fils va à l'école saint-bruno en 4e année", "saint-bruno", "organization", false},
	{"fr", "il travaille à la boulangerie chez gagnon sur la rue principale", "gagnon", "organization", false},
	{"fr", "elle est caissière au maxi du coin", "maxi", "organization", true},
	{"fr", "la dpj est impliquée depuis l'été", "dpj", "organization", true},
	{"fr", "il est suivi au clsc de la petite-patrie", "petite-patrie", "location", true},
	{"fr", "elle habite à sherbrooke avec sa mère", "sherbrooke", "location", false},
	{"fr", "mon client joue au hockey pour les cobras de laval", "cobras", "organization", true},
	{"fr", "elle va à l'église saint-michel chaque dimanche", "saint-michel", "organization", true},

	// Spanish.
	{"es", "mi paciente trabaja en el oxxo de la esquina", "oxxo", "organization", true},
	{"es", "mi paciente va a la prepa 5 y tiene 16", "prepa 5", "organization", false},
	{"es", "vive en la colonia roma con su abuela", "colonia roma", "location", false},
	{"es", "su hija estudia en el colegio san ignacio", "san ignacio", "organization", false},
	{"es", "trabaja de cajera en walmart de insurgentes", "walmart", "organization", false},
	{"es", "mi cliente está en la secundaria técnica 14", "secundaria técnica 14", "organization", false},
	{"es", "el dif ya tiene el caso desde marzo", "dif", "organization", true},
	{"es", "vive en monterrey y trabaja en una maquila", "monterrey", "location", false},
	{"es", "mi paciente es mesera en la cafetería los arcos", "los arcos", "organization", false},
	{"es", "trabaja en la panadería de don chuy", "don chuy", "organization", false},
}

// typedOrgsClean are sentences of the same shapes that name no one's
// employer, school or place: a kind with no name, a service asked for as a
// resource, the poster's own workplace.
var typedOrgsClean = []struct{ lang, text, category string }{
	{"en", "my client works at a bakery downtown", "organization"},
	{"en", "she works at the local diner most mornings", "organization"},
	{"en", "he goes to a high school across town", "organization"},
	{"en", "her kid is in middle school and struggling", "organization"},
	{"en", "he cooks at the corner cafe on weekends", "organization"},
	{"en", "she was taken to the hospital by ambulance", "organization"},
	{"en", "works at the new italian restaurant by the mall", "organization"},
	{"en", "she goes to church every sunday", "organization"},
	{"en", "her daughter was born at the children's hospital", "organization"},
	{"en", "he dropped out of the local community college", "organization"},
	{"en", "does anyone know a good sushi restaurant for a team lunch", "organization"},
	{"en", "his blood sugar was really high last week", "organization"},
	{"en", "he goes to the public high school near his dad", "organization"},
	{"fr", "il va à la polyvalente depuis septembre", "organization"},
	{"fr", "mon client est au cégep et il aime ça", "organization"},
	{"es", "trabaja en una panadería cerca de su casa", "organization"},
	{"es", "va a la prepa y saca buenas notas", "organization"},
	{"es", "su hijo está en la secundaria y le va mal", "organization"},
}

func TestTypedOrgs(t *testing.T) {
	checkTypedRows(t, typedOrgs)
}

func TestTypedOrgsClean(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range typedOrgsClean {
		res := a.Analyze(Input{Text: tt.text, Lang: tt.lang})
		for _, f := range res.Findings {
			if f.Category == tt.category {
				t.Errorf("Analyze(%q) has %s finding %q (%s); want none", tt.text, f.Category, f.Text, f.Rule)
			}
		}
	}
}
