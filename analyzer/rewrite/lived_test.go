package rewrite_test

import "testing"

// TestLivedFrame checks, on advertisements written for the purpose, that
// the frame of living with something holds only conditions: a time of
// day, a treatment or a practice matter the post names is left out, and a
// specialty that names care is said as the post's own term.
func TestLivedFrame(t *testing.T) {
	checkRewrites(t, []rewriteCase{
		{"en", "Now booking! Last spring I helped a 6-year-old in Moose Jaw whose bedtime battles ended after eight weeks of PCIT. If nights are hard at your house, I have openings.",
			[]string{"PCIT"}, []string{"living with bedtime", "Moose Jaw"}},
		{"en", "New group starting in March! Someone I worked with, a 57-year-old teacher going through chemo, said art therapy gave her a voice. I offer art therapy for anyone facing cancer.",
			[]string{"living with cancer", "art therapy"}, []string{"chemo", "coping with", "teacher"}},
		{"fr", "Nouvelle clinique ouverte! Une cliente de 45 ans, pharmacienne à Laval, a retrouvé le sommeil après son plan de sécurité et sa TCC. J'offre la TCC.",
			[]string{"TCC"}, []string{"accompagnement en plan", "Laval"}},
		{"es", "¡Abrimos agenda! Una consultante de 38 años, contadora en Rosario, salió adelante con su plan de seguridad y riesgo suicida. Ofrezco terapia DBT.",
			[]string{"DBT"}, []string{"Vives con plan", "riesgo", "Rosario"}},
	})
}
