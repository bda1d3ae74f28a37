// Occupation titles from ESCO (European Skills, Competences, Qualifications
// and Occupations, European Commission, CC BY 4.0): every occupation's
// preferred label and alternative labels, in English, French and Spanish.
//
// ESCO is not in a package registry. Download the classification as CSV
// from https://esco.ec.europa.eu/en/use-esco/download (version 1.x, "csv",
// languages en, fr, es) and point ESCO_DIR at the folder holding
// occupations_en.csv, occupations_fr.csv and occupations_es.csv.
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

/** escoDir returns the ESCO folder, or exits with how to get it. */
export function escoDir() {
  const dir = process.env.ESCO_DIR;
  if (!dir || !fs.existsSync(path.join(dir, "occupations_fr.csv"))) {
    console.error("ESCO_DIR must name a folder with ESCO's occupations_{en,fr,es}.csv (see scripts/gen-lists/esco.mjs).");
    process.exit(2);
  }
  return dir;
}

// A title is kept when it is letters, spaces, apostrophes, hyphens and dots
// only, 4 to 40 characters, of at most maxWords words: longer titles
// ("opérateur de machine de production de pâtes alimentaires") are never
// written in a post, and they only cost bytes.
const okTitle = (t, maxWords) => /^[\p{L}][\p{L}' .-]*[\p{L}.]$/u.test(t) && t.length >= 4 && t.length <= 40 &&
  t.split(" ").length <= maxWords;

// forms splits "infirmier/infirmière" into both forms; a label whose
// slash sits inside a phrase ("enseignant/formateur en X") gives the whole
// left and right parts, which are both titles in ESCO's style.
const forms = (label) => label.split("/").map((s) => s.trim()).filter(Boolean);

/**
 * escoOccupations returns the titles of one language ("en", "fr", "es"),
 * lower-cased unless a word is an acronym, with typographic apostrophes
 * made plain. common holds the language's ordinary words (lower case).
 */
export function escoOccupations(dir, lang, maxWords, common) {
  const file = path.join(dir, `occupations_${lang}.csv`);
  const rows = parse(fs.readFileSync(file, "utf8"), { columns: true, relax_quotes: true });
  const out = new Set();
  for (const r of rows) {
    const labels = [r.preferredLabel, ...(r.altLabels || "").split("\n")];
    labels.forEach((label, i) => {
      for (let t of forms(label.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim())) {
        t = t.split(" ").map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w.toLowerCase())).join(" ");
        // A one-word alternative label that is also an ordinary word
        // ("binder", "carton", "aparador") names a thing more often than
        // a job: only a preferred label may be one.
        if (okTitle(t, maxWords) && (i === 0 || t.includes(" ") || !common.has(t))) out.add(t);
      }
    });
  }
  return [...out];
}

/** escoVersion names the ESCO release the CSV files come from, for headers. */
export function escoSource(dir) {
  const note = path.join(dir, "VERSION");
  const v = fs.existsSync(note) ? fs.readFileSync(note, "utf8").trim() : "1.x";
  return `ESCO ${v} occupations (European Commission, CC BY 4.0, https://esco.ec.europa.eu)`;
}

/**
 * escoHeads returns the head nouns of the multi-word titles of a language
 * that head at least minTitles of them: the first word of French and
 * Spanish titles ("contremaître de mine" → contremaître, "técnica en
 * enfermería" → técnica), the last of English ones ("dump truck operator"
 * → operator). Posts name the trade ("elle est contremaître") far more
 * often than ESCO's full title.
 */
export function escoHeads(titles, lang, minTitles) {
  const count = new Map();
  for (const t of titles) {
    const w = t.split(" ");
    if (w.length < 2) continue;
    let head;
    if (lang === "en") head = w[w.length - 1];
    else if (/^(?:de|d'.*|du|des|en|au|aux|à|del|para|y|et)$/.test(w[1]) || w[1].startsWith("d'")) head = w[0];
    else continue;
    if (/^\p{L}{4,}$/u.test(head)) count.set(head, (count.get(head) || 0) + 1);
  }
  return [...count].filter(([, n]) => n >= minTitles).map(([h]) => h);
}
