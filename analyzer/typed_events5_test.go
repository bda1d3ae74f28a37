package analyzer

import (
	"testing"
)

// typedEvents5 are events in a client's life written plainly (issue 15,
// h-event16): the kinds of happening a reader remembers about a person
// (a death with who and when, a job lost or begun, a hospital stay, an
// accident, a birth, a breakup, a legal step, something done to the
// client, a milestone missed), each told through an ordinary verb and
// its object after a person, through a time clause ("after her husband
// moved out", "depuis que son père est parti", "desde que la corrieron")
// or through a noun of happening with its time ("her hospital stay in
// March"). Each sentence was written for this test, as a kind of event,
// before any corpus miss was read; half careful, half typed fast. The
// post must give a finding of one of the categories that overlaps the
// wanted text, as the scorer counts it. Open rows: a sentence alone
// that names no one ("Se declaró culpable del robo", with no subject but
// the verb's ending) is not attributed to a person, as the same sentence
// after one that names the client would be; and fr "a perdu sa job au
// garage" is read as the occupation it mentions, which the scorer
// counts but this table does not; en "quit her job" is no rule's (the
// tagger finds it or not with the words around it).
var typedEvents5 = []typedRow{
	// A death, with who and when.
	{"en", "My client buried her only son in the spring.", "buried her only son", "event|family", false},
	{"en", "His twin brother died suddenly over the long weekend.", "died suddenly", "event|family", false},
	{"en", "she lost her nan right before christmas and hasnt been the same", "lost her nan", "event|family", false},
	{"fr", "Ma cliente a enterré son conjoint au début de l'automne.", "a enterré son conjoint", "event|family", false},
	{"fr", "son papa est mort d'un coup en plein match de hockey", "est mort d'un coup", "event|family", false},
	{"es", "Mi paciente enterró a su hijo menor hace dos meses.", "enterró a su hijo", "event|family", false},
	{"es", "a mi pcte se le fue su abuelita en diciembre", "se le fue su abuelita", "event|family", false},

	// Work lost, left or begun.
	{"en", "My client quit her job with a credit union once the audit ended.", "quit her job", "event|occupation", true},
	{"en", "He walked off the job halfway through a shift last month.", "walked off the job", "event", false},
	{"en", "She had her hours cut to nothing in August.", "had her hours cut", "event", false},
	{"en", "my cl resigned from the fire hall after the complaint", "resigned from the fire hall", "event|organization|occupation", false},
	{"en", "The man I see lost his contract with the county this fall.", "lost his contract", "event", false},
	{"fr", "Ma cliente a démissionné de la caisse après la vérification.", "a démissionné", "event", false},
	{"fr", "il a perdu sa job au garage en septembre", "a perdu sa job", "event", true},
	{"fr", "On lui a coupé ses heures à zéro cet été.", "coupé ses heures", "event", false},
	{"es", "Mi paciente renunció a su trabajo en la cooperativa después de la auditoría.", "renunció a su trabajo", "event", false},
	{"es", "a mi pcte lo corrieron del taller en septiembre", "lo corrieron del taller", "event", false},
	{"es", "Le recortaron las horas a casi nada este verano.", "recortaron las horas", "event", true},

	// A hospital stay.
	{"en", "She spent three weeks in the hospital after the surgery went wrong.", "spent three weeks in the hospital", "event|clinical", false},
	{"en", "My client was in the ICU for most of January.", "in the ICU", "event|clinical", false},
	{"en", "he was hospitalized twice last yr for his heart", "hospitalized twice", "event|clinical", false},
	{"en", "Her son was airlifted to the city after the fall.", "airlifted to the city", "event", false},
	{"fr", "Ma cliente a passé trois semaines à l'hôpital cet hiver.", "a passé trois semaines à l'hôpital", "event|clinical", false},
	{"fr", "il a été hospitalisé deux fois l'an passé", "hospitalisé deux fois", "event|clinical", false},
	{"es", "Mi paciente pasó tres semanas en el hospital este invierno.", "pasó tres semanas en el hospital", "event|clinical", false},
	{"es", "lo internaron dos veces el año pasado x el corazon", "lo internaron", "event|clinical", false},

	// An accident.
	{"en", "My client rolled his pickup on the back road in November.", "rolled his pickup", "event", false},
	{"en", "She slipped on the ice and broke her hip outside the bank.", "slipped on the ice", "event|clinical", false},
	{"en", "The boy I work with nearly drowned at the quarry last summer.", "nearly drowned", "event", false},
	{"en", "he got bit by a neighbour's dog and needed forty stitches", "got bit by a neighbour's dog", "event", false},
	{"en", "My client dozed off behind the wheel and went into the ditch.", "dozed off behind the wheel", "event", false},
	{"fr", "Mon client a capoté son pick-up dans le rang en novembre.", "a capoté son pick-up", "event", false},
	{"fr", "elle a glissé sur la glace et s'est cassé la hanche", "a glissé sur la glace", "event|clinical", false},
	{"fr", "Le garçon que je suis a failli se noyer à la carrière.", "a failli se noyer", "event", false},
	{"es", "Mi paciente volcó su camioneta en el camino viejo en noviembre.", "volcó su camioneta", "event", false},
	{"es", "se resbaló en el hielo y se rompió la cadera", "se resbaló en el hielo", "event|clinical", true},
	{"es", "El niño que atiendo casi se ahoga en la presa el verano pasado.", "casi se ahoga", "event", false},

	// A birth.
	{"en", "My client gave birth to twins at thirty weeks in June.", "gave birth to twins", "event|family", false},
	{"en", "she just had her fourth baby and is barely sleeping", "had her fourth baby", "event|family", false},
	{"fr", "Ma cliente a accouché de jumeaux à trente semaines en juin.", "a accouché de jumeaux", "event|family", false},
	{"es", "Mi paciente dio a luz a gemelos a las treinta semanas.", "dio a luz", "event|family", false},

	// A breakup.
	{"en", "Her fiancé called off the wedding two weeks before the date.", "called off the wedding", "event|family", false},
	{"en", "My client left her husband this spring, taking the kids with her.", "left her husband", "event|family", false},
	{"en", "his wife left him for his best friend over the summer", "left him for his best friend", "event|family", false},
	{"en", "She and her girlfriend split up right after the move.", "split up", "event|family", false},
	{"fr", "Son fiancé a annulé le mariage deux semaines avant.", "a annulé le mariage", "event|family", false},
	{"fr", "Ma cliente a quitté son mari au printemps avec les enfants.", "a quitté son mari", "event|family", false},
	{"es", "Su prometido canceló la boda dos semanas antes.", "canceló la boda", "event|family", false},
	{"es", "Mi paciente dejó a su esposo en la primavera y se llevó a los niños.", "dejó a su esposo", "event|family", false},

	// A legal step.
	{"en", "My client filed for divorce the week after the holidays.", "filed for divorce", "event|family", false},
	{"en", "She took out a restraining order against her brother in law.", "restraining order", "event", false},
	{"en", "He pleaded guilty to the break and enter in October.", "pleaded guilty", "event", false},
	{"en", "my cl got charged w/ impaired driving on the long weekend", "charged w/ impaired driving", "event", false},
	{"en", "Her ex sued her for the house and won.", "sued her for the house", "event", false},
	{"en", "He declared bankruptcy after the farm failed.", "declared bankruptcy", "event", false},
	{"fr", "Ma cliente a demandé le divorce juste après les fêtes.", "a demandé le divorce", "event|family", false},
	{"fr", "Il a plaidé coupable à l'introduction par effraction en octobre.", "a plaidé coupable", "event", false},
	{"fr", "elle a obtenu un interdit de contact contre son beau-frère", "interdit de contact", "event", false},
	{"fr", "Il a déclaré faillite après la perte de la ferme.", "a déclaré faillite", "event", false},
	{"es", "Mi paciente pidió el divorcio justo después de las fiestas.", "pidió el divorcio", "event|family", false},
	{"es", "Se declaró culpable del robo en octubre.", "Se declaró culpable", "event", true},
	{"es", "le pusieron una orden de alejamiento a su cuñado", "orden de alejamiento", "event", false},
	{"es", "Se declaró en quiebra después de perder el rancho.", "Se declaró en quiebra", "event", true},

	// Something done to the client.
	{"en", "Her coach groped her on the bus home from a tournament.", "groped her", "event", false},
	{"en", "The older kids at his school bullied him until he stopped going.", "bullied him", "event", false},
	{"en", "my client was left at a fire station as a newborn", "left at a fire station", "event", false},
	{"en", "His stepfather locked him in the shed for a whole night.", "locked him in the shed", "event", false},
	{"fr", "Son entraîneur l'a tripotée dans l'autobus au retour d'un tournoi.", "l'a tripotée", "event", false},
	{"fr", "les grands de son école l'ont intimidé jusqu'à ce qu'il lâche", "l'ont intimidé", "event", false},
	{"es", "Su entrenador la manoseó en el autobús de regreso de un torneo.", "la manoseó", "event", false},
	{"es", "los grandes de su escuela le hicieron bullying hasta que dejó de ir", "le hicieron bullying", "event", false},

	// A milestone missed.
	{"en", "My client missed her own graduation because of the trial.", "missed her own graduation", "event", false},
	{"en", "He was not allowed to go to his father's funeral.", "not allowed to go to his father's funeral", "event|family", false},
	{"en", "She failed her nursing boards for the second time in May.", "failed her nursing boards", "event", false},
	{"en", "he flunked out of trade school in first year", "flunked out of trade school", "event", false},
	{"fr", "Ma cliente a manqué sa propre remise de diplômes à cause du procès.", "a manqué sa propre remise de diplômes", "event", false},
	{"fr", "Il a échoué à son examen de l'ordre pour la deuxième fois.", "a échoué à son examen", "event", false},
	{"es", "Mi paciente se perdió su propia graduación por el juicio.", "se perdió su propia graduación", "event", false},
	{"es", "Reprobó el examen de la licencia por segunda vez en mayo.", "Reprobó el examen", "event", true},

	// A time clause that carries the event.
	{"en", "She has not driven since her brother wrapped his car around a pole.", "wrapped his car around a pole", "event|family", false},
	{"en", "Ever since the bank took the house, my client has been living out of his van.", "the bank took the house", "event", false},
	{"en", "he went back to drinking after his dad walked out on them", "walked out on them", "event|family", false},
	{"fr", "Elle ne conduit plus depuis que son frère a fait un face-à-face.", "a fait un face-à-face", "event|family", false},
	{"fr", "Depuis que la banque a saisi la maison, il dort dans son camion.", "la banque a saisi la maison", "event", false},
	{"es", "No maneja desde que su hermano chocó de frente contra un tráiler.", "chocó de frente", "event|family", false},
	{"es", "Desde que el banco le quitó la casa, mi paciente duerme en su camioneta.", "el banco le quitó la casa", "event", false},

	// A noun of happening with its time.
	{"en", "Her hospital stay in March left her afraid of needles.", "hospital stay", "event|clinical", false},
	{"en", "his breakup last month hit him harder than he admits", "breakup", "event|family", false},
	{"fr", "Son séjour à l'hôpital en mars lui a laissé une peur des aiguilles.", "séjour à l'hôpital", "event|clinical", false},
	{"es", "Su estancia en el hospital en marzo le dejó miedo a las agujas.", "estancia en el hospital", "event|clinical", false},
	// Added after the first rules and after reading, for their kinds and
	// not their wording, the event spans 5-fold train CV never proposed:
	// an authority stepping in, a leave from work, a debt with its sum.
	{"en", "My client says child protection has been involved since the summer.", "child protection has been involved", "event", false},
	{"en", "The neighbours called and the cops did a welfare check on her dad.", "did a welfare check", "event", false},
	{"en", "Her son is on medical leave from the mine after the cave-in scare.", "on medical leave", "event", false},
	{"en", "my cl has been off on comp since he hurt his back at the yard", "off on comp", "event", false},
	{"en", "He ran up $25,000 in credit card debt without his wife knowing.", "$25,000 in credit card debt", "event", false},
	{"fr", "Pour mon client, la police est maintenant impliquée dans le dossier.", "la police est maintenant impliquée", "event", false},
	{"fr", "Ma cliente est en congé de maladie depuis la fusion des services.", "en congé de maladie", "event", false},
	{"fr", "son mari est sur la CNESST depuis sa chute au chantier", "sur la CNESST", "event", false},
	{"es", "Con mi paciente, servicios sociales ya intervino en la casa.", "servicios sociales ya intervino", "event", false},
	{"es", "Mi paciente está de baja laboral desde la fusión de las oficinas.", "de baja laboral", "event", false},
	{"es", "la esposa de mi pcte volvió al trabajo y él se quedó solo con el bebé", "volvió al trabajo", "event", false},
}

// typedEvents5Clean are the same kinds of happening told of the poster,
// of people in general, of a public figure or a story, or asked as a
// question; none is a client's.
var typedEvents5Clean = []cleanRow{
	{"en", "I quit my job at the hospital last year to open this practice."},
	{"en", "I spent a week in the hospital in March, so sessions were moved."},
	{"en", "What helps a client who is weighing filing for divorce?"},
	{"en", "Any good reading on clients who have had a baby in the last year?"},
	{"en", "In the movie, the captain rolls his truck and walks away without a scratch."},
	{"en", "The senator pleaded guilty, according to her memoir."},
	{"en", "If a client gets charged with a crime, do you keep seeing them?"},
	{"en", "My husband and I split up years ago and co-parent well now."},
	{"fr", "J'ai démissionné de l'hôpital l'an passé pour ouvrir mon bureau."},
	{"fr", "J'ai passé une semaine à l'hôpital en mars, les rendez-vous sont déplacés."},
	{"fr", "Comment accompagner une personne qui pense demander le divorce?"},
	{"fr", "Dans le film, le héros a capoté son camion sans une égratignure."},
	{"fr", "Si un client plaide coupable, continuez-vous le suivi?"},
	{"es", "Renuncié a mi trabajo en el hospital el año pasado para abrir mi consultorio."},
	{"es", "Pasé una semana en el hospital en marzo, así que cambié las citas."},
	{"es", "¿Cómo acompañan a alguien que está pensando pedir el divorcio?"},
	{"es", "En la película, el capitán volcó su camioneta y salió sin un rasguño."},
	{"es", "Si un paciente se declara culpable, ¿siguen atendiéndolo?"},
	{"es", "Mi esposo y yo nos separamos hace años y ahora nos llevamos bien."},
	{"en", "Workshop next month: supporting teens who were bullied online."},
	{"fr", "Atelier le mois prochain : accompagner les jeunes intimidés en ligne."},
	{"es", "Taller el mes que viene: acompañar a jóvenes que sufrieron acoso en línea."},
	{"en", "I will be on parental leave from January, so the group pauses."},
	{"en", "Resources for teachers off on stress leave this term?"},
	{"fr", "Je serai en congé parental dès janvier, le groupe fait relâche."},
	{"es", "Voy a estar de licencia por maternidad desde enero."},
}

func TestTypedEvents5(t *testing.T) {
	checkTypedRows(t, typedEvents5)
}

func TestTypedEvents5Clean(t *testing.T) {
	checkNone(t, typedEvents5Clean, "event", ofCategory("event"))
}
