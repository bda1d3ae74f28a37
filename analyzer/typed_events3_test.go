package analyzer

import (
	"testing"
)

// typedEvents3 are a client's incidents and life events in grammatical
// shapes the earlier tables (typed_events_test.go, the shorthand side;
// typed_events_plain_test.go, active and passive past tenses with a
// subject; typed_milestones_test.go, happy events) lack (issue 15,
// h-event11): a passive with its agent or its particle ("was let go",
// "was taken into custody", "a été percuté par", "fue arrollado por");
// a noun phrase with no verb ("since the explosion at the refinery",
// "depuis l'inondation", "tras el divorcio"); a participle or infinitive
// clause ("having lost her twin", "après avoir perdu son emploi",
// "tras ser agredida"); an event inside a relative clause ("a dad whose
// son drowned", "dont la maison a brûlé", "cuya madre fue deportada");
// an event in a time clause ("when the mill closed", "quand son mari est
// parti", "cuando cerró la mina"); an event said through what it left
// ("homeless since the flood", "en fauteuil roulant depuis l'accident",
// "en libertad condicional"); French impersonal and reflexive forms ("on
// lui a retiré la garde", "s'est fait tabasser") and Spanish ones ("se
// le murió el esposo", "le negaron el asilo", "la desalojaron"). Each
// sentence was written for this test, as a kind of event, before any
// corpus miss was read, in the full sentences of a careful post. The
// post must give a finding of one of the categories (event, or what the
// guide makes of it: a divorce, a custody or a relative deported may be
// family, as the family rules read a kin word with its incident; a
// hospitalization clinical) that overlaps the wanted text; open marks a
// shape still left to the tagger's chance.
var typedEvents3 = []typedRow{
	// A passive with its agent or particle.
	{"en", "My client was let go from the warehouse two weeks before the holidays.", "let go", "event", false},
	{"en", "Her son was hit by a drunk driver on his way home from practice.", "hit by a drunk driver", "event", false},
	{"en", "The woman I am asking about was turned down for asylum in the spring.", "turned down for asylum", "event", false},
	{"en", "He was passed over for the promotion and then moved to nights.", "passed over for the promotion", "event", false},
	{"en", "She was served with eviction papers the same week her mother went into hospice.", "served with eviction papers", "event", false},
	{"en", "My client was bitten by a neighbour's dog as a child and still has the scar.", "bitten by a neighbour's dog", "event", false},
	{"en", "He was pulled from the rubble after the earthquake.", "pulled from the rubble", "event", false},
	{"en", "Her father was found dead in his truck in January.", "found dead", "event", false},
	{"en", "My client was suspended from school for three days after the fight.", "suspended from school", "event", false},
	{"en", "He was taken into custody at the airport on his way back from a visit home.", "taken into custody", "event", false},
	{"en", "She was trafficked across the border when she was fifteen.", "trafficked", "event", false},
	{"en", "He was mugged outside the train station last month.", "mugged", "event", false},
	{"en", "My client was written up twice and then terminated for missing shifts.", "terminated", "event", true},
	{"en", "She was badly injured in a rollover on the highway.", "injured in a rollover", "event", false},
	{"en", "His older brother was shot and killed during a robbery.", "shot and killed", "event", false},
	{"en", "She was pushed down the stairs by her ex-husband.", "pushed down the stairs", "event", false},
	{"en", "My client was demoted after a coworker filed a complaint.", "demoted", "event", false},
	{"en", "His son was held back a year in grade school.", "held back a year", "event", false},
	{"en", "My client and her kids were evacuated during the wildfire.", "evacuated", "event", false},
	{"en", "He was sued for the deposit by a former tenant.", "sued", "event", false},

	// A noun phrase with no verb.
	{"en", "My client has not been back to work since the explosion at the refinery.", "explosion at the refinery", "event", false},
	{"en", "After the eviction, she and the kids slept in her car for a month.", "eviction", "event", false},
	{"en", "Since his arrest, my client has stopped coming to group.", "arrest", "event", false},
	{"en", "Following her miscarriage in the spring, my client withdrew from her friends.", "miscarriage", "event|clinical", false},
	{"en", "Since the crash, my client cannot drive on the highway.", "crash", "event", false},
	{"en", "Two years after the tornado, my client's family is still living with relatives.", "tornado", "event", false},
	{"en", "In the months after her husband's overdose, my client stopped eating.", "husband's overdose", "event", false},
	{"en", "My client has struggled since the layoffs at the mine.", "layoffs at the mine", "event", false},
	{"en", "Her nightmares started after the home invasion.", "home invasion", "event", false},
	{"en", "Ever since the custody hearing, he has been drinking again.", "custody hearing", "event|family", false},
	{"en", "My client's panic began after the shooting at her workplace.", "shooting at her workplace", "event", false},
	{"en", "After the bankruptcy, my client moved back in with his parents.", "bankruptcy", "event", false},
	{"en", "Between her husband's deportation and the loss of her job, my client has nothing left.", "husband's deportation", "event", false},
	{"en", "Between her husband's deportation and the loss of her job, my client has nothing left.", "loss of her job", "event", false},
	{"en", "Since the death of his daughter, my client has not returned to church.", "death of his daughter", "event", false},
	{"en", "A year after the flood, my client still sleeps with her boots by the door.", "flood", "event", false},
	{"en", "My client's drinking picked up after the breakup of his marriage.", "breakup of his marriage", "event|family", false},
	{"en", "Since the robbery at the store where she works, she will not close alone.", "robbery at the store", "event", false},

	// A participle or infinitive clause.
	{"en", "Having lost her twin at birth, my client has always felt something was missing.", "lost her twin", "event", false},
	{"en", "Having been fired twice this year, he is afraid to apply anywhere.", "fired twice", "event", false},
	{"en", "Recently released from a federal prison, my client is looking for work.", "released from a federal prison", "event", false},
	{"en", "Newly arrived from a refugee camp, the family I see speaks little English.", "arrived from a refugee camp", "event|demographic", false},
	{"en", "After losing his business in the pandemic, my client started drinking.", "losing his business", "event", false},
	{"en", "Since being assaulted at the bus stop, she will not leave her apartment.", "assaulted at the bus stop", "event", false},
	{"en", "Before being deported, her husband had been the only earner.", "deported", "event", false},
	{"en", "Having survived a plane crash, my client now refuses to fly.", "survived a plane crash", "event", false},
	{"en", "My client, injured in a fall at a construction site, is now on disability.", "injured in a fall", "event", false},
	{"en", "My client, recently evicted, is staying at a shelter with her son.", "evicted", "event", false},
	{"en", "After being cut from the team, her son locked himself in his room for a week.", "cut from the team", "event", false},
	{"en", "Shortly after burying his wife, my client lost his job as well.", "burying his wife", "event", false},

	// An event inside a relative clause.
	{"en", "I am working with a dad whose son drowned last summer.", "son drowned", "event", false},
	{"en", "Looking for support for my client, a retired welder whose cabin burned down during the wildfire.", "cabin burned down", "event", false},
	{"en", "My client is a teacher whose student died by suicide this fall.", "died by suicide", "event", false},
	{"en", "I see a teen whose mother was deported last year.", "mother was deported", "event", false},
	{"en", "My client, who was held up at gunpoint at her bank job, has panic attacks.", "held up at gunpoint", "event", false},
	{"en", "A woman I work with, who lost her home in the flood, is sleeping on a friend's couch.", "lost her home in the flood", "event", false},
	{"en", "I have a client whose business partner stole most of their savings.", "stole most of their savings", "event", false},
	{"en", "My client is a nurse aide who was attacked by a resident on the night shift.", "attacked by a resident", "event", false},
	{"en", "I am seeing a farmer whose barn collapsed in the storm, killing his cattle.", "barn collapsed", "event", false},
	{"en", "The client, whose brother was murdered two years ago, is struggling with anger.", "brother was murdered", "event", false},
	{"en", "My client is the driver who hit a cyclist last winter.", "hit a cyclist", "event", false},
	{"en", "I see a boy whose father went to prison when he was six.", "father went to prison", "event|family", false},
	{"en", "She is a mother whose newborn was taken into care at the hospital.", "taken into care", "event|family", false},

	// An event in a time clause.
	{"en", "When the mill closed, my client lost the only job he had ever had.", "mill closed", "event", false},
	{"en", "He started using again when his girlfriend left with the baby.", "girlfriend left with the baby", "event|family", false},
	{"en", "My client was nine when her father went to prison.", "father went to prison", "event|family", false},
	{"en", "Ever since the bank foreclosed on their home, she has been panicking.", "foreclosed on their home", "event", false},
	{"en", "Until her husband was arrested, my client had no idea about the debts.", "husband was arrested", "event", false},
	{"en", "After his mother was hospitalized, he became her full-time carer.", "mother was hospitalized", "event|clinical", false},
	{"en", "Once the charges were dropped, my client tried to go back to work.", "charges were dropped", "event", false},
	{"en", "My client moved out the night her stepfather broke her arm.", "broke her arm", "event", false},
	{"en", "She was pregnant when her partner was killed in a workplace accident.", "killed in a workplace accident", "event", false},
	{"en", "As soon as the school expelled him, his parents sent him to live with an aunt.", "school expelled him", "event", false},
	{"en", "My client was still in high school when her house was repossessed.", "house was repossessed", "event", false},
	{"en", "By the time the fire department arrived, my client's shop was gone.", "shop was gone", "event", true},

	// An event said through what it left.
	{"en", "My client no longer has custody of her two children.", "no longer has custody", "event|family", false},
	{"en", "He has been homeless since the flood.", "homeless since the flood", "event", false},
	{"en", "My client has been in a wheelchair since the crash.", "wheelchair since the crash", "event|clinical", false},
	{"en", "He has not seen his kids since the restraining order.", "restraining order", "event", false},
	{"en", "My client now lives in a women's shelter after leaving her husband.", "lives in a women's shelter", "event", false},
	{"en", "She has a criminal record now and cannot find work.", "criminal record", "event", false},
	{"en", "My client has been off work on compensation since his injury at the plant.", "injury at the plant", "event", false},
	{"en", "My client has walked with a cane since she was struck by a car.", "struck by a car", "event", false},
	{"en", "Her son is now in a group home after the court ruling.", "group home", "event|family", false},
	{"en", "My client is awaiting trial and out on bail.", "out on bail", "event", false},
	{"en", "My client is facing deportation and has a hearing next month.", "facing deportation", "event", false},
	{"en", "My client is still paying off the debt from the romance scam.", "romance scam", "event", false},
	{"en", "My client's asylum claim was rejected last month.", "asylum claim was rejected", "event", false},
	{"en", "Her work visa ran out and she lost her job at the hotel.", "work visa ran out", "event", false},
	{"en", "The tornado tore the roof off my client's house.", "tore the roof off", "event", false},
	{"en", "Her son totaled the family car and broke both legs.", "totaled the family car", "event", false},
	{"en", "A former tenant took my client to court over the deposit.", "took my client to court", "event", false},

	// fr: un passif.
	{"fr", "Ma cliente a été licenciée la veille de Noël.", "licenciée", "event", false},
	{"fr", "Son fils a été percuté par un chauffard ivre en rentrant du hockey.", "percuté par un chauffard ivre", "event", false},
	{"fr", "Mon client a été expulsé de son logement en plein hiver.", "expulsé de son logement", "event", false},
	{"fr", "Ma cliente a été expulsée vers son pays d'origine l'an dernier.", "expulsée vers son pays", "event", false},
	{"fr", "Il a été mis à pied après l'accident à l'usine.", "mis à pied", "event", false},
	{"fr", "Son frère a été retrouvé mort dans son appartement.", "retrouvé mort", "event", false},
	// fr: un groupe nominal sans verbe.
	{"fr", "Depuis l'incendie de l'usine, mon client ne dort plus.", "incendie de l'usine", "event", false},
	{"fr", "Après le divorce, ma cliente est retournée vivre chez sa mère.", "divorce", "event|family", false},
	{"fr", "Depuis la mort de sa petite-fille, ma cliente ne travaille plus.", "mort de sa petite-fille", "event", false},
	{"fr", "Suite à son licenciement, mon client s'est isolé de tous.", "licenciement", "event", false},
	{"fr", "Depuis l'inondation du printemps, la famille de ma cliente vit à l'hôtel.", "inondation", "event", false},
	{"fr", "Depuis son arrestation, mon client ne vient plus aux rencontres.", "arrestation", "event", false},
	// fr: un infinitif ou un participe.
	{"fr", "Après avoir perdu son emploi, mon client a commencé à boire.", "perdu son emploi", "event", false},
	{"fr", "Après avoir été agressée dans le métro, ma cliente ne prend plus les transports.", "agressée dans le métro", "event", false},
	{"fr", "Sortie de prison en juin, ma cliente cherche un logement.", "Sortie de prison", "event", false},
	{"fr", "Ayant perdu sa femme dans un accident, mon client élève seul ses deux filles.", "perdu sa femme", "event|family", false},
	// fr: une relative.
	{"fr", "J'accompagne un père dont le fils s'est noyé l'été dernier.", "s'est noyé", "event", false},
	{"fr", "Ma cliente, dont la maison a brûlé en mars, dort chez une amie.", "maison a brûlé", "event", false},
	{"fr", "Je vois une adolescente dont la mère a été expulsée du pays.", "expulsée du pays", "event|family", false},
	// fr: une subordonnée de temps.
	{"fr", "Quand son mari est parti, ma cliente s'est retrouvée seule avec trois enfants.", "mari est parti", "event|family", false},
	{"fr", "Lorsque l'usine a fermé, mon client a perdu son seul revenu.", "usine a fermé", "event", false},
	{"fr", "Ma cliente avait dix ans quand son père est allé en prison.", "père est allé en prison", "event|family", false},
	// fr: l'impersonnel et le pronominal.
	{"fr", "Ma cliente est dévastée : on lui a retiré la garde de ses enfants.", "retiré la garde", "event|family", false},
	{"fr", "Mon client est sous le choc : on l'a renvoyé de son travail sans préavis.", "renvoyé de son travail", "event", false},
	{"fr", "Le fils de ma cliente s'est fait tabasser à la sortie de l'école.", "s'est fait tabasser", "event", false},
	{"fr", "Ma cliente s'est fait voler toutes ses économies par un faux conseiller.", "voler toutes ses économies", "event", false},
	{"fr", "Mon client s'est fait arrêter pour vol à l'étalage.", "s'est fait arrêter", "event", false},
	// fr: ce que l'événement a laissé.
	{"fr", "Mon client est à la rue depuis l'incendie.", "à la rue depuis l'incendie", "event", false},
	{"fr", "Ma cliente est en fauteuil roulant depuis l'accident.", "fauteuil roulant depuis l'accident", "event|clinical", false},
	{"fr", "La demande d'asile de ma cliente a été refusée en octobre.", "demande d'asile", "event", false},
	{"fr", "Mon client est en liberté conditionnelle depuis le printemps.", "liberté conditionnelle", "event", false},
	{"fr", "Le fils de ma cliente a redoublé sa deuxième année.", "redoublé", "event", false},

	// es: la pasiva y lo impersonal.
	{"es", "Mi paciente fue deportado en marzo y su familia se quedó aquí.", "deportado", "event", false},
	{"es", "Su hijo fue arrollado por un conductor ebrio al salir de la escuela.", "arrollado por un conductor ebrio", "event", false},
	{"es", "Mi clienta fue despedida sin aviso después de doce años en la empresa.", "despedida", "event", false},
	{"es", "Su hermano fue encontrado muerto en su departamento.", "encontrado muerto", "event", false},
	{"es", "Mi paciente está en un albergue: la desalojaron de su departamento en pleno invierno.", "desalojaron", "event", false},
	{"es", "Mi cliente ya no quiere salir; lo asaltaron al salir del banco.", "asaltaron", "event", false},
	{"es", "A mi paciente le negaron el asilo el mes pasado.", "negaron el asilo", "event", false},
	{"es", "Mi clienta está destrozada: le quitaron la custodia de sus hijos.", "quitaron la custodia", "event|family", false},
	// es: lo reflexivo.
	{"es", "Mi paciente tiene tres hijos. Se le murió el esposo en un accidente hace un año.", "murió el esposo", "event|family", false},
	{"es", "A mi cliente se le quemó la casa en el incendio forestal.", "quemó la casa", "event", false},
	{"es", "Mi paciente se quedó sin trabajo cuando cerró la fábrica.", "se quedó sin trabajo", "event", false},
	{"es", "Mi paciente se divorció el año pasado y volvió a casa de sus padres.", "se divorció", "event|family", false},
	// es: un sintagma nominal sin verbo.
	{"es", "Tras el divorcio, mi paciente volvió a vivir con su madre.", "divorcio", "event|family", false},
	{"es", "Desde el terremoto, mi paciente y su familia viven en un albergue.", "terremoto", "event", false},
	{"es", "Después del despido, mi cliente dejó de pagar la renta.", "despido", "event", false},
	{"es", "Desde su detención, mi paciente no ha vuelto a ver a sus hijos.", "detención", "event", false},
	{"es", "A raíz del accidente en la obra, mi paciente no puede trabajar.", "accidente en la obra", "event", false},
	// es: el infinitivo y el participio.
	{"es", "Después de perder su negocio, mi cliente empezó a beber.", "perder su negocio", "event", false},
	{"es", "Tras ser agredida en el metro, mi paciente ya no sale sola.", "agredida en el metro", "event", false},
	{"es", "Habiendo perdido a su gemelo al nacer, mi paciente siempre se sintió incompleta.", "perdido a su gemelo", "event", false},
	// es: la relativa.
	{"es", "Atiendo a un padre cuyo hijo se ahogó el verano pasado.", "se ahogó", "event", false},
	{"es", "Mi paciente, cuya casa se inundó en septiembre, duerme en casa de su hermana.", "casa se inundó", "event", false},
	{"es", "Trabajo con una adolescente cuya madre fue deportada.", "madre fue deportada", "event|family", false},
	// es: la subordinada de tiempo.
	{"es", "Cuando cerró la mina, mi paciente perdió su único ingreso.", "cerró la mina", "event", false},
	{"es", "Mi paciente tenía ocho años cuando su padre entró a la cárcel.", "padre entró a la cárcel", "event|family", false},
	{"es", "Desde que su esposa lo dejó, mi paciente vive solo en el rancho.", "esposa lo dejó", "event|family", false},
	// es: lo que dejó el evento.
	{"es", "Mi paciente vive en la calle desde la inundación.", "en la calle desde la inundación", "event", false},
	{"es", "Mi clienta anda en silla de ruedas desde el accidente.", "silla de ruedas desde el accidente", "event|clinical", false},
	{"es", "Mi cliente está en libertad condicional desde abril.", "libertad condicional", "event", false},
	{"es", "El hijo de mi paciente repitió el año escolar.", "repitió el año", "event", false},
	{"es", "La solicitud de asilo de mi paciente fue rechazada en octubre.", "solicitud de asilo", "event", false},
	{"es", "Mi paciente tiene una orden de deportación pendiente.", "orden de deportación", "event", false},
}

// typedEvents3Clean are the same events as general topics, the poster's
// own life, a public figure's or a character's, or a training's subject:
// none may give an event finding.
var typedEvents3Clean = []cleanRow{
	{"en", "Being let go after many years in one job can feel like a bereavement."},
	{"en", "After a divorce, many parents struggle to share the holidays."},
	{"en", "I was laid off from my agency job last month, so I am opening a private practice."},
	{"en", "Since the fire at our office, we have been meeting clients online."},
	{"en", "Having lost my own mother young, I understand grief a little differently."},
	{"en", "Workshop: supporting children after a parent is deported."},
	{"en", "When a plant closes, a whole town can grieve."},
	{"en", "Webinar on working with tenants who have been evicted."},
	{"en", "How do you support a client facing deportation?"},
	{"en", "The actor who was arrested last week has a new film out."},
	{"en", "Our town was evacuated during the wildfire, so I cancelled this week's sessions."},
	{"en", "Studies of survivors of home invasions report high rates of insomnia."},
	{"en", "What resources exist for families who lost their homes in a flood?"},
	{"en", "I was rear-ended on my way to the office, so I am running late today."},
	{"en", "In the novel, the mother loses custody of her son in the second act."},
	{"en", "Does anyone have a good handout on grief after a miscarriage?"},
	{"en", "In the film, the father is wrongly convicted and spends years in prison."},
	{"en", "Our building was broken into over the weekend; the files were locked and safe."},
	{"en", "When people lose their jobs, therapy is often the first thing they cut."},
	{"en", "In her memoir, the senator writes about the night her brother was killed."},
	{"fr", "Après un divorce, beaucoup de parents ont du mal à partager les vacances."},
	{"fr", "J'ai perdu mon poste à l'agence, je me lance donc en pratique privée."},
	{"fr", "Depuis l'incendie de notre bureau, nous voyons les clients en ligne."},
	{"fr", "Formation : accompagner les enfants dont un parent a été expulsé."},
	{"fr", "Comment aider une personne menacée d'expulsion?"},
	{"fr", "L'acteur arrêté la semaine dernière sort un nouveau film."},
	{"fr", "Quand une usine ferme, tout le village est en deuil."},
	{"es", "Tras un divorcio, muchos padres tienen dificultades para repartir las vacaciones."},
	{"es", "Me despidieron de la clínica, así que abro mi consulta privada."},
	{"es", "Desde el incendio de nuestra oficina, atendemos en línea."},
	{"es", "Taller: cómo acompañar a niños cuyo padre fue deportado."},
	{"es", "¿Cómo apoyan a una persona que enfrenta una deportación?"},
	{"es", "El cantante detenido la semana pasada sacó un disco nuevo."},
	{"es", "Cuando cierra una fábrica, todo el pueblo sufre."},
}

func TestTypedEvents3(t *testing.T) {
	checkTypedRows(t, typedEvents3)
}

func TestTypedEvents3Clean(t *testing.T) {
	checkNone(t, typedEvents3Clean, "event", ofCategory("event"))
}
