package analyzer

import "testing"

// typedEsHurried holds Spanish posts typed in a hurry, the way a
// clinician writes in a WhatsApp or Facebook group from the phone
// (issues 14 and 15, h-es15): no accents ("esta", "anos", "dias",
// "medico", "mama"), no capitals, texting short forms ("q", "xq", "tb",
// "tmb", "pq", "x", "dsd", "c/", "hno", "hna", "pcte", "psic"), Latin
// American and Spain Spanish. Every sentence was written for this test,
// blind to the corpora and the probes, from the annotation guide's
// definitions; none comes from a corpus.
var typedEsHurried = []typedRow{
	// clinical: no accents, short forms.
	{lang: "es", text: "mi pcte tiene depresion mayor dsd hace 2 anos y no sale de la casa", want: "depresion mayor", category: "clinical"},
	{lang: "es", text: "consulta: chica de 17 c/ bulimia, vomita despues de cada comida", want: "bulimia", category: "clinical"},
	{lang: "es", text: "tengo un pcte q se autolesiona x las noches, se corta los brazos", want: "autolesiona", category: "clinical"},
	{lang: "es", text: "el señor toma litio hace anos y ahora el psiquiatra se lo quiere quitar", want: "litio", category: "clinical"},
	{lang: "es", text: "mi paciente intento suicidarse el mes pasado y recien salio del hospital", want: "intento suicidarse", category: "clinical"},
	{lang: "es", text: "la nena tiene tea y no habla casi nada, la mama esta desbordada", want: "tea", category: "clinical"},
	{lang: "es", text: "pcte con tept x un asalto, tiene pesadillas todas las noches", want: "tept", category: "clinical"},
	{lang: "es", text: "mi consultante escucha voces dsd q dejo la medicacion", want: "escucha voces", category: "clinical"},
	{lang: "es", text: "tengo una pcte con toc, se lava las manos como 40 veces x dia", want: "toc", category: "clinical"},
	{lang: "es", text: "el chico esta con sertralina y clonazepam pero sigue con ataques de panico", want: "sertralina", category: "clinical"},
	{lang: "es", text: "ella tiene ideacion suicida y ya hizo un intento el año pasado", want: "ideacion suicida", category: "clinical"},
	{lang: "es", text: "mi pcte es alcoholico y recayo despues de 8 meses sin tomar", want: "alcoholico", category: "clinical"},
	{lang: "es", text: "paciente de 60 con alzheimer inicial, se pierde en el barrio", want: "alzheimer", category: "clinical"},
	{lang: "es", text: "la sra tiene trastorno bipolar tipo 2 y esta en fase depresiva", want: "trastorno bipolar", category: "clinical"},
	{lang: "es", text: "q hago con un pcte q no duerme hace dias y tiene crisis de ansiedad", want: "crisis de ansiedad", category: "clinical"},
	{lang: "es", text: "el pibe consume cocaina todos los findes y falta al cole", want: "consume cocaina", category: "clinical"},
	// family: short forms for kin, no accents.
	{lang: "es", text: "mi pcte es madre soltera de 3, el papa nunca se hizo cargo", want: "madre soltera", category: "family"},
	{lang: "es", text: "ella esta separada hace poco y el ex tiene la custodia de los nenes", want: "separada", category: "family"},
	{lang: "es", text: "el chico vive c/ la abuela xq la mama esta presa", want: "vive c/ la abuela", category: "family"},
	{lang: "es", text: "mi paciente es viuda dsd el año pasado y vive sola", want: "viuda", category: "family"},
	{lang: "es", text: "el señor se divorcio hace 6 meses y no ve a sus hijos", want: "se divorcio", category: "family"},
	{lang: "es", text: "la nena es adoptada y hace poco se entero", want: "adoptada", category: "family"},
	{lang: "es", text: "tiene 4 hnos y es la mayor, cuida a todos", want: "4 hnos", category: "family"},
	{lang: "es", text: "su hna gemela murio en el parto y ella nunca lo hablo", want: "hna gemela", category: "family|event"},
	{lang: "es", text: "el pcte es padre de 5 y esta desempleado", want: "padre de 5", category: "family"},
	// event: no accents.
	{lang: "es", text: "la pcte perdio a su bebe a los 7 meses de embarazo", want: "perdio a su bebe", category: "event"},
	{lang: "es", text: "al chico lo echaron del colegio x pelearse con un profe", want: "lo echaron del colegio", category: "event"},
	{lang: "es", text: "mi consultante tuvo un accidente de auto y murio su novio", want: "accidente de auto", category: "event"},
	{lang: "es", text: "a la sra le robaron la casa y dsd ahi no duerme", want: "le robaron la casa", category: "event"},
	{lang: "es", text: "el paciente estuvo preso 5 anos y salio hace un mes", want: "estuvo preso", category: "event"},
	{lang: "es", text: "la chica fue abusada x su padrastro cuando tenia 8", want: "abusada", category: "event|clinical"},
	{lang: "es", text: "su papa se suicido el verano pasado y ella lo encontro", want: "se suicido", category: "event"},
	{lang: "es", text: "a mi paciente lo despidieron del trabajo despues de 20 anos", want: "lo despidieron", category: "event"},
	{lang: "es", text: "la pcte se quemo la casa en el incendio de enero", want: "incendio", category: "event"},
	// occupation: no accents, lower case.
	{lang: "es", text: "mi pcte es medico de guardia en un hospital chico y esta quemado", want: "medico de guardia", category: "occupation"},
	{lang: "es", text: "la sra es policia y tiene pesadillas x un operativo", want: "policia", category: "occupation"},
	{lang: "es", text: "el chico trabaja de albañil y se cayo de un andamio", want: "albañil", category: "occupation"},
	{lang: "es", text: "la paciente es enfermera en terapia intensiva y no da mas", want: "enfermera", category: "occupation"},
	{lang: "es", text: "mi consultante es camionero, pasa semanas fuera de casa", want: "camionero", category: "occupation"},
	{lang: "es", text: "tengo un pcte q es cura en un pueblo y tiene una crisis de fe", want: "cura", category: "occupation"},
	{lang: "es", text: "ella es profe de primaria y la acusaron de algo q no hizo", want: "profe de primaria", category: "occupation"},
	{lang: "es", text: "el pcte es abogado de una empresa grande y trabaja 14 hs x dia", want: "abogado", category: "occupation"},
	// demographic: lower case, no accents.
	{lang: "es", text: "mi pcte es un chico trans de 16 y en la casa no lo aceptan", want: "chico trans", category: "demographic"},
	{lang: "es", text: "la sra es venezolana, llego hace un año y no tiene papeles", want: "venezolana", category: "demographic"},
	{lang: "es", text: "el pcte es gay y no se lo conto a nadie de su familia", want: "gay", category: "demographic"},
	{lang: "es", text: "la chica es musulmana y la familia no quiere q haga terapia", want: "musulmana", category: "demographic"},
	{lang: "es", text: "mi paciente es sorda y nos comunicamos x escrito", want: "sorda", category: "demographic"},
	{lang: "es", text: "el señor es indigena, vino de una comunidad del norte", want: "indigena", category: "demographic"},
	// relationship: the poster's tie to the client.
	{lang: "es", text: "la atiendo hace 3 anos y nunca la vi asi", want: "la atiendo hace 3 anos", category: "relationship"},
	{lang: "es", text: "lo veo 1 vez x semana dsd marzo", want: "lo veo 1 vez x semana", category: "relationship"},
	{lang: "es", text: "gracias marta x confiar en mi todos estos anos de terapia", want: "confiar en mi", category: "relationship"},
	{lang: "es", text: "la tuve en consulta hace un tiempo y hoy me escribio", want: "la tuve en consulta", category: "relationship"},
	{lang: "es", text: "fue paciente mia x 2 anos y ahora la cruce en el super", want: "fue paciente mia", category: "relationship"},
	// names and organizations typed in lower case.
	{lang: "es", text: "mi pcte lucia tiene 15 y se corta", want: "lucia", category: "name"},
	{lang: "es", text: "el papa de joaquin me escribio x whatsapp", want: "joaquin", category: "name"},
	{lang: "es", text: "la chica va al colegio san jose y le hacen bullying", want: "colegio san jose", category: "organization"},
	{lang: "es", text: "el pcte trabaja en mercadona de reponedor", want: "mercadona", category: "organization"},
	{lang: "es", text: "la internaron 2 semanas en el sanatorio valderrama", want: "valderrama", category: "organization|location"},
	// open: a demonym after "hospital" is the hospital's name, but the
	// lower-case organization rule leaves demonyms out.
	{lang: "es", text: "estuvo internada en el hospital italiano 2 semanas", want: "hospital italiano", category: "organization|location", open: true},
	// ages typed short.
	{lang: "es", text: "pcte de 34 anos con ansiedad", want: "34 anos", category: "age"},
	{lang: "es", text: "nene de 8 q no quiere ir a la escuela", want: "8", category: "age"},
	{lang: "es", text: "la sra tiene como 70 y pico", want: "70 y pico", category: "age"},
	{lang: "es", text: "mujer 38 c/ ataques de panico, no maneja hace meses", want: "38", category: "age"},
	{lang: "es", text: "consulta rapida: varon 61, jubilado, toma mucho dsd q enviudo", want: "61", category: "age"},
	{lang: "es", text: "la chica q les conte la otra vez tiene 15. ahora dejo de comer", want: "15", category: "age"},
	// person nouns of a hurried post: a kid, "el sr", "la sra".
	{lang: "es", text: "el nene tiene tea y en el jardin no lo quieren", want: "tea", category: "clinical"},
	{lang: "es", text: "la peque no habla en el cole, creo q es mutismo selectivo", want: "mutismo selectivo", category: "clinical"},
	{lang: "es", text: "el sr es viudo y toma mucho desde entonces", want: "viudo", category: "family"},
	{lang: "es", text: "el crio se hace pis de noche y tiene 9", want: "se hace pis", category: "clinical"},
	{lang: "es", text: "lo atendi durante un año y dejo de venir", want: "lo atendi durante un año", category: "relationship"},
}

// cleanEsHurried are hurried Spanish posts with no client detail: the
// poster's own life, generic questions about a kind of client, talks and
// courses.
var cleanEsHurried = []cleanRow{
	{lang: "es", text: "alguien sabe de algun curso de tcc online q sea bueno y no tan caro?"},
	{lang: "es", text: "busco material sobre depresion en adolescentes pa un taller"},
	{lang: "es", text: "q libros recomiendan sobre duelo? tb acepto podcasts"},
	{lang: "es", text: "hoy estoy agotada, fue una semana larguisima en el consultorio"},
	{lang: "es", text: "hay algun grupo de supervision x zoom los martes?"},
	{lang: "es", text: "como manejan uds los pacientes q no pagan? pregunta general"},
	{lang: "es", text: "recomienden psiquiatras infantojuveniles x zona norte porfa"},
	{lang: "es", text: "tmb trabajo con parejas, si alguien necesita derivar avisen"},
	{lang: "es", text: "cuanto cobran la sesion uds? estoy por subir los honorarios"},
	{lang: "es", text: "mañana doy una charla sobre ansiedad en la facultad, vengan"},
	{lang: "es", text: "mi peque tiene fiebre y hoy no atiendo, perdon a todos"},
	{lang: "es", text: "el consultorio tiene 12. cuantos m2 recomiendan pa un grupo?"},
	{lang: "es", text: "tengo 2 hnos psicologos y ninguno trabaja con niños"},
}

func TestTypedEsHurried(t *testing.T) { checkTypedRows(t, typedEsHurried) }

func TestTypedEsHurriedClean(t *testing.T) {
	checkNone(t, cleanEsHurried, "client detail", ofCategory("clinical", "family", "occupation", "event", "demographic", "relationship", "name"))
}
