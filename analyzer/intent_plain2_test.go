package analyzer

import "testing"

// intentPlain2 holds posts written for this table (h-intent11) before any
// corpus post was read, in careful prose, for the kinds of confusion
// cross-validation on train shows (rules/README.md, "Intent model"): a
// practice's post that offers a service without saying "book now"
// (marketing) against a practice's notice or a clinician's reflection
// that offers nothing (other); clients asked for a review, a rating or a
// few lines for a page (testimonial_request) against both; a question to
// peers about the clinician's own work life (other) against a question
// about a client (consultation); a thing to use or a course to take
// (resource_request) against a person to send someone to
// (referral_request); words to a reviewer (review_response).
var intentPlain2 = []intentRow{
	// English.
	{"en", "facebook_page", "Good news for families in the valley: our clinic now has a second office above the pharmacy on Main, with free parking and a ramp at the side door. Appointments there start Monday; call the front desk to book.", "marketing"},
	{"en", "facebook_page", "New on the blog: five small ways to protect your sleep when work follows you home. Read it at the link, and if you would like help putting it into practice, our therapists see adults on weekday evenings.", "marketing"},
	{"en", "facebook_page", "We are proud to say that our whole team completed advanced training in trauma-focused therapy this autumn. Ask about it when you book your next appointment.", "marketing"},
	{"en", "facebook_page", "Starting in February I will be running a six-week mindfulness course for teachers on Wednesday afternoons, online. Registration is open now and the fee can be claimed as professional development.", "marketing"},
	{"en", "facebook_page", "Today is World Mental Health Day. Take a moment to check in with someone you love, and with yourself.", "other"},
	{"en", "facebook_page", "The office will be closed on Monday for the holiday. Wishing everyone a restful long weekend.", "other"},
	{"en", "forum", "One of the hardest parts of this job is also the best: watching people you have walked beside start to trust themselves again. Grateful for this work today.", "other"},
	{"en", "facebook_group", "Sharing a study I came across this week on loneliness in rural seniors. The findings surprised me, especially the part about pets. Link below.", "other"},
	{"en", "forum", "For those who work fully online now: do you miss the office? I have been remote for three years and I am thinking about renting a small room again two days a week.", "other"},
	{"en", "facebook_group", "Does anyone else find the end of the year draining? Between the holiday cancellations and my own family plans I feel stretched thin. How do you protect your own energy in December?", "other"},
	{"en", "listserv", "I am preparing a talk for graduate students on what nobody told us about the first year in practice. What would you have wanted to hear when you were starting out?", "other"},
	{"en", "facebook_page", "Has our team made a difference for you? A short review on Google helps other parents find support when they need it most. The link is in the comments.", "testimonial_request"},
	{"en", "facebook_page", "We are collecting stories for our tenth anniversary newsletter. If you worked with one of our counsellors and would be comfortable letting us print a few lines, with or without your first name, please get in touch.", "testimonial_request"},
	{"en", "facebook_page", "If you have a minute, we would be grateful for a star rating on our clinic's page. Every review helps someone who is nervous about reaching out.", "testimonial_request"},
	{"en", "facebook_group", "My client keeps asking whether I will still be her therapist if she moves in with her partner's family two hours away. I could continue online but I sense she wants me to decide for her. How would you respond?", "consultation"},
	{"en", "forum", "A father on my caseload has started recording our sessions on his phone without asking. I want to address it without shaming him. Has anyone handled something like this?", "consultation"},
	{"en", "facebook_group", "Can anyone recommend an app for tracking mood that works well for older adults with shaky hands? Large buttons and no subscription would be ideal.", "resource_request"},
	{"en", "listserv", "I am looking for a good introductory course on working with interpreters in therapy sessions, online and self-paced if possible. Which trainings have you found worth the fee?", "resource_request"},
	{"en", "facebook_group", "Looking for a psychologist who does neuropsychological testing for adults in the east end. A woman I see suspects she has had attention difficulties all her life and would like a proper assessment.", "referral_request"},
	{"en", "forum", "Do any of you know a bereavement counsellor willing to see older people in their own homes? A widower I support through our agency no longer drives.", "referral_request"},
	{"en", "review_site", "We are grateful you wrote to us. Hearing that our waiting room felt calm and welcoming means a lot to the team.", "review_response"},
	{"en", "review_site", "We hear your frustration about the billing delay and we are sorry for the stress it caused. Please call our office manager directly so we can sort it out.", "review_response"},

	// French.
	{"fr", "facebook_page", "Bonne nouvelle : le cabinet ouvre un deuxième bureau au centre-ville, accessible en fauteuil roulant, avec stationnement gratuit. Les premiers rendez-vous y sont possibles dès lundi; appelez l'accueil pour réserver.", "marketing"},
	{"fr", "facebook_page", "Nouvel article sur le blogue : cinq façons de protéger votre sommeil quand le travail vous suit à la maison. Et si vous souhaitez être accompagné, nos psychologues reçoivent les adultes en soirée.", "marketing"},
	{"fr", "facebook_page", "Toute notre équipe a terminé cet automne une formation avancée en thérapie des traumas. N'hésitez pas à nous en parler lors de votre prochaine prise de rendez-vous.", "marketing"},
	{"fr", "facebook_page", "Dès février, j'anime un atelier de pleine conscience de six semaines pour les enseignants, le mercredi après-midi, en ligne. Les inscriptions sont ouvertes et les frais sont admissibles en formation continue.", "marketing"},
	{"fr", "facebook_page", "C'est aujourd'hui la Journée mondiale de la santé mentale. Prenez un moment pour prendre des nouvelles d'un proche, et de vous-même.", "other"},
	{"fr", "facebook_page", "Le cabinet sera fermé lundi en raison du congé férié. Bon long week-end à toutes et à tous.", "other"},
	{"fr", "forum", "Une des plus belles parts de ce métier : voir des personnes reprendre confiance en elles, un pas à la fois. Reconnaissante de faire ce travail aujourd'hui.", "other"},
	{"fr", "facebook_group", "Je partage une étude lue cette semaine sur l'isolement des aînés en milieu rural. Les résultats sur les animaux de compagnie m'ont surprise. Lien ci-dessous.", "other"},
	{"fr", "forum", "Pour celles et ceux qui travaillent entièrement en ligne : l'ambiance du bureau vous manque-t-elle? Je suis en télépratique depuis trois ans et je songe à louer une petite salle deux jours par semaine.", "other"},
	{"fr", "facebook_group", "Est-ce que d'autres trouvent la fin d'année épuisante? Entre les annulations des fêtes et ma propre famille, je suis à bout. Comment préservez-vous votre énergie en décembre?", "other"},
	{"fr", "listserv", "Je prépare une conférence pour des étudiants en maîtrise sur la première année de pratique. Qu'auriez-vous aimé entendre quand vous avez commencé?", "other"},
	{"fr", "facebook_page", "Notre équipe a fait une différence pour vous? Un court avis sur Google aide d'autres parents à trouver du soutien. Le lien est en commentaire.", "testimonial_request"},
	{"fr", "facebook_page", "Pour nos dix ans, nous rassemblons des témoignages. Si vous avez été suivi par l'un de nos thérapeutes et acceptez que nous publiions quelques lignes, avec ou sans votre prénom, écrivez-nous.", "testimonial_request"},
	{"fr", "facebook_page", "Si vous avez une minute, une note de quelques étoiles sur notre page nous ferait très plaisir. Chaque avis rassure quelqu'un qui hésite à appeler.", "testimonial_request"},
	{"fr", "facebook_group", "Ma cliente me demande sans cesse si je resterai sa thérapeute si elle déménage chez sa belle-famille à deux heures d'ici. Je pourrais continuer en visio, mais j'ai l'impression qu'elle veut que je décide à sa place. Comment réagiriez-vous?", "consultation"},
	{"fr", "forum", "Un père que je suis a commencé à enregistrer nos séances sur son téléphone sans demander. Je veux aborder la question sans l'humilier. Quelqu'un a-t-il déjà vécu cela?", "consultation"},
	{"fr", "facebook_group", "Pouvez-vous me conseiller une application de suivi de l'humeur facile à utiliser pour des personnes âgées? De gros boutons et pas d'abonnement, idéalement.", "resource_request"},
	{"fr", "listserv", "Je cherche une formation d'introduction au travail avec des interprètes en séance, en ligne et à mon rythme si possible. Lesquelles valaient le coût selon vous?", "resource_request"},
	{"fr", "facebook_group", "Je cherche un neuropsychologue pour une évaluation chez l'adulte dans l'est de la ville. Une dame que je vois soupçonne un trouble de l'attention depuis toujours et aimerait une évaluation complète.", "referral_request"},
	{"fr", "forum", "Connaissez-vous une intervenante en deuil qui fait des visites à domicile? Un monsieur veuf que j'accompagne à l'organisme ne conduit plus.", "referral_request"},
	{"fr", "review_site", "Nous vous remercions pour ce message. Savoir que notre salle d'attente vous a paru calme et accueillante touche beaucoup l'équipe.", "review_response"},
	{"fr", "review_site", "Nous comprenons votre frustration concernant le retard de facturation et nous sommes désolés du stress causé. Appelez directement notre gestionnaire pour régler la situation.", "review_response"},

	// Spanish.
	{"es", "facebook_page", "¡Buenas noticias! El consultorio abre una segunda sede en el centro, con acceso para silla de ruedas y estacionamiento gratuito. Los primeros turnos allí son desde el lunes; llamá a recepción para reservar.", "marketing"},
	{"es", "facebook_page", "Nueva nota en el blog: cinco maneras de cuidar tu sueño cuando el trabajo te sigue a casa. Y si querés acompañamiento, nuestras psicólogas atienden adultos por la tarde.", "marketing"},
	{"es", "facebook_page", "Todo nuestro equipo terminó este otoño una formación avanzada en terapia del trauma. Consultanos cuando pidas tu próximo turno.", "marketing"},
	{"es", "facebook_page", "Desde febrero coordino un taller de mindfulness de seis semanas para docentes, los miércoles por la tarde, en línea. Las inscripciones ya están abiertas.", "marketing"},
	{"es", "facebook_page", "Hoy es el Día Mundial de la Salud Mental. Tomate un momento para preguntarle a alguien querido cómo está, y también a vos.", "other"},
	{"es", "facebook_page", "El consultorio permanecerá cerrado el lunes por el feriado. ¡Buen fin de semana largo para todos!", "other"},
	{"es", "forum", "Una de las partes más lindas de este trabajo es ver a las personas volver a confiar en sí mismas, paso a paso. Hoy me siento agradecida por lo que hago.", "other"},
	{"es", "facebook_group", "Comparto un estudio que leí esta semana sobre la soledad en adultos mayores de zonas rurales. Lo de las mascotas me sorprendió. Dejo el enlace abajo.", "other"},
	{"es", "forum", "Para quienes trabajan solo en línea: ¿extrañan el consultorio? Llevo tres años atendiendo virtual y estoy pensando en alquilar un espacio dos días por semana.", "other"},
	{"es", "facebook_group", "¿A alguien más le agota el fin de año? Entre las cancelaciones por las fiestas y mi propia familia estoy sin energía. ¿Cómo se cuidan ustedes en diciembre?", "other"},
	{"es", "listserv", "Estoy preparando una charla para estudiantes de posgrado sobre el primer año de práctica. ¿Qué les hubiera gustado escuchar cuando empezaron?", "other"},
	{"es", "facebook_page", "¿Nuestro equipo te ayudó? Una breve reseña en Google ayuda a otras familias a encontrar apoyo. Dejamos el enlace en los comentarios.", "testimonial_request"},
	{"es", "facebook_page", "Por nuestros diez años estamos reuniendo testimonios. Si hiciste un proceso con alguno de nuestros terapeutas y nos permitís publicar unas líneas, con o sin tu nombre, escribinos.", "testimonial_request"},
	{"es", "facebook_page", "Si tenés un minuto, nos ayudaría mucho que califiques nuestra página con unas estrellas. Cada opinión le da confianza a alguien que duda en llamar.", "testimonial_request"},
	{"es", "facebook_group", "Mi paciente me pregunta todo el tiempo si voy a seguir siendo su terapeuta si se muda con la familia de su pareja a dos horas de acá. Podría seguir en línea, pero siento que quiere que yo decida por ella. ¿Cómo responderían?", "consultation"},
	{"es", "forum", "Un padre que atiendo empezó a grabar las sesiones con el celular sin pedir permiso. Quiero hablarlo sin avergonzarlo. ¿Alguien pasó por algo así?", "consultation"},
	{"es", "facebook_group", "¿Me recomiendan una aplicación para registrar el estado de ánimo que sea fácil para personas mayores? Con botones grandes y sin suscripción, idealmente.", "resource_request"},
	{"es", "listserv", "Busco un curso introductorio sobre el trabajo con intérpretes en sesión, en línea y a mi ritmo si es posible. ¿Cuáles les parecieron que valían la pena?", "resource_request"},
	{"es", "facebook_group", "Busco neuropsicólogo que haga evaluaciones de adultos en zona oeste. Una señora que veo sospecha que tiene dificultades de atención desde siempre y quiere una evaluación completa.", "referral_request"},
	{"es", "forum", "¿Conocen a alguien que acompañe duelos con visitas a domicilio? Un señor viudo que atiendo en la fundación ya no maneja.", "referral_request"},
	{"es", "review_site", "Gracias por tomarse el tiempo de escribir. Saber que la sala de espera le resultó tranquila y cálida significa mucho para el equipo.", "review_response"},
	{"es", "review_site", "Entendemos su molestia por la demora en la facturación y lamentamos el mal momento. Por favor comuníquese con nuestra administradora para resolverlo.", "review_response"},
}

// TestIntentPlain2 logs each post of intentPlain2 the model reads wrong
// and holds the share it reads right to a floor per language, as
// TestIntentPlain does for its table.
func TestIntentPlain2(t *testing.T) {
	checkIntentRows(t, intentPlain2, intentPlain2Floor)
}

// intentPlain2Floor is how many posts of each language's 22 the model must
// read right: the shipped model read 18, 18 and 19 when the table was
// written (h-intent11), and a retrain may move a row or two. What it read
// wrong then: a practice's course or training with no "book" word
// (marketing read as other), a question to peers about their own work
// life (other read as consultation or referral), a star rating asked
// for (testimonial read as review reply), a French practice's notice on
// its page (other read as marketing).
var intentPlain2Floor = map[string]int{"en": 16, "fr": 16, "es": 17}
