package analyzer

import (
	"strings"
	"testing"
)

// typedSymptoms are a client's symptoms and behaviours told in plain
// words rather than named (issue 15, h-clin8): what the person does, stops
// doing or cannot do (sleep, eating, substances, voices and beliefs,
// avoidance, self-injury, the body, school or work refusal), often with a
// duration or a frequency. Half are written carefully, half typed fast in
// lower case with shorthand. Every sentence was written for this test,
// blind to the corpora, from the annotation guide's definition of
// `clinical`; want is the words a finding must cover (a clinical finding
// or a story-tagger finding, as the evaluation's recall counts it).
var typedSymptoms = []struct{ lang, text, want string }{
	// en, careful: avoidance and withdrawal.
	{"en", "My client hasn't left her apartment in three weeks.", "hasn't left her apartment"},
	{"en", "He has not gone outside since the funeral.", "has not gone outside"},
	{"en", "Since the collision she cannot ride in a car at all.", "cannot ride in a car"},
	{"en", "My client refuses to take the bus after what happened.", "refuses to take the bus"},
	{"en", "The boy I see stopped going to school in October.", "stopped going to school"},
	{"en", "She no longer talks at school, only at home with her mother.", "no longer talks at school"},
	{"en", "He avoids the kitchen entirely because of the smell of gas.", "avoids the kitchen"},
	{"en", "My client will not let anyone touch her, even her sister.", "will not let anyone touch her"},
	// en, careful: sleep.
	{"en", "My client wakes at three every morning drenched in sweat.", "wakes at three every morning"},
	{"en", "He sleeps with every light on and the door locked.", "sleeps with every light on"},
	{"en", "She has been sleeping fourteen hours a day since the layoff.", "sleeping fourteen hours a day"},
	{"en", "My eight-year-old client still wets the bed most nights.", "wets the bed"},
	{"en", "He relives the fire in his dreams almost every night.", "relives the fire"},
	// en, careful: eating and body.
	{"en", "My client stopped eating after her divorce was finalized.", "stopped eating"},
	{"en", "She makes herself throw up after dinner.", "makes herself throw up"},
	{"en", "He has lost thirty pounds since the spring without trying.", "lost thirty pounds"},
	{"en", "She skips breakfast and lunch and eats only at night.", "skips breakfast and lunch"},
	{"en", "My client hides food in his closet and eats it at night.", "hides food"},
	{"en", "She counts every calorie and runs ten miles a day.", "counts every calorie"},
	{"en", "He throws up before every shift at the plant.", "throws up before every shift"},
	{"en", "My client shakes so badly she cannot hold a cup.", "shakes so badly"},
	// en, careful: substances.
	{"en", "My client drinks a whole bottle of vodka every weekend.", "drinks a whole bottle of vodka"},
	{"en", "He takes his mother's sleeping pills most nights.", "takes his mother's sleeping pills"},
	{"en", "She smokes cannabis from the moment she wakes up.", "smokes cannabis"},
	{"en", "He blacked out twice last month after drinking.", "blacked out"},
	{"en", "My client has a few beers before every session.", "has a few beers before every session"},
	// en, careful: voices, beliefs, perception.
	{"en", "She hears her late husband calling her name at night.", "hears her late husband"},
	{"en", "He believes the neighbours are recording him through the walls.", "believes the neighbours are recording him"},
	{"en", "My client sees shadows moving in the corner of her room.", "sees shadows"},
	{"en", "He is convinced his phone is being tapped by the police.", "convinced his phone is being tapped"},
	{"en", "She talks to people who are not there.", "talks to people who are not there"},
	// en, careful: self-injury and compulsions.
	{"en", "He bangs his head against the wall when he is frustrated.", "bangs his head against the wall"},
	{"en", "My client scratches her legs until they bleed.", "scratches her legs"},
	{"en", "She bites the inside of her cheeks raw during sessions.", "bites the inside of her cheeks"},
	{"en", "He washes his hands until the skin cracks.", "washes his hands until the skin cracks"},
	{"en", "My client checks the stove a dozen times before leaving.", "checks the stove"},
	{"en", "She hits herself in the face when she gets overwhelmed.", "hits herself"},
	// en, careful: mood and behaviour with duration or frequency.
	{"en", "My client cries every day on her way to work.", "cries every day"},
	{"en", "He has had panic attacks at the grocery store for months.", "panic attacks"},
	{"en", "She has been in and out of the hospital for her mental health.", "in and out of the hospital"},
	{"en", "He has been hospitalized four times for psychosis.", "hospitalized four times"},
	{"en", "She has flashbacks whenever she smells smoke.", "flashbacks"},
	// en, typed fast.
	{"en", "my cl hasnt left her room in like 2 wks", "hasnt left her room"},
	{"en", "she cant get in a car anymore since the wreck", "cant get in a car"},
	{"en", "kiddo wont go to school, mom has to drag him", "wont go to school"},
	{"en", "he hasnt been to work in a month, just sits in the dark", "hasnt been to work"},
	{"en", "teen client stopped talking at school completely", "stopped talking at school"},
	{"en", "shes not sleeping, up til 4am every night", "not sleeping"},
	{"en", "he wakes up screamin most nights per his wife", "wakes up screamin"},
	{"en", "my pt sleeps all day n is up all night", "sleeps all day"},
	{"en", "she basically stopped eating after the breakup smh", "stopped eating"},
	{"en", "hes been throwing up after meals, mom found out", "throwing up after meals"},
	{"en", "she only eats like 3 foods and gags on anything new", "only eats like 3 foods"},
	{"en", "she drinks a bottle of wine a night, sometimes more", "drinks a bottle of wine a night"},
	{"en", "hes drinking every night again per his gf", "drinking every night"},
	{"en", "pt smokes weed all day n says it helps", "smokes weed all day"},
	{"en", "she pops xanax like candy rn", "pops xanax"},
	{"en", "he hears his dead brother talking to him", "hears his dead brother"},
	{"en", "my client thinks ppl are following her everywhere", "thinks ppl are following her"},
	{"en", "he sees stuff that isnt there at night", "sees stuff that isnt there"},
	{"en", "she pulls her eyelashes out when shes anxious", "pulls her eyelashes out"},
	{"en", "he scratches his arms till they bleed", "scratches his arms"},
	{"en", "she bangs her head on the floor during meltdowns", "bangs her head"},
	{"en", "my cl picks at her face for hours", "picks at her face"},
	{"en", "shes been in and out of the psych ward since 16", "in and out of the psych ward"},
	{"en", "he cries every nite and wont say why", "cries every nite"},
	{"en", "she screams at her kids then feels awful abt it", "screams at her kids"},
	{"en", "hes punching walls again, broke his hand last wk", "punching walls"},
	{"en", "my teen cl wont shower or brush her teeth", "wont shower"},
	{"en", "she freaks out in elevators, takes the stairs 12 floors", "freaks out in elevators"},
	{"en", "he cant be around loud noises since deployment", "cant be around loud noises"},
	{"en", "my pt has nightmares every single night abt the attack", "nightmares every single night"},

	// fr, careful.
	{"fr", "Ma cliente ne dort plus depuis la mort de son père.", "ne dort plus"},
	{"fr", "Il ne mange presque plus depuis la séparation.", "ne mange presque plus"},
	{"fr", "Elle refuse d'aller à l'école depuis la rentrée.", "refuse d'aller à l'école"},
	{"fr", "Mon client ne quitte plus son appartement.", "ne quitte plus son appartement"},
	{"fr", "Elle ne parle plus du tout à l'école.", "ne parle plus du tout à l'école"},
	{"fr", "Il se réveille en hurlant presque toutes les nuits.", "se réveille en hurlant"},
	{"fr", "Elle se gratte les bras jusqu'au sang.", "se gratte les bras"},
	{"fr", "Il boit une bouteille de vin chaque soir.", "boit une bouteille de vin"},
	{"fr", "Ma cliente s'arrache les cheveux quand elle est stressée.", "s'arrache les cheveux"},
	{"fr", "Il se frappe la tête contre les murs.", "se frappe la tête"},
	{"fr", "Elle voit des ombres dans sa chambre la nuit.", "voit des ombres"},
	{"fr", "Il croit que ses voisins l'espionnent.", "croit que ses voisins l'espionnent"},
	{"fr", "Elle n'arrive plus à monter en voiture depuis l'accident.", "n'arrive plus à monter en voiture"},
	{"fr", "Mon client saute tous les repas du midi.", "saute tous les repas"},
	{"fr", "Elle a perdu dix kilos en deux mois.", "perdu dix kilos"},
	{"fr", "Il fait des cauchemars presque chaque nuit.", "cauchemars"},
	{"fr", "Elle pleure tous les soirs en rentrant du travail.", "pleure tous les soirs"},
	{"fr", "Il a fait plusieurs séjours en psychiatrie.", "plusieurs séjours en psychiatrie"},
	// fr, typed fast.
	{"fr", "ma cliente dort pu depuis 3 semaines", "dort pu"},
	{"fr", "il mange pu rien depuis sa rupture", "mange pu rien"},
	{"fr", "elle sort pu de sa chambre", "sort pu de sa chambre"},
	{"fr", "le jeune veut pu aller a l'ecole", "veut pu aller a l'ecole"},
	{"fr", "il se fait vomir apres chaque repas", "se fait vomir"},
	{"fr", "elle entend la voix de sa mere decedee", "entend la voix"},
	{"fr", "il boit tous les soirs depuis son divorce", "boit tous les soirs"},
	{"fr", "elle se coupe les cuisses depuis cet ete", "se coupe les cuisses"},
	{"fr", "il fume des joints toute la journee", "fume des joints"},
	{"fr", "ma cliente se lave les mains 50 fois par jour", "se lave les mains 50 fois"},
	{"fr", "elle va pu travailler depuis un mois", "va pu travailler"},
	{"fr", "il pense que tout le monde le surveille", "pense que tout le monde le surveille"},
	{"fr", "elle se rend malade avant chaque examen", "se rend malade"},
	{"fr", "il reste couché toute la journée", "reste couché toute la journée"},
	{"fr", "elle se tape la tête quand elle fait une crise", "se tape la tête"},
	{"fr", "il prend des somnifères tous les soirs pour dormir", "prend des somnifères"},
	{"fr", "elle fait des crises d'angoisse dans le métro", "crises d'angoisse"},

	// es, careful.
	{"es", "Mi paciente no quiere salir de su habitación desde hace un mes.", "no quiere salir de su habitación"},
	{"es", "Dejó de comer después de la separación.", "Dejó de comer"},
	{"es", "Se rasca los brazos hasta sangrar.", "Se rasca los brazos"},
	{"es", "Se arranca el pelo cuando está nerviosa.", "Se arranca el pelo"},
	{"es", "Mi consultante se despierta gritando casi todas las noches.", "se despierta gritando"},
	{"es", "Toma una botella de vino cada noche.", "Toma una botella de vino"},
	{"es", "Ya no habla en el colegio, solo en casa.", "Ya no habla en el colegio"},
	{"es", "No quiere ir a la escuela desde el verano.", "No quiere ir a la escuela"},
	{"es", "Ve cosas que no están ahí.", "Ve cosas que no están"},
	{"es", "Cree que sus vecinos lo vigilan.", "Cree que sus vecinos lo vigilan"},
	{"es", "Se provoca el vómito después de cenar.", "Se provoca el vómito"},
	{"es", "Se golpea la cabeza contra la pared.", "Se golpea la cabeza"},
	{"es", "Mi paciente no puede subirse a un coche desde el choque.", "no puede subirse a un coche"},
	{"es", "Ha estado entrando y saliendo del psiquiátrico.", "entrando y saliendo del psiquiátrico"},
	{"es", "Bajó quince kilos en tres meses.", "Bajó quince kilos"},
	{"es", "Llora todas las noches antes de dormir.", "Llora todas las noches"},
	{"es", "Se lava las manos hasta que le sangran.", "Se lava las manos"},
	// es, typed fast.
	{"es", "mi paciente no kiere salir d su cuarto", "no kiere salir d su cuarto"},
	{"es", "ya no come nada desde q lo dejó la novia", "ya no come nada"},
	{"es", "se corta las piernas otra vez", "se corta las piernas"},
	{"es", "escucha la voz de su abuela muerta", "escucha la voz"},
	{"es", "no duerme nada, se la pasa despierta toda la noche", "se la pasa despierta"},
	{"es", "chupa todos los dias desde q perdió la chamba", "chupa todos los dias"},
	{"es", "fuma mota todo el dia", "fuma mota"},
	{"es", "ya no va al trabajo hace 3 semanas", "ya no va al trabajo"},
	{"es", "el chamaco no quiere ir a la escuela", "no quiere ir a la escuela"},
	{"es", "vomita antes de cada examen", "vomita"},
	{"es", "se muerde las uñas hasta sangrar", "se muerde las uñas"},
	{"es", "cree q la siguen a todos lados", "cree q la siguen"},
	{"es", "tiene pesadillas todas las noches con el accidente", "pesadillas"},
	{"es", "se encierra en el baño a llorar", "se encierra en el baño"},
	{"es", "toma pastillas para dormir todas las noches", "toma pastillas para dormir"},
	{"es", "no se puede subir al metro desde el asalto", "no se puede subir al metro"},
	{"es", "se pega en la cara cuando se frustra", "se pega en la cara"},

	// Second draft, also blind: the body, wishes to die in plain words,
	// speech, hoarding, secret eating, beliefs of being sent messages,
	// staying in bed, missing school or work.
	{"en", "Her heart races and she feels faint on the train.", "heart races"},
	{"en", "He keeps saying he wants to disappear.", "wants to disappear"},
	{"en", "My client talks about wanting to die after every visit with her ex.", "wanting to die"},
	{"en", "He mutters to himself in the waiting room.", "mutters to himself"},
	{"en", "She hasn't said a word in session for a month.", "hasn't said a word"},
	{"en", "My client hoards newspapers and can't throw anything away.", "hoards newspapers"},
	{"en", "He eats in secret and hides the wrappers.", "eats in secret"},
	{"en", "She is sure the television is sending her messages.", "sending her messages"},
	{"en", "He stays in bed all weekend and skips meals.", "stays in bed all weekend"},
	{"en", "My client faints whenever she sees blood.", "faints whenever"},
	{"en", "shes been missing a ton of school since jan", "missing a ton of school"},
	{"en", "he gets these stomach aches every morning before school", "stomach aches every morning"},
	{"en", "kiddo rocks back and forth when hes upset", "rocks back and forth"},
	{"en", "she says everyone would be better off without her", "better off without her"},
	{"en", "he laughs to himself n wont say why", "laughs to himself"},
	{"en", "my cl keeps hearing a baby cry when nobody is there", "hearing a baby cry"},
	{"en", "her hands shake so bad she cant sign her name", "hands shake"},
	{"en", "he cant breathe when he gets near the highway", "cant breathe"},
	{"fr", "Il parle de vouloir mourir depuis son congédiement.", "parle de vouloir mourir"},
	{"fr", "Elle se parle à elle-même dans la salle d'attente.", "se parle à elle-même"},
	{"fr", "Il ne jette plus rien et son appartement déborde.", "ne jette plus rien"},
	{"fr", "Elle manque l'école tous les lundis.", "manque l'école"},
	{"fr", "Il a des maux de ventre tous les matins avant l'école.", "maux de ventre tous les matins"},
	{"fr", "elle se balance d'avant en arrière quand elle est anxieuse", "se balance d'avant en arrière"},
	{"fr", "il pense que la télé lui envoie des messages", "lui envoie des messages"},
	{"fr", "elle mange en cachette la nuit", "mange en cachette"},
	{"fr", "il dit qu'il veut disparaître", "veut disparaître"},
	{"fr", "elle parle toute seule dans le corridor", "parle toute seule"},
	{"es", "Dice que se quiere morir.", "se quiere morir"},
	{"es", "Habla sola en el pasillo de la escuela.", "Habla sola"},
	{"es", "Se queda en la cama todo el fin de semana.", "Se queda en la cama todo"},
	{"es", "Mi paciente falta a la escuela todos los lunes.", "falta a la escuela todos"},
	{"es", "A mi consultante le duele la panza todas las mañanas antes de clases.", "le duele la panza todas las mañanas"},
	{"es", "se mece para adelante y para atrás cuando se enoja", "se mece"},
	{"es", "ella come a escondidas en la noche", "come a escondidas"},
	{"es", "cree q la tele le manda mensajes", "le manda mensajes"},
	{"es", "mi paciente junta cosas y no tira nada", "no tira nada"},
	{"es", "a él le tiemblan las manos todo el tiempo", "le tiemblan las manos"},
	{"es", "se desmaya cuando ve sangre", "se desmaya"},
	{"es", "mi paciente habla de querer morirse", "querer morirse"},
}

// typedSymptomsClean are sentences of the same words that describe no
// client: a generic question, a specialty asked for or offered, the
// poster's own life, a public figure, a behaviour that is not a symptom.
// None may give a clinical finding of a rule (the story tagger's false
// alarms are measured by the evaluation, not here).
var typedSymptomsClean = []cleanRow{
	{"en", "How do you treat trichotillomania in teens?"},
	{"en", "Looking for someone who works with eating disorders in adolescents."},
	{"en", "Any tips for kids who refuse to go to school?"},
	{"en", "What do you do when a client hears voices in session?"},
	{"en", "I haven't slept properly in days lol, this caseload is wild"},
	{"en", "I can't be in a car for long since my own back surgery."},
	{"en", "Does anyone run a group for adults who self-harm?"},
	{"en", "Seeking a therapist who specializes in selective mutism."},
	{"en", "The singer has talked openly about her bulimia."},
	{"en", "how do u all handle clients who show up drunk?"},
	{"en", "any good handouts on sleep hygiene for teens"},
	{"en", "ce training on hoarding next month, who's going"},
	{"en", "i drink way too much coffee on session days"},
	{"en", "my kids wont eat anything green lol"},
	{"en", "what helps with nightmares after trauma? looking for research"},
	{"en", "We offer support for people who hear voices."},
	{"en", "The clinic will stop taking new referrals in March."},
	{"en", "She moved to a new apartment and loves her commute."},
	{"en", "He started a new job and drives to work every day."},
	{"fr", "Comment traiter la trichotillomanie chez les ados?"},
	{"fr", "Je cherche quelqu'un qui travaille avec les troubles alimentaires."},
	{"fr", "des ressources pour les jeunes qui refusent d'aller à l'école?"},
	{"fr", "moi aussi je dors pu avec mon horaire lol"},
	{"fr", "Formation sur l'entente de voix le mois prochain."},
	{"fr", "Elle a déménagé et adore son nouveau quartier."},
	{"fr", "que faire quand un client arrive en état d'ébriété?"},
	{"es", "¿Cómo tratan la tricotilomanía en adolescentes?"},
	{"es", "Busco a alguien que trabaje con trastornos alimentarios."},
	{"es", "recursos para niños que no quieren ir a la escuela?"},
	{"es", "yo tampoco duermo nada con tanto trabajo jaja"},
	{"es", "Taller sobre escuchar voces el próximo mes."},
	{"es", "Ella se mudó y le encanta su nuevo barrio."},
	{"es", "qué hacen cuando un paciente llega tomado a sesión?"},
	{"es", "La cantante habló de su bulimia en una entrevista."},
	{"en", "How do you work with clients who talk about wanting to die?"},
	{"en", "my stomach hurts every morning before clinic lol"},
	{"en", "I stay in bed all weekend after a heavy week, no regrets"},
	{"en", "The actor has spoken about hearing voices as a teenager."},
	{"en", "Any CE on hoarding disorder this spring?"},
	{"fr", "Formation : accompagner les personnes qui parlent de mourir."},
	{"fr", "je manque le souper de famille dimanche, trop de dossiers"},
	{"es", "¿Cómo trabajan con pacientes que hablan de querer morir?"},
	{"es", "me duele la cabeza todas las tardes con este horario jaja"},
	{"en", "her ex keeps sending her messages at 2am"},
	{"fr", "son ex lui envoie des messages toute la nuit"},
	{"es", "su ex le manda mensajes todo el día"},
}

func TestTypedSymptoms(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range typedSymptoms {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			clinical := func(f Finding) bool {
				return f.Category == "clinical" || strings.Contains(f.Rule, "/story-")
			}
			if ok, got := findingOver(t, a, tt.lang, tt.text, tt.want, clinical); !ok {
				t.Errorf("Analyze(%q) = %v; want a clinical finding over %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestTypedSymptomsClean(t *testing.T) {
	checkNone(t, typedSymptomsClean, "clinical", func(f Finding) bool { return f.Category == "clinical" && !strings.Contains(f.Rule, "/story-") })
}
