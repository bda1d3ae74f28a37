// Command packembed writes the built-in packs as the browser and Worker
// builds embed them (build tag rules_packed, rules/embed_packed*.go): the
// pack folders of rules/ with every word list front-coded or, where that
// is smaller, a delta from the same list of another pack (rules.PackLists),
// and every JSON file compact with each rule's examples cut to one of each
// kind (rules.PackJSON), then lists and each pack's JSON files bzip2-
// compressed where that is smaller (rules.PackBzip2), into rules/packed/,
// which git ignores. Files whose
// names start with '.' or '_' are left out, as go:embed leaves them out
// (the story tagger is embedded on its own). It writes only the files that
// changed and removes the ones no pack has any more, so that builds running
// side by side see a whole tree.
//
// With -documents DIR it writes instead the built-in packs of -langs as
// documents (rules.EmbeddedDocument), DIR/<lang>.json, and their list,
// DIR/index.json: what the Worker, built without packs (rules_no_packs),
// ships as static assets and reads with rules.ParseBuiltInDocument.
//
// With -models DIR it writes instead the built-in models the analysis of
// -langs uses (rules.BuiltInModelFiles: their story taggers and the
// intent model), a file each, and DIR/index.json, from each model file's
// path to its file: the
// Worker embeds no models either, and hands these static assets to
// rules.UseBuiltInModels.
//
//	go run ./scripts/cmd/packembed [-rules DIR]
//	go run ./scripts/cmd/packembed -documents DIR -langs en
//	go run ./scripts/cmd/packembed -models DIR -langs en
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/discreet-app/discreet/rules"
	"github.com/discreet-app/discreet/scripts/gzsize"
)

func main() {
	dir := flag.String("rules", "rules", "the rules folder: packs in its language folders, output in its packed/")
	docs := flag.String("documents", "", "write the packs of -langs as documents into this folder instead")
	models := flag.String("models", "", "write the models of -langs (story taggers, intent model) into this folder instead")
	langs := flag.String("langs", strings.Join(rules.Languages(), ","), "with -documents or -models: the languages, comma-separated")
	flag.Parse()
	var err error
	if *docs != "" {
		err = writeDocuments(*docs, strings.Split(*langs, ","))
	} else if *models != "" {
		err = writeModels(*models, strings.Split(*langs, ","))
	} else {
		err = run(*dir)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "packembed:", err)
		os.Exit(1)
	}
}

// run writes dir/packed from the pack folders of dir.
func run(dir string) error {
	out := filepath.Join(dir, "packed")
	want := map[string][]byte{}  // path under out → contents
	lists := map[string][]byte{} // path under out → a list's plain text
	var order []string           // the lists, in the order walked
	packs, err := packDirs(dir)
	if err != nil {
		return err
	}
	for _, name := range packs {
		root := filepath.Join(dir, name)
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if p != root && (strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_")) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(dir, p)
			rel = filepath.ToSlash(rel)
			if strings.HasSuffix(p, ".txt") {
				lists[rel] = b
				order = append(order, rel)
				return nil
			}
			want[rel] = rules.PackJSON(rel, b)
			return nil
		})
		if err != nil {
			return err
		}
	}
	if len(want) == 0 {
		return fmt.Errorf("no pack folders (with a pack.json) in %s", dir)
	}
	for rel, b := range rules.PackLists(order, lists, gzsize.Of) {
		want[rel] = b
	}
	if want, err = rules.PackBzip2(want, gzsize.Bzip2, gzsize.Of); err != nil {
		return err
	}
	for rel, b := range want {
		if err := writeIfChanged(filepath.Join(out, rel), b); err != nil {
			return err
		}
	}
	if err := removeStale(out, want); err != nil {
		return err
	}
	return writePackedModels(dir)
}

// writePackedModels writes dir/packedmodels: the story taggers that the
// analysis reads (tagger.json and weights.bin of each pack folder's
// _tagger/, as <lang>/tagger/, since go:embed leaves out names that start
// with '_') and dir/intent.model, each packed (rules.PackModel), for the
// extension's build (rules/models_packed.go).
func writePackedModels(dir string) error {
	out := filepath.Join(dir, "packedmodels")
	want := map[string][]byte{}
	add := func(rel, model string) error {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(model)))
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err == nil {
			want[filepath.FromSlash(rel)] = rules.PackModel(model, b)
		}
		return err
	}
	if err := add("intent.model", "intent.model"); err != nil {
		return err
	}
	packs, err := packDirs(dir)
	if err != nil {
		return err
	}
	for _, name := range packs {
		for _, f := range []string{"tagger.json", "weights.bin"} {
			if err := add(name+"/tagger/"+f, name+"/_tagger/"+f); err != nil {
				return err
			}
		}
	}
	for rel, b := range want {
		if err := writeIfChanged(filepath.Join(out, rel), b); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	return removeStale(out, want)
}

// writeDocuments writes the built-in packs of langs as documents into
// dir, and dir/index.json, the languages in order.
func writeDocuments(dir string, langs []string) error {
	for _, lang := range langs {
		doc, err := rules.EmbeddedDocument(lang)
		if err != nil {
			return err
		}
		if err := writeIfChanged(filepath.Join(dir, lang+".json"), doc); err != nil {
			return err
		}
	}
	index, err := json.Marshal(langs)
	if err != nil {
		return err
	}
	return writeIfChanged(filepath.Join(dir, "index.json"), index)
}

// writeModels writes the built-in models of langs into dir, one file each,
// and dir/index.json, which maps each model file's path
// ("en/_tagger/weights.bin") to its file in dir ("en-tagger-weights.bin":
// flat names, and none that starts with '_', which static hosts may
// treat as their own).
func writeModels(dir string, langs []string) error {
	files, err := rules.BuiltInModelFiles(langs)
	if err != nil {
		return err
	}
	index := map[string]string{}
	for p, b := range files {
		name := strings.NewReplacer("/_", "-", "/", "-").Replace(p)
		index[p] = name
		if err := writeIfChanged(filepath.Join(dir, name), b); err != nil {
			return err
		}
	}
	data, err := json.Marshal(index) // keys sorted
	if err != nil {
		return err
	}
	return writeIfChanged(filepath.Join(dir, "index.json"), data)
}

// packDirs returns the names of dir's folders that hold a pack (a
// pack.json), in directory order.
func packDirs(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() && isPack(filepath.Join(dir, e.Name())) {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

func isPack(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "pack.json"))
	return err == nil
}

// writeIfChanged writes b to path unless it holds b already, through a
// temporary file renamed into place.
func writeIfChanged(path string, b []byte) error {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, b) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".packembed-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// removeStale removes the files under out that want does not have.
func removeStale(out string, want map[string][]byte) error {
	return filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), ".packembed-") {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		if _, ok := want[rel]; !ok {
			return os.Remove(p)
		}
		return nil
	})
}
