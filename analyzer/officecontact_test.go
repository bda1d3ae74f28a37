package analyzer

// officeQuiet are replies and notices, written for this test, that give
// the office's own front desk or staff at a number, speaking for "we":
// the poster's own contact, which stays quiet. English has no row yet:
// an English pattern of the same kind changed the self zones of three
// training posts, and the retrained tagger then took the dev precision
// below its floor, so it is left out for now.
var officeQuiet = []refCase{
	{"fr", "review_site", "Merci pour votre avis. Par confidentialité, nous ne disons jamais qui consulte chez nous. Appelez notre réception au 418-555-0177."},
	{"fr", "review_site", "Nous sommes désolés de l'attente. Contactez notre secrétaire, Julie, au 514-555-0143."},
	{"fr", "review_site", "Merci de votre message. Communiquez avec la réception au 819-555-0122 pour toute question de facturation."},
	{"fr", "facebook_page", "Le bureau sera fermé vendredi. Pour un rendez-vous, appelez le secrétariat au 418-555-0199."},
	{"fr", "review_site", "Merci pour ce retour. Joignez notre adjointe administrative au 450-555-0166, elle pourra vous aider."},
	{"fr", "review_site", "Nous ne confirmons jamais qui est suivi ici. Écrivez à l'accueil au 418-555-0111 si besoin."},
	{"fr", "facebook_page", "Nos lignes étaient en panne ce matin. Appelez la clinique au 514-555-0188 pour reprendre un rendez-vous."},
	{"fr", "review_site", "Merci pour vos mots. Contactez la coordonnatrice au 819-555-0155 pour les reçus."},
	{"fr", "review_site", "Désolés pour le stationnement. Appelez notre réceptionniste Marc au 418-555-0133."},
	{"fr", "review_site", "Merci! Pour toute question, communiquez avec notre bureau au 450-555-0123."},
	{"es", "review_site", "Gracias por su reseña. Por privacidad no hablamos de quién se atiende aquí. Comuníquese con la recepción al 55 5555 0123."},
	{"es", "review_site", "Lamentamos la espera. Llame a nuestra secretaria, Lucía, al 55 5555 0144."},
	{"es", "review_site", "Gracias por escribirnos. Escriba a nuestro consultorio al 55 5555 0166 para cualquier factura."},
	{"es", "facebook_page", "Mañana el centro cierra temprano. Para reagendar, comunícate con recepción al 55 5555 0111."},
	{"es", "review_site", "Agradecemos el comentario. Hable con nuestra asistente Carla al 55 5555 0188 sobre los recibos."},
	{"es", "review_site", "No comentamos quién recibe atención. Contacte a la oficina al 55 5555 0155 en horario de atención."},
	{"es", "facebook_page", "Se cayeron las líneas esta mañana. Llamá al consultorio al 11 5555 0133 para reprogramar."},
	{"es", "review_site", "Gracias por la reseña. Marque a nuestra recepcionista al 55 5555 0122 si necesita un comprobante."},
	{"es", "review_site", "Sentimos lo del estacionamiento. Comuníquese con la coordinadora Ana al 55 5555 0199."},
	{"es", "review_site", "¡Gracias! Para dudas, llame a la clínica al 55 5555 0177."},
}

// relativeWarn are their twins: a number that reaches the client or the
// client's family, which must still warn.
var relativeWarn = []refCase{
	{"en", "facebook_group", "My client's mother asked me to share her number, 555-201-0177, with anyone who has a bed open for her son."},
	{"fr", "facebook_group", "La mère de ma cliente m'a donné son numéro, 418-555-0177, pour qui aurait une place en thérapie pour sa fille."},
	{"es", "facebook_group", "La madre de mi paciente me pidió compartir su número, 55 5555 0177, por si alguien tiene lugar para su hijo."},
}
