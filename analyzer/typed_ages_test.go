package analyzer

import (
	"testing"
)

// typedAges holds a specific person's age as clinicians write it in a
// quick post (issue 14): a bare number after a name or a person, ages in
// words, age and sex run together ("34F", "M/17"), children's ages in a
// list, birthdays ("turns 16", "just turned 40"), decades and
// approximations ("late 60s", "pushing 70"), school years that tell an age
// ("a sophomore", "en CM2", "tercero de secundaria"), and the short forms
// of "years old" typed loosely ("15yo", "15 y.o", "15 yrs", "ans",
// "añitos"). Every sentence was written for this test from the annotation
// guide's definition of age, before reading any corpus post; none comes
// from a corpus. An open row is a case the analyzer does not cover yet:
// the test logs it.
var typedAges = []struct {
	lang, text, want string
	open             bool
}{
	// A bare number after a name or a person.
	{"en", "Referring Dana, 67, who lives alone since her husband died", "67", false},
	{"en", "my client (52) keeps cancelling last minute", "52", false},
	{"en", "new cl Marco, 23, works at the car wash", "23", false},
	{"en", "consult re: a retired teacher, 71, widowed in spring", "71", false},
	{"en", "pt 44 presenting w panic after a fender bender", "44", false},
	{"en", "her son (15) refuses to come to sessions", "15", false},
	{"en", "Ahmed (19) started uni in Sept and stopped eating", "19", false},
	{"en", "my guy, 38, drives a plow all winter", "38", false},
	// Ages in words.
	{"en", "she is fifty-two and just lost her job", "fifty-two", false},
	{"en", "my cl is a seventy-something widower who won't leave the house", "seventy-something", false},
	{"en", "my client is thirty four and newly sober", "thirty four", false},
	{"en", "a sixty-eight-year-old rancher with chronic pain", "sixty-eight-year-old", false},
	{"en", "he's forty, three kids, just got laid off", "forty", false},
	{"en", "his daughter is eleven and sleeps with the lights on", "eleven", false},
	// Age and sex run together.
	{"en", "consult: 34F, nurse, panic attacks on night shift", "34F", false},
	{"en", "referral for M/17, school refusal", "M/17", false},
	{"en", "17m client, court ordered, zero buy in", "17m", false},
	{"en", "f 22, first episode, family wants inpatient", "f 22", false},
	{"en", "new intake 45 M, veteran, lives in his truck", "45 M", false},
	{"en", "client is 28f, recently postpartum", "28f", false},
	{"en", "quick q about a 60m with a drinking problem", "60m", false},
	// Children's ages in a list.
	{"en", "client is a mom of 3, kids are 5, 8 and 11", "5, 8 and 11", false},
	{"en", "her boys are 7 and 9 and both in foster care", "7 and 9", false},
	{"en", "dad has the kids (4 & 6) every other weekend", "4 & 6", false},
	{"en", "two daughters aged 10 and 13 living with grandma", "10 and 13", false},
	// Birthdays.
	{"en", "she turns 16 next week and wants to move out", "16", false},
	{"en", "he just turned 40 and everything fell apart", "40", false},
	{"en", "my client turned 18 last month so consent changed", "18", false},
	{"en", "her son is turning 13 and the bar mitzvah is stressing everyone", "13", false},
	// Decades and approximations.
	{"en", "my cl is in his late 60s and just sold the farm", "late 60s", false},
	{"en", "she's mid-30s and a single mom", "mid-30s", false},
	{"en", "my cl is pushing 70 and still works the farm", "pushing 70", false},
	{"en", "a woman in her early forties with a new dx", "early forties", false},
	{"en", "hes early 20s, dropped out of college", "early 20s", false},
	{"en", "client is somewhere in her 50s, lives with her mom", "50s", false},
	{"en", "he's nearly 80 and his wife just went into care", "80", false},
	// School years as ages.
	{"en", "my client's son is a sophomore and skipping class", "sophomore", false},
	{"en", "she's in grade 10 and self harming", "grade 10", false},
	{"en", "her daughter is in 3rd grade and bites other kids", "3rd grade", false},
	{"en", "a high school senior who got into a fight on the bus", "high school senior", false},
	{"en", "he's a freshman in college and can't get out of bed", "freshman", false},
	{"en", "little guy is in kindergarten and won't talk at school", "kindergarten", false},
	{"en", "she's a year 9 girl at a private school", "year 9", false},
	// "years old" typed loosely.
	{"en", "client is 15yo and vaping constantly", "15yo", false},
	{"en", "a 15 y.o boy with tics", "15 y.o", false},
	{"en", "working w a 15 yrs girl who cuts", "15 yrs", false},
	{"en", "her son is 9 yrs old and wets the bed", "9 yrs old", false},
	{"en", "my cl is 33 yo, mom of two", "33 yo", false},
	{"en", "a 12yr old girl whose parents are divorcing", "12yr old", false},
	{"en", "aged 14, already in juvie twice", "14", false},
	{"en", "a 6 year old who saw her dad get arrested", "6 year old", false},
	{"en", "her 2yo has a feeding tube", "2yo", false},

	// Typed fast: lower case, no apostrophes, shorthand.
	{"en", "shes 16 n just found out shes pregnant", "16", false},
	{"en", "hes like 45 and never been to therapy", "45", false},
	{"en", "kid is 7 and wont sleep in his own bed", "7", false},
	{"en", "my 14 y/o cl got caught vaping at school", "14 y/o", false},
	{"en", "client is mid thirties, works in a bank", "mid thirties", false},
	{"en", "shes late twenties and lives w her parents", "late twenties", false},
	{"en", "guy is 40 something, divorced twice", "40 something", false},
	{"en", "his 17 yr old son stopped talking to him", "17 yr old", false},
	{"en", "my cl is 16yrs and couch surfing", "16yrs", true},
	{"en", "pt is a 72 yo vet w nightmares", "72 yo", false},
	{"en", "shes only 19 and already has 2 kids", "19", false},
	{"en", "her daughter just turned 5 and started kinder", "5", false},
	{"en", "he'll be 60 in march and is dreading retirement", "60", false},
	{"en", "client's son, 8, keeps running away from school", "8", false},
	{"fr", "mon client a genre 45 ans pis il boit trop", "45 ans", false},
	{"fr", "elle a juste 15 ans pis est enceinte", "15 ans", false},
	{"fr", "sa fille a 7 ans et mouille son lit", "7 ans", false},
	{"fr", "ma cliente a fêté ses 50 ans le mois passé", "50 ans", false},
	{"es", "la piba tiene 16 y ya no va al cole", "16", false},
	{"es", "mi paciente tiene como 45 años y toma mucho", "45 años", false},
	{"es", "su hijo tiene 7 añitos y no duerme solo", "7 añitos", false},
	{"es", "un señor de 80 y pico que vive solo", "80 y pico", false},
	// Kin words, bounds, "of", a field, typed as a form.
	{"en", "my client's son is a teenager and won't talk to her", "teenager", false},
	{"en", "my client, a woman over 60, just started dating again", "over 60", false},
	{"en", "working with a kid of 11 whose dad is in prison", "11", false},
	{"en", "quick consult, client age 34, very anxious", "34", false},
	{"en", "my cl (age 29) works in a bakery", "29", false},
	{"en", "her granddaughter, almost 4, lives with her", "4", false},
	{"en", "her 80-something mom lives with them", "80-something", false},
	{"en", "the 15-yr-old brother found him", "15-yr-old", false},
	{"en", "she's in her 70's and still drives a school bus", "70's", false},
	{"en", "pt is a 20-something grad student", "20-something", false},
	{"en", "new cl is 34, married, two kids under 5", "34", false},
	{"en", "she is 58, recently engaged, and terrified", "58", false},
	{"en", "my client is a 16-yo who vapes", "16-yo", false},
	{"en", "my client is college-aged and homesick", "college-aged", false},
	{"en", "her son is a middle schooler and being bullied", "middle schooler", false},
	{"en", "she's in grade eleven and failing", "grade eleven", false},
	{"en", "he's in sixth form and won't get up", "sixth form", false},
	{"en", "my client's baby is a 6-month-old who never naps", "6-month-old", false},
	{"en", "her 18 month old has a heart condition", "18 month old", false},
	{"en", "my client, a thirtysomething teacher, is burned out", "thirtysomething", false},
	{"en", "my client is a young adult living with his parents", "young adult", false},
	{"en", "my client is a 40+ man with depression", "40+", false},
	{"en", "working with a school-age boy who hits", "school-age", false},
	{"en", "my client is underage and living alone", "underage", false},
	{"en", "her 16th birthday is next week and she wants to die", "16th birthday", false},
	{"en", "my client is an octogenarian who still drives", "octogenarian", false},
	{"en", "my client, maybe 10, won't speak in class", "10", false},
	{"en", "At 16 she left home and never went back", "16", true},
	{"en", "client is a minor so parents have to sign", "minor", true},
	{"fr", "il a dans les 50 ans pis il boit", "50 ans", false},
	{"fr", "un homme de 45, chauffeur de taxi", "45", false},
	{"fr", "une dame âgée de 82 ans qui vit seule", "82 ans", false},
	{"fr", "un petit gars de 8 ans qui fait des crises", "8 ans", false},
	{"es", "un señor mayor que vive solo, muy triste", "señor mayor", false},
	{"es", "la abuela, de 80, cuida a los nietos", "80", false},
	{"es", "una chava de 16 embarazada", "16", false},
	{"es", "mi consultante tiene 30 y pico", "30", false},
	// French.
	{"fr", "Ma cliente de quarante-cinq ans vient de perdre son emploi", "quarante-cinq ans", false},
	{"fr", "Julie, 34 ans, infirmière de nuit, fait des crises de panique", "34 ans", false},
	{"fr", "mon client a 52 ans et vit seul depuis le divorce", "52 ans", false},
	{"fr", "un ado de 15 ans qui refuse d'aller à l'école", "15 ans", false},
	{"fr", "sa fille a 9 ans et fait des cauchemars", "9 ans", false},
	{"fr", "il a eu 40 ans le mois passé et tout a basculé", "40 ans", false},
	{"fr", "elle va avoir 16 ans la semaine prochaine", "16 ans", false},
	{"fr", "mon client est dans la soixantaine et vit seul sur sa terre", "soixantaine", false},
	{"fr", "une femme au début de la trentaine, maman solo", "trentaine", false},
	{"fr", "mon client est en secondaire 3 et décroche", "secondaire 3", false},
	{"fr", "son fils est en CM2 et se fait harceler", "CM2", false},
	{"fr", "une élève de 4e qui se scarifie", "4e", false},
	{"fr", "ses enfants ont 5, 8 et 11 ans", "5, 8 et 11 ans", false},
	{"fr", "client H/45, chauffeur de camion, insomnie", "H/45", false},
	{"fr", "consultation pour une F 22 ans, premier épisode", "22 ans", false},
	{"fr", "un monsieur de 70 ans bien sonnés qui vit seul", "70 ans", false},
	{"fr", "elle a 17ans et veut quitter la maison", "17ans", false},
	{"fr", "ma cliente est une quinquagénaire en arrêt de travail", "quinquagénaire", false},
	{"fr", "mon patient, 63 ans, agriculteur, vient de perdre sa femme", "63 ans", false},
	{"fr", "une petite de 6 ans qui a vu son père se faire arrêter", "6 ans", false},
	{"fr", "son fils est en terminale et ne dort plus", "terminale", false},
	{"fr", "une jeune femme de vingt-trois ans, étudiante", "vingt-trois ans", false},

	// Spanish.
	{"es", "mi paciente tiene setenta y tantos y vive sola", "setenta y tantos", false},
	{"es", "una niña de 8 años que dejó de hablar en la escuela", "8 años", false},
	{"es", "Lucía, 29 años, enfermera, ataques de pánico", "29 años", false},
	{"es", "su hijo de 4 añitos tiene pesadillas", "4 añitos", false},
	{"es", "el consultante tiene 52 años y lo despidieron", "52 años", false},
	{"es", "un chico de 15 que se corta", "15", false},
	{"es", "mi clienta cumplió 40 el mes pasado", "40", false},
	{"es", "ella va a cumplir 18 y quiere irse de casa", "18", false},
	{"es", "una señora en sus sesenta, viuda reciente", "sesenta", false},
	{"es", "mi paciente es un cuarentón que perdió el trabajo", "cuarentón", false},
	{"es", "su hija está en tercero de secundaria y la molestan", "tercero de secundaria", false},
	{"es", "sus hijos tienen 5, 8 y 11 años", "5, 8 y 11 años", false},
	{"es", "paciente M/17, derivado por la escuela", "M/17", false},
	{"es", "mi paciente tiene cuarenta y cinco años", "cuarenta y cinco años", false},
	{"es", "un adolescente de 16 años con ansiedad", "16 años", false},
	{"es", "una mujer de unos 50 años, ama de casa", "50 años", false},
	{"es", "el nene tiene 3 años y no habla", "3 años", false},
	{"es", "un hombre de 67, jubilado, muy solo", "67", false},
	{"es", "tiene 17años y está embarazada", "17años", false},
	{"es", "mi consultante, 33 años, madre de dos", "33 años", false},
}

// typedAgesClean are sentences of the same shapes that tell no client's
// age: durations and counts, session numbers, the poster's own age and an
// age group a post asks for.
var typedAgesClean = []cleanRow{
	{"en", "I've been in practice for 15 years and still love it"},
	{"en", "she has 3 kids and a dog"},
	{"en", "we are on session 12 of 16"},
	{"en", "I do a 50-minute hour with a 10 minute break"},
	{"en", "the intake takes 20 minutes by phone"},
	{"en", "does anyone use the DSM-5 cross-cutting measure"},
	{"en", "the crisis line is open 24/7"},
	{"en", "looking for a therapist for teens 13-17 in the area"},
	{"en", "any good groups for older adults who are grieving?"},
	{"en", "I'm 45 and switching careers into counselling"},
	{"en", "I turned 50 last week, feeling old lol"},
	{"en", "our group runs 8 weeks, 90 min each"},
	{"en", "she drove 40 minutes each way to get here"},
	{"en", "I have 2 openings for adolescents"},
	{"en", "we see clients ages 5 and up"},
	{"en", "he's been sober 6 months now"},
	{"en", "she scored 18 on the PHQ-9"},
	{"en", "I work with kids 6-12 and their parents"},
	{"en", "anyone run a support group for men over 50?"},
	{"en", "most kids can tie their shoes by age 6"},
	{"en", "we take clients age 18 and up"},
	{"en", "one small typo, a minor detail really"},
	{"en", "a group for young adults and their families"},
	{"en", "our waitlist is 6 months long"},
	{"en", "my 40th birthday is next week, so the office is closed"},
	{"fr", "un groupe pour les hommes de 50 ans et plus"},
	{"es", "un grupo para personas mayores de 60 años y más"},
	{"fr", "je pratique depuis 15 ans"},
	{"fr", "elle a 3 enfants et un chien"},
	{"fr", "nous en sommes à la séance 12"},
	{"fr", "je cherche un groupe pour ados de 13 à 17 ans"},
	{"fr", "la rencontre dure 50 minutes"},
	{"es", "trabajo como psicóloga hace 15 años"},
	{"es", "tiene 3 hijos y un perro"},
	{"es", "busco terapeuta para adolescentes de 13 a 17 años"},
	{"es", "la sesión dura 50 minutos"},
	{"es", "vamos por la sesión 12"},
}

func TestTypedAges(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range typedAges {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			ok, got := findingOver(t, a, tt.lang, tt.text, tt.want, ofCategory("age"))
			switch {
			case ok && tt.open:
				t.Logf("open case now found: %q", tt.text)
			case !ok && tt.open:
				t.Logf("open: Analyze(%q) = %v; no age finding over %q yet", tt.text, got, tt.want)
			case !ok:
				t.Errorf("Analyze(%q) = %v; want an age finding over %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestTypedAgesClean(t *testing.T) {
	checkNone(t, typedAgesClean, "age", ofCategory("age"))
}
