package main

import (
	"crypto/sha256"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/discreet-app/discreet/analyzer"
	"github.com/discreet-app/discreet/rules"
)

// writtenRow is a flag row of a test table (analyzer/typed_*_test.go): a
// sentence written blind to the corpora and the span it must flag.
type writtenRow struct {
	Table, Lang, Text, Want, Category string
}

// writtenSet is what readWritten found: the rows, how many rows it could
// not read, and the SHA-256 of the rows (in order) for trained.json.
type writtenSet struct {
	Rows    []writtenRow
	Skipped int
	SHA256  string
}

// tableCategory is the category of the tables whose rows have no
// category field, by a word of the table's name.
var tableCategory = []struct{ word, category string }{
	{"Clinical", "clinical"}, {"Symptoms", "clinical"}, {"Relationship", "relationship"},
	{"Ages", "age"}, {"Names", "name"},
}

// readWritten reads the flag rows of every table of dir/typed_*_test.go:
// a package-level slice of structs (inline or a type declared in dir's
// test files) whose fields include lang, text and want, keyed or
// positional; the category is the row's category (the first of
// categories "a|b") or the table's (tableCategory). Clean tables (no
// want) are not rows. A row with a value that is not a constant string
// or bool, no category, or a want its text lacks is skipped and counted.
// Files and tables are read in name order, rows in order.
func readWritten(dir string) (writtenSet, error) {
	var set writtenSet
	fset := token.NewFileSet()
	all, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
	if err != nil {
		return set, err
	}
	sort.Strings(all)
	types := map[string]*ast.StructType{}
	files := map[string]*ast.File{}
	for _, name := range all {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			return set, err
		}
		files[name] = f
		ast.Inspect(f, func(n ast.Node) bool {
			if ts, ok := n.(*ast.TypeSpec); ok {
				if st, ok := ts.Type.(*ast.StructType); ok {
					types[ts.Name.Name] = st
				}
			}
			return true
		})
	}
	h := sha256.New()
	for _, name := range all {
		if !strings.HasPrefix(filepath.Base(name), "typed_") {
			continue
		}
		for _, d := range files[name].Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, sp := range gd.Specs {
				vs := sp.(*ast.ValueSpec)
				for i, v := range vs.Values {
					rows, skipped := tableRows(vs.Names[i].Name, v, types)
					set.Skipped += skipped
					for _, r := range rows {
						fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\n", r.Lang, r.Text, r.Want, r.Category)
					}
					set.Rows = append(set.Rows, rows...)
				}
			}
		}
	}
	set.SHA256 = fmt.Sprintf("%x", h.Sum(nil))
	return set, nil
}

// tableRows reads the rows of one table, or none if v is not a table of
// flag rows.
func tableRows(table string, v ast.Expr, types map[string]*ast.StructType) ([]writtenRow, int) {
	lit, ok := v.(*ast.CompositeLit)
	if !ok {
		return nil, 0
	}
	at, ok := lit.Type.(*ast.ArrayType)
	if !ok {
		return nil, 0
	}
	var st *ast.StructType
	switch t := at.Elt.(type) {
	case *ast.StructType:
		st = t
	case *ast.Ident:
		st = types[t.Name]
	}
	if st == nil {
		return nil, 0
	}
	var fields []string
	for _, f := range st.Fields.List {
		for _, n := range f.Names {
			fields = append(fields, n.Name)
		}
	}
	if !slices.Contains(fields, "lang") || !slices.Contains(fields, "text") || !slices.Contains(fields, "want") {
		return nil, 0
	}
	def := ""
	for _, tc := range tableCategory {
		if strings.Contains(table, tc.word) {
			def = tc.category
			break
		}
	}
	var rows []writtenRow
	skipped := 0
	for _, e := range lit.Elts {
		el, ok := e.(*ast.CompositeLit)
		if !ok {
			skipped++
			continue
		}
		vals := map[string]string{}
		ok = true
		for i, x := range el.Elts {
			key := ""
			if kv, isKV := x.(*ast.KeyValueExpr); isKV {
				id, isID := kv.Key.(*ast.Ident)
				if !isID {
					ok = false
					break
				}
				key, x = id.Name, kv.Value
			} else if i < len(fields) {
				key = fields[i]
			}
			s, isConst := constString(x)
			if !isConst {
				ok = false
				break
			}
			vals[key] = s
		}
		cat := def
		if c := vals["category"]; c != "" {
			cat = c
		} else if c := vals["categories"]; c != "" {
			cat = c
		}
		cat, _, _ = strings.Cut(cat, "|")
		if !ok || cat == "" || vals["want"] == "" || !strings.Contains(vals["text"], vals["want"]) {
			skipped++
			continue
		}
		rows = append(rows, writtenRow{Table: table, Lang: vals["lang"], Text: vals["text"], Want: vals["want"], Category: cat})
	}
	return rows, skipped
}

// constString returns the value of a string literal (or a sum of them) or
// of true / false.
func constString(x ast.Expr) (string, bool) {
	switch x := x.(type) {
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(x.Value)
		return s, err == nil
	case *ast.Ident:
		return x.Name, x.Name == "true" || x.Name == "false"
	case *ast.BinaryExpr:
		a, okA := constString(x.X)
		b, okB := constString(x.Y)
		return a + b, okA && okB && x.Op == token.ADD
	case *ast.ParenExpr:
		return constString(x.X)
	}
	return "", false
}

// heldOut says whether a row is in the half kept out of training: by the
// first byte of the SHA-256 of its language and text, so the split
// depends on nothing else.
func heldOut(r writtenRow) bool {
	h := sha256.Sum256([]byte(r.Lang + "\x00" + r.Text))
	return h[0]&1 == 1
}

// record returns the row as a partly labelled post: its wanted span (the
// first occurrence of want), in UTF-16 offsets.
func (r writtenRow) record() record {
	i := strings.Index(r.Text, r.Want)
	start := len(utf16.Encode([]rune(r.Text[:i])))
	end := start + len(utf16.Encode([]rune(r.Want)))
	return record{ID: "written:" + r.Table, Lang: r.Lang, Text: r.Text, Spans: []span{{start, end, r.Category}}, partial: true}
}

// writtenRecords returns the rows as partly labelled posts: the trained
// half, or the held-out half.
func (s writtenSet) records(held bool) []record {
	var out []record
	for _, r := range s.Rows {
		if heldOut(r) == held {
			out = append(out, r.record())
		}
	}
	return out
}

// setWritten applies the -written and -written-edges overrides to every
// spec.
func (o options) setWritten(specs map[string]*rules.TaggerSpec) error {
	var w float64
	if o.written != "" {
		var err error
		if w, err = strconv.ParseFloat(o.written, 64); err != nil || w < 0 {
			return fmt.Errorf("-written %q: want a weight, 0 or more", o.written)
		}
	}
	for _, spec := range specs {
		if o.written != "" {
			spec.Train.Written = w
		}
		if o.writtenEdges != "" {
			spec.Train.WrittenEdges = o.writtenEdges == "on"
		}
	}
	return nil
}

// writtenReport trains each model of langs on all the corpus's posts and
// the written rows not held out, and prints, per language and category,
// the share of the held-out rows' wanted spans that the story tagger
// alone (analyzer.TaggerReach: no rule asked) overlaps, and overlaps with
// a span of the wanted category: its reach on sentences it never saw,
// written by other hands than the corpus's. (On the trained half the
// figure would be in-sample.) The rows' own rules find nearly all of
// them: a finding of the tagger's is hidden under a rule's at run time,
// so only the tagger alone shows what it learnt.
func writtenReport(a *analyzer.Analyzer, specs map[string]*rules.TaggerSpec, recs []record, ws writtenSet, langs []string) error {
	trained, held := ws.records(false), ws.records(true)
	type tally struct{ n, tagged, right int }
	by := map[string]*tally{}
	var keys []string
	for _, owner := range owners(specs, langs) {
		spec := specs[owner]
		group := members(specs, owner)
		from := slices.Concat(group, spec.Train.Also)
		w, err := a.TrainTagger(owner, spec, posts(slices.Concat(ofLangs(recs, from...), ofLangs(trained, from...))))
		if err != nil {
			return err
		}
		for _, l := range group {
			if !slices.Contains(langs, l) {
				continue
			}
			rows := ofLangs(held, l)
			reach, err := a.TaggerReach(l, specs[l], w, posts(rows))
			if err != nil {
				return err
			}
			for i, r := range rows {
				if reach[i].Spans == 0 {
					continue // not a category the tagger tags
				}
				cat := r.Spans[0].Category
				for _, key := range []string{l + " " + cat, l + " all", "all " + cat, "all all"} {
					if by[key] == nil {
						by[key] = &tally{}
						keys = append(keys, key)
					}
					by[key].n++
					by[key].tagged += min(1, reach[i].Tagged)
					by[key].right += min(1, reach[i].Right)
				}
			}
		}
	}
	sort.Strings(keys)
	fmt.Printf("held-out written rows (%d of %d, rows sha256 %s): share of wanted spans the story tagger alone overlaps\n", len(held), len(ws.Rows), ws.SHA256)
	fmt.Printf("%-18s %5s %8s %8s\n", "lang category", "rows", "tagged", "right")
	for _, k := range keys {
		t := by[k]
		fmt.Printf("%-18s %5d %8.3f %8.3f\n", k, t.n, frac(t.tagged, t.n), frac(t.right, t.n))
	}
	return nil
}

func frac(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
