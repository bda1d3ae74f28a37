// Condition, symptom and circumstance words of ICD-10-CM, for the story
// tagger's `condition` mark (analyzer/story.go): a post describes a
// client's health in the words the classification uses for it
// ("insomnia", "hallucinations", "homelessness", "dissociative"), and a
// word of the list is marked in every sentence, whether or not a post
// of the training corpus showed it.
//
// - ICD10CM_CODES: the CDC's ICD-10-CM code file (icd10cm-codes-YYYY.txt
//   from the "Code Descriptions in Tabular Order" zip of
//   https://www.cdc.gov/nchs/icd/icd-10-cm/files.html; lines "CODE
//   description", the code padded with spaces; header codes may be
//   included too). ICD-10-CM is a work of the US federal government
//   (NCHS), in the public domain.
//
// - WordNet 3.0 (Debian's wordnet-base, /usr/share/wordnet): the verbs
//   whose most frequent sense is of the body, of eating and drinking, or
//   of feeling (verb.body, verb.consumption, verb.emotion: "sleep",
//   "vomit", "binge", "drink", "panic", "dread"): the symptoms and
//   behaviours posts describe in plain words.
//
// Run alone (`ICD10CM_CODES=... node scripts/gen-lists/conditions.mjs`)
// or from scripts/gen-lists/run.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

// The chapters and blocks whose descriptions name what a clinician writes
// about a client: mental and behavioural disorders (F), diseases of the
// nervous system (G: dementia, epilepsy, migraine, sleep), symptoms and
// signs (R), maltreatment (T74, T76), intentional self-harm (X71-X83) and
// the psychosocial circumstances of Z55-Z65 (education, work, housing,
// money, family, upbringing) and Z91.4-Z91.5 (trauma, self-harm).
const chapters = [/^F/, /^G/, /^R/, /^T7[46]/, /^X(7[1-9]|8[0-3])/, /^Z(5[5-9]|6[0-5])/, /^Z91[45]/];

// The classification's own words, which say how a code is used rather
// than what a person has.
const codingWords = new Set(`unspecified specified other without with within and due type types episode episodes
current currently mild moderate severe partial full remission initial subsequent encounter sequela right left
bilateral unilateral site sites part parts elsewhere classified condition conditions related problems problem
except including include associated following history personal level degree stage certain sign signs
symptom symptoms uncomplicated complicated induced persons person upon than into that this both each
involving involvement other nonspecific specific findings finding manifestations manifestation abnormal
abnormality abnormalities unknown undetermined confirmed suspected ruled initial services status`.split(/\s+/));

// English grammar words of four letters or more that descriptions use
// ("from", "after", "like"): no detail of a story.
const grammarWords = new Set(`about above after again against along also away before being below best between
could does during even ever found from have into just least less like long made make many more most much
never once only onto open over same should since some still such than that their them then there these
they this those through under upon used using very well were what when where which while will would free
front`.split(/\s+/));

// The words the tagger already knows by a class of its own (tagger.json:
// kin, time, care...) keep only that mark.
const classWords = new Set(Object.values(JSON.parse(fs.readFileSync(path.join(root, "rules", "en", "_tagger", "tagger.json"), "utf8")).classes).flat());

// The abbreviations of DSM and ICD diagnoses clinicians write; the
// classification spells them out.
const abbreviations = ["adhd", "arfid", "asd", "aud", "bpd", "cptsd", "dmdd", "gad", "ied", "mdd", "npd", "ocd",
  "ocpd", "oud", "pmdd", "ptsd", "sud", "tbi"];

// The WordNet lexicographer files of the verbs kept (lexnames): verb.body,
// verb.consumption, verb.emotion.
const verbFiles = new Set([29, 34, 37]);

/** wordnetVerbs returns the one-word verbs of 3+ letters whose first sense is in verbFiles. */
export function wordnetVerbs(dir = "/usr/share/wordnet") {
  const lexOf = new Map();
  for (const line of fs.readFileSync(path.join(dir, "data.verb"), "latin1").split("\n")) {
    if (!line || line.startsWith("  ")) continue;
    const f = line.split(" ");
    lexOf.set(f[0], Number(f[1]));
  }
  const out = [];
  for (const line of fs.readFileSync(path.join(dir, "index.verb"), "latin1").split("\n")) {
    if (!line || line.startsWith("  ")) continue;
    const f = line.trim().split(/\s+/);
    const lemma = f[0], pointers = Number(f[3]);
    if (!/^[a-z]{3,}$/.test(lemma)) continue;
    if (verbFiles.has(lexOf.get(f[4 + pointers + 2]))) out.push(lemma);
  }
  return out;
}

/** conditionWords returns the list's entries from the code file at file. */
export function conditionWords(file) {
  const words = new Set(abbreviations);
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const m = /^([A-Z][0-9A-Z]{2,6})\s+(.+)$/.exec(line.trim());
    if (!m || !chapters.some((c) => c.test(m[1]))) continue;
    for (const w of m[2].toLowerCase().split(/[^a-z]+/)) {
      if (w.length >= 4 && !codingWords.has(w) && !grammarWords.has(w) && !classWords.has(w)) words.add(w);
    }
  }
  return [...words];
}

/** writeConditions writes rules/en/lists/conditions.txt from the file ICD10CM_CODES names. */
export function writeConditions() {
  const file = process.env.ICD10CM_CODES;
  if (!file || !fs.existsSync(file)) {
    console.error("ICD10CM_CODES must name the CDC's ICD-10-CM code file (see scripts/gen-lists/conditions.mjs).");
    process.exit(2);
  }
  const entries = [...new Set([...conditionWords(file), ...wordnetVerbs()])].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const header = [
    "Conditions: the words of ICD-10-CM's descriptions (CDC/NCHS; US government work, public domain) of mental and",
    "behavioural disorders, the nervous system, symptoms and signs, maltreatment, self-harm and psychosocial",
    "circumstances, lower case, 4+ letters, less the classification's coding words, grammar words and the words of the",
    "tagger's classes (en/_tagger/tagger.json); with the DSM abbreviations; and WordNet 3.0's verbs of the body, eating",
    "and drinking, and feeling (verb.body, verb.consumption, verb.emotion: first sense; WordNet licence).",
    "Generated by scripts/gen-lists/conditions.mjs; do not edit.",
    "Regenerate: scripts/gen-lists/run (sources and licences: rules/README.md, rules/LICENSES/).",
  ];
  const out = path.join(root, "rules", "en", "lists", "conditions.txt");
  fs.writeFileSync(out, header.map((h) => "# " + h).join("\n") + "\n" + entries.join("\n") + "\n");
  console.log(out, entries.length, fs.statSync(out).size);
  fs.writeFileSync(path.join(root, "rules", "LICENSES", "ICD-10-CM.txt"), [
    "rules/en/lists/conditions.txt is derived from ICD-10-CM, the International Classification of Diseases,",
    "Tenth Revision, Clinical Modification, maintained by the National Center for Health Statistics (CDC/NCHS),",
    "code descriptions file (https://www.cdc.gov/nchs/icd/icd-10-cm/files.html). ICD-10-CM is a work of the",
    "United States federal government and in the public domain (17 U.S.C. 105); no permission is needed.",
    "Changes: the words of the descriptions of chosen chapters, lower-cased, coding words left out",
    "(see scripts/gen-lists/conditions.mjs).", ""].join("\n"));
}

if (import.meta.url === `file://${process.argv[1]}`) writeConditions();
