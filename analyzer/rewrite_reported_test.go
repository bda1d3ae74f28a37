package analyzer

import "testing"

// rewriteReported are advertisements, written for this test blind to the
// corpora, that tell in the poster's own words what someone told them of
// themself — a testimonial in reported speech — often inside the
// announcement of the poster's own group. Each must get a rewrite
// without the story (gone) that keeps the offer's need (kept); the clean
// ones (no gone) must not be rewritten.
var rewriteReported = []rewriteCase{
	{"en", "New Tuesday evening group for grief after pregnancy loss. A mom told me she had looked everywhere for one after her son was stillborn.",
		[]string{"stillborn"}, []string{"grief"}, false},
	{"fr", "Nouveau groupe de soutien au deuil le mardi soir. Une maman m'a confié qu'elle cherchait depuis un an un groupe après la mort de son bébé.",
		[]string{"bébé"}, []string{"deuil"}, false},
	{"fr", "Ateliers de relaxation pour soignantes le jeudi soir, inscription en ligne, places limitées. Une participante me racontait qu'elle dormait enfin après des mois de nuits blanches.",
		[]string{"nuits blanches"}, nil, false},
	// Words to the readers, or a public figure's: no one's story.
	{"en", "So many of you told me you wanted a weekend group, so here it is: Saturdays at 10, starting soon.", nil, nil, false},
	{"fr", "Vous m'avez dit vouloir des ateliers le samedi : les voici, dès janvier.", nil, nil, false},
}

// TestRewriteReported checks rewriteReported.
func TestRewriteReported(t *testing.T) { checkRewriteCases(t, rewriteReported) }
