package analyzer

import (
	"slices"
	"testing"

	"github.com/discreet-app/discreet/analyzer/internal/pack"

	"github.com/discreet-app/discreet/analyzer/internal/match"
)

// refCase is a post written for these tests (never a corpus phrase).
type refCase struct {
	lang, platform, text string
}

// mustWarn are posts that speak to a client as their therapist, or about
// a client, in the second person or with "they": each confirms a client
// relationship in public and must get risk medium or high.
var mustWarn = []refCase{
	{"en", "facebook_page", "To Priyanka: thank you for trusting me with your story. It was an honour to walk beside you this year."},
	{"en", "review_site", "Desmond, thanks for the kind words! Our Thursday sessions were a highlight of my week too."},
	{"en", "facebook_page", "So proud of you for finishing your first half-marathon! When you first came in you could barely leave the house."},
	{"en", "review_site", "We're sorry you felt rushed. You missed three appointments in a row, so we had to give your slot to someone else."},
	{"en", "facebook_group", "To the client who sent me a postcard from Lisbon: I remember when you thought you'd never fly again. Keep going."},
	{"en", "facebook_page", "Happy graduation, Tobias! They said you'd never finish school, and you proved everyone wrong. It was a privilege working with you."},
	{"en", "review_site", "Thank you for trusting us after your divorce. We hope the evening group keeps you connected."},
	{"en", "facebook_group", "Huge congrats to my client who just passed their bar exam in Moncton! They worked so hard in our sessions after their dad died."},
	{"en", "facebook_page", "Shout-out to Sam, who wrapped up therapy with me today. They came in unable to drive after the crash and drove themselves here this morning."},
	{"fr", "facebook_page", "À Noémie : merci de m'avoir fait confiance. Je suis tellement fière de toi et du chemin parcouru depuis nos séances."},
	{"fr", "review_site", "Merci, Frédéric! Votre gentil message me touche beaucoup, et je garde un bon souvenir de notre dernière séance."},
	{"fr", "facebook_page", "Quel honneur de t'accompagner cette année, Lou. Quand tu es arrivée, tu ne dormais plus."},
	{"fr", "review_site", "Vous avez annulé quatre séances sans prévenir; nous avons donc dû libérer votre plage horaire."},
	{"fr", "facebook_group", "Une cliente m'a annoncé hier qu'elle a obtenu son poste d'infirmière à Rimouski après notre dernière séance. Quelle fierté!"},
	{"es", "facebook_group", "Una consultante de 34 años me contó que consiguió trabajo de maestra en la panadería de su barrio en Temuco. ¡Qué alegría verla así después de tanto!"},
	{"es", "facebook_page", "Para Valentina: gracias por confiarme tu historia. Estoy muy orgullosa de ti y de todo tu proceso."},
	{"es", "review_site", "Ramiro, gracias por tus lindas palabras. Fue un placer trabajar contigo estos meses."},
	{"es", "facebook_page", "¡Feliz cumpleaños, Inés! Cuando llegaste a consulta no podías ni salir de casa, y mírate ahora."},
	{"es", "review_site", "Lamentamos su molestia, pero usted faltó a tres sesiones seguidas y canceló la última sin aviso."},
	// Written the way people type: lower case, no accents or apostrophes,
	// text-speak, no punctuation.
	{"en", "facebook_page", "to marcus: thank u for letting me be part of ur journey these last two years, so proud of u"},
	{"en", "review_site", "thanks so much for the review jen!! loved our tuesday chats and so glad the panic attacks are easing up"},
	{"en", "facebook_page", "congrats on the new job kiddo you worked so hard for this in our sessions"},
	{"en", "review_site", "hi rob sorry you were unhappy with the billing but you no showed twice and our policy is clear"},
	{"en", "facebook_group", "shoutout to my client who finally moved out of her moms place this week they did the hard work"},
	{"en", "facebook_page", "Dear Anjali, watching you walk out of my office for the last time today was bittersweet. You did it."},
	{"en", "facebook_page", "happy 1 year sober to the guy who sat in my waiting room shaking last winter. you know who you are"},
	{"en", "review_site", "Thank you for the five stars, Marguerite. It meant a lot to see you so confident at our final session."},
	{"fr", "facebook_page", "a julien merci de m avoir fait confiance pendant ces deux ans je suis fiere de toi"},
	{"fr", "review_site", "merci pour ton avis sophie ca m a fait chaud au coeur, nos seances du jeudi vont me manquer"},
	{"fr", "facebook_page", "Bravo Mathis pour ton diplôme! Quand tu es venu me voir la première fois tu ne sortais plus de ta chambre."},
	{"fr", "review_site", "bonjour vous avez manque trois rendez vous de suite sans prevenir donc nous avons du liberer votre place"},
	{"fr", "facebook_group", "petite victoire une de mes clientes a enfin quitte son conjoint violent cette semaine elle a tellement travaille en seance"},
	{"es", "facebook_page", "para lucia gracias por confiar en mi todo este año estoy muy orgullosa de ti"},
	{"es", "review_site", "gracias por tu reseña martin fue un gusto acompañarte en las sesiones de los martes"},
	{"es", "facebook_page", "Felicidades Tomás por tu graduación! Cuando empezamos la terapia no podías ni ir a clases."},
	{"es", "review_site", "estimada usted falto a cuatro citas seguidas sin avisar por eso liberamos su horario"},
	{"es", "facebook_group", "mi paciente por fin consiguio trabajo despues de meses de terapia conmigo que alegria"},
	{"en", "facebook_page", "happy birthday to my favourite client!! you light up my wednesday mornings"},
	{"en", "review_site", "thx for the 5 stars leah, it was a privilege to be ur therapist"},
	{"en", "facebook_page", "To my Thursday 4pm: you know who you are. Congrats on the engagement!"},
	{"fr", "review_site", "merci beaucoup pour ce beau message camille, je garde un tres beau souvenir de nos rencontres"},
	{"fr", "facebook_page", "bravo a mon client qui a couru son premier marathon dimanche apres deux ans de suivi ensemble"},
	{"es", "review_site", "gracias por tus palabras andrea, fue un honor acompañarte en este proceso"},
	{"es", "facebook_page", "felicidades a mi paciente que se recibio de abogada este viernes despues de tanto trabajo juntas"},
	{"en", "facebook_group", "my pt just texted me that she got her kids back from cps after 2 yrs of us working on this"},
	// Farewells, memorials, disclosing review replies and notes to a
	// couple or a family, in each language.
	{"en", "facebook_page", "Rest easy, D. You fought so hard in our sessions, and I will carry your laugh with me."},
	{"en", "review_site", "We're sorry the wait felt long, Mr. Osei, but your assessment report went to your employer on the 4th as you asked."},
	{"en", "facebook_page", "To the couple I saw for premarital counselling last spring: congrats on the baby!"},
	{"en", "facebook_page", "Safe travels, Noor! I'll miss seeing you on Tuesdays, and I'm so proud of the work you did."},
	{"en", "facebook_group", "Bittersweet day: the family I've worked with for three years moved to Regina this morning. They left me a drawing."},
	{"fr", "facebook_page", "Repose en paix, J. Tu t'es tellement battu pendant nos séances, je ne t'oublierai pas."},
	{"fr", "review_site", "Madame Gagnon, nous sommes désolés du délai, mais votre rapport d'évaluation a été envoyé à votre employeur le 3 mai comme demandé."},
	{"fr", "facebook_page", "Bon voyage, Théo! Tes séances du mardi vont me manquer, je suis fière de toi."},
	{"fr", "facebook_group", "Journée douce-amère : la famille que j'accompagne depuis trois ans déménage à Moncton. Ils m'ont laissé un dessin."},
	{"es", "facebook_page", "Descansa en paz, R. Luchaste tanto en nuestras sesiones, nunca te voy a olvidar."},
	{"es", "review_site", "Sra. López, lamentamos la demora, pero su informe de evaluación se envió a su empleador el 4 de mayo como lo pidió."},
	{"es", "facebook_page", "¡Buen viaje, Emi! Voy a extrañar nuestras sesiones de los jueves, estoy orgullosa de ti."},
	{"es", "facebook_group", "Día agridulce: la familia que acompaño desde hace tres años se muda a Salta. Me dejaron un dibujo."},
	{"fr", "review_site", "Merci pour ce bel avis! Je suis contente que la thérapie t'ait aidée à reprendre le travail."},
	{"es", "review_site", "¡Gracias por tu reseña! Me alegra mucho que la terapia te haya ayudado a volver a manejar."},
	// Notes to a client by a name that is also a word, "you know who you
	// are", missing someone ("our Thursday afternoons"), then and now in
	// the second person, and a client told by "they/them" or "iel".
	{"en", "facebook_page", "To Will: look how far you've travelled since that first appointment. Good luck in Moncton!"},
	{"en", "review_site", "Thank you so much for the lovely words, Rose. I'll miss our Monday mornings together."},
	{"en", "facebook_page", "You came to me after the accident unable to drive, and yesterday you drove yourself to our last appointment. So proud."},
	{"fr", "facebook_page", "Tu es arrivée chez moi après l'accident sans pouvoir conduire, et hier tu es venue en voiture à notre dernier rendez-vous. Bravo!"},
	{"es", "facebook_page", "Para Rocío: estoy muy orgullosa de todo lo que avanzaste desde nuestra primera sesión. ¡Mucha suerte en Mendoza!"},
	{"es", "review_site", "Gracias por tus palabras, Luz. Voy a extrañar nuestros lunes."},
	{"en", "facebook_group", "Working with someone (they/them) who is a line cook in Halifax and just lost their job after a panic attack at work. Any resources for workplace accommodations?"},
	{"en", "facebook_page", "You know who you are: two years ago you couldn't get out of bed, and today you started your nursing program at Dalhousie. I'm so proud."},
	{"fr", "facebook_page", "Tu te reconnaîtras : il y a deux ans tu ne sortais plus de chez toi, et aujourd'hui tu commences ton stage à Chicoutimi. Tellement fière."},
	{"es", "facebook_page", "Tú sabes quién eres: hace dos años no podías salir de tu casa y hoy empezaste la facultad en Córdoba. ¡Qué orgullo!"},
	{"fr", "facebook_group", "Je travaille avec une personne que j'accompagne depuis l'automne (iel a 17 ans), serveur dans un resto de Lévis, qui vient d'être congédié après une crise de panique. Des idées?"},
	{"es", "facebook_group", "Tengo una persona que atiendo (elle/ella) de 17 años, mesera en un café de Puebla, que perdió el trabajo después de un ataque de pánico. ¿Ideas?"},
	{"en", "review_site", "Joy, your note made my day. I will miss our Wednesday evenings."},
	{"fr", "review_site", "Merci pour ce beau mot, Aurore. Nos jeudis vont me manquer."},
	// "Binge eating" is no binge-watched show.
	{"en", "facebook_group", "Consult request: 18, nonbinary, first-year at a state college. Binge eating escalated this term and they were hospitalized over reading week. They're back home in Fredericton now and want to return in January."},
	{"en", "facebook_page", "You know who you are. A year ago you were sleeping in your car, and this week you signed your first lease. Proud doesn't cover it."},
}

// mustStayQuiet are posts about the poster's own life, an organiser's
// own event or job post with their contact details, a public figure or a
// fictional character: none is about a client, and risk must stay none
// or low.
var mustStayQuiet = []refCase{
	{"en", "facebook_group", "Personal share: my husband was diagnosed with MS in June and I'm cutting my caseload to three days. My daughter starts university in Halifax next week, so it's a lot."},
	{"en", "facebook_page", "Workshop: Grief After Suicide, Saturday October 4, 9am to 4pm, at the Riverside Library, 220 Elm St. Register by emailing maria.lopez@example.org or call 555-204-1187. 6 CE credits."},
	{"en", "forum", "We're hiring! Part-time LCSW for our Kelowna office, 1850 Ridge Rd. Send your resume to jobs@example-counselling.ca. Salary $70-80K."},
	{"en", "reddit", "Did anyone watch the documentary where the singer talks about her bipolar disorder and her lithium? In her interview she describes mania so clearly."},
	{"en", "forum", "Rewatching the show with my partner and the main character's panic attacks in season two are so well done. Great teaching material."},
	{"en", "reddit", "Honestly the best portrayal of OCD i know, his dad's temper makes the whole story arc land, the rituals and the checking too"},
	{"en", "review_site", "Thank you for your review. Because of privacy laws we cannot confirm whether anyone is or was a patient here. Please call our office manager Gwen at 555-330-2219."},
	{"fr", "facebook_group", "Petite nouvelle personnelle : ma fille de 15 ans a reçu un diagnostic de TDAH le mois dernier à Sherbrooke, et je prends congé deux semaines."},
	{"fr", "facebook_page", "Atelier sur l'anxiété de performance le samedi 8 mars à Trois-Rivières, 450 rue des Forges. Inscription : atelier@example.ca ou 819-555-0143. Animé par Hélène Caron."},
	{"fr", "forum", "Dans son documentaire, la chanteuse parle de sa dépression et de son séjour à l'hôpital. Le personnage de la série fait écho à ça aussi."},
	{"fr", "review_site", "Merci pour votre avis. Nous ne pouvons ni confirmer ni infirmer qu'une personne a été suivie ici. Joignez notre adjointe Martine au 514-555-0190."},
	{"es", "facebook_group", "Les cuento algo personal: a mi esposo le diagnosticaron cáncer en marzo y voy a reducir mi consulta en Rosario por unos meses."},
	{"es", "facebook_page", "Taller gratuito sobre duelo el sábado 14 de junio en Monterrey, Av. Juárez 1200. Inscripciones: talleres@example.mx o al 81 5555 0142. Coordinado por Lic. Andrea Ruiz."},
	{"es", "forum", "En su entrevista, la actriz habla de su trastorno alimentario y de su internación. El personaje de la serie también lo muestra muy bien."},
	{"es", "review_site", "Gracias por escribirnos. Por secreto profesional no podemos confirmar ni negar si alguien se atiende con nosotros. Puede llamar a Teresa al 55 5555 0177."},
	// Written the way people type, and posts that look like a reply to a
	// client but speak to colleagues, a group or everyone.
	{"en", "facebook_group", "personal share my mom got diagnosed with dementia last month so im taking fridays off to drive her to appointments in kingston"},
	{"en", "facebook_page", "free workshop on burnout for teachers saturday march 3 10am at the oakville library 120 navy st. rsvp to kim.chen@example.com or 905 555 0188"},
	{"en", "forum", "hiring a part time therapist for our clinic in red deer, send cv to jobs@example.org or call 403-555-0110"},
	{"en", "reddit", "anyone else think the way the lead character on that hospital show handles her ocd is really well written"},
	{"en", "reddit", "that pop star talking about her eating disorder in her new doc was so raw, great conversation starter with teens"},
	{"en", "forum", "what do u put in ur policy for clients who email at midnight? need wording"},
	{"en", "facebook_group", "therapist here, i was diagnosed with adhd at 40 and started meds last week, my own therapist has been great"},
	{"en", "reddit", "what's everyones go to worksheet for teens with social anxiety"},
	{"fr", "facebook_group", "nouvelle perso mon pere a fait un avc la semaine passee donc je ferme le bureau jusqu au 15"},
	{"fr", "facebook_page", "conference gratuite sur le deuil mardi 12 novembre 19h bibliotheque de laval 1535 boul chomedey inscription info@example.ca 450 555 0123"},
	{"fr", "forum", "le personnage principal de la serie a des attaques de panique tres bien jouees je la montre a mes etudiants"},
	{"fr", "forum", "comment vous gerez les clients qui annulent a la derniere minute? je cherche une politique claire"},
	{"es", "facebook_group", "algo personal a mi hija le diagnosticaron diabetes en mayo y voy a bajar mi agenda en cordoba por un tiempo"},
	{"es", "facebook_page", "charla gratuita sobre ansiedad el jueves 5 de octubre 18hs en el centro cultural de rosario calle corrientes 900 inscripciones charlas@example.com.ar"},
	{"es", "forum", "el cantante hablo de su depresion en una entrevista y me parecio muy valiente"},
	{"es", "forum", "como manejan ustedes a los pacientes que escriben por whatsapp a toda hora? busco ideas"},
	{"en", "facebook_group", "Dear colleagues, our monthly peer sessions move to Thursdays starting in May. Same Zoom link."},
	{"en", "forum", "what do you all do when someone no shows twice? do u charge the full fee"},
	{"en", "facebook_page", "to everyone who came out to our open house: thank you for the kind words and the cookies!"},
	{"en", "review_site", "Thanks for the review of my book! Glad the chapter on sleep was useful."},
	{"en", "facebook_group", "so proud of my daughter who graduated nursing school today, she worked so hard"},
	{"en", "reddit", "my therapist said our sessions would go biweekly now and honestly im nervous lol"},
	{"en", "facebook_page", "to all the new grads: be kind to yourselves, your first year is hard and you will make mistakes"},
	{"fr", "facebook_group", "chers collegues, nos rencontres de codeveloppement reprennent en septembre au local habituel"},
	{"fr", "forum", "vous faites quoi quand un client manque trois seances de suite? je facture ou pas"},
	{"es", "facebook_group", "queridos colegas, nuestras reuniones de supervision vuelven en marzo los martes a las 19"},
	{"es", "forum", "que hacen ustedes cuando un paciente falta a tres sesiones seguidas? cobran igual?"},
	{"en", "review_site", "appreciate the review. for privacy reasons we don't say who is or isn't seen at our clinic, pls phone the front desk with any concerns"},
	{"fr", "review_site", "merci de votre avis, pour des raisons de confidentialite on ne dit jamais qui consulte a la clinique"},
	{"es", "review_site", "gracias por la opinion, por privacidad nunca decimos quien se atiende en la clinica"},
	{"fr", "forum", "dans son entrevue la chanteuse parle de sa depression post partum, tres touchant"},
	{"es", "facebook_group", "taller de duelo para colegas sabado 3 de agosto en mendoza, escribir a talleres@example.com.ar o al 261 555 0199"},
	{"en", "facebook_group", "not a work question, my 9 yo got diagnosed with adhd last week in moncton and im still processing it"},
	{"fr", "facebook_group", "rien a voir avec le travail mais ma fille de 9 ans vient d avoir un diagnostic de tdah a gatineau, je digere encore"},
	{"es", "facebook_group", "nada que ver con el trabajo pero a mi hijo de 9 años le diagnosticaron tdah la semana pasada en salta y todavia lo estoy procesando"},
	// Colleagues, supervisees, the poster's own therapy, fiction and a
	// thank-you to an event's crowd, in each language.
	{"en", "facebook_group", "Congrats to my supervisee Jenna on passing her licensing exam! So proud of her."},
	{"en", "forum", "My therapist and I wrapped up our sessions today after two years. Grateful for her."},
	{"en", "reddit", "In the novel, the narrator's therapist sees her weekly for a year and it is weirdly accurate."},
	{"en", "facebook_page", "Thank you to everyone who came to Saturday's trauma workshop! Slides are on our site, or email me at events@example.org."},
	{"fr", "facebook_group", "Merci à ma superviseure Annie pour ces trois années de supervision, je lui dois beaucoup."},
	{"fr", "forum", "Dans le roman, la narratrice voit sa psy chaque semaine pendant un an et c'est très juste."},
	{"fr", "facebook_page", "Merci à toutes celles et ceux qui sont venus à l'atelier de samedi! Les diapos sont sur notre site, ou écrivez-moi à atelier@example.ca."},
	{"es", "facebook_group", "¡Felicidades a mi colega Ana por su doctorado en Salamanca! Qué orgullo."},
	{"es", "forum", "En la novela, la protagonista va a terapia cada semana durante un año y está muy bien retratado."},
	{"es", "facebook_page", "¡Gracias a todos los que vinieron al taller del sábado! Las diapositivas están en nuestra web o escríbanme a taller@example.mx."},
	// A public figure named on a show or in an interview, a film title
	// in quotes, an organiser's name with their e-mail or phone, the
	// poster's own office hours, and a signature at the end ("Cheers,
	// Sam"), in each language.
	{"en", "reddit", "Did anyone catch Marisol Fenwick talking about her postpartum psychosis on the late-night show? Honestly a great example of reducing stigma."},
	{"en", "forum", "Rewatched \"My Sister's Garden\" last night and the mother's hoarding is portrayed so carefully. Would you use it in a group?"},
	{"en", "facebook_group", "Peer consultation circle this Thursday, 6-8pm at 44 Birch Lane, Guelph. Bring a de-identified case. Contact Dana Whitfield at dana.whitfield@example.com with questions."},
	{"en", "forum", "Any good reads on perfectionism for adult clients? Looking for something practical.\n\nCheers,\nSam"},
	{"en", "listserv", "Does anyone have a sliding-scale intake form they'd share? Mine is ancient.\n\nBest,\nHolly Marsh, LCSW\nhmarsh@example.net"},
	{"en", "facebook_group", "Hiring a part-time child therapist for our Sudbury clinic. Reach out to our director, Priya Anand, at panand@example.ca or 705-555-0199."},
	{"en", "facebook_page", "I'm in the office Tuesday to Thursday, 8am to 6pm, and offer telehealth on Saturday mornings. New clients welcome. Dr. Ellen Park, 555-201-4477."},
	{"fr", "forum", "Avez-vous vu l'entrevue où Clara Dumont parle de sa dépression post-partum? Très utile pour déstigmatiser."},
	{"fr", "facebook_group", "Dans le film « Ma sœur Jade », le personnage de la mère souffre de trouble bipolaire et c'est très bien rendu."},
	{"fr", "facebook_group", "Groupe de codéveloppement jeudi 14 mars de 18h à 20h au 220 rue Principale, Rimouski. Pour info : Julie Tremblay, julie.tremblay@example.ca."},
	{"fr", "forum", "Quelqu'un aurait un bon livre sur le perfectionnisme à recommander? Merci d'avance.\n\nCordialement,\nLuc"},
	{"fr", "forum", "Le joueur de hockey a parlé de son anxiété après les séries, et sa conjointe aussi. Ça fait du bien pour mes ados."},
	{"fr", "facebook_group", "Nous recrutons une psychologue à temps partiel pour notre clinique de Sherbrooke. Contactez notre directrice, Sophie Gagnon, à sgagnon@example.ca."},
	{"es", "forum", "¿Vieron a Lucía Ferrer hablar de su trastorno de ansiedad en el programa de anoche? Me pareció muy valiente."},
	{"es", "facebook_group", "En la película \"My Little Brother\" el personaje del padre tiene depresión y está muy bien mostrado. La recomiendo para grupos."},
	{"es", "facebook_group", "Grupo de supervisión el jueves 12 de abril de 18 a 20 h en Calle Mayor 34, Valladolid. Consultas: Marta Gil, marta.gil@example.es."},
	{"es", "facebook_page", "Mis horarios este mes: lunes y miércoles de 9 a 17 h en mi consultorio de Palermo, Av. Santa Fe 3200. Los viernes no atiendo. Tel. 11 5555 0123."},
	{"es", "forum", "¿Alguien tiene un buen libro sobre perfeccionismo para adultos? Gracias de antemano.\n\nSaludos,\nPablo"},
	{"es", "forum", "El futbolista habló de su depresión después del mundial y su esposa también. Me sirve mucho para hablar con los adolescentes."},
	{"es", "facebook_group", "Buscamos psicóloga infantil a medio tiempo para nuestro centro en Rosario. Escribir a nuestra directora, Carla Benítez, a cbenitez@example.com.ar."},
	{"es", "forum", "Gracias a todos por las recomendaciones, me sirvieron mucho. Un abrazo, Dolores"},
	// Public figures named in full who spoke about their health, athletes
	// and TV shows, an English title in a French or Spanish post, and the
	// poster's own talk, retreat or workshop ("join me", "I'm presenting").
	{"en", "facebook_group", "Kendra Moyo has been so open about her ADHD diagnosis. I share her clips with newly diagnosed adults all the time."},
	{"en", "forum", "Pro athletes talking about panic attacks has done more for my male clients than any pamphlet. The star forward who left mid-game is a great example."},
	{"en", "reddit", "Anyone else love how Dr. Reyes on that new TV drama handles the therapy scenes? Finally a TV therapist who keeps boundaries with her patients."},
	{"en", "facebook_group", "Join me Saturday morning in Kingston for a walking meditation workshop for helpers. I'll be leading two sessions; bring water. Questions: anna@example.org"},
	{"en", "facebook_group", "I'm presenting at the provincial conference in Regina this May on grief in farm families. Come say hi!"},
	{"en", "reddit", "Watched the new season last night and the teenage son's self-harm storyline was handled well. Good material for my parent group."},
	{"fr", "forum", "Marc-André Lévesque a parlé publiquement de sa dépression dans les médias, et mes clients m'en parlent depuis."},
	{"fr", "facebook_group", "Retraite de ressourcement pour intervenantes en juin à Wakefield, trois jours en nature. Inscription auprès de Nathalie, nathalie@example.ca."},
	{"fr", "forum", "Dans la série américaine que tout le monde regarde, le père a un trouble bipolaire, et la saison deux le montre très bien."},
	{"es", "facebook_group", "Estoy viendo The Quiet Year y el personaje de la madre tiene depresión posparto. Muy buena para psicoeducación."},
	{"es", "forum", "Lionel Ortega habló públicamente de su adicción al juego y desde entonces mis pacientes lo mencionan mucho."},
	{"es", "facebook_group", "Retiro para terapeutas en mayo en Valle de Bravo, tres días de descanso. Informes: Sofía, sofia@example.mx"},
	// A signature after words of the therapy relationship signs the post:
	// "Cheers, Sam" and "Thanks,\nSam" speak to no one.
	{"en", "forum", "How do you all handle ending our sessions when a supervisee moves away? Looking for rituals that feel right. Cheers, Sam"},
	{"en", "forum", "Any tips for wrapping up our sessions with a supervisee who is relocating?\n\nThanks,\nSam"},
	{"fr", "forum", "Des idées pour bien clore nos séances avec une stagiaire qui déménage?\n\nMerci,\nJulie"},
	{"es", "forum", "¿Ideas para cerrar nuestras sesiones con una practicante que se muda?\n\nGracias,\nLaura"},
	// An athlete on TV, a titled organiser with a phone, a workshop or talk
	// announced, and a request for reviews to everyone who was in a group.
	{"en", "reddit", "that hockey player talking about his panic attacks on tv last night was huge for the guys i work with"},
	{"es", "facebook_page", "Taller de manejo de la ansiedad este sábado en Zapopan, cupo para 12 personas. Informes con la Lic. Daniela Ruiz al 33-5555-0199."},
	{"fr", "facebook_page", "Causerie sur le deuil périnatal jeudi soir à Sherbrooke. Pour réserver : Dre Isabelle Roy, 819-555-0144."},
	{"en", "facebook_page", "If you were part of one of our parenting groups in Tucson, would you leave us a review? Anonymous is fine. Link in bio."},
	{"es", "facebook_page", "Si fuiste parte de nuestros talleres para cuidadores en Mérida, ¿nos dejas una reseña? Link en bio."},
}

func TestRiskWarnsOnPostsToOrAboutAClient(t *testing.T) {
	a := defaultAnalyzer(t)
	for i, c := range slices.Concat(mustWarn, messyWarn, treatedWarn, relativeWarn, hurriedThanksWarn, lastSessionWarn, knownClientWarn) {
		res := a.Analyze(Input{Text: c.text, Lang: c.lang, Platform: c.platform})
		if lv := res.Risk.Level; lv != "medium" && lv != "high" {
			t.Errorf("%s #%d: risk %s, want medium or high: %q", c.lang, i, lv, c.text)
		}
	}
}

func TestRiskQuietOnPosterPublicFigureAndFiction(t *testing.T) {
	a := defaultAnalyzer(t)
	for i, c := range slices.Concat(mustStayQuiet, messyStayQuiet, treatedQuiet, officeQuiet, hurriedThanksQuiet, lastSessionQuiet, groupSessionQuiet) {
		res := a.Analyze(Input{Text: c.text, Lang: c.lang, Platform: c.platform})
		if lv := res.Risk.Level; lv != "none" && lv != "low" {
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.Category+":"+f.Text)
			}
			t.Errorf("%s #%d: risk %s, want none or low (findings %v): %q", c.lang, i, lv, got, c.text)
		}
	}
}

func TestReferentsPerSentence(t *testing.T) {
	a := defaultAnalyzer(t)
	c, err := a.packs["en"].compiled()
	if err != nil {
		t.Fatal(err)
	}
	text := "My client is a 40-year-old welder. She was laid off in May. " +
		"My daughter starts kindergarten tomorrow. In her interview, the actress talked about grief. " +
		"Honestly his grief in that story arc rang true."
	v := pack.NewView(text)
	sents := pack.SplitSentences(v.Text, c.Abbrev)
	g := c.ScanKeywords(v.Lower)
	cands := match.Find(c, v, sents, g)
	x := newContext(c, v, sents, g, cands, nil)
	x.attribute(cands)
	got := x.Referents()
	want := []Referent{RefClient, RefClient, RefPoster, RefPublic, RefPublic}
	if len(got) != len(want) {
		t.Fatalf("%d sentences, want %d: %v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d: %v, want %v", i, got[i], want[i])
		}
	}
	if RefPublic.String() != "public" || Referent(99).String() != "unknown" {
		t.Error("Referent names")
	}
}

func TestConfirmingPostSaysWhy(t *testing.T) {
	a := defaultAnalyzer(t)
	res := a.Analyze(Input{Text: "So proud of you, and of everything you've done since our first session.", Lang: "en", Platform: "facebook_page"})
	if res.Risk.Level != "medium" || len(res.Risk.Reasons) == 0 {
		t.Fatalf("risk %+v, want medium with a reason", res.Risk)
	}
}
