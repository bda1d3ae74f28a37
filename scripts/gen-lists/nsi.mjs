// Employers, chains and public services by country, from the OpenStreetMap
// name-suggestion-index (npm name-suggestion-index, BSD-3-Clause; brand
// and operator names checked against Wikidata, CC0): every brand (shops,
// restaurants, banks, airlines' offices, fuel, pharmacies...), the transit
// networks, and the operators of schools, police and fire services,
// hospitals, clinics, social services, libraries, government offices and
// power plants, kept when NSI places them in one of a pack's countries or
// worldwide.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const nsiFile = path.join(path.dirname(fileURLToPath(import.meta.url)), "node_modules", "name-suggestion-index", "dist", "json", "nsi.json");

// Operator categories whose operators are employers a post may name.
const operatorKinds = new Set(["amenity/school", "amenity/police", "amenity/fire_station", "amenity/hospital", "amenity/clinic",
  "amenity/social_facility", "amenity/library", "amenity/kindergarten", "amenity/post_office", "amenity/university",
  "amenity/college", "office/government", "power/plant"]);

// An entry is kept when it is letters (any case), digits, spaces and
// & ' . - only, 3 to 40 characters, at most 5 words, with a letter, and not
// all digits.
const okName = (n) => /^[\p{L}\p{N}][\p{L}\p{N}&'’. -]*$/u.test(n) && /\p{L}{2}/u.test(n) && n.length >= 3 && n.length <= 40 &&
  n.split(" ").length <= 5 && /^[\p{Script=Latin}\p{N}&'’. -]+$/u.test(n);

/**
 * nsiEmployers returns the brand, network and operator names that NSI
 * locates in one of countries (lower-case ISO codes) or worldwide ("001").
 */
export function nsiEmployers(countries) {
  const nsi = JSON.parse(fs.readFileSync(nsiFile, "utf8")).nsi;
  const want = new Set([...countries, "001"]);
  const out = new Set();
  for (const [key, { items }] of Object.entries(nsi)) {
    const [tree, ...rest] = key.split("/");
    if (tree === "operators" && !operatorKinds.has(rest.join("/"))) continue;
    if (tree === "flags") continue;
    for (const it of items) {
      const inc = it.locationSet?.include || [];
      if (!inc.some((c) => want.has(String(c).toLowerCase().split("-")[0]))) continue;
      const t = it.tags || {};
      for (const n of [it.displayName, t.brand, t.operator, t.network, t.name]) {
        if (n && okName(n.replace(/’/g, "'"))) out.add(n.replace(/’/g, "'"));
      }
    }
  }
  return [...out];
}
