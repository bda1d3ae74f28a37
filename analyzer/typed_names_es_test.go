package analyzer

import "testing"

// typedNamesEs are Spanish and French names the way clinicians who write
// in those languages put them in posts (issue 14): after a title or a
// word for the client ("la señora", "doña", "mi consultante", "la
// usuaria", "el chavo", "Mme", "la petite"); diminutives and nicknames
// (Lupita, Chuy, Memo, Toño); compound given names (María José, Jean-
// Philippe); two surnames ("Pérez Gómez", "de la Cruz"); names typed in
// lower case; a name opening a sentence before a verb in any tense, or a
// comma and an age; "se llama", "le dicen", "a quien llamaré",
// "prénommée". Each sentence was written for this test, blind to the
// corpora. A case marked open is logged, not failed.
var typedNamesEs = []nameRow{
	// After a title or a word for the client.
	{"es", "La señora Ofelia viene cada martes con su nieta", "Ofelia", false},
	{"es", "Doña Chabela ya no puede subir las escaleras sola", "Chabela", false},
	{"es", "doña rosario me pidió que hablara con su hijo", "rosario", false},
	{"es", "Don Faustino tiene 81 años y perdió a su esposa en abril", "Faustino", false},
	{"es", "don beto dejó de tomar el medicamento", "beto", true},
	{"es", "El joven Brayan llegó a la cita con su tío", "Brayan", false},
	{"es", "La niña Ximena no quiere ir con su papá los fines de semana", "Ximena", false},
	{"es", "Mi paciente Norberto se quedó sin trabajo en la mina", "Norberto", false},
	{"es", "Mi consultante Abril terminó con su novio y no come", "Abril", false},
	{"es", "mi consultante renata volvió a cortarse", "renata", false},
	{"es", "La usuaria Marisol lleva dos semanas sin venir", "Marisol", false},
	{"es", "la usuaria yadira denunció a su pareja", "yadira", false},
	{"es", "El chavo Kevin anda muy metido en las drogas", "Kevin", false},
	{"es", "la morra Dayana se escapó de su casa otra vez", "Dayana", false},
	{"es", "El señor Anselmo no quiere que su hija sepa que viene", "Anselmo", false},
	{"es", "La Sra. Pérez Gómez me llamó muy angustiada", "Pérez", false},
	{"es", "la sra gonzalez no volvió después de la segunda cita", "gonzalez", false},
	{"es", "el sr martínez quiere que le firme una carta", "martínez", false},
	{"es", "El Lic. Arredondo me refirió a su sobrina", "Arredondo", false},
	{"es", "La maestra Leticia dice que el niño pega a sus compañeros", "Leticia", false},
	{"es", "La paciente, Eréndira, tiene un bebé de meses", "Eréndira", false},
	{"es", "Mi pacienta Yolanda no duerme desde el accidente", "Yolanda", false},
	{"es", "Atiendo a un muchacho, Efraín, que vive en la calle", "Efraín", false},
	// Diminutives and nicknames.
	{"es", "Juanito se orina en la cama desde que nació su hermanita", "Juanito", false},
	{"es", "Lupita me contó que su padrastro la toca", "Lupita", false},
	{"es", "Chuy ya cumplió seis meses sin tomar", "Chuy", false},
	{"es", "Pancho llegó borracho a la sesión", "Pancho", false},
	{"es", "Memo y su esposa vinieron juntos por primera vez", "Memo", true},
	{"es", "Nacho dejó la prepa y se metió a trabajar", "Nacho", false},
	{"es", "Toño lleva un año en la casa hogar", "Toño", false},
	{"es", "Conchita perdió a su hijo en la inundación", "Conchita", false},
	{"es", "Paquita no sale de su cuarto desde hace un mes", "Paquita", false},
	{"es", "mi paciente lupita dejó las pastillas", "lupita", false},
	{"es", "el chavo toño no quiere regresar a la escuela", "toño", true},
	{"es", "Le dicen Güero y es el mayor de cinco hermanos", "Güero", false},
	{"es", "Todos le dicen Chepe, tiene 15 y ya lo expulsaron dos veces", "Chepe", false},
	{"es", "Pepe se enojó cuando le hablé de su papá", "Pepe", false},
	{"es", "Ayer Manolo me escribió a las tres de la mañana", "Manolo", false},
	{"es", "Lalo está muy deprimido desde el divorcio", "Lalo", false},
	// Compound given names.
	{"es", "Mi paciente María José tiene 16 y está embarazada", "María José", false},
	{"es", "Juan Pablo llora cuando habla de su abuelo", "Juan Pablo", false},
	{"es", "José Luis, de 52 años, acaba de salir de prisión", "José Luis", false},
	{"es", "Ana Sofía dejó de comer después del cambio de escuela", "Ana Sofía", false},
	{"es", "Ayer Luis Fernando faltó otra vez", "Luis Fernando", false},
	{"es", "mi paciente maria jose no quiere hablar con su mamá", "maria jose", false},
	{"es", "La hija de Rosa María tiene anorexia", "Rosa María", false},
	{"es", "Miguel Ángel me contó que escucha voces en la noche", "Miguel Ángel", false},
	// Two surnames.
	{"es", "La familia Pérez Gómez pidió que viera a los tres hijos", "Pérez", false},
	{"es", "El señor de la Cruz quiere recuperar la custodia", "de la Cruz", false},
	{"es", "Atiendo a Ramón Villalobos Treviño desde el año pasado", "Ramón", false},
	{"es", "Mi paciente, Sandra Ochoa Leal, perdió a su pareja", "Sandra", false},
	{"es", "Los Gutiérrez Salas se van a divorciar", "Gutiérrez", true},
	// Lower case, in a quick post.
	{"es", "mi paciente karla tiene 14 y ya fuma", "karla", false},
	{"es", "hoy vi a jimena y estaba muy mal", "jimena", false},
	{"es", "mi consultante esteban me dijo q se quiere morir", "esteban", false},
	{"es", "su novio brandon la revisa el celular", "brandon", false},
	{"es", "la sra lópez no paga desde marzo", "lópez", true},
	// A name opening a sentence, before a verb in any tense.
	{"es", "Gerardo había dejado de beber, pero recayó en navidad.", "Gerardo", false},
	{"es", "Marisela llevaba dos años sin ver a sus hijos.", "Marisela", false},
	{"es", "Ulises está viviendo con su abuela desde enero.", "Ulises", false},
	{"es", "Heriberto va a cumplir 70 y sigue manejando el taxi.", "Heriberto", false},
	{"es", "Fabiola trabaja de noche y casi no ve a sus hijos.", "Fabiola", false},
	{"es", "Octavio perdió la custodia la semana pasada.", "Octavio", false},
	{"es", "Rigoberto, 45, tiene diabetes y no se cuida.", "Rigoberto", false},
	{"es", "Anabel, de 23, vive con su novio en un cuarto rentado.", "Anabel", false},
	{"es", "Griselda había intentado quitarse la vida antes.", "Griselda", false},
	// "se llama", "le dicen", "a quien llamaré", "que llamaremos".
	{"es", "Mi paciente se llama Rubén y tiene 33 años", "Rubén", false},
	{"es", "La niña se llama Valeria, tiene 9 años", "Valeria", false},
	{"es", "Una señora, a quien llamaré Teresa, perdió a su esposo", "Teresa", false},
	{"es", "Un joven, que llamaremos Andrés, me preocupa mucho", "Andrés", false},
	{"es", "Le voy a llamar Camila para cuidar su privacidad", "Camila", false},
	{"es", "su hija, que se llama Abigail, no quiere verla", "Abigail", false},

	// A name with the article, as many Spanish speakers say it, and
	// tenses the first draft left out.
	{"es", "El Beto ya no viene a terapia desde que lo corrieron.", "Beto", false},
	{"es", "Ayer la Chivis me dijo que ya no aguanta a su suegra", "Chivis", false},
	{"es", "Rodrigo ha estado faltando mucho a clases.", "Rodrigo", false},
	{"es", "Ernesto va a salir del anexo el mes que entra", "Ernesto", false},
	{"es", "Te cuento de Fer: tiene 17 y se corta.", "Fer", true},
	{"es", "Trabajo con el Chuy desde hace un año y no mejora.", "Chuy", true},

	// A single initial in place of the name.
	{"es", "M., de 34 años, perdió a su hijo en un asalto.", "M.", false},
	{"es", "La señora G. vive sola desde que enviudó.", "G.", false},
	{"es", "Atiendo a L. desde enero, tiene 15 años.", "L.", false},
	{"es", "Su esposo, J., la amenaza con quitarle a los niños.", "J.", false},
	{"es", "Hace un mes empezamos. A. me contó que su papá bebe.", "A.", false},

	// French.
	{"fr", "Mme Bouchard a perdu son mari en novembre", "Bouchard", false},
	{"fr", "mme tremblay ne vient plus depuis l'été", "tremblay", false},
	{"fr", "M. Lavoie refuse de prendre ses médicaments", "Lavoie", false},
	{"fr", "La petite Léa fait des crises à l'école", "Léa", false},
	{"fr", "Le petit Nathan a peur de rentrer chez son père", "Nathan", false},
	{"fr", "Mon client, Kevin, a 27 ans et vit chez sa mère", "Kevin", false},
	{"fr", "Ma cliente, Sophie, vient de perdre son emploi", "Sophie", false},
	{"fr", "Une jeune femme prénommée Chloé m'a écrit hier", "Chloé", false},
	{"fr", "Un adolescent prénommé Dylan a été exclu du collège", "Dylan", false},
	{"fr", "Jean-Philippe boit depuis que sa femme est partie", "Jean-Philippe", false},
	{"fr", "Ma patiente Marie-Ève a 34 ans", "Marie-Ève", false},
	{"fr", "Mon patient Pierre-Luc ne dort plus", "Pierre-Luc", false},
	{"fr", "Ginette, 78 ans, vit seule depuis la mort de son mari", "Ginette", false},
	{"fr", "Gaëlle s'est encore scarifiée ce week-end", "Gaëlle", false},
	{"fr", "Mathis avait arrêté de fumer mais il a repris", "Mathis", false},
	{"fr", "Noémie est hospitalisée depuis lundi", "Noémie", false},
	{"fr", "Hier soir, Samuel m'a envoyé un message inquiétant", "Samuel", false},
	{"fr", "ma cliente josée a 45 ans et boit seule le soir", "josée", false},
	{"fr", "mon patient kevin a encore manqué sa séance", "kevin", false},
	{"fr", "Il s'appelle Timothée et il a 12 ans", "Timothée", false},
	{"fr", "Ma cliente, que j'appellerai Claire, a été agressée", "Claire", false},
	{"fr", "Une usagère, appelons-la Manon, a fugué du foyer", "Manon", false},
	{"fr", "Mon client Réjean a 63 ans et vient de prendre sa retraite", "Réjean", false},
	{"fr", "Ma patiente Nathalie Gagnon-Roy m'a écrit ce matin", "Nathalie", false},
	{"fr", "Sa fille Jade a été placée en famille d'accueil", "Jade", false},
	{"fr", "Son conjoint, Steve, la surveille tout le temps", "Steve", false},
	{"fr", "Le jeune Anthony a fugué trois fois ce mois-ci", "Anthony", false},
	{"fr", "Madame Pelletier pleure à chaque rencontre", "Pelletier", false},
	{"fr", "On l'appelle Titi, il a 16 ans et vit dans la rue", "Titi", false},
	{"fr", "Ma patiente Marie-Soleil vient d'accoucher", "Marie-Soleil", false},
	{"fr", "Lucie a quitté son conjoint la semaine dernière", "Lucie", false},
	{"fr", "Yannick a été congédié après la bagarre", "Yannick", false},
	{"fr", "S., 34 ans, a perdu son fils l'an passé.", "S.", false},
	{"fr", "J'accompagne L. depuis janvier, elle a 15 ans.", "L.", false},
	{"fr", "Son conjoint, J., la menace de partir avec les enfants.", "J.", false},
	{"fr", "On a commencé en mai. A. m'a dit que son père boit.", "A.", false},
}

// typedNamesEsClean are sentences of the same shapes that name no client:
// saints and places named like people (San José, Santa María, Los
// Ángeles, Dolores Hidalgo, the town of Mercedes), months, the Reyes
// holiday, public figures by full name, therapy authors.
var typedNamesEsClean = []cleanNameRow{
	{"es", "Busco terapeuta en San José que atienda adolescentes", false},
	{"es", "¿Alguien conoce un psicólogo en Santa María del Oro?", false},
	{"es", "Me mudé a Los Ángeles el año pasado y busco supervisión", false},
	{"es", "Doy talleres en Dolores Hidalgo los sábados", false},
	{"es", "Hay un grupo de duelo muy bueno en Mercedes, Uruguay", false},
	{"es", "El taller empieza en abril y termina en mayo", false},
	{"es", "Después de Reyes retomo las consultas", false},
	{"es", "Feliz día de Reyes a todos los colegas", false},
	{"es", "Según Minuchin, los límites en la familia son clave", false},
	{"es", "Estoy leyendo a Virginia Satir otra vez", false},
	{"es", "Frida Kahlo pintaba su dolor, lo uso mucho en arteterapia", true},
	{"es", "¿Alguien aplica la terapia de Beck con adolescentes?", false},
	{"es", "Viktor Frankl sigue siendo mi autor favorito", true},
	{"es", "Trabajo en la clínica San Rafael desde 2015", false},
	{"es", "La parroquia de San Judas tiene un grupo de apoyo", false},
	{"es", "Gracias colegas por compartir sus recursos", false},
	{"es", "¿Qué opinan del enfoque de Carl Rogers en duelo?", false},
	{"es", "Hola a todas, busco supervisión clínica", false},
	{"es", "Tengo consulta en la colonia Roma los jueves", false},
	{"es", "Me encanta el libro de Irvin Yalom sobre la terapia de grupo", false},
	{"es", "En julio no doy consulta por vacaciones", false},
	{"es", "La Virgen de Guadalupe es muy importante para muchas familias aquí", false},
	{"es", "Nos vemos en Santa Cruz para el congreso", false},
	{"es", "Recomiendo el hospital Ángeles para urgencias", false},
	{"es", "La Habana ya no es como la recuerdo", false},
	{"es", "Ver pág. 12 del manual, o el capítulo de A. Beck.", true},
	{"es", "El Salvador tiene muy pocos psicólogos por habitante", false},
	{"es", "Pues la Navidad ya no es igual para muchos consultantes", false},
	{"es", "Saludos desde Ciudad Victoria", false},
	{"fr", "Je cherche un psychologue à Saint-Jérôme", false},
	{"fr", "Selon Minuchin, la structure familiale explique beaucoup", false},
	{"fr", "J'ai relu Virginia Satir cet été", false},
	{"fr", "Le groupe reprend en septembre à Sainte-Julie", false},
	{"fr", "Quelqu'un a lu le dernier livre de Boris Cyrulnik?", false},
	{"fr", "Merci à toutes pour vos conseils!", false},
	{"fr", "Je travaille au CLSC de Saint-Laurent depuis dix ans", false},
	{"fr", "La formation avec Christophe André était excellente", true},
	{"fr", "Bonjour à tous, je cherche une supervision en TCC", false},
	{"fr", "Je prends des vacances en juillet et en août", false},
	{"fr", "Le modèle de Bowen m'aide beaucoup avec les familles", false},
	{"fr", "Je déménage mon bureau à Trois-Rivières en janvier", false},
	{"fr", "Selon Winnicott, la mère suffisamment bonne suffit", false},
	{"fr", "L'approche de Carl Rogers reste ma base", false},
	{"fr", "Des ressources à Sainte-Foy pour les proches aidants?", false},
	{"fr", "Joyeux Noël à tous les collègues", false},
	{"fr", "Le centre Marie-Enfant a une bonne liste d'attente", false},
	{"fr", "Je suis formée en EMDR et en thérapie des schémas", false},
	{"fr", "On se voit au colloque de Laval en mai?", false},
	{"fr", "Freud et Jung ne seraient pas d'accord", true},
	{"fr", "Vive la Saint-Jean!", true},
	{"fr", "Voir p. 12 du guide de pratique.", false},
	{"fr", "Le texte de C. G. Jung reste difficile à lire.", true},
	{"fr", "Rue Saint-Denis, il y a un bon groupe d'entraide", false},
	{"fr", "Quelqu'un connaît l'approche de Jacques Salomé?", false},
	{"fr", "La Pierre angulaire du traitement, c'est l'alliance", false},
	{"fr", "Le livre de Marie-France Hirigoyen sur le harcèlement est utile", true},
}

func TestTypedNamesEs(t *testing.T) {
	checkNameRows(t, typedNamesEs, ofCategory("name"))
}

func TestTypedNamesEsClean(t *testing.T) {
	checkCleanNameRows(t, typedNamesEsClean)
}
