// Writes rules/<lang>/lists/rare-place-words.txt: the one-word places of
// the pack's places.txt whose name is also an ordinary word of its
// common-words.txt, but one outside the language's 10,000 most frequent
// words ("paisley", "flagstaff", "meridian"; not "reading", "mobile",
// "bend"). Typed in lower case right after a place's preposition with no
// article ("in paisley", not "in the paisley"), such a name is the place
// far more often than the rare word. English leaves out the names of
// mass nouns, acts, states and times (WordNet, permissive licence:
// rules/LICENSES/WordNet.txt). Frequency ranks: the commonWords of
// npm @zxcvbn-ts/language-* (OpenSubtitles via OPUS, ODC-BY), most
// frequent first. Run by `run`, or alone after `npm ci` in this folder:
// node scripts/gen-lists/rareplaces.mjs (it reads the packs' committed
// lists). Deterministic.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const require = createRequire(path.join(here, "package.json"));
const frequent = 20000;
const zx = { en: "en", fr: "fr", es: "es-es" };
const listWords = (lang, file) => fs.readFileSync(path.join(root, "rules", lang, "lists", file), "utf8")
  .split("\n").filter((l) => l && !l.startsWith("#"));

// English nouns whose most frequent sense (WordNet 3.0, Debian's
// wordnet-base) is an act, event, food, natural object, phenomenon, plant,
// state, substance or time: nouns read bare
// after "in" ("works in citrus", "sudden in onset", "lost in woodland").
function wordnetMatter() {
  const lexfile = new Map(); // synset offset → lexicographer file number
  for (const line of fs.readFileSync("/usr/share/wordnet/data.noun", "latin1").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const [offset, lex] = line.split(" ");
    lexfile.set(offset, Number(lex));
  }
  const out = new Set();
  for (const line of fs.readFileSync("/usr/share/wordnet/index.noun", "latin1").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.trim().split(" ");
    const pointers = Number(f[3]);
    const first = f[4 + pointers + 2]; // the most frequent sense's synset
    if ([4, 11, 13, 17, 19, 20, 26, 27, 28].includes(lexfile.get(first))) out.add(f[0]); // act, event, food, object, phenomenon, plant, state, substance, time
  }
  return out;
}

for (const [lang, z] of Object.entries(zx)) {
  const m = require(`@zxcvbn-ts/language-${z}/dist/commonWords.json.cjs`);
  const ranked = m.default || m;
  const version = JSON.parse(fs.readFileSync(require.resolve(`@zxcvbn-ts/language-${z}/package.json`), "utf8")).version;
  const top = new Set(ranked.slice(0, frequent));
  const common = new Set(listWords(lang, "common-words.txt"));
  // Languages, peoples and plurals are read bare after "in" ("in welsh",
  // "in canals"): they stay words.
  const notPlace = new Set([...listWords(lang, "not-places.txt"), ...listWords(lang, "demonyms.txt")].map((w) => w.toLowerCase()));
  const matter = lang === "en" ? wordnetMatter() : new Set();
  const plural = (p) => /s$/.test(p) && (common.has(p.slice(0, -1)) || common.has(p.slice(0, -2)));
  const out = [...new Set(listWords(lang, "places.txt")
    .map((p) => p.toLowerCase())
    .filter((p) => !/[\s-]/.test(p) && common.has(p) && !top.has(p) && !notPlace.has(p) && !plural(p) && !matter.has(p)))]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const header = [
    `# One-word places of places.txt named like an ordinary word of common-words.txt outside the ${frequent.toLocaleString("en")} most frequent words`,
    `# of @zxcvbn-ts/language-${z} ${version} (MIT; ranks from OpenSubtitles 2024 via OPUS, ODC-BY: rules/LICENSES/OPUS-OpenSubtitles.txt).`,
    "# Places: GeoNames, CC BY 4.0 (rules/LICENSES/GeoNames.txt). Regenerate: node scripts/gen-lists/rareplaces.mjs (rules/README.md).",
  ];
  fs.writeFileSync(path.join(root, "rules", lang, "lists", "rare-place-words.txt"), [...header, ...out].join("\n") + "\n");
  console.log(`${lang}: ${out.length} rare place words`);
}
