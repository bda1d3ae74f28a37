// Word classes for the story tagger (analyzer/story.go): coarse classes of
// the words a client's story is told in, each a feature of the word and of
// its neighbours, so that the tagger weighs a word no training post held
// by what kind of word it is. One list per language,
// rules/<lang>/lists/story-words.txt, lines "word=class":
//
// - incident: an event in someone's life (noun.act, noun.event,
//   noun.state... under accident, crash, fire, flood, assault, robbery,
//   theft, divorce, death, eviction, dismissal, arrest, bankruptcy,
//   surgery, overdose, injury...; and the verbs under die, kill, injure,
//   divorce, arrest, evict, fire, rob, steal, attack...);
// - ailment: a symptom, illness, disorder, disability, addiction or pain
//   (noun.state under them), in English also the words of ICD-10-CM's
//   symptom and mental-disorder chapters (R, F) that WordNet lacks;
// - feeling: nouns of feeling (noun.feeling) and verbs of emotion
//   (verb.emotion);
// - bodily: verbs of the body (verb.body) and of eating, drinking and
//   smoking;
// - relative: kin and household (noun.person under relative, spouse,
//   lover, child, parent).
//
// A word counts when its most frequent sense of that part of speech is
// in the class (any sense, for the seeds' own lemmas) and SemCor does not
// show it used mostly otherwise; a word of two classes takes the first
// that holds it in this order. The pack's stop words never count.
//
// Sources: Princeton WordNet 3.0 (Debian wordnet-base, WordNet licence);
// French: WOLF (Wordnet Libre du Français, CeCILL-C) from the Open
// Multilingual Wordnet's data (OMW_DATA: a folder holding
// wns/fra/wn-data-fra.tab), mapped by WordNet 3.0 synset offset, a lemma
// kept when at least half of its synsets of that part of speech are in
// the class; Spanish: the MCR's wn-data-spa.tab from the same folder, when
// present (CC BY 3.0); English also ICD-10-CM (ICD10CM_CODES, public
// domain; see needs.mjs).
//
// Run alone (`OMW_DATA=... ICD10CM_CODES=... node
// scripts/gen-lists/storywords.mjs`) or from scripts/gen-lists/run. The
// output is deterministic.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const wnDir = "/usr/share/wordnet";

// The classes, in priority order, with their seeds: "lemma.pos.sense"
// (WordNet's sense numbers, most frequent first).
export const classes = [
  {
    name: "incident",
    seeds: [
      "accident.n.1", "crash.n.2", "fire.n.1", "flood.n.1", "disaster.n.1", "catastrophe.n.2", "assault.n.2", "robbery.n.1",
      "larceny.n.1", "crime.n.1", "divorce.n.1", "death.n.1", "death.n.2", "mourning.n.1", "eviction.n.1", "eviction.n.2",
      "dismissal.n.2", "layoff.n.1", "discharge.n.5", "arrest.n.1", "imprisonment.n.1", "bankruptcy.n.2", "operation.n.6",
      "injury.n.1", "injury.n.2", "mishap.n.1", "misfortune.n.1", "miscarriage.n.1", "abortion.n.1",
      "funeral.n.1", "suicide.n.1", "rape.n.1", "homicide.n.1", "shooting.n.1", "violence.n.1", "abuse.n.1", "maltreatment.n.1",
      "separation.n.3", "breakup.n.1", "hospitalization.n.1", "deportation.n.1", "foreclosure.n.1", "wedding.n.1",
      "birth.n.1", "retirement.n.1", "relocation.n.1", "attack.n.1", "fight.n.2", "battle.n.1", "war.n.1",
      "die.v.1", "kill.v.1", "injure.v.1", "wound.v.1", "divorce.v.2", "arrest.v.1", "evict.v.1", "evict.v.2",
      "fire.v.4", "lay_off.v.1", "rob.v.1", "steal.v.1", "assault.v.1", "attack.v.1", "attack.v.2", "rape.v.1",
      "overdose.v.1", "drown.v.1", "collide.v.1", "crash.v.3", "crash.v.4", "hospitalize.v.1", "imprison.v.1",
      "deport.v.1", "deport.v.2", "abuse.v.1", "molest.v.1", "beat.v.2", "stab.v.1", "shoot.v.2",
    ],
  },
  {
    name: "ailment",
    seeds: [
      "symptom.n.1", "illness.n.1", "disorder.n.1", "disease.n.1", "disability.n.1", "addiction.n.1", "pain.n.1",
      "mental_disorder.n.1", "psychological_state.n.1", "ill_health.n.1", "sleeplessness.n.1", "delusion.n.1",
      "hallucination.n.1", "compulsion.n.1", "phobia.n.1", "anxiety.n.2", "depression.n.2", "depression.n.3",
    ],
  },
  { name: "feeling", lex: ["12", "37"] },
  { name: "bodily", lex: ["29"], seeds: ["eat.v.1", "eat.v.2", "drink.v.1", "drink.v.2", "binge.v.1", "smoke.v.1", "starve.v.1"] },
  {
    name: "relative",
    seeds: ["relative.n.1", "spouse.n.1", "lover.n.1", "child.n.2", "parent.n.1", "child.n.1", "family.n.1", "household.n.1"],
  },
];

const posOf = { n: "noun", v: "verb" };

/** readWordnet returns, per part of speech, synsets by offset ({words, hypers, lex}) and each lemma's senses, most frequent first. */
export function readWordnet() {
  const out = {};
  for (const pos of ["n", "v"]) {
    const syn = new Map();
    for (const line of fs.readFileSync(path.join(wnDir, "data." + posOf[pos]), "latin1").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.split(" ");
      const wcnt = parseInt(f[3], 16);
      const words = [];
      for (let i = 0; i < wcnt; i++) words.push(f[4 + 2 * i].replace(/\(.*\)$/, "").toLowerCase());
      const p = 4 + 2 * wcnt;
      const hypers = [];
      for (let i = 0; i < parseInt(f[p], 10); i++) if (f[p + 1 + 4 * i] === "@") hypers.push(f[p + 2 + 4 * i]);
      syn.set(f[0], { words, hypers, lex: f[1] });
    }
    const senses = new Map();
    for (const line of fs.readFileSync(path.join(wnDir, "index." + posOf[pos]), "latin1").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.split(" ");
      senses.set(f[0], f.filter((x) => /^\d{8}$/.test(x)));
    }
    out[pos] = { syn, senses };
  }
  return out;
}

/** classOfSynset returns a function giving the class index of a synset ("offset-pos"), or -1. */
export function synsetClasses(wn) {
  const memo = new Map();
  const roots = new Map(); // "offset-pos" -> class index
  const missing = [];
  classes.forEach((c, ci) => {
    for (const s of c.seeds || []) {
      const [lemma, pos, n] = s.split(".");
      const off = wn[pos].senses.get(lemma)?.[Number(n) - 1];
      if (!off) missing.push(s);
      else if (!roots.has(off + "-" + pos)) roots.set(off + "-" + pos, ci);
    }
  });
  if (missing.length) throw new Error(`storywords: no sense ${missing.join(", ")} in WordNet`);
  const of = (key, depth = 0) => {
    if (memo.has(key)) return memo.get(key);
    const [off, pos] = key.split("-");
    const s = wn[pos].syn.get(off);
    let ci = roots.has(key) ? roots.get(key) : -1;
    if (s) {
      classes.forEach((c, k) => {
        if (c.lex && c.lex.includes(s.lex) && (ci < 0 || k < ci)) ci = k;
      });
      for (const h of depth < 20 ? s.hypers : []) {
        const hc = of(h + "-" + pos, depth + 1);
        if (hc >= 0 && (ci < 0 || hc < ci)) ci = hc;
      }
    }
    memo.set(key, ci);
    return ci;
  };
  return of;
}

// Inflections: the list holds the forms posts write, so that the
// analyzer looks a word up once.
function englishForms(w, pos) {
  const forms = [w];
  const cons = /[^aeiou]y$/.test(w);
  const sib = /(s|x|z|ch|sh)$/.test(w);
  if (pos === "n") forms.push(cons ? w.slice(0, -1) + "ies" : sib ? w + "es" : w + "s");
  if (pos === "v") {
    const stem = w.endsWith("e") ? w.slice(0, -1) : w;
    forms.push(cons ? w.slice(0, -1) + "ies" : sib ? w + "es" : w + "s");
    forms.push(cons ? w.slice(0, -1) + "ied" : w.endsWith("e") ? w + "d" : w + "ed");
    forms.push(w.endsWith("ie") ? w.slice(0, -2) + "ying" : stem + "ing");
  }
  return forms;
}

function frenchForms(w, pos) {
  const forms = [w];
  if (pos === "n" && !/[sxz]$/.test(w)) forms.push(w.endsWith("al") ? w.slice(0, -2) + "aux" : w + "s");
  if (pos === "v" && /(er)$/.test(w)) {
    const stem = w.slice(0, -2);
    forms.push(stem + "é", stem + "ée", stem + "és", stem + "e", stem + "ent", stem + "ait");
  }
  return forms;
}

function spanishForms(w, pos) {
  const forms = [w];
  if (pos === "n") forms.push(/[aeiou]$/.test(w) ? w + "s" : w + "es");
  if (pos === "v" && /(ar|er|ir)$/.test(w)) {
    const stem = w.slice(0, -2);
    const ar = w.endsWith("ar");
    forms.push(stem + (ar ? "ado" : "ido"), stem + (ar ? "ada" : "ida"), stem + (ar ? "ó" : "ió"), stem + (ar ? "aba" : "ía"));
  }
  return forms;
}

const word = /^[\p{Ll}][\p{Ll}'-]{2,}$/u;

/**
 * senseCounts reads WordNet's cntlist.rev (how often each sense was tagged
 * in the SemCor texts): lemma -> { total, by: "pos:sense" -> count }.
 */
function senseCounts() {
  const out = new Map();
  const posOfType = { 1: "n", 2: "v", 3: "a", 4: "r", 5: "a" };
  for (const line of fs.readFileSync(path.join(wnDir, "cntlist.rev"), "latin1").split("\n")) {
    const m = /^([^%]+)%(\d):\S* (\d+) (\d+)$/.exec(line);
    if (!m) continue;
    const lemma = m[1].toLowerCase(), n = Number(m[4]);
    if (!out.has(lemma)) out.set(lemma, { total: 0, by: new Map() });
    const c = out.get(lemma);
    c.total += n;
    c.by.set(posOfType[m[2]] + ":" + m[3], n);
  }
  return out;
}

/**
 * englishWords returns word -> class index from WordNet: a lemma whose most
 * frequent sense of a part of speech is in a class (or a seed's own
 * lemma), unless SemCor shows it used mostly otherwise ("like", "need",
 * "can": under 30% of its tagged uses in the class once it has 5 or
 * more), or it is a stop word of the pack.
 */
function englishWords(wn, classOf, stop) {
  const counts = senseCounts();
  const seedLemmas = new Set(classes.flatMap((c) => (c.seeds || []).map((s) => s.split(".").slice(0, 2).join("."))));
  const out = new Map();
  for (const pos of ["n", "v"]) {
    for (const [lemma, offs] of wn[pos].senses) {
      if (!word.test(lemma) || stop.has(lemma)) continue;
      let ci = -1, share = 0;
      offs.forEach((off, k) => {
        if (k > 0 && !seedLemmas.has(lemma + "." + pos)) return;
        const c = classOf(off + "-" + pos);
        if (c < 0) return;
        if (ci < 0 || c < ci) ci = c;
        share += counts.get(lemma)?.by.get(pos + ":" + (k + 1)) || 0;
      });
      const total = counts.get(lemma)?.total || 0;
      if (ci < 0 || total >= 5 && share < 0.3 * total) continue;
      for (const f of englishForms(lemma, pos)) if (!stop.has(f) && (!out.has(f) || out.get(f) > ci)) out.set(f, ci);
    }
  }
  return out;
}

/** stopWords returns the stop words of a pack (pack.json "stopwords"). */
function stopWords(lang) {
  const p = JSON.parse(fs.readFileSync(path.join(root, "rules", lang, "pack.json"), "utf8"));
  return new Set((p.stopwords || []).map((w) => w.toLowerCase()));
}

/** omwWords returns word -> class index from an OMW tab file: a lemma whose synsets of a part of speech are at least half in one class. */
function omwWords(file, lang, classOf, forms, stop) {
  const by = new Map(); // lemma + pos -> synset keys
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const f = line.split("\t");
    if (f.length < 3 || f[1] !== lang + ":lemma") continue;
    const [off, pos] = f[0].split("-");
    if (pos !== "n" && pos !== "v") continue;
    const lemma = f[2].trim().toLowerCase();
    if (!word.test(lemma) || stop.has(lemma)) continue;
    const k = lemma + "\t" + pos;
    if (!by.has(k)) by.set(k, []);
    by.get(k).push(off + "-" + pos);
  }
  const out = new Map();
  for (const [k, keys] of by) {
    const [lemma, pos] = k.split("\t");
    const counts = new Map();
    for (const key of keys) {
      const c = classOf(key);
      if (c >= 0) counts.set(c, (counts.get(c) || 0) + 1);
    }
    let ci = -1;
    for (const [c, n] of counts) if (2 * n >= keys.length && (ci < 0 || c < ci)) ci = c;
    if (ci < 0) continue;
    for (const f of forms(lemma, pos)) if (!stop.has(f) && (!out.has(f) || out.get(f) > ci)) out.set(f, ci);
  }
  return out;
}

// ICD-10-CM chapters whose words are symptoms and disorders (R: symptoms
// and signs; F: mental and behavioural disorders): the words of 5+ letters
// of their descriptions, less coding words, that the chapters use at least
// as often as all others together and that WordNet does not know in any
// part of speech (what it knows, the classes above decide: "found",
// "reading" are no ailments).
const icdCoding = new Set(("unspecified other specified without with classified elsewhere initial encounter subsequent sequela " +
  "episode current recurrent mild moderate severe partial remission disorder disorders syndrome condition conditions " +
  "abnormal findings examination result results level levels type types related behavior behaviour mental " +
  "persons person history family personal status complication complications associated involving affecting following " +
  "other in-remission uncomplicated delirium").split(" "));

function icdWords(file, known) {
  const inChap = new Map(), elsewhere = new Map();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const m = /^(\S+)\s+(.*)$/.exec(line.trim());
    if (!m) continue;
    const mine = /^[RF]/.test(m[1]);
    for (const w of m[2].toLowerCase().split(/[^a-z'-]+/)) {
      if (w.length < 5 || icdCoding.has(w)) continue;
      const t = mine ? inChap : elsewhere;
      t.set(w, (t.get(w) || 0) + 1);
    }
  }
  const out = [];
  for (const [w, n] of inChap) if (n >= (elsewhere.get(w) || 0) && !known.has(w)) out.push(w);
  return out;
}

const sortBytes = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));

function write(lang, header, words) {
  const lines = [...words].map(([w, ci]) => `${w}=${classes[ci].name}`).sort(sortBytes);
  const file = path.join(root, "rules", lang, "lists", "story-words.txt");
  fs.writeFileSync(file, header.map((h) => "# " + h).join("\n") + "\n" + lines.join("\n") + "\n");
  console.log(file, lines.length, fs.statSync(file).size);
}

/** writeStoryWords writes rules/<lang>/lists/story-words.txt for en, fr and (if its data is there) es. */
export function writeStoryWords() {
  const omw = process.env.OMW_DATA, icd = process.env.ICD10CM_CODES;
  if (!omw || !fs.existsSync(path.join(omw, "wns/fra/wn-data-fra.tab")) || !icd || !fs.existsSync(icd)) {
    console.error("OMW_DATA must name the Open Multilingual Wordnet data folder and ICD10CM_CODES the CDC's code file (see scripts/gen-lists/storywords.mjs).");
    process.exit(2);
  }
  const wn = readWordnet();
  const classOf = synsetClasses(wn);
  const regen = "Regenerate: scripts/gen-lists/run (sources and licences: rules/README.md, rules/LICENSES/).";
  const names = classes.map((c) => c.name).join(", ");
  const en = englishWords(wn, classOf, stopWords("en"));
  const ailment = classes.findIndex((c) => c.name === "ailment");
  const known = new Set();
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    for (const line of fs.readFileSync(path.join(wnDir, "index." + pos), "latin1").split("\n")) known.add(line.split(" ")[0]);
  }
  for (const w of icdWords(icd, known)) if (!en.has(w)) en.set(w, ailment);
  write("en", [`Story word classes (${names}) of the story tagger: WordNet 3.0 (Debian wordnet-base; WordNet licence) nouns and verbs`,
    "whose most frequent sense is in a class, with their regular inflections, and ICD-10-CM (CDC/NCHS, public domain) words of",
    "chapters R and F as ailments. Generated by scripts/gen-lists/storywords.mjs; do not edit.", regen], en);
  write("fr", [`Story word classes (${names}) of the story tagger: WOLF (Wordnet Libre du Français, CeCILL-C, via the Open`,
    "Multilingual Wordnet) lemmas mapped by WordNet 3.0 synset to the classes, with regular inflections.",
    "Generated by scripts/gen-lists/storywords.mjs; do not edit.", regen], omwWords(path.join(omw, "wns/fra/wn-data-fra.tab"), "fra", classOf, frenchForms, stopWords("fr")));
  const spa = path.join(omw, "wns/mcr/wn-data-spa.tab");
  if (fs.existsSync(spa) && fs.statSync(spa).size > 0) {
    write("es", [`Story word classes (${names}) of the story tagger: the MCR's Spanish wordnet (CC BY 3.0, via the Open`,
      "Multilingual Wordnet) lemmas mapped by WordNet 3.0 synset to the classes, with regular inflections.",
      "Generated by scripts/gen-lists/storywords.mjs; do not edit.", regen], omwWords(spa, "spa", classOf, spanishForms, stopWords("es")));
  } else {
    console.error("no Spanish wordnet in OMW_DATA (wns/mcr/wn-data-spa.tab): es/lists/story-words.txt left as it is");
  }
}

if (import.meta.url === `file://${process.argv[1]}`) writeStoryWords();
