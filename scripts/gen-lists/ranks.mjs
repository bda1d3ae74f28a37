// Writes rules/<lang>/lists/word-ranks.txt: how frequent each word of the
// pack's common-words.txt is, so a rule can ask whether a word is rarer
// than rank N (`rarer_than`): a shop, school or church typed in lower
// case before its kind ("the blue heron diner", "westbrook elem") is
// named by words an ordinary description does not use ("the local
// diner", "the new bakery"). One character a word, in the order of
// common-words.txt (byte order), 100 to a line: "0"-"9" and "a"-"j" for
// the thousand of the language's 20,000 most frequent words the word's
// rank falls in ("0": the 1,000 most frequent; "d": ranks 13,000-13,999),
// "-" for a rarer word. A word no list holds ("westbrook", "lincoln":
// the dictionary filter leaves proper nouns out) is rarer than any rank.
// Frequency ranks: the commonWords of npm @zxcvbn-ts/language-*
// (OpenSubtitles via OPUS, ODC-BY), most frequent first. Run by `run`
// (through gen.mjs, after the common words), or alone after `npm ci` in
// this folder: node scripts/gen-lists/ranks.mjs (it reads the packs'
// committed common-words.txt). Deterministic.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const require = createRequire(path.join(here, "package.json"));
const kept = 20000;
const digits = "0123456789abcdefghij";
const zx = { en: "en", fr: "fr", es: "es-es" };

for (const [lang, z] of Object.entries(zx)) {
  const m = require(`@zxcvbn-ts/language-${z}/dist/commonWords.json.cjs`);
  const ranked = m.default || m;
  const version = JSON.parse(fs.readFileSync(require.resolve(`@zxcvbn-ts/language-${z}/package.json`), "utf8")).version;
  const rank = new Map();
  ranked.slice(0, kept).forEach((w, i) => {
    const lw = w.normalize("NFC").toLowerCase();
    if (!rank.has(lw)) rank.set(lw, i);
  });
  const common = fs.readFileSync(path.join(root, "rules", lang, "lists", "common-words.txt"), "utf8")
    .split("\n").filter((l) => l && !l.startsWith("#"));
  const marks = common.map((w) => (rank.has(w) ? digits[Math.floor(rank.get(w) / 1000)] : "-")).join("");
  const lines = [];
  for (let i = 0; i < marks.length; i += 100) lines.push(marks.slice(i, i + 100));
  const header = [
    `# The frequency rank of each of the ${common.length.toLocaleString("en")} words of common-words.txt, in its order, 100 to a line: the thousand`,
    `# of @zxcvbn-ts/language-${z} ${version}'s ${kept.toLocaleString("en")} most frequent words it falls in (0-9, a-j), "-" rarer`,
    "# (MIT; ranks from OpenSubtitles 2024 via OPUS, ODC-BY: rules/LICENSES/OPUS-OpenSubtitles.txt). Regenerate: node scripts/gen-lists/ranks.mjs (rules/README.md).",
  ];
  fs.writeFileSync(path.join(root, "rules", lang, "lists", "word-ranks.txt"), [...header, ...lines].join("\n") + "\n");
  console.log(`${lang}: ranks of ${common.length} common words, ${common.filter((w) => rank.has(w)).length} among the ${kept} most frequent`);
}
